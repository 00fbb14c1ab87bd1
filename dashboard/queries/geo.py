"""Queries for the Stadtbezirke (map) page: boundaries, indicator values per area, district
goals and the data behind a district profile.

Every function takes a DuckDB connection (or cursor) and returns a DataFrame or a dict;
values are passed as ? parameters. Area levels: stadtbezirk, statistischer_bezirk, unterbezirk.
"""

from __future__ import annotations

import json

import duckdb
import pandas as pd

from dashboard.queries import frame

MAP_LEVELS = ("stadtbezirk", "statistischer_bezirk", "unterbezirk")


def level_geojson(con: duckdb.DuckDBPyConnection, level: str) -> dict:
    """A GeoJSON FeatureCollection of all areas of one level (simplified geometry, EPSG:4326).

    Each feature has `id` = area_code and properties {area_code, name}. Empty collection for
    an unknown level. Pages fetch it through dashboard.data.query, which caches it per level.
    """
    rows = frame(con, """
        SELECT area_code, name, geometry FROM areas
        WHERE area_level = ? AND geometry IS NOT NULL ORDER BY sort_order, area_code""", [level])
    features = [
        {"type": "Feature", "id": row.area_code,
         "properties": {"area_code": row.area_code, "name": row.name},
         "geometry": json.loads(row.geometry)}
        for row in rows.itertuples(index=False)
    ]
    return {"type": "FeatureCollection", "features": features}


def area_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All map areas without geometry: level, code, name, name_key, name_official, parent,
    stadtbezirk_code, area_km2, sort_order. One row per area (the city is left out)."""
    return frame(con, """
        SELECT area_level, area_code, name, name_official, name_key, parent_level, parent_code,
               stadtbezirk_code, area_km2, sort_order
        FROM areas WHERE area_level <> 'city'
        ORDER BY area_level, sort_order, area_code""")


def indicator_catalog(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per indicator with names, unit labels and symbols, decimals, measure,
    aggregation, demo flag and the source's title and attribution."""
    return frame(con, """
        SELECT i.indicator_id, i.name_de, i.name_en, i.definition_de, i.definition_en,
               i.unit_id, u.label_de AS unit_label_de, u.label_en AS unit_label_en,
               u.singular_de AS unit_singular_de, u.singular_en AS unit_singular_en,
               u.symbol_de, u.symbol_en, u.decimals, i.measure, i.aggregation,
               i.higher_is_better, i.is_demo, i.source_id, s.title AS source_title,
               s.attribution AS source_attribution
        FROM indicators i
        LEFT JOIN units u USING (unit_id)
        JOIN sources s ON s.source_id = i.source_id
        ORDER BY i.indicator_id""")


def indicator_coverage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Which indicator has current values at which sub-city level and year: one row per
    indicator, level and year with the number of areas and whether any value is demo."""
    return frame(con, """
        SELECT indicator_id, area_level, year, count(*) AS n_areas,
               bool_or(is_demo) AS any_demo
        FROM observations
        WHERE area_level IN ('stadtbezirk', 'statistischer_bezirk', 'unterbezirk')
        GROUP BY indicator_id, area_level, year
        ORDER BY indicator_id, area_level, year""")


def indicator_values(con: duckdb.DuckDBPyConnection, indicator_id: str, level: str,
                     year: int) -> pd.DataFrame:
    """Current values of one indicator for every area of a level in one year, with source
    title, source detail, qualifier and demo/final flags. One row per area that has a value."""
    return frame(con, """
        SELECT o.area_code, o.value, o.qualifier, o.is_demo, o.is_final, o.source_id,
               s.title AS source_title, o.source_detail, o.note_de, o.note_en, o.data_kind
        FROM observations o JOIN sources s ON s.source_id = o.source_id
        WHERE o.indicator_id = ? AND o.area_level = ? AND o.year = ?
        ORDER BY o.area_code""", [indicator_id, level, int(year)])


def district_targets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Goals that apply to each Stadtbezirk (targets.area_level = 'stadtbezirk'), with
    title, kind, target value, unit and indicator. One row per goal, in register order."""
    return frame(con, """
        SELECT t.target_id, t.title_de, t.title_en, t.kind, t.target_value, t.unit_id,
               t.deadline_year, t.indicator_id
        FROM targets t WHERE t.area_level = 'stadtbezirk'
        ORDER BY t.sort_order, t.target_id""")


def target_status_by_district(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """Status of one goal in each Stadtbezirk: area_code, status, latest year/value,
    progress, stale and demo flags, reasons in both languages."""
    return frame(con, """
        SELECT s.area_code, s.status, s.latest_year, s.latest_value, s.progress, s.stale,
               s.uses_demo, s.reason_de, s.reason_en, s.as_of
        FROM target_status s
        WHERE s.target_id = ? AND s.area_level = 'stadtbezirk'
        ORDER BY s.area_code""", [target_id])


def district_goals(con: duckdb.DuckDBPyConnection, district_code: str) -> pd.DataFrame:
    """All goals with a status row for one Stadtbezirk: title, status, reason, demo flag and
    the first citation's document title. One row per goal."""
    return frame(con, """
        SELECT t.target_id, t.title_de, t.title_en, s.status, s.reason_de, s.reason_en,
               s.uses_demo, s.stale, s.latest_year, c.source_title, c.source_author
        FROM target_status s
        JOIN targets t ON t.target_id = s.target_id
        LEFT JOIN target_first_citation c ON c.target_id = t.target_id
        WHERE s.area_level = 'stadtbezirk' AND s.area_code = ?
        ORDER BY t.sort_order, t.target_id""", [district_code])


def district_observations(con: duckdb.DuckDBPyConnection, district_code: str) -> pd.DataFrame:
    """Current values of every indicator inside one Stadtbezirk: the district's own rows and
    the rows of its statistische Bezirke and Unterbezirke, with source title and detail.
    One row per indicator, level, area and year."""
    return frame(con, """
        SELECT o.indicator_id, o.area_level, o.area_code, o.year, o.value, o.qualifier,
               o.is_demo, o.is_final, o.source_id, s.title AS source_title, o.source_detail,
               o.note_de, o.note_en
        FROM observations o
        JOIN areas a ON a.area_level = o.area_level AND a.area_code = o.area_code
        JOIN sources s ON s.source_id = o.source_id
        WHERE a.stadtbezirk_code = ?
          AND o.area_level IN ('stadtbezirk', 'statistischer_bezirk', 'unterbezirk')
        ORDER BY o.indicator_id, o.area_level, o.year, o.area_code""", [district_code])


def promise_texts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per promise: target_id and text (its German title and every quoted passage),
    for finding the places it names (dashboard.district_places)."""
    return frame(con, """
        SELECT t.target_id, any_value(t.title_de) || ' ' || string_agg(c.quote, ' ' ORDER BY c.seq) AS text
        FROM targets t JOIN target_citations c ON c.target_id = t.target_id
        WHERE t.nature = ?
        GROUP BY t.target_id
        ORDER BY t.target_id""", ["promise"])
