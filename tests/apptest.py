"""Helpers for page tests with streamlit.testing.v1.AppTest against the test database."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

# a backslash before ASCII punctuation is a Markdown escape (dashboard.literal): shown without it
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def run_page(db_path: Path, page: str, params: dict | None = None, timeout: float = 60) -> AppTest:
    """Run app.py routed to `page` (e.g. 'pages/goal.py') with URL query params; return the AppTest.

    The database path is passed through ZM_DB_PATH, as in production.
    """
    os.environ["ZM_DB_PATH"] = str(db_path)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page)
        at.run()
    return at


def shown(markdown: str) -> str:
    """Markdown source as the reader sees it: escapes and character references resolved, invisible
    word joiners (U+2060, dashboard.literal) dropped ('18\\- bis' -> '18- bis')."""
    return html.unescape(_MD_ESCAPE.sub(r"\1", markdown)).replace("\u2060", "")


def page_text(at: AppTest) -> str:
    """All visible text of the run: markdown, html, metrics, titles, captions, tables, errors
    (in Markdown elements and st.table cells the escapes are resolved, as the browser shows them;
    st.html bodies and dataframes as they are)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "text", "info",
                 "warning", "error", "success"):
        parts += [shown(str(el.value)) for el in getattr(at, kind)]
    parts += [str(el.proto.body) for el in at.get("html")]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    for df in at.dataframe:
        parts.append(df.value.to_string())
    for tbl in at.table:
        parts.append(shown(tbl.value.to_string()))
    return "\n".join(parts)
