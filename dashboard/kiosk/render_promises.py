"""HTML of the kiosk slides that go beyond one goal: a group of goals on one series, the
implementation balance of the deliverables, and a promise with recent evidence.

In: GroupSlide / BalanceSlide / RecentSlide (dashboard.kiosk.models), language, position and
"Stand" line. Out: one escaped HTML block per slide (dashboard.kiosk.render.page).
"""

from __future__ import annotations

from dashboard.charts.kiosk import goal_chart
from dashboard.i18n import t
from dashboard.kiosk.render import foot_html, page, status_html, svg_img, tiles_html, top_bar
from dashboard.markup import Markup, html, join
from dashboard.style import IMPLEMENTATION_STYLE

QUOTE_CHARS = 260  # a longer quote is cut at a word and marked with „…“


def impl_html(status: str, lang: str) -> Markup:
    """An implementation status as symbol + word in its colour, boxed like a goal's status."""
    if status not in IMPLEMENTATION_STYLE:
        raise KeyError(status)
    return status_html(status, lang, data="impl")


def member_html(member, lang: str) -> Markup:
    """One goal of a group: deadline, title, target, status and where the goal is stated."""
    deadline = (t("kiosk_group_deadline", lang, year=member.deadline) if member.deadline
                else t("kiosk_group_no_deadline", lang))
    return html('<div class="zk-member" data-member="{id}"><div class="zk-mhead">'
                '<span class="zk-deadline">{deadline}</span>{status}</div>'
                '<div class="zk-mtitle">{title}</div><div class="zk-mtarget">{target}</div>'
                '<div class="zk-msource">{source}</div></div>',
                id=member.target_id, deadline=deadline, status=status_html(member.status, lang), title=member.title,
                target=member.target_line, source=t("kiosk_group_member_source", lang, goal=member.source))


def group_html(slide, lang: str, number: int, count: int, stand: str) -> Markup:
    """Group slide: the series' name, its number and chart, and the goals side by side with
    their deadlines and statuses. SlideError (from the chart) when the series cannot be drawn."""
    chart = goal_chart(slide, lang, height=340)
    head = html('{bar}<div class="zk-h1">{title}</div>',
                bar=top_bar(slide.theme, slide.uses_demo, lang, number, count), title=slide.title)
    body = html('<div><div class="zk-body"><div class="zk-col"><div class="zk-number zk-main">{number}</div>'
                '<div class="zk-caption">{caption}</div><div class="zk-sub">{intro}</div></div>'
                '<div class="zk-col-wide">{chart}</div></div><div class="zk-members">{members}</div></div>',
                number=slide.number, caption=slide.caption, intro=t("kiosk_group_intro", lang, n=len(slide.members)),
                chart=svg_img(chart, slide.title, "zk-chart"),
                members=join(member_html(m, lang) for m in slide.members))
    return page(slide.key, head, body, foot_html(slide.source_line, stand, slide.qr_url, lang, slide.key))


def balance_html(slide, lang: str, number: int, count: int, stand: str) -> Markup:
    """Balance slide: one tile per implementation status (symbol, count, word) and the total."""
    tiles = tiles_html(((s, IMPLEMENTATION_STYLE[s].symbol, n, t(f"impl_{s}", lang)) for s, n in slide.counts),
                       "zk-tiles zk-tiles-7")
    total = (t("kiosk_balance_total_one", lang) if slide.total == 1
             else t("kiosk_balance_total", lang, n=slide.total))
    head = html('{bar}<div class="zk-h1">{heading}</div>',
                bar=top_bar(t("kiosk_city", lang), False, lang, number, count), heading=t("kiosk_balance_heading", lang))
    body = html('<div><div class="zk-sub">{sub}</div>{tiles}<div class="zk-sub">{total}</div></div>',
                sub=t("kiosk_balance_sub", lang), tiles=tiles, total=total)
    return page(slide.key, head, body, foot_html(t("kiosk_balance_source", lang), stand, slide.qr_url, lang,
                                                 slide.key))


def short_quote(quote: str, limit: int = QUOTE_CHARS) -> str:
    """The quote as written, or its first words up to limit characters followed by „…“."""
    if len(quote) <= limit:
        return quote
    return quote[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def recent_html(slide, lang: str, number: int, count: int, stand: str) -> Markup:
    """Recent slide: the promise, its implementation status, the latest entry's stage and date
    and its quote; the foot names where the entry comes from."""
    old = f' · {t("impl_old", lang)}' if slide.old else ""
    head = html('{bar}<div class="zk-h1">{title}</div>',
                bar=top_bar(slide.theme, False, lang, number, count), title=slide.title)
    quote = html('<div class="zk-quote">„{quote}“</div>', quote=short_quote(slide.quote)) if slide.quote else ""
    body = html('<div><div class="zk-sub">{heading}</div>{status}<div class="zk-stage">{stage}{old}</div>{quote}</div>',
                heading=t("kiosk_recent_heading", lang), status=impl_html(slide.status, lang),
                stage=t("kiosk_recent_stage", lang, stage=slide.stage, date=slide.date), old=old, quote=quote)
    return page(slide.key, head, body, foot_html(slide.evidence_source, stand, slide.qr_url, lang, slide.key))
