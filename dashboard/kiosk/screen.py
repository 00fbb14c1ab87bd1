"""One kiosk slide as one HTML block, whatever its kind: the page calls `slide_html` once per
rotation. SlideError (dashboard.kiosk.models) when the slide's chart or map cannot be drawn."""

from __future__ import annotations

from dashboard.kiosk import render, render_promises

RENDERERS = {
    "title": render.title_html, "goal": render.goal_html, "map": render.map_html,
    "group": render_promises.group_html, "balance": render_promises.balance_html,
    "recent": render_promises.recent_html,
}


def slide_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """The HTML of slide number `number` of `count`, with its 'Stand' line."""
    return RENDERERS[slide.kind](slide, lang, number, count, stand)
