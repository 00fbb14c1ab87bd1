"""The overview's HTML fragments for one view state: the headline tiles, the lines naming the
goals of a worrying status, and a theme's list of goals without values.

Pure functions of the view state, the language and rows of dashboard.overview_model; each
returns Markup (dashboard.markup: every value escaped). dashboard.overview_shown calls them once
per (filter state, language, Stand date, database version), so a viewer's page load only draws
the finished strings (issue 15 item 3: before, pages/overview.py built them on every load).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dashboard import components
from dashboard import overview_cards as cards
from dashboard import overview_model as om
from dashboard.i18n import t
from dashboard.markup import Markup, html, join
from dashboard.style import STATUS_STYLE

ATTENTION_LIMIT = 20  # goals named per status at the top; the rest behind a link to that status


def tiles(counts: Mapping[str, int], state: om.ViewState, lang: str) -> Markup:
    """The headline in two labelled rows (verdicts on measured goals; what evidence shows about
    deliverables): one tile per status with symbol, number and word (never colour alone);
    each tile links to the view filtered to that status."""
    rows = join(
        html('<div class="zm-tiles-label">{label}</div>'
             '<div class="zm-tiles" role="group" aria-label="{label}">{tiles}</div>',
             label=t(f"ov_tiles_{name}", lang), tiles=join(_tile(s, n, state, lang) for s, n in row.items()))
        for name, row in om.tile_rows(counts))
    return html('<section aria-label="{label}">{rows}</section>', label=t("ov_counts_heading", lang), rows=rows)


def _tile(status: str, n: int, state: om.ViewState, lang: str) -> Markup:
    """One headline tile as a link to the view filtered to `status`."""
    return html('<a class="zm-tile{active}" data-status="{s}" href="{href}" title="{title}" '
                'style="border-left-color:var(--zm-{s}-fill)">'
                '<div class="zm-n" style="color:var(--zm-{s}-text)">{symbol} {n}</div>'
                '<div class="zm-w" style="color:var(--zm-{s}-text)">{word}</div></a>',
                active=" zm-active" if status in state.statuses else "", href=om.status_href(state, status, lang),
                title=t("ov_tile_link", lang), s=status, symbol=STATUS_STYLE[status].symbol, n=n,
                word=t(f"status_{status}", lang))


def goal_anchor(target_id: str, title: str, lang: str) -> Markup:
    """An HTML link to the goal page (same tab), title escaped."""
    return html('<a href="{href}" target="_self">{title}</a>', href=cards.goal_href(target_id, lang), title=title)


def attention(entries: Iterable, state: om.ViewState, lang: str) -> tuple[Markup, ...]:
    """One block per worrying status naming its goals (the first ATTENTION_LIMIT, then a link to
    the view filtered to that status); the goals of one series group share one list item, as
    they are counted once. `entries`: om.attention's (status, [[(id, title), …], …]) pairs."""
    blocks = []
    for status, items in entries:
        links = join(html("<li>{goals}</li>", goals=join((goal_anchor(tid, title, lang) for tid, title in entry), " · "))
                     for entry in items[:ATTENTION_LIMIT])
        more = "" if len(items) <= ATTENTION_LIMIT else html(
            '<a class="zm-more" href="{href}" target="_self">{text}</a>',
            href=om.status_href(state, status, lang), text=t("ov_attn_more", lang, n=len(items) - ATTENTION_LIMIT))
        blocks.append(html('<div class="zm-attn">{badge}<ul class="zm-list zm-cols">{links}</ul>{more}</div>',
                           badge=components.status_badge(status, lang), links=links, more=more))
    return tuple(blocks)


def without_list(rows: Iterable[Mapping], lang: str) -> Markup:
    """A theme's goals without values as a compact list: status badge, link, what is missing."""
    return html('<ul class="zm-list">{items}</ul>', items=join(
        html('<li>{badge} {link} <span class="zm-muted">– {line}</span></li>',
             badge=components.status_badge(row["counted_status"], lang),
             link=goal_anchor(row["target_id"], row[f"title_{lang}"], lang),
             line=cards.nodata_line(row, lang))
        for row in rows))
