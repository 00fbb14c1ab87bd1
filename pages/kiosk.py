"""Kiosk view for public screens (issue 5): slides rotate by themselves, no sidebar or menus.

Opened by app.py when the URL has ?kiosk=1 (options: themes, goals, seconds, lang, demo; see
docs/kiosk.md). A fragment reruns every `seconds`: it checks the database signature, rebuilds
the slide list only when the file changed, keeps the last good slides while the database is
missing or broken (with a discreet "Stand" line) and shows the next slide as ONE HTML block with
its chart already drawn (inline SVG), so nothing empty shows at a slide change. Layout only;
the slide model, state and HTML live in dashboard.kiosk.
"""

from __future__ import annotations

import datetime as dt
import logging

import streamlit as st

import config
from dashboard.data import query, signature
from dashboard.i18n import t
from dashboard.kiosk.css import CSS
from dashboard.kiosk.models import SlideError
from dashboard.kiosk.options import parse_options
from dashboard.kiosk.render import waiting_html
from dashboard.kiosk.screen import slide_html
from dashboard.kiosk.slides import load_deck
from dashboard.kiosk.state import KioskState, current, position, refresh, step
from indicators import fmt

STATE_KEY = "zm_kiosk"
log = logging.getLogger(__name__)

options = parse_options(st.query_params, config.kiosk_seconds())
st.html(CSS)


def _stand(state: KioskState, slide) -> str:
    """'Stand: 21.11.2026' from the slide's as-of date; marked as kept data during a fault."""
    date = fmt.format_date(getattr(slide, "as_of", None), options.lang)
    key = "kiosk_stand_kept" if state.showing_old else "kiosk_stand"
    return t(key, options.lang, date=date)


def _next_html(state: KioskState) -> tuple[KioskState, str]:
    """The HTML of the current slide and the state after it; a slide whose chart cannot be drawn
    (SlideError) is logged and passed over; the calm waiting text when there is none."""
    for _ in range(max(1, len(state.deck.slides))):
        slide = current(state)
        if slide is None:
            break
        number, count = position(state)
        try:
            return step(state), slide_html(slide, options.lang, number, count, _stand(state, slide))
        except SlideError as err:
            log.warning("kiosk: slide %s passed over: %s", slide.key, err)
            state = step(state)
    return state, waiting_html(options.lang)


@st.fragment(run_every=options.seconds)
def rotate() -> None:
    """One rotation: refresh the deck if the data changed, show the current slide, advance."""
    state = st.session_state.get(STATE_KEY) or KioskState()
    state = refresh(state, signature, lambda: load_deck(query, options, config.public_url()),
                    options, dt.datetime.now())
    state, html = _next_html(state)
    st.html(html)
    st.session_state[STATE_KEY] = state


rotate()
