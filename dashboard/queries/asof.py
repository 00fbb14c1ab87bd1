"""Queries for the Stand date: the status history, session dates and what became known when.

Every function takes a DuckDB connection (or cursor) and returns a DataFrame; dates are
passed as ? parameters (datetime.date). No Streamlit import. docs/asof.md explains the rules.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard.queries import frame


def status_on(con: duckdb.DuckDBPyConnection, day: dt.date) -> pd.DataFrame:
    """One row per promise: its city-wide status on `day` (the last history row with
    valid_from <= day). Goals with no row yet (day before the history starts) are missing."""
    return frame(con, """
        SELECT * FROM target_status_history WHERE valid_from <= ?
        QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY valid_from DESC) = 1
        ORDER BY target_id""", [day])


def goal_history(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """Every history row of one goal, oldest first, with the goal's kind and indicator (which the
    one-status rule, dashboard.headline.headline_status, reads)."""
    return frame(con, """SELECT h.*, t.kind, t.indicator_id FROM target_status_history h
                         JOIN targets t ON t.target_id = h.target_id
                         WHERE h.target_id = ? ORDER BY h.valid_from""", [target_id])


def history_range(con: duckdb.DuckDBPyConnection) -> dict:
    """{first, last}: the first day the history covers and the build's as-of date."""
    row = frame(con, """SELECT (SELECT min(valid_from) FROM target_status_history) AS first,
                               (SELECT as_of FROM meta_build) AS last""")
    return row.iloc[0].to_dict()


def sessions(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The council session dates (session_date, label, sourced, url), oldest first."""
    return frame(con, "SELECT * FROM council_sessions ORDER BY session_date")


def new_observations(con: duckdb.DuckDBPyConnection, since: dt.date, until: dt.date) -> pd.DataFrame:
    """City-wide values of goals' indicators that became known after `since`, up to `until`:
    indicator name, year, value, unit symbol, revision (>1 = a correction), source title, the
    day and basis of known_since, and the goals using the indicator (comma list of ids)."""
    return frame(con, """
        SELECT o.indicator_id, i.name_de, i.name_en, o.year, o.value, o.revision, o.is_demo,
               u.symbol_de, u.symbol_en, u.decimals, src.title AS source_title,
               o.known_since, o.known_since_basis,
               string_agg(DISTINCT t.target_id, ',' ORDER BY t.target_id) AS target_ids
        FROM observations_all o
        JOIN targets t ON t.indicator_id = o.indicator_id
        JOIN indicators i ON i.indicator_id = o.indicator_id
        JOIN units u ON u.unit_id = i.unit_id
        JOIN sources src ON src.source_id = o.source_id
        WHERE o.area_level = ? AND o.known_since > ? AND o.known_since <= ?
        GROUP BY ALL
        ORDER BY o.known_since, i.name_de, o.year""", ["city", since, until])


def new_evidence(con: duckdb.DuckDBPyConnection, since: dt.date, until: dt.date) -> pd.DataFrame:
    """Evidence entries that became known after `since`, up to `until`, with their goal's titles."""
    return frame(con, """
        SELECT e.evidence_id, e.target_id, t.title_de, t.title_en, e.date_text, e.stage, e.basis,
               e.known_since, e.known_since_basis
        FROM evidence e JOIN targets t USING (target_id)
        WHERE e.known_since > ? AND e.known_since <= ?
        ORDER BY e.known_since, e.target_id""", [since, until])


def goal_documents(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every goal with its titles and the publication date text of the document it comes from
    (its first citation): when the goal became part of what the register can know."""
    return frame(con, """
        SELECT t.target_id, t.title_de, t.title_en, c.source_published, c.source_author, c.source_title
        FROM targets t JOIN target_first_citation c USING (target_id)
        ORDER BY t.target_id""")
