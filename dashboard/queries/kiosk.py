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
    """One row per goal (all promises, with or without data): city status, unit, theme, the
    document the goal comes from (first citation) and its series' name (indicator_de/_en, for a
    group slide). The overview's query, named for the slides."""
    names = frame(con, "SELECT indicator_id, name_de AS indicator_de, name_en AS indicator_en FROM indicators")
    goals = targets_overview(con).rename(
        columns={"source_title": "goal_source_title", "source_author": "goal_source_author"})
    return goals.merge(names, on="indicator_id", how="left")


def kiosk_evidence(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every dated evidence entry with the cited document's title and author (for the slides of
    promises with recent evidence); newest first."""
    return frame(con, """
        SELECT e.target_id, e.evidence_id, e.date_text, e.known_from, e.stage, e.basis, e.quote,
               e.line_from, e.line_to, e.source_title, e.reference,
               s.title AS document_title, s.author AS document_author
        FROM evidence e LEFT JOIN sources s ON s.source_id = e.source_id
        ORDER BY e.known_from DESC, e.evidence_id""")


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
