"""HTML of the kiosk slides that go beyond one goal: a group of goals on one series, the
implementation balance of the deliverables, and a promise with recent evidence.

In: GroupSlide / BalanceSlide / RecentSlide (dashboard.kiosk.models), language, position and
"Stand" line. Out: one escaped HTML block per slide (dashboard.kiosk.render.page).
"""

from __future__ import annotations

from dashboard.charts.kiosk import goal_chart
from dashboard.i18n import t
from dashboard.kiosk.render import e, foot_html, page, status_html, svg_img, tiles_html, top_bar
from dashboard.style import IMPLEMENTATION_STYLE

QUOTE_CHARS = 260  # a longer quote is cut at a word and marked with „…“


def impl_html(status: str, lang: str) -> str:
    """An implementation status as symbol + word in its colour, boxed like a goal's status."""
    style = IMPLEMENTATION_STYLE[status]
    return (f'<span class="zk-status" style="color:{style.text}" data-impl="{status}">'
            f'{e(style.symbol)} {e(t(f"impl_{status}", lang))}</span>')


def member_html(member, lang: str) -> str:
    """One goal of a group: deadline, title, target, status and where the goal is stated."""
    deadline = (t("kiosk_group_deadline", lang, year=member.deadline) if member.deadline
                else t("kiosk_group_no_deadline", lang))
    return (f'<div class="zk-member" data-member="{e(member.target_id)}"><div class="zk-mhead">'
            f'<span class="zk-deadline">{e(deadline)}</span>{status_html(member.status, lang)}</div>'
            f'<div class="zk-mtitle">{e(member.title)}</div><div class="zk-mtarget">{e(member.target_line)}</div>'
            f'<div class="zk-msource">{e(t("kiosk_group_member_source", lang, goal=member.source))}</div></div>')


def group_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """Group slide: the series' name, its number and chart, and the goals side by side with
    their deadlines and statuses. SlideError (from the chart) when the series cannot be drawn."""
    chart = goal_chart(slide, lang, height=340)
    head = (f'{top_bar(slide.theme, slide.uses_demo, lang, number, count)}'
            f'<div class="zk-h1">{e(slide.title)}</div>')
    intro = t("kiosk_group_intro", lang, n=len(slide.members))
    body = (f'<div><div class="zk-body"><div class="zk-col"><div class="zk-number zk-main">{e(slide.number)}</div>'
            f'<div class="zk-caption">{e(slide.caption)}</div><div class="zk-sub">{e(intro)}</div></div>'
            f'<div class="zk-col-wide">{svg_img(chart, slide.title, "zk-chart")}</div></div>'
            f'<div class="zk-members">{"".join(member_html(m, lang) for m in slide.members)}</div></div>')
    return page(slide.key, head, body, foot_html(slide.source_line, stand, slide.qr_url, lang, slide.key))


def balance_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """Balance slide: one tile per implementation status (symbol, count, word) and the total."""
    tiles = tiles_html(((s, IMPLEMENTATION_STYLE[s].symbol, IMPLEMENTATION_STYLE[s].text, n,
                         t(f"impl_{s}", lang)) for s, n in slide.counts), "zk-tiles zk-tiles-7")
    total = (t("kiosk_balance_total_one", lang) if slide.total == 1
             else t("kiosk_balance_total", lang, n=slide.total))
    head = (f'{top_bar(t("kiosk_city", lang), False, lang, number, count)}'
            f'<div class="zk-h1">{e(t("kiosk_balance_heading", lang))}</div>')
    body = (f'<div><div class="zk-sub">{e(t("kiosk_balance_sub", lang))}</div>{tiles}'
            f'<div class="zk-sub">{e(total)}</div></div>')
    return page(slide.key, head, body, foot_html(t("kiosk_balance_source", lang), stand, slide.qr_url, lang,
                                                 slide.key))


def short_quote(quote: str, limit: int = QUOTE_CHARS) -> str:
    """The quote as written, or its first words up to limit characters followed by „…“."""
    if len(quote) <= limit:
        return quote
    return quote[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def recent_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """Recent slide: the promise, its implementation status, the latest entry's stage and date
    and its quote; the foot names where the entry comes from."""
    old = f' · {e(t("impl_old", lang))}' if slide.old else ""
    head = (f'{top_bar(slide.theme, False, lang, number, count)}'
            f'<div class="zk-h1">{e(slide.title)}</div>')
    quote = f'<div class="zk-quote">„{e(short_quote(slide.quote))}“</div>' if slide.quote else ""
    body = (f'<div><div class="zk-sub">{e(t("kiosk_recent_heading", lang))}</div>{impl_html(slide.status, lang)}'
            f'<div class="zk-stage">{e(t("kiosk_recent_stage", lang, stage=slide.stage, date=slide.date))}{old}</div>'
            f'{quote}</div>')
    return page(slide.key, head, body, foot_html(slide.evidence_source, stand, slide.qr_url, lang, slide.key))
