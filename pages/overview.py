"""Übersicht: every goal grouped by theme, with headline counts per status, filters and sorting.

Thin page: reads the URL (the view state lives in st.query_params, so a link reproduces the
view), calls the query functions and the pure view-model (dashboard.overview_model), renders.
"""

from __future__ import annotations

import streamlit as st

import config

from dashboard import changes_model, changes_view, components, downloads, panels
from dashboard import overview_cards as cards
from dashboard import overview_model as om
from dashboard import overview_shown, overview_view
from dashboard.data import derived, query
from dashboard.i18n import t
from dashboard.queries import build_info
from dashboard.markup import Markup, html, join
from dashboard.style import STATUS_STYLE
from indicators.fmt import format_date
from report.build import report_pdf

ATTENTION_LIMIT = 20  # goals named per status at the top; the rest behind a link to that status
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


def _tiles(counts: dict[str, int], state: om.ViewState, lang: str) -> None:
    """The headline in two labelled rows (verdicts on measured goals; what evidence shows about
    deliverables): one tile per status with symbol, number and word (never colour alone);
    each tile links to the view filtered to that status."""
    rows = join(
        html('<div class="zm-tiles-label">{label}</div>'
             '<div class="zm-tiles" role="group" aria-label="{label}">{tiles}</div>',
             label=t(f"ov_tiles_{name}", lang), tiles=join(_tile(s, n, state, lang) for s, n in row.items()))
        for name, row in om.tile_rows(counts))
    st.html(html('<section aria-label="{label}">{rows}</section>', label=t("ov_counts_heading", lang), rows=rows))


def _tile(status: str, n: int, state: om.ViewState, lang: str):
    """One headline tile as a link to the view filtered to `status`."""
    return html('<a class="zm-tile{active}" data-status="{s}" href="{href}" title="{title}" '
                'style="border-left-color:var(--zm-{s}-fill)">'
                '<div class="zm-n" style="color:var(--zm-{s}-text)">{symbol} {n}</div>'
                '<div class="zm-w" style="color:var(--zm-{s}-text)">{word}</div></a>',
                active=" zm-active" if status in state.statuses else "", href=om.status_href(state, status, lang),
                title=t("ov_tile_link", lang), s=status, symbol=STATUS_STYLE[status].symbol, n=n,
                word=t(f"status_{status}", lang))


def _theme(section, lang: str, expand_list: bool) -> None:
    """A theme heading, its goals with values as ONE html grid of cards (overview_shown.Section)
    and the goals without values as a compact list in an expander."""
    st.header(section.label, anchor=False)
    if section.cards_html:
        st.html(section.cards_html)
    if section.without:
        with st.expander(t("ov_without_expander", lang, n=len(section.without)), expanded=expand_list):
            st.html(html('<ul class="zm-list">{items}</ul>', items=join(
                html('<li>{badge} {link} <span class="zm-muted">– {line}</span></li>',
                     badge=components.status_badge(row["counted_status"], lang),
                     link=_goal_anchor(row["target_id"], row[f"title_{lang}"], lang),
                     line=cards.nodata_line(row, lang))
                for row in section.without)))


def _goal_anchor(target_id: str, title: str, lang: str):
    """An HTML link to the goal page (same tab), title escaped."""
    return html('<a href="{href}" target="_self">{title}</a>', href=cards.goal_href(target_id, lang), title=title)


def _attention(attention, state: om.ViewState, lang: str) -> None:
    """One line per worrying status naming its goals (the first ATTENTION_LIMIT, then a link to
    the view filtered to that status), so they are seen without scrolling; the goals of one
    series group share one list item, as they are counted once (`attention`: om.attention)."""
    for status, items in attention:
        links = join(html("<li>{goals}</li>", goals=join((_goal_anchor(tid, title, lang) for tid, title in entry), " · "))
                     for entry in items[:ATTENTION_LIMIT])
        more = "" if len(items) <= ATTENTION_LIMIT else html(
            '<a class="zm-more" href="{href}" target="_self">{text}</a>',
            href=om.status_href(state, status, lang), text=t("ov_attn_more", lang, n=len(items) - ATTENTION_LIMIT))
        st.html(html('<div class="zm-attn">{badge}<ul class="zm-list zm-cols">{links}</ul>{more}</div>',
                     badge=components.status_badge(status, lang), links=links, more=more))


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
    st.caption(om.stand_text(query(build_info), lang))
    if stand is not None:
        st.info(t("asof_note", lang, date=format_date(stand, lang)))
    view = derived(overview_shown.shown, state, lang, stand)  # shared read-only by every session
    _tiles(view.counts, state, lang)
    if view.counted < view.total:
        st.caption(t("ov_counts_note", lang, n=view.counted))
    if view.groups:
        st.caption(t("ov_counts_groups", lang, n=view.groups[0], groups=view.groups[1]))
    _attention(view.attention, state, lang)
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
