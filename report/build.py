"""Build the Sachstandsbericht PDF from a database: scope text, model, render.

In: the database path, language and optional filters. Out: PDF bytes. Used by
`python -m etl report` and the overview's button (one code path for both).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from dashboard.i18n import t
from report.model import report_model
from report.render import render_pdf


def scope_text(con: duckdb.DuckDBPyConnection, lang: str, theme: str | None, document: str | None,
               district: str | None) -> str:
    """What the report covers, in words: „Alle Ziele“ or the chosen theme, document, district."""
    parts = []
    if theme:
        row = con.execute("SELECT label_de, label_en FROM themes WHERE theme_id = ?", [theme]).fetchone()
        parts.append(t("rep_scope_theme", lang, name=row[1 if lang == "en" else 0] if row else theme))
    if document:
        row = con.execute("SELECT author, title FROM sources WHERE source_id = ?", [document]).fetchone()
        parts.append(t("rep_scope_document", lang, name=f"{row[0]}: {row[1]}" if row else document))
    if district:
        row = con.execute("SELECT name FROM areas WHERE area_level = 'stadtbezirk' AND area_code = ?",
                          [district]).fetchone()
        parts.append(t("rep_scope_district", lang, name=row[0] if row else district))
    return " · ".join(parts) or t("rep_scope_all", lang)


def report_pdf(db_path: Path, lang: str = "de", theme: str | None = None, document: str | None = None,
               district: str | None = None, as_of: dt.date | None = None) -> bytes:
    """The PDF bytes of the report on the database at db_path; as_of: the Stand date (None: the
    build's date), the verdicts as known on that day (docs/asof.md)."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        scope = scope_text(con, lang, theme, document, district)
        model, charts = report_model(con, lang, scope, as_of, theme=theme, document=document, district=district)
    finally:
        con.close()
    return render_pdf(model, charts)
