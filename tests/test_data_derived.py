"""dashboard.data.derived: cached page-side results, recomputed when the database file is swapped."""

from __future__ import annotations

import os

import duckdb
import pytest
import streamlit as st

from dashboard.data import DatabaseMissing, derived, query

CALLS: list[tuple] = []


def _count_rows(con) -> int:
    """Query function: the number of rows in the test table."""
    return con.execute("SELECT count(*) FROM t").fetchone()[0]


def rows_times(factor: int) -> int:
    """A derived function: the row count times factor; records each real computation."""
    CALLS.append((factor,))
    return query(_count_rows) * factor


def _make_db(path, rows: int) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    con.close()


@pytest.fixture()
def swap_db(tmp_path, monkeypatch):
    """A database path with 1 row in table t, and a function that swaps in a file with n rows."""
    path = tmp_path / "zielmonitor.duckdb"
    _make_db(path, 1)
    monkeypatch.setenv("ZM_DB_PATH", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    CALLS.clear()

    def swap(rows: int) -> None:
        fresh = tmp_path / f"new_{rows}.duckdb"
        _make_db(fresh, rows)
        os.replace(fresh, path)  # as a rebuild or upload does: a new file under the same name

    yield swap
    st.cache_data.clear()
    st.cache_resource.clear()


def test_cached_until_database_is_swapped(swap_db):
    assert derived(rows_times, 10) == 10
    assert derived(rows_times, 10) == 10
    assert CALLS == [(10,)]  # the second call came from the cache
    swap_db(3)
    assert derived(rows_times, 10) == 30  # new signature: recomputed from the new file
    assert CALLS == [(10,), (10,)]


def rows_list(factor: int) -> list[int]:
    """A derived function returning a mutable object: [row count × factor]."""
    return [query(_count_rows) * factor]


def test_every_caller_gets_the_same_object_until_the_database_is_swapped(swap_db):
    first = derived(rows_list, 2)
    assert derived(rows_list, 2) is first  # shared by every session, not a copy each
    swap_db(4)
    second = derived(rows_list, 2)
    assert second is not first and second == [8]
    assert first == [2]  # the old version's object is left as it was


def test_arguments_are_part_of_the_key(swap_db):
    assert derived(rows_times, 2) == 2
    assert derived(rows_times, 5) == 5
    assert derived(rows_times, 2) == 2
    assert CALLS == [(2,), (5,)]


def test_missing_database_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("ZM_DB_PATH", str(tmp_path / "absent.duckdb"))
    with pytest.raises(DatabaseMissing):
        derived(rows_times, 1)
