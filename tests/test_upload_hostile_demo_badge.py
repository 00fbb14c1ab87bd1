"""The Beispieldaten badge on the map comes from the observations' is_demo, never from the
indicator catalogue (issue 16): real uploaded values of an indicator whose catalogue entry is
demo carry no demo badge; the years still generated keep it. On the fixture folder, whose
trees_planted is Beispieldaten per Stadtbezirk."""

from __future__ import annotations

import pytest

from tests.apptest import run_page
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.hostile_files import csv_bytes, tree_row
from tests.fixtures.uploads.support import built_with_upload, reference

FIXTURE_DISTRICTS = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost"]


@pytest.fixture(scope="module")
def real_trees_db(tmp_path_factory, fixture_db):
    """trees_planted (a demo indicator in the catalogue) with real 2024 values for all three
    Stadtbezirke of the fixture."""
    data = csv_bytes(*[tree_row(area, 2024, str(100 + n)) for n, area in enumerate(FIXTURE_DISTRICTS)])
    db = built_with_upload(tmp_path_factory.mktemp("badge"), FIXTURE_RAW, data, "baeume.csv",
                           "Grünflächenamt", built=fixture_db)
    assert reference(db).indicators["trees_planted"]["source_kind"] == "demo"
    return db


def caption_html(at) -> str:
    """The map's caption line (indicator, year, unit and the badge, if any)."""
    return next(str(h.proto.body) for h in at.get("html") if str(h.proto.body).startswith("<p><b>"))


def test_real_uploaded_values_carry_no_demo_badge(real_trees_db):
    at = run_page(real_trees_db, "pages/districts.py", {"indicator": "trees_planted", "year": "2024"})
    assert not at.exception
    assert "2024" in caption_html(at) and "Beispieldaten" not in caption_html(at)
    assert "Beispieldaten" not in set(at.table[0].value["Hinweis"])


def test_generated_years_keep_the_badge(real_trees_db):
    at = run_page(real_trees_db, "pages/districts.py", {"indicator": "trees_planted", "year": "2023"})
    assert not at.exception
    assert "2023" in caption_html(at) and "Beispieldaten" in caption_html(at)
