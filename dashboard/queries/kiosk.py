"""Queries for the kiosk (public screens): the goal list, city series and the district map.

Each function takes a DuckDB connection (or cursor) and returns a DataFrame or dict; values are
passed as ? parameters. No Streamlit import, so they are tested against a built database.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame, one
from dashboard.queries.targets import targets_overview

# The goal that the map slide shows per Stadtbezirk (the road offensive in all twelve districts).
MAP_TARGET = "strassenoffensive_alle_12_bezirke"

def kiosk_goals(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per goal (all 136, with or without data): city status, unit, theme and the
    document the goal comes from (first citation). The overview's query, named for the slides."""
    return targets_overview(con).rename(
        columns={"source_title": "goal_source_title", "source_author": "goal_source_author"})


def kiosk_series(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Current city-wide values of every goal's indicator: one row per goal and year, with
    the demo flag and the data source's attribution (for the one-line source)."""
    return frame(con, """
        SELECT t.target_id, o.year, o.value, o.is_demo, o.source_id, o.data_kind,
               src.attribution AS data_attribution, src.title AS data_source_title
        FROM targets t
        JOIN observations o ON o.indicator_id = t.indicator_id AND o.area_level = 'city'
        JOIN sources src ON src.source_id = o.source_id
        ORDER BY t.target_id, o.year""")


def kiosk_districts(con: duckdb.DuckDBPyConnection, target_id: str = MAP_TARGET) -> pd.DataFrame:
    """Per-Stadtbezirk status of a district goal with each district's GeoJSON geometry
    (EPSG:4326, simplified); empty if the goal has no district rows."""
    return frame(con, """
        SELECT a.area_code, a.name, a.geometry, s.status, s.latest_value, s.uses_demo
        FROM target_status s
        JOIN areas a ON a.area_level = s.area_level AND a.area_code = s.area_code
        WHERE s.target_id = ? AND s.area_level = 'stadtbezirk'
        ORDER BY a.sort_order""", [target_id])


def kiosk_build(con: duckdb.DuckDBPyConnection) -> dict:
    """The build's as-of date, build time and demo flag (for the "Stand" line)."""
    return one(con, "SELECT as_of, built_at, demo_included FROM meta_build") or {}
