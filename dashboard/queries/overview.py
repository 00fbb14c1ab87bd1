"""Queries for the Übersicht page that targets_overview does not cover.

Every function takes a DuckDB connection (or cursor) and returns a pandas DataFrame; SQL uses
? parameters only. No Streamlit import: tested directly against a built database.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame, one


# Each goal's starting point for one area level, as the status rules computed it (the latest
# value before the goal's start year: typed columns of target_status, written by etl.status from
# the rules' Assessment), with the demo flag of the observation(s) of that year. Used by the
# overview cards and the goal page.
START_POINTS_SQL = """
    SELECT s.target_id, s.start_point_year, s.start_point_value,
           coalesce(bool_or(o.is_demo), false) AS start_point_is_demo
    FROM target_status s
    JOIN targets t ON t.target_id = s.target_id
    LEFT JOIN observations o ON o.indicator_id = t.indicator_id AND o.area_level = s.area_level
                            AND o.area_code = s.area_code AND o.year = s.start_point_year
    WHERE s.area_level = ? AND s.start_point_year IS NOT NULL
    GROUP BY s.target_id, s.start_point_year, s.start_point_value"""


def overview_values(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per target: the status inputs (inputs_json, e.g. the running sum of a cumulative
    goal), the source of its latest city-wide value (id, title, detail, demo flag), the
    indicator's name (indicator_de/_en) and its starting point (start_point_year/_value/_is_demo:
    the latest city-wide value before the goal's start year).

    Source columns are NULL when the target has no value in its latest year (or no indicator);
    start point columns are NULL when no value before the start year exists.
    """
    return frame(con, f"""
        WITH start_points AS ({START_POINTS_SQL})
        SELECT s.target_id, s.inputs_json,
               o.source_id AS data_source_id, src.title AS data_source_title,
               o.source_detail AS data_source_detail, o.is_demo AS data_is_demo,
               i.name_de AS indicator_de, i.name_en AS indicator_en,
               sp.start_point_year, sp.start_point_value, sp.start_point_is_demo
        FROM target_status s
        JOIN targets t ON t.target_id = s.target_id
        LEFT JOIN indicators i ON i.indicator_id = t.indicator_id
        LEFT JOIN observations o
               ON o.indicator_id = t.indicator_id AND o.area_level = s.area_level
              AND o.area_code = s.area_code AND o.year = s.latest_year
        LEFT JOIN sources src ON src.source_id = o.source_id
        LEFT JOIN start_points sp ON sp.target_id = s.target_id
        WHERE s.area_level = ?
        ORDER BY s.target_id""", ["city", "city"])


START_POINT_SQL = "SELECT * FROM (" + START_POINTS_SQL + ") WHERE target_id = ?"


def start_point(con: duckdb.DuckDBPyConnection, target_id: str) -> dict:
    """One goal's starting point: {start_point_year, start_point_value, start_point_is_demo}, the
    latest city-wide value before its start year; {} when there is none."""
    row = one(con, START_POINT_SQL, ["city", target_id])
    return {} if row is None else {k: v for k, v in row.items() if k != "target_id"}


def overview_citations(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every (target, citing document) pair with the document's title, author and date;
    a goal stated in several documents has several rows (used by the document filter)."""
    return frame(con, """
        SELECT DISTINCT c.target_id, c.source_id, s.title, s.author, s.published, s.kind
        FROM target_citations c JOIN sources s USING (source_id)
        WHERE s.is_document = ?
        ORDER BY c.target_id, c.source_id""", [True])
