"""Shared page furniture: language, header, status and demo badges, the error edge.

Only this module and pages/ import Streamlit for layout. Badges are built as small HTML
strings (escaped) so cards, tables and the kiosk share one look.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import streamlit as st

from dashboard.data import DatabaseMissing, DataUnavailable
from dashboard.i18n import LANGS, all_keys, lang_from, t
from dashboard import markup
from dashboard.style import css_variables, status_label

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
PRINT_WIDTH_PX = 700  # A4 (210 mm) less 2 × 12 mm margins, in CSS px (96 per inch): see the stylesheet


@functools.cache
def _stylesheet() -> str:
    """The one stylesheet with the palette's CSS variables in front: '<style>:root{…}…</style>'."""
    return f"<style>{css_variables()}\n{(STATIC / 'zielmonitor.css').read_text(encoding='utf-8')}</style>"


@functools.cache
def _page_script() -> str:
    """The page script (static/page.js): page language, skip-link text, print zoom."""
    return (STATIC / "page.js").read_text(encoding="utf-8")


@functools.cache
def framework_labels(lang: str) -> dict[str, str]:
    """{Streamlit's English string: the same in `lang`} for every fw_ label (dashboard/i18n/
    framework.py) that differs in `lang`; empty for English. A {label} in a key stands for the
    widget label Streamlit puts there."""
    names = sorted(key.removeprefix("fw_") for key in all_keys() if key.startswith("fw_"))
    pairs = ((t(f"fw_{name}", "en"), t(f"fw_{name}", lang)) for name in names)
    return {english: own for english, own in pairs if english != own}


def page_language(lang: str) -> None:
    """Declare the page language in <html lang>, put Streamlit's skip link and its other own
    English strings (framework_labels) into it (static/page.js; the element carrying it takes no room)."""
    mark = markup.html('<span class="zm-page-script" data-lang="{lang}" data-skip="{skip}" '
                       'data-region="{region}" data-print-width="{width}" data-labels="{labels}" hidden></span>',
                       lang=lang, skip=t("page_skip", lang), region=t("page_table_region", lang),
                       width=PRINT_WIDTH_PX, labels=json.dumps(framework_labels(lang), ensure_ascii=False))
    st.html(mark + markup.Markup(f"<script>{_page_script()}</script>"), unsafe_allow_javascript=True)


def page_chrome(lang: str) -> None:
    """Once per run, before any page: the stylesheet and the page language."""
    st.html(_stylesheet())
    page_language(lang)


def page_title(title: str, lang: str) -> None:
    """The browser title of this page: '<title> – Zielmonitor Dortmund'."""
    st.set_page_config(page_title=t("page_title", lang, title=title))


def to_overview() -> None:
    """The page behind an old address of the overview: go to the overview (the URL's
    parameters, e.g. ?lang=en, stay)."""
    st.switch_page("pages/overview.py", query_params=dict(st.query_params))


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
    """The page header with the city context (not a heading: each page has its own h1)."""
    st.html(markup.html(
        '<div class="zm-header"><div class="zm-city">Stadt Dortmund · Ratsperiode und Programme</div>'
        '<div class="zm-app-title">{title}</div><p>{subtitle}</p></div>',
        title=t("app_title", lang), subtitle=t("app_subtitle", lang)))


def footer(lang: str) -> None:
    """A one-line footer naming where the numbers come from."""
    st.html(markup.html('<div class="zm-footer">{text}</div>', text=t("footer", lang)))


def status_badge(status: str, lang: str) -> markup.Markup:
    """HTML for a status: symbol + word, in the status colour (never colour alone)."""
    return markup.html('<span class="zm-badge" style="color:var(--zm-{status}-text)">{label}</span>',
                       status=status, label=status_label(status, lang))


def muted_badge(text: str) -> markup.Markup:
    """HTML for a grey badge (e.g. 'veraltet')."""
    return markup.html('<span class="zm-badge zm-badge-muted">{text}</span>', text=text)


def demo_badge(lang: str) -> markup.Markup:
    """HTML for the visible 'Beispieldaten' mark."""
    return markup.html('<span class="zm-demo" title="{title}">{label}</span>',
                       title=t("demo_explainer", lang), label=t("demo_badge", lang))


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
