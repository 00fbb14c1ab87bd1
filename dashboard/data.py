"""The one data-access module: owns the DuckDB connection and the caches.

Pages call `query(fn, *args)` with a function from dashboard.queries. Results are cached per
function, arguments and database signature (inode, mtime, size of the file), so a rebuild or
an upload, which swaps in a new file, is seen on the next rerun without a restart.
The connection is read-only; every query gets its own cursor, as DuckDB's threading docs require.

Pages call `derived(fn, *args)` for page-side work that is expensive to redo on every rerun
(view models, plotly figures, GeoJSON prepared for a figure). fn is a module-level function
whose result depends only on its (hashable, small) args and the database contents: it may call
`query` itself. The result is keyed by fn, args and the database signature, so a swapped-in file
is recomputed on the next rerun. It is ONE object shared by every session of the process
(st.cache_resource: no pickling and unpickling per session, which cost more than the page's own
work for figures and view models), so callers treat it as read-only: they never change a derived
dict, list, DataFrame or figure in place (copy first, as charts.progress.with_whatif does).
tests/test_data_derived.py and tests/test_shared_views.py guard this.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import streamlit as st

import config


class DatabaseMissing(FileNotFoundError):
    """The database file does not exist yet (run `python -m etl build`)."""


class DataUnavailable(RuntimeError):
    """The database exists but could not be read (broken file, schema mismatch)."""


def signature(path: Path | None = None) -> str:
    """A cheap fingerprint of the database file that changes whenever a build swaps it."""
    path = path or config.db_path()
    try:
        stat = os.stat(path)
    except FileNotFoundError as err:
        raise DatabaseMissing(str(path)) from err
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}"


_OPEN: dict[str, tuple[str, duckdb.DuckDBPyConnection]] = {}  # path -> (sig, connection)


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(path: str, sig: str) -> duckdb.DuckDBPyConnection:
    """A read-only connection for one version of the file (sig keeps versions apart).

    DuckDB hands out the already open database for a path while any connection to it is
    open, so the previous version is closed first; otherwise a swapped-in file is never read.
    """
    previous = _OPEN.pop(path, None)
    if previous is not None and previous[0] != sig:
        previous[1].close()
    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error as err:
        raise DataUnavailable(f"{path}: {err}") from err
    _OPEN[path] = (sig, con)
    return con


@st.cache_data(max_entries=1024, show_spinner=False)
def _run(module: str, name: str, path: str, sig: str, args: tuple):
    """Run a query function on a fresh cursor; cached by everything that determines its result."""
    fn = getattr(importlib.import_module(module), name)
    try:
        cursor = _connection(path, sig).cursor()  # fails if a newer version closed it
    except duckdb.Error as err:
        raise DataUnavailable(f"{name}: {err}") from err
    try:
        return fn(cursor, *args)
    except duckdb.Error as err:
        raise DataUnavailable(f"{name}: {err}") from err
    finally:
        cursor.close()


def query(fn: Callable, *args):
    """The cached result of fn(cursor, *args) on the current database.

    Raises DatabaseMissing or DataUnavailable; pages turn these into a friendly message.
    """
    path = config.db_path()
    return _run(fn.__module__, fn.__name__, str(path), signature(path), tuple(args))


@st.cache_resource(max_entries=512, show_spinner=False)
def _derive(module: str, name: str, path: str, sig: str, args: tuple):
    """Call fn(*args); one shared result per fn, args and database version (path, sig)."""
    return getattr(importlib.import_module(module), name)(*args)


def derived(fn: Callable, *args):
    """The cached result of fn(*args) for the current database version, shared read-only.

    In: a module-level function (it may call `query`) and small hashable arguments (ids,
    years, lang). Out: its result, the same object for every session until the database file
    is swapped (signature), then recomputed; never change it in place.
    Raises DatabaseMissing or DataUnavailable like `query`.
    """
    path = config.db_path()
    return _derive(fn.__module__, fn.__name__, str(path), signature(path), tuple(args))
