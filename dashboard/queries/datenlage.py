"""Queries for the Datenlage page: what each goal's status rests on, and every series with its
source, data kind, years and latest value.

Every function takes a DuckDB connection (or cursor) and returns a DataFrame. City-wide status
only. No Streamlit import; tested against a built database.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame

GOAL_COVERAGE_SQL = """
SELECT t.target_id, t.title_de, t.title_en, t.kind, t.indicator_id, th.theme_id,
       th.label_de AS theme_de, th.label_en AS theme_en, th.sort_order AS theme_order,
       s.status, s.uses_demo,
       EXISTS (SELECT 1 FROM goal_context c WHERE c.target_id = t.target_id) AS has_context,
       EXISTS (SELECT 1 FROM evidence e WHERE e.target_id = t.target_id) AS has_evidence,
       EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = t.indicator_id
               AND NOT o.is_demo) AS has_real_values,
       (SELECT list(DISTINCT c.source_id ORDER BY c.source_id) FROM target_citations c
        WHERE c.target_id = t.target_id) AS documents
FROM targets t
JOIN themes th ON th.theme_id = t.theme_id
JOIN target_status s ON s.target_id = t.target_id AND s.area_level = 'city'
ORDER BY th.sort_order, t.sort_order
"""

SERIES_SQL = """
WITH cur AS (
    SELECT o.*, row_number() OVER (PARTITION BY indicator_id ORDER BY year DESC,
           area_level = 'city' DESC) AS rn
    FROM observations o
)
SELECT i.indicator_id, i.name_de, i.name_en, u.symbol_de, u.symbol_en, u.decimals,
       src.title AS source_title, src.published AS source_published,
       list(DISTINCT c.data_kind ORDER BY c.data_kind) AS data_kinds,
       list(DISTINCT c.area_level ORDER BY c.area_level) AS area_levels,
       min(c.year) AS first_year, max(c.year) AS last_year, count(*) AS n_values,
       any_value(c.value) FILTER (WHERE c.rn = 1) AS latest_value,
       any_value(c.ref_date) FILTER (WHERE c.rn = 1) AS latest_ref_date,
       bool_or(c.is_demo) AS is_demo,
       coalesce((SELECT list(DISTINCT t.target_id ORDER BY t.target_id) FROM targets t
                 WHERE t.indicator_id = i.indicator_id), []) AS measures,
       coalesce((SELECT list(DISTINCT g.target_id ORDER BY g.target_id) FROM goal_context g
                 WHERE g.indicator_id = i.indicator_id), []) AS context_for
FROM cur c
JOIN indicators i ON i.indicator_id = c.indicator_id
JOIN units u ON u.unit_id = i.unit_id
JOIN sources src ON src.source_id = i.source_id
GROUP BY ALL
ORDER BY is_demo, i.name_de
"""

DOCUMENT_TITLES_SQL = """
SELECT source_id, title, author, published FROM sources WHERE is_document ORDER BY published, source_id
"""


def goal_coverage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per promise (entries of another nature get no status and are not counted): theme,
    city status, uses_demo, whether context series or real values of its indicator exist, and
    the documents that state it (a list of source ids)."""
    return frame(con, GOAL_COVERAGE_SQL)


def series(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per indicator with current values: source, data kinds, area levels, years, count,
    latest value and its reference date, demo flag, goals it measures and goals it describes."""
    return frame(con, SERIES_SQL)


def document_titles(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The five documents: source_id, title, author, published."""
    return frame(con, DOCUMENT_TITLES_SQL)
