"""The bundled source documents (data/raw/documents/*.txt), read once, line by line.

Input: the raw folder and the catalog. Output: {source_id: [line text, …]} (line 1 first) for the
register's quote checks, and the table of document lines the dashboard's document view reads.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.catalog import DOCUMENT_KINDS, Catalog

LINE_COLUMNS = ["source_id", "line_no", "text"]


def read_documents(raw: Path, catalog: Catalog) -> dict[str, list[str]]:
    """The lines of every source document that exists, keyed by source id (missing files are
    reported by the catalog check, not here)."""
    docs = {}
    for sid, src in catalog.sources.items():
        path = raw / str(src.get("file"))
        if src.get("kind") in DOCUMENT_KINDS and path.is_file():
            docs[sid] = path.read_text(encoding="utf-8").splitlines()
    return docs


def document_lines_frame(docs: dict[str, list[str]]) -> pd.DataFrame:
    """One row per document line: source_id, line_no (from 1), text as written."""
    rows = [(sid, n, text) for sid, lines in sorted(docs.items())
            for n, text in enumerate(lines, start=1)]
    return pd.DataFrame(rows, columns=LINE_COLUMNS)
