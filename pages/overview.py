"""Übersicht: every goal grouped by theme, with headline counts per status, filters and sorting.

Thin page: reads the URL (the view state lives in st.query_params, so a link reproduces the
view), calls the query functions and the pure view-model (dashboard.overview_model), renders.
"""

from __future__ import annotations

import html

import streamlit as st

import config

from dashboard import changes_model, changes_view, components, downloads, panels
from dashboard import overview_cards as cards
from dashboard import overview_model as om
from dashboard import overview_view
from dashboard.data import derived, query
from dashboard.i18n import t
from dashboard.queries import build_info
from dashboard.style import CITY_BLUE, STATUS_STYLE
from indicators.fmt import format_date
from report.build import report_pdf

CSS = """
<style>
  .zm-tiles {display: flex; gap: 0.6rem; flex-wrap: wrap; margin: 0.2rem 0 0.4rem 0;}
  .zm-tiles-label {font-size: 1rem; font-weight: 700; color: #1a1a1a; margin: 0.5rem 0 0.1rem 0;}
  a.zm-tile {text-decoration: none;}
  a.zm-tile:hover {background: #f3f6fa;}
  .zm-tile.zm-active {background: #eef3fa; border: 3px solid #1a1a1a; border-left-width: 8px;}
  .zm-tile {flex: 1 1 7rem; border: 1px solid #ccc; border-left: 8px solid; border-radius: 0.4rem;
            padding: 0.35rem 0.7rem; background: #fff;}
  .zm-tile .zm-n {font-size: 2.1rem; font-weight: 700; line-height: 1.1;}
  .zm-tile .zm-w {font-size: 1.05rem; font-weight: 600;}
  .zm-cards {display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; margin: 0.2rem 0 0.6rem 0;}
  @media (max-width: 720px) {.zm-cards {grid-template-columns: minmax(0, 1fr);}}
  .zm-card {display: flex; flex-direction: column; border: 1px solid rgba(49, 51, 63, 0.2);
            border-radius: 0.5rem; padding: calc(1rem - 1px); background: #fff;}
  .zm-card-head {display: flex; gap: 0.4rem; flex-wrap: wrap; align-items: center;}
  .zm-card-error {margin-top: 0.4rem; padding: 0.75rem 1rem; border-radius: 0.5rem; background: #ffecec;
                  color: #7d1a1a; font-size: 0.98rem;}
  a.zm-card-link {margin-top: auto; padding-top: 0.6rem; color: %(blue)s; font-size: 0.95rem; font-weight: 600;}
  a.zm-more {display: inline-block; margin: 0 0 0.8rem 0; color: %(blue)s; font-weight: 600;}
  .zm-card-title {font-size: 1.15rem; font-weight: 700; margin: 0.35rem 0 0.15rem 0; color: #1a1a1a;}
  .zm-card-value {font-size: 1.35rem; font-weight: 700; margin: 0.1rem 0; color: #1a1a1a;}
  .zm-card-reason {font-size: 0.98rem; margin: 0.2rem 0; color: #222;}
  .zm-attn {font-size: 1rem; margin: 0.1rem 0 0.3rem 0;}
  .zm-cols {columns: 2 24rem; column-gap: 2rem; margin-top: 0.3rem;}
  .zm-attn a, .zm-list a {color: %(blue)s;}
  .zm-list {margin: 0; padding-left: 1.2rem;}
  .zm-list li {margin: 0.15rem 0;}
  .zm-group {grid-column: 1 / -1; border-left: 6px solid %(blue)s;}
  .zm-group-cols {display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem;
                  margin-top: 0.5rem;}
  .zm-group-col {display: flex; flex-direction: column; border-top: 3px solid #d0d7e2; padding-top: 0.4rem;}
  .zm-group-deadline {font-size: 1.5rem; font-weight: 800; color: #1a1a1a;}
  .zm-stale {display: inline-block; border-radius: 0.35rem; padding: 0.05rem 0.45rem; font-size: 0.8rem;
             font-weight: 700; color: #1a1a1a; background: #f1e7c6; white-space: nowrap;}
</style>
""" % {"blue": CITY_BLUE}

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
    rows = "".join(
        f'<div class="zm-tiles-label">{html.escape(t(f"ov_tiles_{name}", lang))}</div>'
        f'<div class="zm-tiles" aria-label="{html.escape(t(f"ov_tiles_{name}", lang))}">'
        + "".join(_tile(s, n, state, lang) for s, n in row.items()) + "</div>"
        for name, row in om.tile_rows(counts))
    st.html(f'<section aria-label="{html.escape(t("ov_counts_heading", lang))}">{rows}</section>')


def _tile(status: str, n: int, state: om.ViewState, lang: str) -> str:
    """One headline tile as a link to the view filtered to `status`."""
    style = STATUS_STYLE[status]
    return (f'<a class="zm-tile{" zm-active" if status in state.statuses else ""}" data-status="{status}" '
            f'href="{html.escape(om.status_href(state, status, lang))}" '
            f'title="{html.escape(t("ov_tile_link", lang))}" style="border-left-color:{style.fill}">'
            f'<div class="zm-n" style="color:{style.text}">{style.symbol} {n}</div>'
            f'<div class="zm-w" style="color:{style.text}">{html.escape(t(f"status_{status}", lang))}</div></a>')


def _theme(theme_id: str, label: str, with_value: list[dict], n_values: int, without: list[dict],
           state: om.ViewState, lang: str, expand_list: bool) -> None:
    """A theme heading, its goals with values as ONE html grid of cards (the first
    om.CARD_LIMIT of n_values unless the URL asks for all) and the goals without values as a
    compact list in an expander."""
    st.subheader(label)
    if with_value:
        st.html(cards.theme_cards_html(with_value, lang, components.status_badge, components.demo_badge,
                                       total=n_values, more_href=om.expand_href(state, theme_id, lang)))
    if without:
        with st.expander(t("ov_without_expander", lang, n=len(without)), expanded=expand_list):
            st.html('<ul class="zm-list">' + "".join(
                f'<li>{components.status_badge(row["counted_status"], lang)} '
                f'{_goal_anchor(row["target_id"], row[f"title_{lang}"], lang)}'
                f' <span class="zm-muted">– {html.escape(cards.nodata_line(row, lang))}</span></li>'
                for row in without
            ) + "</ul>")


def _goal_anchor(target_id: str, title: str, lang: str) -> str:
    """An HTML link to the goal page (same tab), title escaped."""
    return f'<a href="{html.escape(cards.goal_href(target_id, lang))}" target="_self">{html.escape(str(title))}</a>'


def _attention(goals, state: om.ViewState, lang: str) -> None:
    """One line per worrying status naming its goals (the first ATTENTION_LIMIT, then a link to
    the view filtered to that status), so they are seen without scrolling; the goals of one
    series group share one list item, as they are counted once."""
    for status, items in om.attention(goals, lang):
        links = "".join("<li>" + " · ".join(_goal_anchor(tid, title, lang) for tid, title in entry) + "</li>"
                        for entry in items[:ATTENTION_LIMIT])
        more = "" if len(items) <= ATTENTION_LIMIT else (
            f'<a class="zm-more" href="{html.escape(om.status_href(state, status, lang))}" target="_self">'
            f'{html.escape(t("ov_attn_more", lang, n=len(items) - ATTENTION_LIMIT))}</a>')
        st.html(f'<div class="zm-attn">{components.status_badge(status, lang)}'
                f'<ul class="zm-list zm-cols">{links}</ul>{more}</div>')


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


def _downloads(state: om.ViewState, n: int, lang: str) -> None:
    """The overview table as shown, as CSV (German Excel) and XLSX."""
    st.divider()
    st.markdown(f"**{t('take_overview_heading', lang)}**")
    st.caption(t("take_overview_note", lang, n=n))
    files = derived(overview_view.download_files, state, lang)
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
    table = derived(overview_view.goals_table) if stand is None else derived(changes_view.goals_table_on, stand)
    options = derived(overview_view.filter_options, lang)
    state = om.view_state({key: st.query_params.get_all(key) for key in om.PARAM_KEYS}, options)
    _sidebar(state, options, lang)

    st.html(CSS)
    st.subheader(t("ov_title", lang))
    st.caption(om.stand_text(query(build_info), lang))
    if stand is not None:
        st.info(t("asof_note", lang, date=format_date(stand, lang)))
    counted = om.apply_filters(table, state, with_status=False)
    shown = om.sort_goals(om.apply_filters(counted, state), state.sort)
    _tiles(om.count_by_status(counted), state, lang)
    if len(counted) < len(table):
        st.caption(t("ov_counts_note", lang, n=len(counted)))
    if counted["series"].astype(bool).any():
        grouped = counted.loc[counted["series"].astype(bool), "series"]
        st.caption(t("ov_counts_groups", lang, n=len(grouped), groups=grouped.nunique()))
    _attention(shown, state, lang)
    panels.implementation_balance(counted, lang)
    st.markdown(t("ov_shown", lang, shown=len(shown), total=len(table)))
    if shown["uses_demo"].any():
        st.html(f'<div class="zm-muted">{t("ov_demo_notice", lang, badge=components.demo_badge(lang))}</div>')
    if shown.empty:
        st.info(t("ov_empty", lang))
    expand = not shown["has_value"].any()
    for section in om.theme_sections(shown, lang, om.CARD_LIMIT, state.expanded):
        _theme(*section, state, lang, expand)
    _downloads(state, len(shown), lang)
    _report_button(lang, stand)
