"""Queries for the Übersicht page that targets_overview does not cover.

Every function takes a DuckDB connection (or cursor) and returns a pandas DataFrame; SQL uses
? parameters only. No Streamlit import: tested directly against a built database.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame


def overview_values(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per target: the status inputs (inputs_json, e.g. the running sum of a cumulative
    goal) and the source of its latest city-wide value (id, title, detail, demo flag).

    Source columns are NULL when the target has no value in its latest year (or no indicator).
    """
    return frame(con, """
        SELECT s.target_id, s.inputs_json,
               o.source_id AS data_source_id, src.title AS data_source_title,
               o.source_detail AS data_source_detail, o.is_demo AS data_is_demo
        FROM target_status s
        JOIN targets t ON t.target_id = s.target_id
        LEFT JOIN observations o
               ON o.indicator_id = t.indicator_id AND o.area_level = s.area_level
              AND o.area_code = s.area_code AND o.year = s.latest_year
        LEFT JOIN sources src ON src.source_id = o.source_id
        WHERE s.area_level = ?
        ORDER BY s.target_id""", ["city"])


def overview_citations(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every (target, citing document) pair with the document's title, author and date;
    a goal stated in several documents has several rows (used by the document filter)."""
    return frame(con, """
        SELECT DISTINCT c.target_id, c.source_id, s.title, s.author, s.published, s.kind
        FROM target_citations c JOIN sources s USING (source_id)
        WHERE s.is_document = ?
        ORDER BY c.target_id, c.source_id""", [True])
