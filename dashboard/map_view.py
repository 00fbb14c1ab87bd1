"""Cached building blocks of the Stadtbezirke (map) page, called through dashboard.data.derived.

Each function takes small arguments (ids, level, year, mode, lang), reads its data with
dashboard.data.query and returns what the page draws: choices for the selectboxes, the
resolved view state, and for the map the caption parts, the plotly figure, the table and the
source. The logic itself lives in dashboard.map_model and dashboard.charts.maps; this module
only assembles it so that a warm rerun re-emits elements instead of rebuilding them.
Returned figures are read-only (the page hands them to st.plotly_chart unchanged).
"""

from __future__ import annotations

from dashboard import context_model, literal, map_model
from dashboard import district_places, map_tables
from dashboard.charts import maps
from dashboard.data import query
from dashboard.i18n import t
from dashboard.queries import geo
from dashboard.queries.targets import targets_overview


def _population_levels() -> set[str]:
    """Levels at which population values exist (for 'per 1,000 inhabitants')."""
    coverage = query(geo.indicator_coverage)
    return set(coverage.loc[coverage["indicator_id"] == "population", "area_level"])


def resolve(params: tuple[tuple[str, str], ...]) -> map_model.ViewState:
    """The valid view state for URL parameters given as sorted (key, value) pairs."""
    return map_model.resolve_view(dict(params), query(geo.indicator_coverage),
                                  query(geo.indicator_catalog), query(geo.area_list),
                                  query(geo.district_targets), _population_levels())


def url_params(level: str, indicator: str, year: int | None, mode: str, district: str | None,
               goal: str | None) -> dict[str, str]:
    """The URL parameters that reproduce a view state (map_model.to_params)."""
    state = map_model.ViewState(level=level, indicator=indicator, year=year, mode=mode,
                                district=district, goal=goal)
    return map_model.to_params(state, query(geo.area_list))


def indicator_choices(lang: str) -> tuple[list[str], dict[str, str]]:
    """Map indicators in chooser order and their labels (name, demo mark when every value the
    map can show is Beispieldaten – from the observations, not the catalogue)."""
    catalog = query(geo.indicator_catalog)
    coverage = query(geo.indicator_coverage)
    options = map_model.map_indicators(coverage, catalog)
    names = dict(zip(catalog["indicator_id"], catalog["name_en" if lang == "en" else "name_de"]))
    demo = coverage.groupby("indicator_id")["any_demo"].all().to_dict()
    badge = f" ({t('demo_badge', lang)})"
    return options, {i: names[i] + (badge if demo[i] else "") for i in options}


def levels(indicator: str) -> list[str]:
    """Levels with values of the indicator, coarse to fine."""
    return map_model.levels_for(query(geo.indicator_coverage), indicator)


def years(indicator: str, level: str) -> list[int]:
    """Years with values of the indicator at the level, newest first."""
    return map_model.years_for(query(geo.indicator_coverage), indicator, level)


def modes(indicator: str, level: str) -> list[str]:
    """Display modes offered for the indicator at the level."""
    meta = map_model.indicator_meta(query(geo.indicator_catalog), indicator)
    return map_model.modes_for(meta, level, level in _population_levels(),
                               not query(geo.district_targets).empty)


def goal_titles(lang: str) -> dict[str, str]:
    """District goals {target_id: title} in the page's order."""
    goals = query(geo.district_targets)
    return dict(zip(goals["target_id"], goals["title_en" if lang == "en" else "title_de"]))


def district_names() -> dict[str, str]:
    """The 12 Stadtbezirke {area_code: name} in the areas' order."""
    areas = query(geo.area_list)
    districts = areas[areas["area_level"] == "stadtbezirk"]
    return dict(zip(districts["area_code"], districts["name"]))


def _short_unit(meta, mode: str, lang: str) -> str:
    """The colour bar's title: the unit symbol, per km² or per 1,000 inhabitants."""
    symbol = str(meta.get("symbol_en" if lang == "en" else "symbol_de") or "")
    return symbol if mode == "value" else f"{symbol}<br>{t(f'map_mode_{mode}', lang)}"


def value_view(indicator: str, level: str, year: int | None, mode: str, district: str | None,
               lang: str) -> dict:
    """Everything the value map shows: name, unit, demo flag (any shown value is demo), whether
    any value exists, the figure, the table (as shown: sources escaped), the source line and
    whether the table goes beside the map."""
    areas = query(geo.area_list)
    meta = map_model.indicator_meta(query(geo.indicator_catalog), indicator)
    level_areas = map_model.drill_areas(areas, level, district)
    values = query(geo.indicator_values, indicator, level, year)
    population = None
    if mode == "per_1000":
        population = query(geo.indicator_values, "population", level, year).set_index("area_code")["value"]
    rows = map_model.map_rows(level_areas, values, meta, mode, lang, population)
    unit = t(f"map_mode_{mode}", lang) if mode != "value" else str(
        meta["unit_label_en" if lang == "en" else "unit_label_de"])
    source = map_tables.table_sources(rows, meta)
    if "data_kind" in values and len(values):
        source = f"{source} · {context_model.kinds_text(values['data_kind'], lang)}"
    fig = maps.value_map(query(geo.level_geojson, level), rows, lang,
                         colorbar_title=_short_unit(meta, mode, lang), source=source,
                         categories=map_model.yes_no_legend(rows, meta, mode, lang),
                         highlight=district if level == "stadtbezirk" else None,
                         show_labels=level == "stadtbezirk")
    return {"name": meta["name_en" if lang == "en" else "name_de"], "unit": unit,
            "demo": bool(rows["is_demo"].any()),  # the shown values' flag, never the catalogue's
            "no_values": int(rows["shown"].notna().sum()) == 0, "fig": fig,
            "table": _shown(map_tables.value_table(rows, mode, year, lang), lang), "source": source,
            "beside": len(rows) <= 12}


def status_view(goal: str, district: str | None, lang: str) -> dict:
    """Everything the status map shows for one district goal: title, demo flag, figure,
    table and source line."""
    goals = query(geo.district_targets)
    row = goals[goals["target_id"] == goal].iloc[0]
    status = query(geo.target_status_by_district, goal)
    rows = map_tables.status_rows(map_model.drill_areas(query(geo.area_list), "stadtbezirk", None),
                                 status, lang)
    demo = bool(rows["uses_demo"].any())
    source = t("demo_badge", lang) if demo else "Zielmonitor Dortmund"
    fig = maps.status_map(query(geo.level_geojson, "stadtbezirk"), rows, lang, source=source,
                          highlight=district, show_labels=True)
    return {"title": row["title_en" if lang == "en" else "title_de"], "demo": demo, "fig": fig,
            "table": _shown(map_tables.status_table(rows, lang), lang), "source": source, "beside": False}


def profile(code: str, lang: str) -> dict:
    """The district profile (map_tables.district_profile) with its indicator table formatted and
    the promises located in the district (located: district_places.district_list)."""
    prof = map_tables.district_profile(code, query(geo.area_list), query(geo.district_goals, code),
                                      query(geo.district_observations, code),
                                      query(geo.indicator_catalog), lang)
    indicators = prof["indicators"]
    prof["table"] = None if indicators.empty else _shown(map_tables.profile_table(indicators, lang), lang)
    located = district_places.located_promises(query(geo.promise_texts),
                                                district_places.place_table(query(geo.area_list)))
    prof["located"] = district_places.district_list(located, query(targets_overview), code, lang)
    return prof


def _shown(table, lang: str):
    """A map or profile table as st.table shows it: its source column escaped (dashboard.literal)."""
    return literal.md_columns(table, [t("map_col_source", lang)])
