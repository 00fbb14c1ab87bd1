"""Kiosk view for public screens (issue 5): slides rotate by themselves, no sidebar or menus.

Opened by app.py when the URL has ?kiosk=1 (options: themes, goals, seconds, lang, demo; see
docs/kiosk.md). A fragment reruns every `seconds`: it checks the database signature, rebuilds
the slide list only when the file changed, keeps the last good slides while the database is
missing or broken (with a discreet "Stand" line) and shows the next slide. Layout only; the
slide model, state and HTML live in dashboard.kiosk, the charts in dashboard.charts.kiosk.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

import config
from dashboard.charts.kiosk import district_map, goal_chart
from dashboard.data import query, signature
from dashboard.i18n import t
from dashboard.kiosk import render
from dashboard.kiosk.options import parse_options
from dashboard.kiosk.slides import load_deck
from dashboard.kiosk.state import KioskState, current, position, refresh, step
from indicators import fmt

STATE_KEY = "zm_kiosk"
PLOT_CONFIG = {"displayModeBar": False, "staticPlot": True}

options = parse_options(st.query_params, config.kiosk_seconds())
st.html(render.CSS)


def _stand(state: KioskState, slide) -> str:
    """'Stand: 21.11.2026' from the slide's as-of date; marked as kept data during a fault."""
    date = fmt.format_date(getattr(slide, "as_of", None), options.lang)
    key = "kiosk_stand_kept" if state.showing_old else "kiosk_stand"
    return t(key, options.lang, date=date)


def _prepare(slide):
    """The figure a slide needs, built before anything is drawn (ValueError if it cannot be)."""
    if slide.kind == "goal":
        return goal_chart(slide, options.lang)
    if slide.kind == "map":
        return district_map(slide, options.lang)
    return None


def _draw(state: KioskState, slide, figure) -> None:
    """Draw one slide: HTML text, chart and foot line."""
    lang = options.lang
    number, count = position(state)
    if slide.kind == "title":
        st.html(render.title_html(slide, lang, number, count))
        st.html(render.foot_html(t("kiosk_title_source", lang), _stand(state, slide), slide.qr_url, lang,
                                 slide.key))
        return
    if slide.kind == "goal":
        st.html(render.goal_head_html(slide, lang, number, count))
        left, right = st.columns([9, 10], gap="large")
        left.html(render.goal_text_html(slide, lang))
        right.plotly_chart(figure, config=PLOT_CONFIG, theme=None)
    else:
        st.html(render.map_head_html(slide, lang, number, count))
        left, right = st.columns([11, 8], gap="large")
        left.plotly_chart(figure, config=PLOT_CONFIG, theme=None)
        right.html(render.map_list_html(slide, lang))
    st.html(render.foot_html(slide.source_line, _stand(state, slide), slide.qr_url, lang,
                                 slide.key))


@st.fragment(run_every=options.seconds)
def rotate() -> None:
    """One rotation: refresh the deck if the data changed, show the current slide, advance."""
    state = st.session_state.get(STATE_KEY) or KioskState()
    state = refresh(state, signature, lambda: load_deck(query, options, config.public_url()),
                    options, dt.datetime.now())
    for _ in range(max(1, len(state.deck.slides))):
        slide = current(state)
        if slide is None:
            st.html(render.waiting_html(options.lang))
            break
        try:
            figure = _prepare(slide)
        except ValueError:  # one slide whose data cannot be drawn is skipped
            state = step(state)
            continue
        _draw(state, slide, figure)
        state = step(state)
        break
    st.session_state[STATE_KEY] = state


rotate()
