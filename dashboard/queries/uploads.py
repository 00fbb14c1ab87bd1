"""Queries for the planner upload page and `python -m etl ingest`: the reference lists a file is
checked against, the current values an upload would change, and the targets it affects.

Every function takes a DuckDB connection (or cursor) and returns DataFrames; values are ? parameters.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame


def upload_indicators(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per indicator with its unit labels, limits, source and source kind."""
    return frame(con, """
        SELECT i.indicator_id, i.name_de, i.name_en, i.unit_id, i.min_value, i.max_value,
               i.source_id, s.kind AS source_kind, i.is_demo, i.frequency, i.measure,
               u.label_de, u.label_en, u.symbol_de, u.symbol_en, u.decimals
        FROM indicators i JOIN units u USING (unit_id) JOIN sources s USING (source_id)
        ORDER BY i.indicator_id""")


def upload_areas(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The city and the 12 Stadtbezirke (no geometry): level, code, names, lookup key."""
    return frame(con, """
        SELECT area_level, area_code, name, name_official, name_key, sort_order
        FROM areas WHERE area_level IN ('city', 'stadtbezirk')
        ORDER BY area_level = 'stadtbezirk', sort_order""")


def current_values(con: duckdb.DuckDBPyConnection, indicator_ids: tuple[str, ...]) -> pd.DataFrame:
    """Current city and Stadtbezirk values of the given indicators, with source, demo flag and
    whether the build summed the value from the Stadtbezirke (rolled_up)."""
    return frame(con, """
        SELECT o.indicator_id, o.area_level, o.area_code, o.year, o.value, o.source_id,
               s.title AS source_title, o.source_detail, o.is_demo, o.upload_id, o.rolled_up
        FROM observations o JOIN sources s USING (source_id)
        WHERE list_contains(?, o.indicator_id) AND o.area_level IN ('city', 'stadtbezirk')
        ORDER BY o.indicator_id, o.area_level, o.area_code, o.year""", [list(indicator_ids)])


def affected_targets(con: duckdb.DuckDBPyConnection, indicator_ids: tuple[str, ...]) -> pd.DataFrame:
    """Targets measured by the given indicators, with what the status rules need."""
    return frame(con, """
        SELECT t.target_id, t.title_de, t.title_en, t.kind, t.target_value, t.unit_id,
               t.direction, t.start_year, t.deadline_year, t.baseline_value, t.baseline_year,
               t.indicator_id, t.area_level, i.measure
        FROM targets t JOIN indicators i USING (indicator_id)
        WHERE list_contains(?, t.indicator_id)
        ORDER BY t.sort_order""", [list(indicator_ids)])


def unit_table(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All units with labels, symbols and decimals."""
    return frame(con, "SELECT * FROM units ORDER BY unit_id")


def evidence_goals(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every goal with its titles and the deadline year its implementation status uses."""
    return frame(con, """
        SELECT t.target_id, t.title_de, t.title_en,
               COALESCE(i.deadline_year, CASE WHEN t.deadline_inferred THEN NULL ELSE t.deadline_year END)
                   AS deadline_year
        FROM targets t LEFT JOIN target_implementation i USING (target_id)
        ORDER BY t.sort_order""")


def evidence_current(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The evidence entries of the current database (id, goal, date as written, stage, basis)."""
    return frame(con, """
        SELECT evidence_id, target_id, date_text, stage, basis, source_id, line_from, line_to,
               source_title, reference, evidence_file
        FROM evidence ORDER BY target_id, known_from, evidence_id""")


def document_lines(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every line of every source document (source id, line number from 1, text)."""
    return frame(con, "SELECT source_id, line_no, text FROM document_lines ORDER BY source_id, line_no")
