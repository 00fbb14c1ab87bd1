"""Apply, supersede, roll back, refuse, fail safely and serialise concurrent ingests – on the
fixture folder (tests/fixtures/data: completions 2019–2023, 2023 = 1.450; trees per Stadtbezirk)."""

from __future__ import annotations

import shutil
import threading

import pytest

from planner import workflow as ingest
from planner.effect import status_effect
from etl.build import build
from etl.uploads import UploadBusy, UploadError, UploadStore
from tests.fixtures.uploads import make_fixtures
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.support import AS_OF, current, dump, reference, same_content

MB = 1024 * 1024
DWELLINGS_2024 = "Indikator;Gebiet;Jahr;Wert\ncompleted_dwellings;Dortmund;2024;2.345\n".encode()
DWELLINGS_2023 = "Indikator;Gebiet;Jahr;Wert\ncompleted_dwellings;Dortmund;2023;1.400\n".encode()


@pytest.fixture(scope="module")
def base(tmp_path_factory, fixture_db):
    """A tmp copy of the fixture folder and the database built from it with no uploads."""
    raw = tmp_path_factory.mktemp("upload_base") / "raw"
    shutil.copytree(FIXTURE_RAW, raw)
    return raw, fixture_db, reference(fixture_db)


@pytest.fixture()
def env(base, tmp_path):
    """A fresh copy of the base database and an empty tmp upload store for one test."""
    raw, base_db, ref = base
    db = tmp_path / "db" / "z.duckdb"
    db.parent.mkdir()
    shutil.copy(base_db, db)
    store = UploadStore(tmp_path / "uploads")
    return store, db, ref, dict(raw=raw, db_path=db, as_of=AS_OF, include_demo=True)


def apply(env, data, name="werte.csv", user="anna", **extra):
    store, db, ref, kw = env
    checked = ingest.check_file(data, name, ref, 5 * MB)
    return ingest.apply_upload(checked, data, user, "Test", store, ref, **kw, **extra)


def test_upload_becomes_current_and_replaced_value_stays_superseded(env):
    store, db, ref, kw = env
    apply(env, DWELLINGS_2023)
    assert current(db, "completed_dwellings", "city", "05913000", 2023) == [(1400.0, "U-0001")]
    import duckdb
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT value, revision, is_current, upload_id FROM observations_all WHERE "
                       "indicator_id = 'completed_dwellings' AND year = 2023 ORDER BY revision").fetchall()
    con.close()
    assert rows == [(1450.0, 1, False, None), (1400.0, 2, True, "U-0001")]
    entry = store.uploads()[0]
    assert (entry["user"], entry["status"], entry["rows"][0]["value"]) == ("anna", "applied", 1400.0)
    assert (store.root / entry["file"]).read_bytes() == DWELLINGS_2023  # original kept by hash


def test_rollback_restores_exactly_the_previous_content(env):
    store, db, ref, kw = env
    before = dump(db)
    first = apply(env, DWELLINGS_2024)
    assert current(db, "completed_dwellings", "city", "05913000", 2024) == [(2345.0, first["id"])]
    assert not same_content(before, dump(db))
    ingest.rollback(first["id"], "bernd", "falsche Zahl", store, **kw)
    assert same_content(before, dump(db))
    assert store.uploads()[0]["status"] == "rolled_back"
    assert store.uploads()[0]["rolled_back_by"] == "bernd"
    with pytest.raises(UploadError, match="bereits zurückgenommen"):
        ingest.rollback(first["id"], "bernd", "", store, **kw)
    with pytest.raises(UploadError, match="gibt es nicht"):
        ingest.rollback("U-9999", "bernd", "", store, **kw)


def test_later_upload_wins_and_rolling_it_back_returns_the_earlier_upload(env):
    store, db, ref, kw = env
    apply(env, DWELLINGS_2024)
    second = apply(env, DWELLINGS_2024.replace(b"2.345", b"2.400"), name="korrektur.csv")
    assert current(db, "completed_dwellings", "city", "05913000", 2024) == [(2400.0, second["id"])]
    ingest.rollback(second["id"], "anna", "", store, **kw)
    assert current(db, "completed_dwellings", "city", "05913000", 2024) == [(2345.0, "U-0001")]


def test_rejected_file_leaves_database_and_store_unchanged(env):
    store, db, ref, kw = env
    before = dump(db)
    data = make_fixtures.files()["all_errors.csv"]
    with pytest.raises(UploadError):
        apply(env, data)
    assert same_content(before, dump(db))
    assert store.entries() == [] and not (store.root / "files").exists()


def test_failed_build_leaves_store_and_database_as_they_were(env, monkeypatch):
    store, db, ref, kw = env
    before = dump(db)

    def broken_build(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ingest, "build", broken_build)
    with pytest.raises(OSError):
        apply(env, DWELLINGS_2024)
    assert store.entries() == []
    assert list((store.root / "files").glob("*")) == []
    assert same_content(before, dump(db))


def test_same_file_twice_is_refused(env):
    apply(env, DWELLINGS_2024)
    with pytest.raises(UploadError, match="bereits als U-0001"):
        apply(env, DWELLINGS_2024)


def test_two_simultaneous_ingests_are_applied_one_after_the_other(env):
    store, db, ref, kw = env
    results, errors = [], []
    barrier = threading.Barrier(2)

    def run(data, user):
        barrier.wait()
        try:
            results.append(apply(env, data, user=user))
        except UploadBusy as err:  # the other way to be correct: refused with a message
            errors.append(err)

    threads = [threading.Thread(target=run, args=(DWELLINGS_2024, "anna")),
               threading.Thread(target=run, args=(DWELLINGS_2023, "bernd"))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert sorted(e["id"] for e in results) == ["U-0001", "U-0002"]
    log = store.uploads()
    assert len(log) == 2 and {e["user"] for e in log} == {"anna", "bernd"}
    for entry in log:  # never mixed: each entry carries exactly its own file's row
        expected = 2345.0 if entry["user"] == "anna" else 1400.0
        assert [r["value"] for r in entry["rows"]] == [expected]
    assert current(db, "completed_dwellings", "city", "05913000", 2024)[0][0] == 2345.0
    assert current(db, "completed_dwellings", "city", "05913000", 2023)[0][0] == 1400.0


def test_busy_lock_refuses_with_a_clear_message_and_changes_nothing(env):
    store, db, ref, kw = env
    before = dump(db)
    with store.lock():
        with pytest.raises(UploadBusy, match="anderes Hochladen"):
            apply(env, DWELLINGS_2024, wait=0.2)
    assert store.entries() == [] and same_content(before, dump(db))


def test_rebuild_from_raw_and_store_reproduces_the_database(env, tmp_path):
    store, db, ref, kw = env
    apply(env, DWELLINGS_2024)
    again = tmp_path / "again.duckdb"
    build(raw=kw["raw"], db_path=again, as_of=AS_OF, include_demo=True, uploads=UploadStore(store.root))
    assert same_content(dump(db), dump(again))


def test_preview_status_effect_matches_the_rebuilt_database(env):
    import duckdb

    from dashboard.queries.uploads import affected_targets, current_values, unit_table, upload_areas
    from etl.status import district_codes

    store, db, ref, kw = env
    data = ("Indikator;Gebiet;Jahr;Wert\ncompleted_dwellings;Dortmund;2024;2.345\n"
            "trees_planted;Innenstadt-Nord;2024;5.000\n").encode()
    checked = ingest.check_file(data, "x.csv", ref, 5 * MB)
    con = duckdb.connect(str(db), read_only=True)
    ids = ("completed_dwellings", "trees_planted")
    units = {u["unit_id"]: u for u in unit_table(con).to_dict("records")}
    districts = district_codes(upload_areas(con))
    effect = status_effect(checked.rows, current_values(con, ids), affected_targets(con, ids), units, AS_OF, districts)
    con.close()
    ingest.apply_upload(checked, data, "anna", "", store, ref, **kw)
    con = duckdb.connect(str(db), read_only=True)
    built = dict(con.execute("SELECT target_id || '/' || area_code, status FROM target_status").fetchall())
    con.close()
    assert len(effect) >= 2
    for row in effect.itertuples():
        assert built[f"{row.target_id}/{row.area_code}"] == row.new_status, row.target_id
