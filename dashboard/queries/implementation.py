"""Queries for the implementation status of deliverables: per goal with theme and documents, and
the dated evidence of one goal. Every function takes a DuckDB connection and returns a DataFrame.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame

IMPLEMENTATION_SQL = """
SELECT i.*, e.date_text AS evidence_date_text, t.title_de, t.title_en, t.kind, t.deadline_inferred, th.theme_id,
       th.label_de AS theme_de, th.label_en AS theme_en,
       (SELECT list(DISTINCT c.source_id ORDER BY c.source_id) FROM target_citations c
        WHERE c.target_id = t.target_id) AS documents
FROM target_implementation i
LEFT JOIN evidence e ON e.evidence_id = i.evidence_id
JOIN targets t ON t.target_id = i.target_id
JOIN themes th ON th.theme_id = t.theme_id
ORDER BY th.sort_order, t.sort_order
"""

TIMELINE_SQL = """
SELECT e.*, s.title AS document_title, s.author AS document_author
FROM evidence e LEFT JOIN sources s ON s.source_id = e.source_id
WHERE e.target_id = ?
ORDER BY e.known_from, e.evidence_id
"""


def implementation(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per deliverable (or promise with evidence): implementation status, the entry it
    rests on (evidence_date_text: its date as written), theme and the documents that state the
    goal (a list of source ids)."""
    return frame(con, IMPLEMENTATION_SQL)


def timeline(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """The goal's evidence, oldest first, with the cited document's title and author."""
    return frame(con, TIMELINE_SQL, [target_id])


def register_entry(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """A register entry that is not a promise (no status): title, nature, notes and its
    citations (one row per citation, document title and author). Empty for a promise or an
    unknown id."""
    return frame(con, """
        SELECT t.target_id, t.title_de, t.title_en, t.nature, t.note_de, t.note_en, c.seq,
               c.source_id, c.line_from, c.line_to, c.quote, s.title AS document_title,
               s.author AS document_author
        FROM targets t
        JOIN target_citations c USING (target_id)
        JOIN sources s ON s.source_id = c.source_id
        WHERE t.target_id = ? AND t.nature <> 'promise'
        ORDER BY c.seq""", [target_id])
