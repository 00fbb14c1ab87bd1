"""Stadtbezirke (map) page: a choropleth of an indicator or a district goal's status for the 12
Stadtbezirke (drill-down to 62 statistische Bezirke / 170 Unterbezirke), a table of the same
values, and the profile of a chosen district.

The view state lives in the URL (level, indicator, year, mode, district, goal), so a link
reproduces the view. Data come from dashboard.queries.geo via dashboard.data.query; rows and
labels from dashboard.map_model; figures from dashboard.charts.maps, assembled by
dashboard.map_view and cached with dashboard.data.derived (a warm rerun only re-emits elements).
Text from files, planners or the URL is shown through dashboard.literal (never as Markdown).
"""

from __future__ import annotations

import streamlit as st

from dashboard import components, literal, map_model, map_view
from dashboard.charts import maps
from dashboard.data import derived, query
from dashboard.i18n import t
from dashboard.markup import html, join
from dashboard.overview_cards import goal_href
from dashboard.queries import geo

URL_KEYS = ("level", "indicator", "year", "mode", "district", "goal")


def _write_url(params: dict[str, str]) -> None:
    """Put the view state into the URL, dropping keys that no longer apply."""
    for key in URL_KEYS:
        if key in params:
            if st.query_params.get(key) != params[key]:
                st.query_params[key] = params[key]
        elif key in st.query_params:
            del st.query_params[key]


def _url_with_click() -> dict:
    """The URL parameters, with the district replaced by a new click on the map (if any)."""
    params = {k: st.query_params.get(k) for k in URL_KEYS if k in st.query_params}
    event = st.session_state.get("zm_map_click")
    points = list(getattr(getattr(event, "selection", None), "points", None) or [])
    marker = repr(points)
    if points and marker != st.session_state.get("zm_map_click_seen"):
        st.session_state["zm_map_click_seen"] = marker
        code = map_model.clicked_district(points, query(geo.area_list),
                                          params.get("level") or "stadtbezirk")
        if code:
            params["district"] = code
    return params


def _resolve(params: dict) -> map_model.ViewState:
    """The valid view state for URL parameters (cached per parameters)."""
    return derived(map_view.resolve, tuple(sorted((k, str(v)) for k, v in params.items())))


def _controls(state) -> dict:
    """Draw the choosers (starting from the resolved URL state); return the chosen params."""
    cols = st.columns([3, 2.5, 1, 1.8, 2])
    chosen: dict[str, str] = {}
    if state.mode == "status":
        titles = derived(map_view.goal_titles, lang)
        ids = list(titles)
        chosen["goal"] = cols[0].selectbox(t("map_goal", lang), ids, index=ids.index(state.goal),
                                           format_func=titles.get)
        chosen["indicator"] = state.indicator
        chosen["level"] = "stadtbezirk"
    else:
        options, labels = derived(map_view.indicator_choices, lang)
        chosen["indicator"] = cols[0].selectbox(
            t("map_indicator", lang), options, index=options.index(state.indicator),
            format_func=labels.get)
        levels = derived(map_view.levels, chosen["indicator"])
        level = state.level if state.level in levels else levels[0]
        chosen["level"] = cols[1].selectbox(t("map_level", lang), levels, index=levels.index(level),
                                            format_func=lambda v: t(f"map_level_{v}", lang))
        years = derived(map_view.years, chosen["indicator"], chosen["level"])
        year = state.year if state.year in years else years[0]
        chosen["year"] = str(cols[2].selectbox(t("map_year", lang), years, index=years.index(year)))
    modes = derived(map_view.modes, chosen["indicator"], chosen["level"])
    mode = state.mode if state.mode in modes else "value"
    chosen["mode"] = cols[3].selectbox(t("map_mode", lang), modes, index=modes.index(mode),
                                       format_func=lambda m: t(f"map_mode_{m}", lang),
                                       help=t("map_mode_help", lang))
    dnames = derived(map_view.district_names)
    codes = [""] + list(dnames)
    picked = cols[4].selectbox(
        t("map_district", lang), codes, index=codes.index(state.district or ""),
        format_func=lambda c: dnames.get(c, t("map_district_none", lang)))
    if picked:
        chosen["district"] = picked
    return chosen


def _value_view(state) -> None:
    """Map and table of one indicator at one level and year."""
    view = derived(map_view.value_view, state.indicator, state.level, state.year, state.mode,
                   state.district, lang)
    badge = components.demo_badge(lang) if view["demo"] else ""
    caption = t("map_caption", lang, indicator=view["name"], year=state.year, unit=view["unit"])
    st.html(html("<p><b>{caption}</b> {badge}</p>", caption=caption, badge=badge))
    if state.district and state.level != "stadtbezirk":
        st.caption(t("map_drill_note", lang,
                     district=literal.md(derived(map_view.district_names)[state.district])))
    if view["no_values"]:
        st.info(t("map_no_values", lang))
    _draw(view["fig"], view["table"], view["source"], beside=view["beside"])


def _status_view(state) -> None:
    """Map and table of one district goal's status in the 12 Stadtbezirke."""
    view = derived(map_view.status_view, state.goal, state.district, lang)
    badge = components.demo_badge(lang) if view["demo"] else ""
    st.html(html("<p><b>{caption}</b> {badge}</p>", caption=t("map_status_caption", lang, goal=view["title"]),
                 badge=badge))
    _draw(view["fig"], view["table"], view["source"], beside=view["beside"])


def _draw(fig, table, source: str, beside: bool) -> None:
    """The map and its table: beside it (12 short rows), else below it – open for the 12
    district statuses, in an expander for 62 or 170 areas. The source goes under the table."""
    if beside:
        left, right = st.columns([3, 2])
    elif len(table) <= 12:
        left, right = st.container(), st.container()
    else:
        left, right = st.container(), st.expander(t("map_table_title", lang, n=len(table)))
    with left:
        st.plotly_chart(fig, key="zm_map_click", on_select="rerun", selection_mode="points",
                        config=maps.PLOTLY_CONFIG)
    with right:
        st.table(table, hide_index=True)  # sources escaped in map_view
        st.caption(f"{t('source', lang)}: {literal.md(source)}")


def _profile(code: str) -> None:
    """The chosen district's goals (status badge + reason) and indicators (with sources)."""
    prof = derived(map_view.profile, code, lang)
    st.header(t("map_profile_title", lang, name=literal.md(prof["name"])), anchor=False)
    st.caption(f"{t('map_profile_area', lang)}: {prof['area_label']}")
    st.subheader(t("map_profile_goals", lang, name=literal.md(prof["name"])), anchor=False)
    if not prof["goals"]:
        st.caption(t("map_profile_no_goals", lang))
    for goal in prof["goals"]:
        demo = components.demo_badge(lang) if goal["uses_demo"] else ""
        stale = html(' <span class="zm-muted">({text})</span>', text=t("stale_badge", lang)) if goal["stale"] else ""
        st.html(html("<div class='zm-line'>{badge} <b>{title}</b> {demo}{stale}<br>{reason}"
                     "<br><span class='zm-muted'>{source_label}: {source}</span></div>",
                     badge=components.status_badge(goal["status"], lang), title=goal["title"], demo=demo,
                     stale=stale, reason=goal["reason"], source_label=t("source", lang), source=goal["source"]))
    _located(prof)
    st.subheader(t("map_profile_indicators", lang, name=literal.md(prof["name"])), anchor=False)
    if prof["table"] is None:
        st.caption(t("map_profile_no_indicators", lang))
        return
    st.caption(t("map_profile_hint", lang))
    st.table(prof["table"], hide_index=True)  # sources escaped in map_view


def _located(prof: dict) -> None:
    """The promises that name a place in the district, each with its one status and a link."""
    st.subheader(t("map_located_title", lang, name=literal.md(prof["name"])), anchor=False)
    st.caption(t("map_located_hint", lang))
    if not prof["located"]:
        st.caption(t("map_located_none", lang))
        return
    items = (html('<li>{badge} <a href="{href}" target="_self">{title}</a> <span class="zm-muted">– {places}</span></li>',
                  badge=components.status_badge(g["status"], lang), href=goal_href(g["target_id"], lang),
                  title=g["title"], places=t("map_located_places", lang, places=g["places"]))
             for g in prof["located"])
    st.html(html('<ul class="zm-list">{items}</ul>', items=join(items)))


lang = components.current_lang()
with components.data_edge(lang):
    st.title(t("map_title", lang), anchor=False)
    st.caption(t("map_intro", lang))
    url = _url_with_click()
    first = _resolve(url)
    for note in first.notes:
        st.info(t(f"map_{note}", lang, name=literal.md(url.get("district", ""))))
    chosen = _controls(first)
    state = _resolve(chosen)
    _write_url(derived(map_view.url_params, state.level, state.indicator, state.year, state.mode,
                       state.district, state.goal))
    if state.mode == "status":
        _status_view(state)
    else:
        _value_view(state)
    if state.district:
        _profile(state.district)
    else:
        st.caption(t("map_choose_district", lang))
