"""Shared fixtures: databases built in a temporary folder from the bundled data/raw (for tests of
the real data's invariants) and from the small fixture folder tests/fixtures/data (for tests of
rules, view models and pages, whose figures do not change when real data are added)."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
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


def shared_build(tmp_path_factory, name: str, **options) -> Path:
    """Path of the database `build(**options)` writes, built once per test run.

    Without xdist it goes into its own temporary folder. Under pytest-xdist every worker asks
    for it: the first builds it into the run's common temporary folder (the parent of each
    worker's basetemp) under a file lock, the others wait for the lock and read the same file.
    Tests open these databases read-only; a test that changes one works on a copy."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        path = tmp_path_factory.mktemp(name) / "zielmonitor.duckdb"
        return build(db_path=path, **options)
    folder = tmp_path_factory.getbasetemp().parent / f"shared-{name}"
    folder.mkdir(exist_ok=True)
    path = folder / "zielmonitor.duckdb"
    with open(folder / "built.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not path.exists():  # build() renames the finished file into place
            build(db_path=path, **options)
    return path


def read_only(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the database at `path`, closed when the caller is done with it."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        yield con
    finally:
        con.close()


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """The database built from the bundled raw data, as of 2026-11-21, demo data included."""
    return shared_build(tmp_path_factory, "db", raw=RAW, as_of=AS_OF, include_demo=True)


@pytest.fixture(scope="session")
def db_connection(built_db):
    """One read-only connection to the built database for the whole run (see `db`)."""
    yield from read_only(built_db)


@pytest.fixture()
def db(db_connection):
    """A read-only cursor on the built database, new for each test: a result one test leaves
    unfetched (fetchone) cannot block the next test's query."""
    cursor = db_connection.cursor()
    yield cursor
    cursor.close()


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
    return shared_build(tmp_path_factory, "db_nodemo", raw=RAW, as_of=AS_OF, include_demo=False)


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    """The database built from the fixture folder tests/fixtures/data as of 2026-11-21, with its
    one demo series (trees_planted). Goals of every kind, three Stadtbezirke; see its README."""
    return shared_build(tmp_path_factory, "fixture_db", raw=FIXTURE_RAW, as_of=AS_OF, include_demo=True)


@pytest.fixture(scope="session")
def fixture_con(fixture_db):
    """A read-only connection to the fixture database."""
    yield from read_only(fixture_db)
