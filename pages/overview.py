"""Übersicht: every goal grouped by theme, with headline counts per status, filters and sorting.

Thin page: reads the URL (the view state lives in st.query_params, so a link reproduces the
view), calls the query functions and the pure view-model (dashboard.overview_model), renders.
"""

from __future__ import annotations

import streamlit as st

import config

from dashboard import changes_model, changes_view, components, downloads, panels
from dashboard import overview_model as om
from dashboard import overview_shown, overview_view
from dashboard.data import derived
from dashboard.i18n import t
from dashboard.markup import Markup, html
from indicators.fmt import format_date
from report.build import report_pdf

KEYS = {"theme": "ov_theme", "source": "ov_source", "status": "ov_status", "year": "ov_year"}


def _write_url() -> None:
    """Widget callback: put the chosen filters and sort into the URL (ids, not labels)."""
    state = om.ViewState(
        themes=tuple(st.session_state[KEYS["theme"]]), sources=tuple(st.session_state[KEYS["source"]]),
        statuses=tuple(st.session_state[KEYS["status"]]), years=tuple(st.session_state[KEYS["year"]]),
        sort=st.session_state["ov_sort"],
    )
    params = om.state_params(state)
    for key in om.PARAM_KEYS:
        if key in params:
            st.query_params[key] = params[key]
        elif key != "all":  # which themes show all their cards is not a filter: it stays
            st.query_params.pop(key, None)


def _reset() -> None:
    """Button callback: drop every filter and the sort from the URL (the language stays)."""
    for key in om.PARAM_KEYS:
        st.query_params.pop(key, None)


def _sidebar(state: om.ViewState, options: om.FilterOptions, lang: str) -> None:
    """Filters as multiselects and the sort choice; widgets are seeded from the URL state."""
    chosen = {"theme": state.themes, "source": state.sources, "status": state.statuses,
              "year": state.years}
    choices = {"theme": options.themes, "source": options.sources, "status": options.statuses,
               "year": options.years}
    st.sidebar.header(t("ov_filters", lang))
    for name, key in KEYS.items():
        st.session_state[key] = list(chosen[name])
        labels = dict(choices[name])
        st.sidebar.multiselect(
            t(f"ov_filter_{name}", lang), list(labels), key=key, format_func=labels.get,
            on_change=_write_url, placeholder=t("ov_filter_all", lang),
        )
    st.session_state["ov_sort"] = state.sort
    st.sidebar.radio(t("ov_sort", lang), om.SORTS, key="ov_sort", on_change=_write_url,
                     format_func=lambda s: t(f"ov_sort_{s}", lang))
    st.sidebar.button(t("ov_reset", lang), on_click=_reset, key="ov_reset")


def _theme(section, lang: str, expand_list: bool) -> None:
    """A theme heading, its goals with values as ONE html grid of cards and the goals without
    values as a compact list in an expander (both built in overview_shown.Section)."""
    st.header(section.label, anchor=False)
    if section.cards_html:
        st.html(section.cards_html)
    if section.without:
        with st.expander(t("ov_without_expander", lang, n=len(section.without)), expanded=expand_list):
            st.html(section.without_html)


def _stand(lang: str):
    """The „Stand“ date input (URL ?stand=YYYY-MM-DD); None = the build's own date."""
    first, last = derived(changes_view.history_range)
    day = changes_model.parse_day(st.query_params.get("stand"), first, last) or last
    picked = st.sidebar.date_input(t("asof_label", lang), day, min_value=first, max_value=last,
                                   format="DD.MM.YYYY", help=t("asof_help", lang), key="ov_stand")
    if picked == last:
        st.query_params.pop("stand", None)
        return None
    st.query_params["stand"] = picked.isoformat()
    return picked


def _downloads(state: om.ViewState, n: int, lang: str, stand=None) -> None:
    """The overview table as shown (on the Stand date), as CSV (German Excel) and XLSX."""
    st.divider()
    st.markdown(f"**{t('take_overview_heading', lang)}**")
    st.caption(t("take_overview_note", lang, n=n))
    files = derived(overview_shown.download_files, state, lang, stand)
    name, left_right = t("take_overview_file", lang), st.columns(2)
    left_right[0].download_button(t("take_overview_csv", lang), files["csv"], file_name=f"{name}.csv",
                                  mime="text/csv", on_click="ignore", key="zm_overview_csv")
    left_right[1].download_button(t("take_overview_xlsx", lang), files["xlsx"], file_name=f"{name}.xlsx",
                                  mime=downloads.XLSX_MIME, on_click="ignore", key="zm_overview_xlsx")


def _report_button(lang: str, stand=None) -> None:
    """The Sachstandsbericht of all goals as PDF: made on request (cached per data build)."""
    st.divider()
    if st.button(t("rep_button", lang), key="zm_report"):
        with st.spinner(t("rep_wait", lang)):
            pdf = derived(report_pdf, str(config.db_path()), lang, None, None, None, stand)
        st.download_button(t("rep_download", lang), pdf, file_name="sachstandsbericht.pdf",
                           mime="application/pdf", on_click="ignore", key="zm_report_pdf")


lang = components.current_lang()
with components.data_edge(lang):
    stand = _stand(lang)
    options = derived(overview_view.filter_options, lang)
    state = om.view_state({key: st.query_params.get_all(key) for key in om.PARAM_KEYS}, options)
    _sidebar(state, options, lang)

    st.title(t("ov_title", lang), anchor=False)
    view = derived(overview_shown.shown, state, lang, stand)  # shared read-only by every session
    st.caption(view.stand_line)
    if stand is not None:
        st.info(t("asof_note", lang, date=format_date(stand, lang)))
    st.html(view.tiles_html)
    if view.counted < view.total:
        st.caption(t("ov_counts_note", lang, n=view.counted))
    if view.groups:
        st.caption(t("ov_counts_groups", lang, n=view.groups[0], groups=view.groups[1]))
    for block in view.attention_html:
        st.html(block)
    panels.implementation_balance(view.balance, lang)
    st.markdown(t("ov_shown", lang, shown=view.shown, total=view.total))
    if view.uses_demo:
        st.html(html('<div class="zm-muted">{notice}</div>',
                     notice=Markup(t("ov_demo_notice", lang, badge=components.demo_badge(lang)))))
    if not view.shown:
        st.info(t("ov_empty", lang))
    for section in view.sections:
        _theme(section, lang, view.expand)
    _downloads(state, view.shown, lang, stand)
    _report_button(lang, stand)
