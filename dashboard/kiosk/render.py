"""HTML of the kiosk slides: each slide is one HTML block (head, body with its chart as inline
SVG, foot), so it replaces the previous slide in one piece.

In: a slide from dashboard.kiosk.slides, the language, the slide's position and the "Stand"
line. Out: HTML strings (all text escaped) for st.html. Status is always symbol + word +
colour (Okabe-Ito, dashboard.style). Styles: dashboard.kiosk.css; charts: dashboard.charts.kiosk;
the slides about deliverables: dashboard.kiosk.render_promises.
"""

from __future__ import annotations

import base64
import html

from dashboard.charts.kiosk import district_map, goal_chart
from dashboard.i18n import t
from dashboard.qr import qr_data_uri
from dashboard.style import STATUS_STYLE, status_label, status_word


def e(text) -> str:
    """Escaped text."""
    return html.escape(str(text))


def status_html(status: str, lang: str, css: str = "zk-status") -> str:
    """Symbol + word in the status colour (a darker shade that is readable on white)."""
    style = STATUS_STYLE[status]
    return (f'<span class="{css}" style="color:{style.text}" data-status="{status}">'
            f'{e(status_label(status, lang))}</span>')


def demo_html(uses_demo: bool, lang: str) -> str:
    """The 'Beispieldaten' mark, or '' when the slide uses no demo data."""
    if not uses_demo:
        return ""
    return f'<span class="zk-demo" title="{e(t("demo_explainer", lang))}">{e(t("demo_badge", lang))}</span>'


def top_bar(left: str, uses_demo: bool, lang: str, number: int, count: int) -> str:
    """Theme (or brand) on the left, Beispieldaten mark and slide position on the right."""
    return (f'<div class="zk-top"><div><span class="zk-theme">{e(left)}</span>'
            f'{demo_html(uses_demo, lang)}</div>'
            f'<div class="zk-brand">{e(t("kiosk_title_heading", lang))} · '
            f'<span class="zk-dots">{number}/{count}</span></div></div>')


def qr_html(url: str, lang: str) -> str:
    """The QR code (local SVG) with a short hint; '' without an address a phone can open."""
    if not url:
        return ""
    return (f'<div class="zk-qr" data-testid="zkQr"><span>{e(t("kiosk_scan", lang))}</span>'
            f'<img alt="QR: {e(url)}" src="{qr_data_uri(url)}"></div>')


def foot_html(source_line: str, stand: str, qr_url: str, lang: str, key: str = "") -> str:
    """Bottom line: the source and the 'Stand' date; QR code on the right. key: the slide's key,
    written to data-foot so a test can tell the slide is complete."""
    return (f'<div class="zk-foot" data-foot="{e(key)}"><div><div class="zk-source" title="{e(source_line)}">'
            f'{e(source_line)}</div><div class="zk-stand" data-testid="zkStand">{e(stand)}</div></div>'
            f'{qr_html(qr_url, lang)}</div>')


def svg_img(svg: str, alt: str, css: str) -> str:
    """An SVG drawing as an <img> with a data URI (st.html keeps images but strips inline SVG);
    the image is decoded with the slide, so no empty box shows while it loads."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img class="{css}" alt="{e(alt)}" src="data:image/svg+xml;base64,{data}">'


def page(key: str, head: str, body: str, foot: str) -> str:
    """One whole slide: the block that fills the screen, with its key in data-slide."""
    return f'<div class="zk zk-slide" data-slide="{e(key)}">{head}{body}{foot}</div>'


def tiles_html(items, css: str = "zk-tiles") -> str:
    """A row of tiles: items of (status, symbol, colour, count, word)."""
    return f'<div class="{css}">' + "".join(
        f'<div class="zk-tile" style="color:{colour}" data-status="{status}"><div class="zk-sym">{symbol}</div>'
        f'<div class="zk-count zk-main">{count}</div><div class="zk-word">{e(word)}</div></div>'
        for status, symbol, colour, count, word in items) + "</div>"


def title_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """Title slide: heading, one tile per status (symbol, count, word), total, and what the
    counts leave out (goals on one series count once; Beispieldaten do not count)."""
    tiles = tiles_html((s, STATUS_STYLE[s].symbol, STATUS_STYLE[s].text, n, status_word(s, lang))
                       for s, n in slide.counts)
    total = (t("kiosk_title_total_one", lang) if slide.total == 1
             else t("kiosk_title_total", lang, n=slide.total))
    notes = ([t("kiosk_title_grouped", lang, n=slide.grouped)] if slide.grouped else []) + (
        [t("kiosk_title_evidenced", lang, n=slide.evidenced)] if slide.evidenced else []) + (
        [t("kiosk_title_demo", lang)] if slide.uses_demo else [])
    note = f'<div class="zk-note">{e(" · ".join(notes))}</div>' if notes else ""
    head = (f'{top_bar(t("kiosk_city", lang), False, lang, number, count)}'
            f'<div class="zk-h1" style="font-size:84px;margin-bottom:6px">{e(t("kiosk_title_heading", lang))}</div>')
    body = f'<div><div class="zk-sub">{e(t("kiosk_title_sub", lang))}</div>{tiles}<div class="zk-sub">{e(total)}</div>{note}</div>'
    return page(slide.key, head, body, foot_html(t("kiosk_title_source", lang), stand, slide.qr_url, lang, slide.key))


def goal_text_html(slide, lang: str) -> str:
    """Goal slide, left column: big number, caption, target, status (symbol + word), reason."""
    stale = f' · {e(t("kiosk_stale", lang))}' if slide.stale else ""
    return (f'<div class="zk-number zk-main">{e(slide.number)}</div>'
            f'<div class="zk-caption">{e(slide.caption)}{stale}</div>'
            f'<div class="zk-target">{e(slide.target_line)}</div>'
            f'{status_html(slide.status, lang)}'
            f'<div class="zk-reason">{e(slide.reason)}</div>')


def goal_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """Goal slide: theme bar, title; text on the left, chart on the right; foot.
    SlideError (from the chart) when the series cannot be drawn."""
    chart = goal_chart(slide, lang)
    head = f'{top_bar(slide.theme, slide.uses_demo, lang, number, count)}<div class="zk-h1">{e(slide.title)}</div>'
    body = (f'<div class="zk-body"><div class="zk-col">{goal_text_html(slide, lang)}</div>'
            f'<div class="zk-col-wide">{svg_img(chart, slide.title, "zk-chart")}</div></div>')
    return page(slide.key, head, body, foot_html(slide.source_line, stand, slide.qr_url, lang, slide.key))


def map_list_html(slide, lang: str) -> str:
    """Map slide, the districts as a list: symbol, name, status word (readable without colour)."""
    rows = "".join(
        f'<div style="color:{STATUS_STYLE[d.status].text}"><span class="sym">{STATUS_STYLE[d.status].symbol}</span>'
        f'<b style="color:#111111">{e(d.name)}</b> – {e(status_word(d.status, lang))}</div>'
        for d in slide.districts
    )
    return f'<div class="zk-list">{rows}</div>'


def map_html(slide, lang: str, number: int, count: int, stand: str) -> str:
    """Map slide: heading, the map on the left, the districts by name on the right, foot.
    SlideError (from the map) when a geometry cannot be read."""
    drawing = district_map(slide, lang)
    head = f'{top_bar(slide.subtitle, slide.uses_demo, lang, number, count)}<div class="zk-h1">{e(slide.title)}</div>'
    body = (f'<div class="zk-body"><div class="zk-col-wide">{svg_img(drawing, slide.title, "zk-map")}</div>'
            f'<div class="zk-col">{map_list_html(slide, lang)}</div></div>')
    return page(slide.key, head, body, foot_html(slide.source_line, stand, slide.qr_url, lang, slide.key))


def waiting_html(lang: str) -> str:
    """What a screen shows before its first good read (no error text, no traceback)."""
    return (f'<div class="zk" data-slide="waiting"><div class="zk-h1">{e(t("kiosk_title_heading", lang))}</div>'
            f'<div class="zk-wait">{e(t("kiosk_waiting", lang))}</div></div>')
