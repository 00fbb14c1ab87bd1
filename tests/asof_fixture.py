"""Test data for the Stand-date tests, made for them: a copy of the fixture folder
tests/fixtures/data (whose figures do not change when real data are added) plus one goal, one
document and three council sessions made here. The goal is measured by the fixture's housing
series (completions), so that its 2023 value — known only from 31.12.2024 (source title
„Testquelle B, 2024“) — changes the verdict; the fixture's 2021 value was first released wrongly
(300, 15.05.2022) and corrected (1.550, 11.06.2022).

The goal cites the made-up document `stadtentwicklung_2020` (published 15.01.2020), so it is
known from then; its numbers (1.600 a year, 2020–2025) are invented for the test.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from etl.build import build
from tests.conftest import FIXTURE_RAW

GOAL = "fixture_wohnungen_1600"
GOAL_TITLE_DE = "Testziel: 1.600 neue Wohnungen pro Jahr"
GOAL_TITLE_EN = "Test goal: 1,600 new dwellings a year"
DOCUMENT_PUBLISHED = dt.date(2020, 1, 15)
AS_OF = dt.date(2025, 12, 31)  # "today" of the fixture: every fixture value is known, the deadline 2025 not past
BEFORE_2023_KNOWN = dt.date(2024, 6, 1)   # the 2023 value became known on 31.12.2024
GOAL_YAML = f"""goals:
  - id: {GOAL}
    theme: wohnen
    title_de: "{GOAL_TITLE_DE}"
    title_en: "{GOAL_TITLE_EN}"
    kind: annual_flow
    target_value: 1600
    unit: dwellings
    direction: increase
    start: 2020
    deadline: 2025
    indicator: completed_dwellings
    citations:
      - document: stadtentwicklung_2020
        lines: "3"
        quote: "Bis 2025 sollen in Dortmund jedes Jahr 1.600 neue Wohnungen fertig werden."
"""
DOCUMENT = """Stadtentwicklung 2020 (Testauszug)
Dieser Text ist für die Stand-Datum-Tests des Zielmonitors geschrieben.
Bis 2025 sollen in Dortmund jedes Jahr 1.600 neue Wohnungen fertig werden.
"""
SOURCE_YAML = """  - id: stadtentwicklung_2020
    kind: city_strategy
    title: "Stadtentwicklung 2020 (Testauszug)"
    author: "Testrat"
    published: "2020-01-15"
    file: documents/stadtentwicklung_2020.txt
    licence: "Testtext"
    attribution: "Testrat (2020)"
"""
SESSIONS_YAML = """sessions:
  - date: 2022-03-31
    label: "11. Sitzung des Rates"
    sourced: true
    url: "https://example.org/rat/11"
  - date: 2022-05-12
    label: "12. Sitzung des Rates"
    sourced: true
    url: "https://example.org/rat/12"
  - date: 2022-06-23
    label: "13. Sitzung des Rates"
    sourced: true
    url: "https://example.org/rat/13"
"""


def make_raw(tmp: Path) -> Path:
    """A writable copy of the fixture folder with the goal (register/zz_fixture_asof.yaml), its
    document and the council sessions added."""
    raw = tmp / "raw"
    shutil.copytree(FIXTURE_RAW, raw)
    for path in raw.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    (raw / "register" / "zz_fixture_asof.yaml").write_text(GOAL_YAML, encoding="utf-8")
    (raw / "documents" / "stadtentwicklung_2020.txt").write_text(DOCUMENT, encoding="utf-8")
    sources = raw / "catalog" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8") + SOURCE_YAML, encoding="utf-8")
    (raw / "council_sessions.yaml").write_text(SESSIONS_YAML, encoding="utf-8")
    return raw


def make_db(tmp: Path) -> Path:
    """Build the fixture database (no demo data, as of AS_OF, no uploads). Returns its path."""
    from etl.uploads import UploadStore

    db = tmp / "asof.duckdb"
    build(raw=make_raw(tmp), db_path=db, as_of=AS_OF, include_demo=False, uploads=UploadStore(tmp / "up"))
    return db


@pytest.fixture(scope="session")
def asof_db(tmp_path_factory) -> Path:
    """The fixture database, built once per test session and module that imports this."""
    return make_db(tmp_path_factory.mktemp("asof"))
