"""Queries for the Quellen (sources) and Methodik (method) pages: the documents, the goals
taken from each, where documents disagree, the data sets with licence and attribution, the
demo indicators, the build facts and the inputs of the worked status examples.

Every function takes a DuckDB connection (or cursor) and returns a DataFrame or a dict.
Statuses are the city-wide ones. No Streamlit import; tested against a built database.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard.headline import headline_statuses
from dashboard.queries import build_info, frame, one
from indicators.model import STATUSES

CONFLICTS_WITH = "conflicts_with"

DOC_GOALS_CTE = """
WITH doc_goals AS (
    SELECT DISTINCT c.source_id, c.target_id, s.status, s.uses_demo
    FROM target_citations c
    JOIN target_status s ON s.target_id = c.target_id AND s.area_level = 'city'
)
"""

DOCUMENTS_SQL = DOC_GOALS_CTE + """
SELECT src.source_id, src.kind, src.title, src.author, src.published, src.licence,
       src.attribution, src.url, src.file, count(g.target_id) AS n_goals
FROM sources src
LEFT JOIN doc_goals g ON g.source_id = src.source_id
WHERE src.is_document
GROUP BY ALL
ORDER BY src.published, src.source_id
"""

STATUS_COUNTS_SQL = DOC_GOALS_CTE + """
SELECT source_id, status, uses_demo, count(*) AS n FROM doc_goals GROUP BY ALL
"""

DOCUMENT_GOALS_SQL = """
SELECT c.source_id, t.target_id, t.title_de, t.title_en, t.kind, th.label_de AS theme_de,
       th.label_en AS theme_en, s.status, s.uses_demo, min(c.line_from) AS line_from,
       max(c.line_to) AS line_to
FROM target_citations c
JOIN targets t ON t.target_id = c.target_id
JOIN themes th ON th.theme_id = t.theme_id
JOIN target_status s ON s.target_id = t.target_id AND s.area_level = 'city'
WHERE c.source_id = ?
GROUP BY c.source_id, t.target_id, t.title_de, t.title_en, t.kind, th.label_de, th.label_en,
         s.status, s.uses_demo, th.sort_order, t.sort_order
ORDER BY th.sort_order, t.sort_order
"""

# One row per unordered pair of conflicting goals; each side shows its first citation.
CONFLICTS_SQL = """
WITH pairs AS (
    SELECT DISTINCT least(target_id, related_target_id) AS a_id,
                    greatest(target_id, related_target_id) AS b_id
    FROM target_relations WHERE relation = ? AND target_id <> related_target_id
),
side AS (
    SELECT t.target_id, t.title_de, t.title_en, t.sort_order, th.sort_order AS theme_order,
           th.label_de AS theme_de, th.label_en AS theme_en, st.status, c.source_id,
           c.source_title, c.source_author, c.source_published, c.line_from, c.line_to, c.quote
    FROM targets t
    JOIN themes th ON th.theme_id = t.theme_id
    JOIN target_status st ON st.target_id = t.target_id AND st.area_level = 'city'
    JOIN target_first_citation c ON c.target_id = t.target_id
)
SELECT a.theme_de, a.theme_en,
       a.target_id AS a_target_id, a.title_de AS a_title_de, a.title_en AS a_title_en,
       a.status AS a_status, a.source_id AS a_source_id, a.source_title AS a_source_title,
       a.source_author AS a_source_author, a.source_published AS a_source_published,
       a.line_from AS a_line_from, a.line_to AS a_line_to, a.quote AS a_quote,
       b.target_id AS b_target_id, b.title_de AS b_title_de, b.title_en AS b_title_en,
       b.status AS b_status, b.source_id AS b_source_id, b.source_title AS b_source_title,
       b.source_author AS b_source_author, b.source_published AS b_source_published,
       b.line_from AS b_line_from, b.line_to AS b_line_to, b.quote AS b_quote
FROM pairs p
JOIN side a ON a.target_id = p.a_id
JOIN side b ON b.target_id = p.b_id
ORDER BY a.theme_order, a.sort_order, b.theme_order, b.sort_order
"""

DATA_SOURCES_SQL = """
SELECT src.source_id, src.kind, src.title, src.author, src.published, src.url, src.licence,
       src.attribution, src.file, src.kind = 'demo' AS is_demo,
       coalesce(list(i.name_de ORDER BY i.name_de) FILTER (WHERE i.indicator_id IS NOT NULL),
                []) AS indicators_de,
       coalesce(list(i.name_en ORDER BY i.name_en) FILTER (WHERE i.indicator_id IS NOT NULL),
                []) AS indicators_en
FROM sources src
LEFT JOIN indicators i ON i.source_id = src.source_id
WHERE NOT src.is_document
GROUP BY ALL
ORDER BY src.kind = 'demo', src.title
"""

DEMO_INDICATORS_SQL = """
WITH demo_obs AS (
    SELECT indicator_id, count(*) AS n_values, min(year) AS first_year, max(year) AS last_year
    FROM observations WHERE is_demo GROUP BY indicator_id
),
goals AS (
    SELECT indicator_id, count(*) AS n_goals FROM targets GROUP BY indicator_id
)
SELECT i.indicator_id, i.name_de, i.name_en, coalesce(d.n_values, 0) AS n_values,
       d.first_year, d.last_year, coalesce(g.n_goals, 0) AS n_goals
FROM indicators i
LEFT JOIN demo_obs d ON d.indicator_id = i.indicator_id
LEFT JOIN goals g ON g.indicator_id = i.indicator_id
WHERE i.is_demo
ORDER BY i.name_de
"""

EXAMPLE_TARGET_SQL = """
SELECT t.target_id, t.title_de, t.title_en, t.kind, t.target_value, t.direction, t.start_year,
       t.deadline_year, t.baseline_value, t.baseline_year, t.indicator_id,
       t.unit_id, u.label_de AS unit_label_de, u.label_en AS unit_label_en, u.singular_de AS unit_singular_de,
       u.singular_en AS unit_singular_en, coalesce(u.decimals, 0) AS decimals,
       i.measure, i.source_id AS indicator_source_id, isrc.title AS indicator_source_title,
       s.as_of, s.status, s.rule, s.latest_year, s.latest_value, s.progress, s.forecast_value,
       s.forecast_year, s.required_pace, s.stale, s.uses_demo, s.reason_de, s.reason_en,
       s.pace_de, s.pace_en, s.inputs_json
FROM targets t
LEFT JOIN units u ON u.unit_id = t.unit_id
LEFT JOIN indicators i ON i.indicator_id = t.indicator_id
LEFT JOIN sources isrc ON isrc.source_id = i.source_id
JOIN target_status s ON s.target_id = t.target_id AND s.area_level = 'city'
WHERE t.target_id = ?
"""

EXAMPLE_OBSERVATIONS_SQL = """
SELECT o.year, o.value, o.is_demo, o.source_id, src.title AS source_title, o.source_detail,
       o.note_de, o.note_en
FROM targets t
JOIN observations o ON o.indicator_id = t.indicator_id AND o.area_level = 'city'
JOIN sources src ON src.source_id = o.source_id
WHERE t.target_id = ?
ORDER BY o.year
"""


def documents(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The source documents, oldest first.

    Out: one row per document with source_id, kind, title, author, published (text as
    registered: 'YYYY-MM-DD', 'YYYY' or empty), licence, attribution, url, file, n_goals
    (distinct goals citing it) and n_<status> for every status (city-wide statuses, counted by
    the headline rule: a status resting on Beispieldaten counts as no_data).
    """
    docs = frame(con, DOCUMENTS_SQL)
    by_status = frame(con, STATUS_COUNTS_SQL)
    by_status["status"] = headline_statuses(by_status)
    counts = by_status.pivot_table(
        index="source_id", columns="status", values="n", aggfunc="sum", fill_value=0
    ).reindex(columns=list(STATUSES), fill_value=0).add_prefix("n_")
    docs = docs.merge(counts, how="left", left_on="source_id", right_index=True)
    status_cols = [f"n_{status}" for status in STATUSES]
    docs[status_cols] = docs[status_cols].fillna(0).astype(int)
    return docs


def document_goals(con: duckdb.DuckDBPyConnection, source_id: str) -> pd.DataFrame:
    """The goals one document states, in theme and register order (empty for unknown ids).

    Out: source_id, target_id, title_de, title_en, kind, theme_de, theme_en, status
    (city-wide), uses_demo, line_from / line_to (first and last cited line in that document).
    """
    return frame(con, DOCUMENT_GOALS_SQL, [source_id])


def conflicts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Pairs of goals that contradict each other (relation conflicts_with), each pair once
    however often and in whichever direction the register lists it.

    Out: theme_de, theme_en (of side a) and for sides a and b: <side>_target_id, _title_de,
    _title_en, _status, _source_id, _source_title, _source_author, _source_published,
    _line_from, _line_to, _quote (the goal's first citation).
    """
    return frame(con, CONFLICTS_SQL, [CONFLICTS_WITH])


def data_sources(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The data sets and the demo generator (every source that is not a document).

    Out: source_id, kind ('dataset' or 'demo'), title, author, published, url, licence,
    attribution, file, is_demo, indicators_de / indicators_en (lists of the names of the
    indicators it feeds). Real data sets first, the demo generator last.
    """
    return frame(con, DATA_SOURCES_SQL)


def demo_indicators(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Indicators whose values are generated Beispieldaten.

    Out: indicator_id, name_de, name_en, n_values (generated current values in this build,
    0 when the build left demo data out), first_year, last_year, n_goals measured by it.
    """
    return frame(con, DEMO_INDICATORS_SQL)


def example_target(con: duckdb.DuckDBPyConnection, target_id: str) -> dict | None:
    """One goal with everything a worked example needs: the rule inputs (kind, value,
    direction, years, baseline, unit words and decimals, indicator measure and source) and
    the stored city-wide assessment (status, rule, reason, pace, inputs_json, as_of).
    None if the goal is unknown.
    """
    return one(con, EXAMPLE_TARGET_SQL, [target_id])


def example_observations(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """The current city-wide values of the goal's indicator, one row per year.

    Out: year, value, is_demo, source_id, source_title, source_detail, note_de, note_en (the view's key makes
    year unique for the city). Empty if the goal has no indicator or no values.
    """
    return frame(con, EXAMPLE_OBSERVATIONS_SQL, [target_id])


def build_summary(con: duckdb.DuckDBPyConnection) -> dict:
    """The build facts with plain Python types.

    Out: build_id (str), built_at (datetime), as_of (date), demo_included (bool),
    n_targets, n_observations (int); {} when meta_build is empty.
    """
    info = build_info(con)
    if not info:
        return {}
    return {
        "build_id": str(info["build_id"]),
        "built_at": _to_datetime(info["built_at"]),
        "as_of": _to_datetime(info["as_of"]).date(),
        "demo_included": bool(info["demo_included"]),
        "n_targets": int(info["n_targets"]),
        "n_observations": int(info["n_observations"]),
    }


def _to_datetime(value) -> dt.datetime:
    """A pandas Timestamp, datetime or date as a plain datetime."""
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time())
