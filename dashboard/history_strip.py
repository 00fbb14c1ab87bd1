"""A goal's status history as a strip of small boxes (HTML): one per point of
dashboard.changes_model.history_points, oldest left, each with day, occasion and status
(symbol and word, never colour alone). Pure: values in, HTML out; the look is in
dashboard/static/zielmonitor.css (.zm-strip), the colours are the statuses' CSS variables.
"""

from __future__ import annotations

from dashboard.i18n import t
from dashboard.markup import Markup, html, join


def strip_html(points: list[dict], lang: str) -> Markup:
    """The strip as an HTML list; '' without points."""
    if not points:
        return Markup("")
    items = join(
        html('<li style="border-top-color:var(--zm-{s}-fill)"><div class="zm-d">{date}</div>'
             '<div class="zm-e">{event}</div><div style="color:var(--zm-{s}-text)">{word}</div></li>',
             s=p["status"], date=p["date"], event=p["event"], word=p["word"])
        for p in points)
    return html('<ul class="zm-strip" aria-label="{label}">{items}</ul>', label=t("asof_history", lang), items=items)
