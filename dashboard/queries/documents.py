"""Queries for the document view: a bundled source document's facts and its lines.

Every function takes a DuckDB connection (or cursor) and returns a dict or a DataFrame.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries import frame, one


def document(con: duckdb.DuckDBPyConnection, source_id: str) -> dict | None:
    """The document's title, author, date, kind, licence and number of lines; None if unknown."""
    return one(con, """
        SELECT s.source_id, s.title, s.author, s.published, s.kind, s.licence, s.attribution,
               count(l.line_no) AS n_lines
        FROM sources s JOIN document_lines l USING (source_id)
        WHERE s.source_id = ? AND s.is_document GROUP BY ALL""", [source_id])


def document_lines(con: duckdb.DuckDBPyConnection, source_id: str, first: int, last: int) -> pd.DataFrame:
    """Lines first..last (inclusive) of the document, as written: line_no, text."""
    return frame(con, "SELECT line_no, text FROM document_lines WHERE source_id = ? "
                      "AND line_no BETWEEN ? AND ? ORDER BY line_no", [source_id, first, last])


def document_choices(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The documents that have lines: source_id, title, author, published."""
    return frame(con, """SELECT source_id, title, author, published FROM sources
                         WHERE is_document AND source_id IN (SELECT source_id FROM document_lines)
                         ORDER BY published, source_id""")
