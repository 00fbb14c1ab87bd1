"""A goal's status history as a strip of small boxes (HTML): one per point of
dashboard.changes_model.history_points, oldest left, each with day, occasion and status
(symbol and word, never colour alone). Pure: values in, HTML text out.
"""

from __future__ import annotations

import html

from dashboard.i18n import t
from dashboard.style import STATUS_STYLE

CSS = """<style>
  .zm-strip {display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.2rem 0 0.4rem 0; padding: 0; list-style: none;}
  .zm-strip li {border: 1px solid #ccc; border-top: 6px solid; border-radius: 0.3rem; padding: 0.2rem 0.45rem;
                font-size: 0.85rem; background: #fff; min-width: 7.5rem;}
  .zm-strip .zm-d {font-weight: 700;} .zm-strip .zm-e {color: #555;}
</style>"""


def strip_html(points: list[dict], lang: str) -> str:
    """The strip as an HTML list (with its CSS); '' without points."""
    if not points:
        return ""
    items = "".join(
        f'<li style="border-top-color:{STATUS_STYLE[p["status"]].fill}">'
        f'<div class="zm-d">{html.escape(p["date"])}</div><div class="zm-e">{html.escape(p["event"])}</div>'
        f'<div style="color:{STATUS_STYLE[p["status"]].text}">{html.escape(p["word"])}</div>'
        + (f'<div class="zm-e">{html.escape(p["implementation"])}</div>' if p["implementation"] else "")
        + "</li>" for p in points)
    return f'{CSS}<ul class="zm-strip" aria-label="{html.escape(t("asof_history", lang))}">{items}</ul>'
