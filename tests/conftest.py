"""Shared fixtures: databases built in a temporary folder from the bundled data/raw (for tests of
the real data's invariants) and from the small fixture folder tests/fixtures/data (for tests of
rules, view models and pages, whose figures do not change when real data are added)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from tests.fixtures.extra_observations import raw_for_tests

ROOT = Path(__file__).resolve().parents[1]
# data/raw, or with ZM_TEST_EXTRA_OBSERVATION set a copy with plausible new observations
# appended (tests/fixtures/extra_observations.py): real-data tests must pass either way.
RAW = raw_for_tests(ROOT / "data" / "raw")
if RAW != ROOT / "data" / "raw":  # code that reads the configured raw folder reads the copy too
    os.environ.setdefault("ZM_RAW_DIR", str(RAW))
FIXTURE_RAW = ROOT / "tests" / "fixtures" / "data"  # described in tests/fixtures/data/README.md
AS_OF = dt.date(2026, 11, 21)

# Tests never see a developer's local planner uploads (data/uploads): every build and page in
# the test run reads an empty upload store unless a test passes its own.
os.environ["ZM_UPLOAD_DIR"] = tempfile.mkdtemp(prefix="zm-test-uploads-")


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """The database built from the bundled raw data, as of 2026-11-21, demo data included."""
    path = tmp_path_factory.mktemp("db") / "zielmonitor.duckdb"
    build(raw=RAW, db_path=path, as_of=AS_OF, include_demo=True)
    return path


@pytest.fixture(scope="session")
def db(built_db):
    """A read-only connection to the built database."""
    con = duckdb.connect(str(built_db), read_only=True)
    yield con
    con.close()


@pytest.fixture()
def raw_copy(tmp_path) -> Path:
    """A writable copy of data/raw, for tests that break an input on purpose."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    for path in target.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    return target


@pytest.fixture(scope="session")
def built_db_nodemo(tmp_path_factory) -> Path:
    """The database as a fresh clone builds it: bundled raw data, as of 2026-11-21, without
    Beispieldaten (ZM_SHOW_DEMO's default). For tests of what the public sees by default."""
    path = tmp_path_factory.mktemp("db_nodemo") / "zielmonitor.duckdb"
    build(raw=RAW, db_path=path, as_of=AS_OF, include_demo=False)
    return path


@pytest.fixture(scope="session")
def judged_db(built_db_nodemo, tmp_path_factory) -> Path:
    """A fresh-clone database in which the housing goal is „noch nicht bewertbar“ and the 2035
    climate goal „verfehlt“ (as the period rules say for such goals), the rest as built: for
    tests of how these two states are shown, whatever today's data give."""
    path = tmp_path_factory.mktemp("judged") / "judged.duckdb"
    shutil.copy(built_db_nodemo, path)
    con = duckdb.connect(str(path))
    con.execute("""UPDATE target_status SET status = 'not_assessable',
                   reason_de = 'Noch kein Wert aus dem Zielzeitraum.',
                   reason_en = 'No value from the goal''s own period yet.'
                   WHERE target_id = ? AND area_level = 'city'""", ["wohnungen_2000_pro_jahr"])
    con.execute("UPDATE target_status SET status = 'missed' WHERE target_id = ?", ["klimaneutral_2035"])
    con.close()
    return path


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    """The database built from the fixture folder tests/fixtures/data as of 2026-11-21, with its
    one demo series (trees_planted). Goals of every kind, three Stadtbezirke; see its README."""
    path = tmp_path_factory.mktemp("fixture_db") / "zielmonitor.duckdb"
    build(raw=FIXTURE_RAW, db_path=path, as_of=AS_OF, include_demo=True)
    return path


@pytest.fixture(scope="session")
def fixture_con(fixture_db):
    """A read-only connection to the fixture database."""
    con = duckdb.connect(str(fixture_db), read_only=True)
    yield con
    con.close()
