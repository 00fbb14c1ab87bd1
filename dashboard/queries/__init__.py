"""SQL lives here and only here. Every function takes a DuckDB connection (or cursor) and
returns a pandas DataFrame or a dict; values are passed as ? parameters, never pasted in.

No Streamlit import: these functions are tested directly against a built database.
"""

from __future__ import annotations

import duckdb
import pandas as pd


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    """Run one query and return its result as a DataFrame."""
    return con.execute(sql, params or []).fetchdf()


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> dict | None:
    """Run one query and return its first row as a dict, or None if there is none."""
    result = frame(con, sql, params)
    return None if result.empty else result.iloc[0].to_dict()


def build_info(con: duckdb.DuckDBPyConnection) -> dict:
    """The build's id, time, as-of date, demo flag and counts."""
    return one(con, "SELECT * FROM meta_build") or {}
