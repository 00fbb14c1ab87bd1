"""Shared page furniture: language, header, status and demo badges, the error edge.

Only this module and pages/ import Streamlit for layout. Badges are built as small HTML
strings (escaped) so cards, tables and the kiosk share one look.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Iterator

import streamlit as st

from dashboard.data import DatabaseMissing, DataUnavailable
from dashboard.i18n import LANGS, lang_from, t
from dashboard.style import CITY_BLUE, DEMO_COLOUR, STATUS_STYLE, status_label

log = logging.getLogger(__name__)

CSS = """
<style>
  .block-container {padding-top: 1.2rem; max-width: 1400px;}
  [data-testid="stAppDeployButton"], #MainMenu, footer {display: none !important;}
  .zm-header {border-bottom: 4px solid %(blue)s; padding: 0.2rem 0 0.6rem 0; margin-bottom: 0.8rem;}
  .zm-header .zm-city {font-size: 0.85rem; letter-spacing: 0.08em; text-transform: uppercase; color: %(blue)s; font-weight: 700;}
  .zm-header h1 {font-size: 1.9rem; margin: 0; padding: 0; color: #1a1a1a;}
  .zm-header p {margin: 0.1rem 0 0 0; color: #444; font-size: 1rem;}
  .zm-badge {display: inline-block; border-radius: 0.35rem; padding: 0.08rem 0.5rem; font-weight: 600;
             font-size: 0.9rem; white-space: nowrap; border: 2px solid currentColor;}
  .zm-demo {display: inline-block; border-radius: 0.35rem; padding: 0.05rem 0.45rem; font-size: 0.8rem;
            font-weight: 700; color: #fff; background: %(demo)s; white-space: nowrap;}
  .zm-muted {color: #555; font-size: 0.9rem;}
  blockquote.zm-quote {margin: 0.2rem 0; padding: 0.3rem 0.8rem; border-left: 4px solid %(blue)s;
                       color: #222; background: #f5f7fa;}
  .zm-footer {margin-top: 2rem; padding-top: 0.6rem; border-top: 1px solid #ccc; color: #555; font-size: 0.85rem;}
</style>
""" % {"demo": DEMO_COLOUR, "blue": CITY_BLUE}


def current_lang() -> str:
    """The UI language: from the URL (?lang=en), remembered across page switches."""
    if "lang" in st.query_params:
        st.session_state["zm_lang"] = lang_from(st.query_params)
    lang = st.session_state.get("zm_lang", "de")
    if lang != "de" and st.query_params.get("lang") != lang:
        st.query_params["lang"] = lang
    return lang


def language_switch(lang: str) -> None:
    """A Deutsch/English switch in the sidebar that writes the choice into the URL."""
    labels = {"de": "Deutsch", "en": "English"}

    def _changed() -> None:
        chosen = st.session_state["zm_lang_widget"]
        st.session_state["zm_lang"] = chosen
        if chosen == "de":
            st.query_params.pop("lang", None)
        else:
            st.query_params["lang"] = chosen

    st.sidebar.radio(
        f"{t('language', 'de')} / {t('language', 'en')}", LANGS, index=LANGS.index(lang),
        format_func=labels.get, key="zm_lang_widget", on_change=_changed, horizontal=True,
    )


def header(lang: str) -> None:
    """The page header with the city context, and the shared CSS."""
    st.html(CSS)
    st.html(
        f'<div class="zm-header"><div class="zm-city">Stadt Dortmund · Ratsperiode und Programme</div>'
        f"<h1>{html.escape(t('app_title', lang))}</h1><p>{html.escape(t('app_subtitle', lang))}</p></div>"
    )


def footer(lang: str) -> None:
    """A one-line footer naming where the numbers come from."""
    st.html(f'<div class="zm-footer">{html.escape(t("footer", lang))}</div>')


def status_badge(status: str, lang: str) -> str:
    """HTML for a status: symbol + word, in the status colour (never colour alone)."""
    label = html.escape(status_label(status, lang))
    return f'<span class="zm-badge" style="color:{STATUS_STYLE[status].text}">{label}</span>'


def demo_badge(lang: str) -> str:
    """HTML for the visible 'Beispieldaten' mark."""
    return f'<span class="zm-demo" title="{html.escape(t("demo_explainer", lang))}">{html.escape(t("demo_badge", lang))}</span>'


@contextlib.contextmanager
def data_edge(lang: str) -> Iterator[None]:
    """The page edge: a data error becomes a calm message for the visitor (no path, no error
    text) and a log line for the operator naming the detail and the fix."""
    try:
        yield
    except DatabaseMissing as err:
        log.error("database file missing (%s): run `python -m etl build` (or `make run`)", err)
        st.error(t("no_database", lang))
    except DataUnavailable as err:
        log.error("database unreadable (%s): rebuild with `python -m etl build`", err)
        st.error(t("data_error", lang))
