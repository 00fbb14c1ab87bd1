"""Test data for the Stand-date tests, made for them: a copy of data/raw plus one fixture goal
measured by the real housing series (completions), so that its 2023 value — known only from
31.12.2024 (source title „Ruhr Nachrichten 2024“) — changes the verdict.

The goal cites a real line of the Ruhrkonferenz submission (published 22.01.2019), so it is
known from then; its numbers (1.500 a year, 2020–2025) are invented for the test.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from etl.build import build
from tests.conftest import RAW

GOAL = "fixture_wohnungen_1500"
AS_OF = dt.date(2025, 6, 1)  # "today" of the fixture: the 2023 value is known, 2024 not yet
BEFORE_2023_KNOWN = dt.date(2024, 6, 1)   # the 2023 value became known on 31.12.2024
GOAL_YAML = """goals:
  - id: fixture_wohnungen_1500
    theme: wohnen
    title_de: "Testziel: 1.500 neue Wohnungen pro Jahr"
    title_en: "Test goal: 1,500 new dwellings a year"
    kind: annual_flow
    target_value: 1500
    unit: dwellings
    direction: increase
    start: 2020
    deadline: 2025
    indicator: completed_dwellings
    citations:
      - document: ruhrkonferenz_2019
        lines: "122"
        quote: "Im Zuge des Dekadenprojekts „nordwärts“ werden wir entlang der Emscher ein großräumiges, innovatives und zukunftsweisendes Wohn-, Gewerbe- und Freizeitband entwickeln."
"""


def make_raw(tmp: Path) -> Path:
    """A writable copy of data/raw with the fixture goal added (register/zz_fixture_asof.yaml)."""
    raw = tmp / "raw"
    shutil.copytree(RAW, raw)
    for path in raw.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    (raw / "register" / "zz_fixture_asof.yaml").write_text(GOAL_YAML, encoding="utf-8")
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
