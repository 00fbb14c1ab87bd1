"""HTML of the kiosk slides: each slide is one HTML block (head, body with its chart as inline
SVG, foot), so it replaces the previous slide in one piece.

In: a slide from dashboard.kiosk.slides, the language, the slide's position and the "Stand"
line. Out: HTML (dashboard.markup.Markup, every value escaped) for st.html. Status is always
symbol + word + colour (Okabe-Ito, dashboard.style, as var(--zm-<status>-text)). Styles:
dashboard.kiosk.css; charts: dashboard.charts.kiosk; the slides about deliverables:
dashboard.kiosk.render_promises.
"""

from __future__ import annotations

import base64

from dashboard.charts.kiosk import district_map, goal_chart
from dashboard.i18n import t
from dashboard.markup import Markup, html, join
from dashboard.qr import qr_data_uri
from dashboard.style import STATUS_STYLE, status_label, status_word


def status_html(status: str, lang: str, css: str = "zk-status", label: str | None = None,
                data: str = "status") -> Markup:
    """Symbol + word in the status colour (a darker shade that is readable on white); `label`
    replaces the one status label (style.status_label), `data` names the data-* attribute."""
    return html('<span class="{css}" style="color:var(--zm-{status}-text)" data-{data}="{status}">{label}</span>',
                css=css, status=status, data=data, label=status_label(status, lang) if label is None else label)


def demo_html(uses_demo: bool, lang: str) -> Markup:
    """The 'Beispieldaten' mark, or '' when the slide uses no demo data."""
    if not uses_demo:
        return Markup("")
    return html('<span class="zk-demo" title="{title}">{badge}</span>',
                title=t("demo_explainer", lang), badge=t("demo_badge", lang))


def top_bar(left: str, uses_demo: bool, lang: str, number: int, count: int) -> Markup:
    """Theme (or brand) on the left, Beispieldaten mark and slide position on the right."""
    return html('<div class="zk-top"><div><span class="zk-theme">{left}</span>{demo}</div>'
                '<div class="zk-brand">{brand} · <span class="zk-dots">{number}/{count}</span></div></div>',
                left=left, demo=demo_html(uses_demo, lang), brand=t("kiosk_title_heading", lang),
                number=number, count=count)


def qr_html(url: str, lang: str) -> Markup:
    """The QR code (local SVG) with a short hint; '' without an address a phone can open."""
    if not url:
        return Markup("")
    return html('<div class="zk-qr" data-testid="zkQr"><span>{hint}</span><img alt="QR: {url}" src="{src}"></div>',
                hint=t("kiosk_scan", lang), url=url, src=qr_data_uri(url))


def foot_html(source_line: str, stand: str, qr_url: str, lang: str, key: str = "") -> Markup:
    """Bottom line: the source and the 'Stand' date; QR code on the right. key: the slide's key,
    written to data-foot so a test can tell the slide is complete."""
    return html('<div class="zk-foot" data-foot="{key}"><div><div class="zk-source" title="{source}">{source}</div>'
                '<div class="zk-stand" data-testid="zkStand">{stand}</div></div>{qr}</div>',
                key=key, source=source_line, stand=stand, qr=qr_html(qr_url, lang))


def svg_img(svg: str, alt: str, css: str) -> Markup:
    """An SVG drawing as an <img> with a data URI (st.html keeps images but strips inline SVG);
    the image is decoded with the slide, so no empty box shows while it loads."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return html('<img class="{css}" alt="{alt}" src="data:image/svg+xml;base64,{data}">', css=css, alt=alt, data=data)


def page(key: str, head: str, body: str, foot: str) -> Markup:
    """One whole slide: the block that fills the screen, with its key in data-slide."""
    return html('<div class="zk zk-slide" data-slide="{key}">{head}{body}{foot}</div>',
                key=key, head=head, body=body, foot=foot)


def tiles_html(items, css: str = "zk-tiles") -> Markup:
    """A row of tiles: items of (status, symbol, count, word), each in its status colour."""
    return html('<div class="{css}">{tiles}</div>', css=css, tiles=join(
        html('<div class="zk-tile" style="color:var(--zm-{status}-text)" data-status="{status}">'
             '<div class="zk-sym">{symbol}</div><div class="zk-count zk-main">{count}</div>'
             '<div class="zk-word">{word}</div></div>', status=status, symbol=symbol, count=count, word=word)
        for status, symbol, count, word in items))


def title_html(slide, lang: str, number: int, count: int, stand: str) -> Markup:
    """Title slide: heading, one tile per status (symbol, count, word), total, and what the
    counts leave out (goals on one series count once; Beispieldaten do not count)."""
    tiles = tiles_html((s, STATUS_STYLE[s].symbol, n, status_word(s, lang)) for s, n in slide.counts)
    total = (t("kiosk_title_total_one", lang) if slide.total == 1
             else t("kiosk_title_total", lang, n=slide.total))
    notes = ([t("kiosk_title_grouped", lang, n=slide.grouped)] if slide.grouped else []) + (
        [t("kiosk_title_evidenced", lang, n=slide.evidenced)] if slide.evidenced else []) + (
        [t("kiosk_title_demo", lang)] if slide.uses_demo else [])
    note = html('<div class="zk-note">{notes}</div>', notes=" · ".join(notes)) if notes else ""
    head = html('{bar}<div class="zk-h1 zk-h1-title">{heading}</div>',
                bar=top_bar(t("kiosk_city", lang), False, lang, number, count), heading=t("kiosk_title_heading", lang))
    body = html('<div><div class="zk-sub">{sub}</div>{tiles}<div class="zk-sub">{total}</div>{note}</div>',
                sub=t("kiosk_title_sub", lang), tiles=tiles, total=total, note=note)
    return page(slide.key, head, body, foot_html(t("kiosk_title_source", lang), stand, slide.qr_url, lang, slide.key))


def goal_text_html(slide, lang: str) -> Markup:
    """Goal slide, left column: big number, caption, target, status (symbol + word), reason."""
    stale = f' · {t("kiosk_stale", lang)}' if slide.stale else ""
    return html('<div class="zk-number zk-main">{number}</div><div class="zk-caption">{caption}{stale}</div>'
                '<div class="zk-target">{target}</div>{status}<div class="zk-reason">{reason}</div>',
                number=slide.number, caption=slide.caption, stale=stale, target=slide.target_line,
                status=status_html(slide.status, lang), reason=slide.reason)


def split_slide(slide, bar: str, first: Markup, second: Markup, lang: str, number: int, count: int,
                stand: str) -> Markup:
    """A slide of two columns under the top bar (`bar` on its left) and the slide's title: `first`
    and `second` side by side (the wider column is whichever holds the drawing), then the foot."""
    head = html('{bar}<div class="zk-h1">{title}</div>', bar=top_bar(bar, slide.uses_demo, lang, number, count),
                title=slide.title)
    body = html('<div class="zk-body">{first}{second}</div>', first=first, second=second)
    return page(slide.key, head, body, foot_html(slide.source_line, stand, slide.qr_url, lang, slide.key))


def goal_html(slide, lang: str, number: int, count: int, stand: str) -> Markup:
    """Goal slide: theme bar, title; text on the left, chart on the right; foot.
    SlideError (from the chart) when the series cannot be drawn."""
    chart = svg_img(goal_chart(slide, lang), slide.title, "zk-chart")
    return split_slide(slide, slide.theme, html('<div class="zk-col">{text}</div>', text=goal_text_html(slide, lang)),
                       html('<div class="zk-col-wide">{chart}</div>', chart=chart), lang, number, count, stand)


def map_list_html(slide, lang: str) -> Markup:
    """Map slide, the districts as a list: symbol, name, status word (readable without colour)."""
    return html('<div class="zk-list">{rows}</div>', rows=join(
        html('<div style="color:var(--zm-{status}-text)"><span class="sym">{symbol}</span><b>{name}</b> – {word}</div>',
             status=d.status, symbol=STATUS_STYLE[d.status].symbol, name=d.name, word=status_word(d.status, lang))
        for d in slide.districts))


def map_html(slide, lang: str, number: int, count: int, stand: str) -> Markup:
    """Map slide: heading, the map on the left, the districts by name on the right, foot.
    SlideError (from the map) when a geometry cannot be read."""
    drawing = svg_img(district_map(slide, lang), slide.title, "zk-map")
    return split_slide(slide, slide.subtitle, html('<div class="zk-col-wide">{map}</div>', map=drawing),
                       html('<div class="zk-col">{list}</div>', list=map_list_html(slide, lang)),
                       lang, number, count, stand)


def waiting_html(lang: str) -> Markup:
    """What a screen shows before its first good read (no error text, no traceback)."""
    return html('<div class="zk" data-slide="waiting"><div class="zk-h1">{heading}</div>'
                '<div class="zk-wait">{text}</div></div>',
                heading=t("kiosk_title_heading", lang), text=t("kiosk_waiting", lang))
