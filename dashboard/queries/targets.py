"""Queries about targets: the overview list, one goal's details, its data and citations."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame, one

OVERVIEW_SQL = """
SELECT t.target_id, t.theme_id, th.label_de AS theme_de, th.label_en AS theme_en,
       th.sort_order AS theme_order, t.title_de, t.title_en, t.kind, t.target_value,
       t.unit_id, u.label_de AS unit_label_de, u.label_en AS unit_label_en,
               u.singular_de AS unit_singular_de, u.singular_en AS unit_singular_en,
       u.symbol_de, u.symbol_en, u.decimals, t.direction, t.start_year,
       t.deadline_year, t.deadline_inferred, t.indicator_id, t.area_level, t.sort_order,
       s.status, s.latest_year, s.latest_value, s.progress, s.expected_value, s.stale,
       s.uses_demo, s.reason_de, s.reason_en, s.as_of,
       c.source_id AS first_source_id, c.line_from, c.line_to, c.source_title, c.source_author,
       c.source_kind,
       i.implementation, i.evidence_old, i.n_evidence,
       e.date_text AS ev_date, e.stage AS ev_stage, e.basis AS ev_basis, e.source_id AS ev_source_id,
       e.line_from AS ev_line_from, e.line_to AS ev_line_to, e.quote AS ev_quote,
       e.source_title AS ev_source_title, e.reference AS ev_reference,
       es.author AS ev_author, es.title AS ev_doc_title
FROM targets t
JOIN themes th USING (theme_id)
LEFT JOIN units u USING (unit_id)
JOIN target_status s ON s.target_id = t.target_id AND s.area_level = 'city'
JOIN target_first_citation c ON c.target_id = t.target_id
LEFT JOIN target_implementation i ON i.target_id = t.target_id
LEFT JOIN evidence e ON e.evidence_id = i.evidence_id
LEFT JOIN sources es ON es.source_id = e.source_id
ORDER BY th.sort_order, t.sort_order
"""


def targets_overview(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per target with its city-wide status, theme, unit (labels and symbols), first
    source (document, author, cited lines) and, for a promise with an evidence status, that
    status (implementation, evidence_old, n_evidence) and the latest entry it rests on (ev_date,
    ev_stage, ev_basis, ev_source_id, ev_line_from/_to, ev_quote, ev_source_title, ev_reference,
    ev_author, ev_doc_title); NULL otherwise."""
    return frame(con, OVERVIEW_SQL)


def target_detail(con: duckdb.DuckDBPyConnection, target_id: str) -> dict | None:
    """One target with its status, unit labels, indicator and evidence status (implementation,
    evidence_old, n_evidence; NULL without one); None if the id is unknown."""
    return one(con, """
        SELECT t.*, th.label_de AS theme_de, th.label_en AS theme_en,
               u.label_de AS unit_label_de, u.label_en AS unit_label_en,
               u.singular_de AS unit_singular_de, u.singular_en AS unit_singular_en,
               u.symbol_de, u.symbol_en, u.decimals,
               i.name_de AS indicator_de, i.name_en AS indicator_en,
               i.definition_de AS indicator_definition_de, i.definition_en AS indicator_definition_en,
               i.measure, i.is_demo AS indicator_is_demo, i.source_id AS indicator_source_id,
               s.status, s.rule, s.latest_year, s.latest_value, s.expected_value, s.progress,
               s.required_pace, s.pace_de, s.pace_en, s.forecast_value, s.forecast_year, s.stale,
               s.uses_demo, s.reason_de, s.reason_en, s.inputs_json, s.as_of,
               ti.implementation, ti.evidence_old, ti.n_evidence
        FROM targets t
        JOIN themes th USING (theme_id)
        LEFT JOIN units u USING (unit_id)
        LEFT JOIN indicators i USING (indicator_id)
        JOIN target_status s ON s.target_id = t.target_id AND s.area_level = 'city'
        LEFT JOIN target_implementation ti ON ti.target_id = t.target_id
        WHERE t.target_id = ?""", [target_id])


def target_observations(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """All city-wide values of the target's indicator, superseded revisions included,
    with their sources. Empty if the target has no indicator."""
    return frame(con, """
        SELECT o.year, o.value, o.revision, o.is_current, o.is_final, o.is_demo, o.qualifier,
               o.source_id, src.title AS source_title, o.source_detail, o.note_de, o.note_en,
               o.source_url, o.data_kind, o.ref_date
        FROM targets t
        JOIN observations_all o ON o.indicator_id = t.indicator_id AND o.area_level = 'city'
        JOIN sources src ON src.source_id = o.source_id
        WHERE t.target_id = ?
        ORDER BY o.year, o.revision""", [target_id])


def target_citations(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """The target's citations: document, author, date, line range and verbatim quote."""
    return frame(con, """
        SELECT c.seq, c.source_id, s.title, s.author, s.published, s.kind, c.line_from,
               c.line_to, c.quote
        FROM target_citations c JOIN sources s USING (source_id)
        WHERE c.target_id = ? ORDER BY c.seq""", [target_id])


def related_targets(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """Goals linked to this one (conflicts, restatements ...), with their first citation."""
    return frame(con, """
        SELECT r.relation, t.target_id, t.title_de, t.title_en, t.deadline_year,
               t.target_value, s.status, c.source_id, c.source_title, c.source_author,
               c.line_from, c.line_to, c.quote
        FROM target_relations r
        JOIN targets t ON t.target_id = r.related_target_id
        JOIN target_status s ON s.target_id = t.target_id AND s.area_level = 'city'
        JOIN target_first_citation c ON c.target_id = t.target_id
        WHERE r.target_id = ? ORDER BY r.relation, t.target_id""", [target_id])


def target_district_status(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """Per-Stadtbezirk status rows of a target whose target applies to every district."""
    return frame(con, """
        SELECT a.area_code, a.name, s.status, s.latest_value, s.progress, s.reason_de,
               s.reason_en, s.uses_demo
        FROM target_status s
        JOIN areas a ON a.area_level = s.area_level AND a.area_code = s.area_code
        WHERE s.target_id = ? AND s.area_level = 'stadtbezirk'
        ORDER BY a.sort_order""", [target_id])


def indicator_by_district(con: duckdb.DuckDBPyConnection, indicator_id: str) -> pd.DataFrame:
    """Current values of an indicator per Stadtbezirk and year (empty if none)."""
    return frame(con, """
        SELECT a.area_code, a.name, o.year, o.value, o.is_demo, o.source_id,
               src.title AS source_title
        FROM observations o
        JOIN areas a ON a.area_level = o.area_level AND a.area_code = o.area_code
        JOIN sources src ON src.source_id = o.source_id
        WHERE o.indicator_id = ? AND o.area_level = 'stadtbezirk'
        ORDER BY o.year, a.sort_order""", [indicator_id])


def planned_path(con: duckdb.DuckDBPyConnection, indicator_id: str) -> pd.DataFrame:
    """An official planned path for the indicator (e.g. the CO2 reduction path), if any."""
    return frame(con, """
        SELECT p.year, p.value, s.title AS source_title FROM planned_paths p
        JOIN sources s USING (source_id) WHERE p.indicator_id = ? ORDER BY p.year""", [indicator_id])
