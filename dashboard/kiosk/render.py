"""HTML of the kiosk slides: large type for reading at 5 m on a 1920×1080 screen.

In: a slide from slides.py, the language and the "Stand" line. Out: HTML strings (all text
escaped) for st.html. The main number is 132 px, body text at least 28 px; status is always
symbol + word + colour (Okabe-Ito, dashboard.style). Charts come from dashboard.charts.kiosk.
"""

from __future__ import annotations

import html

from dashboard.i18n import t
from dashboard.qr import qr_data_uri
from dashboard.style import CITY_BLUE, DEMO_COLOUR, STATUS_STYLE, status_label, status_word

MAIN_NUMBER_PX = 132
BODY_PX = 30

CSS = """
<style>
  [data-testid="stSidebar"], [data-testid="stSidebarNav"], [data-testid="stExpandSidebarButton"],
  [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stStatusWidget"], [data-testid="stDecoration"], [data-testid="stMainMenu"],
  [data-testid="stAppDeployButton"], #MainMenu, footer {display: none !important;}
  [data-testid="stMainBlockContainer"], .block-container {padding: 28px 56px 8px 56px !important;
      max-width: 100%% !important;}
  [data-stale="true"], [data-stale="true"] * {opacity: 1 !important; transition: none !important;}
  body, .stApp {cursor: none; background: #ffffff; color: #111111;}
  .zk {font-family: "Source Sans Pro", "DejaVu Sans", Arial, sans-serif; color: #111111;
       font-size: %(body)dpx; line-height: 1.25;}
  .zk-top {display: flex; justify-content: space-between; align-items: center;
           border-bottom: 6px solid %(blue)s; padding-bottom: 10px; margin-bottom: 18px;}
  .zk-theme {font-size: 30px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
             color: %(blue)s;}
  .zk-brand {font-size: 28px; color: #333333; font-weight: 600;}
  .zk-demo {display: inline-block; background: %(demo)s; color: #ffffff; font-weight: 800;
            font-size: 30px; padding: 4px 18px; border-radius: 8px; margin-left: 20px;}
  .zk-h1 {font-size: 56px; font-weight: 800; line-height: 1.1; margin: 0 0 18px 0;}
  .zk-number {font-size: %(number)dpx; font-weight: 800; line-height: 1.0; color: #111111;
              letter-spacing: -0.01em; white-space: nowrap;}
  .zk-caption {font-size: 34px; color: #222222; margin: 6px 0 22px 0;}
  .zk-target {font-size: 40px; font-weight: 700; margin-bottom: 22px;}
  .zk-status {display: inline-block; font-size: 48px; font-weight: 800; padding: 6px 24px;
              border: 6px solid currentColor; border-radius: 14px; background: #ffffff;}
  .zk-reason {font-size: 30px; color: #222222; margin-top: 22px; max-width: 1000px;}
  .zk-foot {display: flex; justify-content: space-between; align-items: flex-end; gap: 30px;
            border-top: 3px solid #cccccc; padding-top: 10px; margin-top: 10px;}
  .zk-source {font-size: 28px; color: #222222; max-width: 1560px; max-height: 72px; overflow: hidden;}
  .zk-stand {font-size: 28px; color: #333333; white-space: nowrap;}
  .zk-qr {display: flex; align-items: center; gap: 18px; font-size: 28px; color: #222222;
          white-space: nowrap; flex-shrink: 0;}
  .zk-qr img {width: 170px; height: 170px;}
  .zk-tiles {display: flex; gap: 28px; margin: 40px 0 36px 0;}
  .zk-tile {flex: 1; border: 6px solid currentColor; border-radius: 18px; padding: 22px 18px;
            text-align: center; background: #ffffff;}
  .zk-tile .zk-sym {font-size: 80px; line-height: 1;}
  .zk-tile .zk-count {font-size: %(number)dpx; font-weight: 800; color: #111111; line-height: 1.05;}
  .zk-tile .zk-word {font-size: 38px; font-weight: 800;}
  .zk-sub {font-size: 40px; color: #222222; margin: 0 0 8px 0;}
  .zk-note {font-size: 30px; color: #333333; margin: 0 0 8px 0;}
  .zk-list {font-size: 34px; line-height: 1.38; margin-top: 20px;}
  .zk-list span.sym {display: inline-block; width: 44px; font-weight: 800;}
  .zk-dots {font-size: 28px; color: #555555;}
  .zk-wait {font-size: 44px; color: #333333; margin-top: 300px; text-align: center;}
</style>
""" % {"body": BODY_PX, "number": MAIN_NUMBER_PX, "blue": CITY_BLUE, "demo": DEMO_COLOUR}


def _e(text) -> str:
    """Escaped text."""
    return html.escape(str(text))


def status_html(status: str, lang: str, css: str = "zk-status") -> str:
    """Symbol + word in the status colour (a darker shade that is readable on white)."""
    style = STATUS_STYLE[status]
    return (f'<span class="{css}" style="color:{style.text}" data-status="{status}">'
            f'{_e(status_label(status, lang))}</span>')


def demo_html(uses_demo: bool, lang: str) -> str:
    """The 'Beispieldaten' mark, or '' when the slide uses no demo data."""
    if not uses_demo:
        return ""
    return f'<span class="zk-demo" title="{_e(t("demo_explainer", lang))}">{_e(t("demo_badge", lang))}</span>'


def top_bar(left: str, uses_demo: bool, lang: str, number: int, count: int) -> str:
    """Theme (or brand) on the left, Beispieldaten mark and slide position on the right."""
    return (f'<div class="zk-top"><div><span class="zk-theme">{_e(left)}</span>'
            f'{demo_html(uses_demo, lang)}</div>'
            f'<div class="zk-brand">{_e(t("kiosk_title_heading", lang))} · '
            f'<span class="zk-dots">{number}/{count}</span></div></div>')


def qr_html(url: str, lang: str) -> str:
    """The QR code (local SVG) with a short hint."""
    return (f'<div class="zk-qr"><span>{_e(t("kiosk_scan", lang))}</span>'
            f'<img alt="QR: {_e(url)}" src="{qr_data_uri(url)}"></div>')


def foot_html(source_line: str, stand: str, qr_url: str, lang: str, key: str = "") -> str:
    """Bottom line: the source in one line and the 'Stand' date; QR code on the right.
    key: the slide's key, written to data-foot so a test can tell the slide is complete."""
    return (f'<div class="zk zk-foot" data-foot="{_e(key)}"><div><div class="zk-source" title="{_e(source_line)}">'
            f'{_e(source_line)}</div><div class="zk-stand" data-testid="zkStand">{_e(stand)}</div></div>'
            f'{qr_html(qr_url, lang)}</div>')


def title_html(slide, lang: str, number: int, count: int) -> str:
    """Title slide: heading, one tile per status (symbol, count, word), total, and what the
    counts leave out (goals on one series count once; Beispieldaten do not count)."""
    tiles = "".join(
        f'<div class="zk-tile" style="color:{STATUS_STYLE[s].text}" data-status="{s}">'
        f'<div class="zk-sym">{STATUS_STYLE[s].symbol}</div><div class="zk-count zk-main">{n}</div>'
        f'<div class="zk-word">{_e(status_word(s, lang))}</div></div>'
        for s, n in slide.counts
    )
    total = (t("kiosk_title_total_one", lang) if slide.total == 1
             else t("kiosk_title_total", lang, n=slide.total))
    notes = ([t("kiosk_title_grouped", lang, n=slide.grouped)] if slide.grouped else []) + (
        [t("kiosk_title_demo", lang)] if slide.uses_demo else [])
    note = f'<div class="zk-note">{_e(" · ".join(notes))}</div>' if notes else ""
    return (f'<div class="zk" data-slide="title">{top_bar(t("kiosk_city", lang), False, lang, number, count)}'
            f'<div class="zk-h1" style="font-size:84px;margin-bottom:6px">{_e(t("kiosk_title_heading", lang))}</div>'
            f'<div class="zk-sub">{_e(t("kiosk_title_sub", lang))}</div>'
            f'<div class="zk-tiles">{tiles}</div><div class="zk-sub">{_e(total)}</div>{note}</div>')


def goal_head_html(slide, lang: str, number: int, count: int) -> str:
    """Goal slide, full-width head: theme bar with Beispieldaten mark, goal title."""
    return (f'<div class="zk" data-slide="{_e(slide.key)}">'
            f'{top_bar(slide.theme, slide.uses_demo, lang, number, count)}'
            f'<div class="zk-h1">{_e(slide.title)}</div></div>')


def goal_text_html(slide, lang: str) -> str:
    """Goal slide, left column: big number, caption, target, status (symbol + word), reason."""
    stale = f' · {_e(t("kiosk_stale", lang))}' if slide.stale else ""
    return (f'<div class="zk"><div class="zk-number zk-main">{_e(slide.number)}</div>'
            f'<div class="zk-caption">{_e(slide.caption)}{stale}</div>'
            f'<div class="zk-target">{_e(slide.target_line)}</div>'
            f'{status_html(slide.status, lang)}'
            f'<div class="zk-reason">{_e(slide.reason)}</div></div>')


def map_head_html(slide, lang: str, number: int, count: int) -> str:
    """Map slide, heading part."""
    return (f'<div class="zk" data-slide="map">{top_bar(slide.subtitle, slide.uses_demo, lang, number, count)}'
            f'<div class="zk-h1">{_e(slide.title)}</div></div>')


def map_list_html(slide, lang: str) -> str:
    """Map slide, the districts as a list: symbol, name, status word (readable without colour)."""
    rows = "".join(
        f'<div style="color:{STATUS_STYLE[d.status].text}"><span class="sym">{STATUS_STYLE[d.status].symbol}</span>'
        f'<b style="color:#111111">{_e(d.name)}</b> – {_e(status_word(d.status, lang))}</div>'
        for d in slide.districts
    )
    return f'<div class="zk zk-list">{rows}</div>'


def waiting_html(lang: str) -> str:
    """What a screen shows before its first good read (no error text, no traceback)."""
    return (f'<div class="zk" data-slide="waiting"><div class="zk-h1">{_e(t("kiosk_title_heading", lang))}</div>'
            f'<div class="zk-wait">{_e(t("kiosk_waiting", lang))}</div></div>')
