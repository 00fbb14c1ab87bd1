"""Stadtbezirke (map) page: a choropleth of an indicator or a district goal's status for the 12
Stadtbezirke (drill-down to 62 statistische Bezirke / 170 Unterbezirke), a table of the same
values, and the profile of a chosen district.

The view state lives in the URL (level, indicator, year, mode, district, goal), so a link
reproduces the view. Data come from dashboard.queries.geo via dashboard.data.query; rows and
labels from dashboard.map_model; figures from dashboard.charts.maps.
"""

from __future__ import annotations

import html

import streamlit as st

from dashboard import components, map_model
from dashboard.charts import maps
from dashboard.data import query
from dashboard.i18n import t
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


def _url_with_click(areas) -> dict:
    """The URL parameters, with the district replaced by a new click on the map (if any)."""
    params = {k: st.query_params.get(k) for k in URL_KEYS if k in st.query_params}
    event = st.session_state.get("zm_map_click")
    points = list(getattr(getattr(event, "selection", None), "points", None) or [])
    marker = repr(points)
    if points and marker != st.session_state.get("zm_map_click_seen"):
        st.session_state["zm_map_click_seen"] = marker
        code = map_model.clicked_district(points, areas, params.get("level") or "stadtbezirk")
        if code:
            params["district"] = code
    return params


def _controls(state, areas, catalog, coverage, goals, pop_levels) -> dict:
    """Draw the choosers (starting from the resolved URL state); return the chosen params."""
    cols = st.columns([3, 2.5, 1, 1.8, 2])
    chosen: dict[str, str] = {}
    name_col = "name_en" if lang == "en" else "name_de"
    names = dict(zip(catalog["indicator_id"], catalog[name_col]))
    demo = dict(zip(catalog["indicator_id"], catalog["is_demo"]))
    if state.mode == "status":
        titles = dict(zip(goals["target_id"], goals["title_en" if lang == "en" else "title_de"]))
        ids = list(titles)
        chosen["goal"] = cols[0].selectbox(t("map_goal", lang), ids, index=ids.index(state.goal),
                                           format_func=titles.get)
        chosen["indicator"] = state.indicator
        chosen["level"] = "stadtbezirk"
    else:
        options = map_model.map_indicators(coverage, catalog)
        chosen["indicator"] = cols[0].selectbox(
            t("map_indicator", lang), options, index=options.index(state.indicator),
            format_func=lambda i: names[i] + (f" ({t('demo_badge', lang)})" if demo[i] else ""))
        levels = map_model.levels_for(coverage, chosen["indicator"])
        level = state.level if state.level in levels else levels[0]
        chosen["level"] = cols[1].selectbox(t("map_level", lang), levels, index=levels.index(level),
                                            format_func=lambda v: t(f"map_level_{v}", lang))
        years = map_model.years_for(coverage, chosen["indicator"], chosen["level"])
        year = state.year if state.year in years else years[0]
        chosen["year"] = str(cols[2].selectbox(t("map_year", lang), years, index=years.index(year)))
    meta = map_model.indicator_meta(catalog, chosen["indicator"])
    modes = map_model.modes_for(meta, chosen["level"], chosen["level"] in pop_levels,
                                not goals.empty)
    mode = state.mode if state.mode in modes else "value"
    chosen["mode"] = cols[3].selectbox(t("map_mode", lang), modes, index=modes.index(mode),
                                       format_func=lambda m: t(f"map_mode_{m}", lang),
                                       help=t("map_mode_help", lang))
    districts = areas[areas["area_level"] == "stadtbezirk"]
    dnames = dict(zip(districts["area_code"], districts["name"]))
    codes = [""] + list(districts["area_code"])
    picked = cols[4].selectbox(
        t("map_district", lang), codes, index=codes.index(state.district or ""),
        format_func=lambda c: dnames.get(c, t("map_district_none", lang)))
    if picked:
        chosen["district"] = picked
    return chosen


def _value_view(state, areas, catalog, geojson) -> None:
    """Map and table of one indicator at one level and year."""
    meta = map_model.indicator_meta(catalog, state.indicator)
    level_areas = map_model.drill_areas(areas, state.level, state.district)
    values = query(geo.indicator_values, state.indicator, state.level, state.year)
    population = None
    if state.mode == "per_1000":
        pop = query(geo.indicator_values, "population", state.level, state.year)
        population = pop.set_index("area_code")["value"]
    rows = map_model.map_rows(level_areas, values, meta, state.mode, lang, population)
    name = meta["name_en" if lang == "en" else "name_de"]
    unit = t(f"map_mode_{state.mode}", lang) if state.mode != "value" else str(
        meta["unit_label_en" if lang == "en" else "unit_label_de"])
    badge = components.demo_badge(lang) if bool(meta.get("is_demo")) or rows["is_demo"].any() else ""
    st.html(f"<p><b>{html.escape(t('map_caption', lang, indicator=name, year=state.year, unit=unit))}"
            f"</b> {badge}</p>")
    if state.district and state.level != "stadtbezirk":
        st.caption(t("map_drill_note", lang, district=_district_name(areas, state.district)))
    if rows["shown"].notna().sum() == 0:
        st.info(t("map_no_values", lang))
    source = map_model.table_sources(rows, meta)
    fig = maps.value_map(
        geojson, rows, lang,
        colorbar_title=_short_unit(meta, state.mode), source=source,
        highlight=state.district if state.level == "stadtbezirk" else None,
        show_labels=state.level == "stadtbezirk")
    _draw(fig, map_model.value_table(rows, state.mode, state.year, lang), source,
          beside=len(rows) <= 12)


def _status_view(state, areas, goals, geojson) -> None:
    """Map and table of one district goal's status in the 12 Stadtbezirke."""
    goal = goals[goals["target_id"] == state.goal].iloc[0]
    status = query(geo.target_status_by_district, state.goal)
    rows = map_model.status_rows(map_model.drill_areas(areas, "stadtbezirk", None), status, lang)
    title = goal["title_en" if lang == "en" else "title_de"]
    badge = components.demo_badge(lang) if rows["uses_demo"].any() else ""
    st.html(f"<p><b>{html.escape(t('map_status_caption', lang, goal=title))}</b> {badge}</p>")
    source = t("demo_badge", lang) if rows["uses_demo"].any() else "Zielmonitor Dortmund"
    fig = maps.status_map(geojson, rows, lang, source=source, highlight=state.district,
                          show_labels=True)
    _draw(fig, map_model.status_table(rows, lang), source, beside=False)


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
        st.table(table, hide_index=True)
        st.caption(f"{t('source', lang)}: {source}")


def _short_unit(meta, mode: str) -> str:
    """The colour bar's title: the unit symbol, per km² or per 1,000 inhabitants."""
    symbol = str(meta.get("symbol_en" if lang == "en" else "symbol_de") or "")
    return symbol if mode == "value" else f"{symbol}<br>{t(f'map_mode_{mode}', lang)}"


def _district_name(areas, code: str) -> str:
    """The name of a Stadtbezirk by its code."""
    rows = areas[(areas["area_level"] == "stadtbezirk") & (areas["area_code"] == code)]
    return str(rows["name"].iloc[0])


def _profile(code: str, areas, catalog) -> None:
    """The chosen district's goals (status badge + reason) and indicators (with sources)."""
    prof = map_model.district_profile(code, areas, query(geo.district_goals, code),
                                      query(geo.district_observations, code), catalog, lang)
    st.subheader(t("map_profile_title", lang, name=prof["name"]))
    st.caption(f"{t('map_profile_area', lang)}: {prof['area_label']}")
    st.markdown(f"**{t('map_profile_goals', lang, name=prof['name'])}**")
    if not prof["goals"]:
        st.caption(t("map_profile_no_goals", lang))
    for goal in prof["goals"]:
        demo = components.demo_badge(lang) if goal["uses_demo"] else ""
        stale = f' <span class="zm-muted">({html.escape(t("stale_badge", lang))})</span>' if goal["stale"] else ""
        st.html(
            f"<div style='margin:0.3rem 0'>{components.status_badge(goal['status'], lang)} "
            f"<b>{html.escape(goal['title'])}</b> {demo}{stale}<br>{html.escape(goal['reason'])}"
            f"<br><span class='zm-muted'>{html.escape(t('source', lang))}: "
            f"{html.escape(goal['source'])}</span></div>")
    st.markdown(f"**{t('map_profile_indicators', lang, name=prof['name'])}**")
    table = prof["indicators"]
    if table.empty:
        st.caption(t("map_profile_no_indicators", lang))
        return
    st.caption(t("map_profile_hint", lang))
    st.table(map_model.profile_table(table, lang), hide_index=True)


lang = components.current_lang()
with components.data_edge(lang):
    st.title(t("map_title", lang))
    st.caption(t("map_intro", lang))
    areas = query(geo.area_list)
    catalog = query(geo.indicator_catalog)
    coverage = query(geo.indicator_coverage)
    goals = query(geo.district_targets)
    pop_levels = set(coverage.loc[coverage["indicator_id"] == "population", "area_level"])
    url = _url_with_click(areas)
    first = map_model.resolve_view(url, coverage, catalog, areas, goals, pop_levels)
    for note in first.notes:
        st.info(t(f"map_{note}", lang, name=url.get("district", "")))
    chosen = _controls(first, areas, catalog, coverage, goals, pop_levels)
    state = map_model.resolve_view(chosen, coverage, catalog, areas, goals, pop_levels)
    _write_url(map_model.to_params(state, areas))
    geojson = query(geo.level_geojson, state.level)
    if state.mode == "status":
        _status_view(state, areas, goals, geojson)
    else:
        _value_view(state, areas, catalog, geojson)
    if state.district:
        _profile(state.district, areas, catalog)
    else:
        st.caption(t("map_choose_district", lang))
