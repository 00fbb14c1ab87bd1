"""Queries for the figures shown beside a goal as context („Zahlen zum Thema“): the series the
goal_context table links to a goal, city-wide and per Stadtbezirk, with source and data kind.

Every function takes a DuckDB connection (or cursor) and returns a DataFrame. No Streamlit.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame

CONTEXT_SQL = """
SELECT c.indicator_id, i.name_de, i.name_en, i.definition_de, i.definition_en,
       u.symbol_de, u.symbol_en, u.decimals, o.area_level, o.area_code, a.name AS area_name,
       o.year, o.value, o.qualifier, o.data_kind, o.ref_date, o.is_demo,
       src.title AS source_title, o.source_detail, o.note_de, o.note_en, o.source_url, c.beside_series
FROM goal_context c
JOIN indicators i ON i.indicator_id = c.indicator_id
JOIN units u ON u.unit_id = i.unit_id
JOIN observations o ON o.indicator_id = c.indicator_id
JOIN areas a ON a.area_level = o.area_level AND a.area_code = o.area_code
JOIN sources src ON src.source_id = o.source_id
WHERE c.target_id = ? AND o.area_level IN ('city', 'stadtbezirk')
ORDER BY i.name_de, o.area_level = 'stadtbezirk', a.sort_order, o.year
"""


def context_series(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """Every current value of the goal's context series (city and Stadtbezirke), oldest first,
    with unit, data kind, reference date and source. Empty when the goal has no context."""
    return frame(con, CONTEXT_SQL, [target_id])
