"""Pure view model of the Stadtbezirke (map) page: no Streamlit, no database.

In: plain DataFrames from dashboard.queries.geo (areas, indicator catalog and coverage,
values, goal status rows) and the URL parameters. Out: the resolved view state, the rows the
map and its table show (normalised and formatted), and a district profile.

View state in the URL: level, indicator, year, mode (value, per_km2, per_1000, status),
district (Stadtbezirk: number, name or name without umlauts) and goal (status mode).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from etl.areas import code_key, name_key
from dashboard.i18n import t
from dashboard.style import STATUS_STYLE
from indicators.fmt import MISSING, format_money, format_number

LEVELS = ("stadtbezirk", "statistischer_bezirk", "unterbezirk")
MODES = ("value", "per_km2", "per_1000", "status")
DEFAULT_INDICATOR = "persons_18_25"  # real data at Stadtbezirk level (Dortmunder Statistik)
LEVEL_ALIASES = {  # name_key of what a link may say -> level
    **dict.fromkeys(("stadtbezirk", "stadtbezirke", "stb", "12"), "stadtbezirk"),
    **dict.fromkeys(("statistischerbezirk", "statistischebezirke", "sb", "62"),
                    "statistischer_bezirk"),
    **dict.fromkeys(("unterbezirk", "unterbezirke", "ub", "170"), "unterbezirk"),
}
NO_NORMALISING_UNITS = {"districts", "percent", "per_1000", "years"}


@dataclass
class ViewState:
    """What the map shows. district is a Stadtbezirk code ('1'–'12') or None."""

    level: str = "stadtbezirk"
    indicator: str = DEFAULT_INDICATOR
    year: int | None = None
    mode: str = "value"
    district: str | None = None
    goal: str | None = None
    notes: list[str] = field(default_factory=list)  # i18n keys of corrections made to the URL


def levels_for(coverage: pd.DataFrame, indicator: str) -> list[str]:
    """Map levels (coarse to fine) at which the indicator has values."""
    have = set(coverage.loc[coverage["indicator_id"] == indicator, "area_level"])
    return [lvl for lvl in LEVELS if lvl in have]


def years_for(coverage: pd.DataFrame, indicator: str, level: str) -> list[int]:
    """Years with values of the indicator at the level, newest first."""
    rows = coverage[(coverage["indicator_id"] == indicator) & (coverage["area_level"] == level)]
    return sorted({int(y) for y in rows["year"]}, reverse=True)


def map_indicators(coverage: pd.DataFrame, catalog: pd.DataFrame) -> list[str]:
    """Indicators with values below city level: real data first, then Beispieldaten,
    each group in the order of the German name."""
    ids = set(coverage["indicator_id"])
    rows = catalog[catalog["indicator_id"].isin(ids)].copy()
    rows["demo_rank"] = rows["is_demo"].astype(bool).astype(int)
    return list(rows.sort_values(["demo_rank", "name_de"])["indicator_id"])


def can_normalise(meta: Mapping) -> bool:
    """Per km² or per inhabitant makes sense only for counts and amounts that add up over
    areas (aggregation 'sum'), not for rates, shares or the number of districts."""
    return meta.get("aggregation") == "sum" and meta.get("unit_id") not in NO_NORMALISING_UNITS


def modes_for(meta: Mapping, level: str, has_population: bool, has_goals: bool) -> list[str]:
    """Display modes offered for an indicator at a level (status only with district goals)."""
    modes = ["value"]
    if can_normalise(meta):
        modes.append("per_km2")
        if has_population:
            modes.append("per_1000")
    if has_goals:
        modes.append("status")
    return modes


def resolve_district(text: str | None, areas: pd.DataFrame) -> str | None:
    """The Stadtbezirk code for a number ('8'), a name ('Hörde') or a name without umlauts
    ('Hoerde', 'hoerde'); None for empty text. Raises LookupError for an unknown district."""
    if text is None or not str(text).strip():
        return None
    rows = areas[areas["area_level"] == "stadtbezirk"]
    code = code_key("stadtbezirk", text)
    if code is not None and code in set(rows["area_code"]):
        return code
    key = name_key(text)
    for column in ("name_key", "name_official", "name"):
        hits = rows.loc[rows[column].map(name_key) == key, "area_code"]
        if key and len(hits) == 1:
            return str(hits.iloc[0])
    raise LookupError(f"unknown Stadtbezirk {text!r}")


def resolve_view(params: Mapping[str, str], coverage: pd.DataFrame, catalog: pd.DataFrame,
                 areas: pd.DataFrame, goals: pd.DataFrame,
                 population_levels: set[str] | None = None) -> ViewState:
    """Turn URL parameters into a valid view state; anything invalid falls back to a default
    and adds a note key (unknown_indicator, level_fallback, year_fallback, mode_fallback,
    unknown_district, unknown_goal_map)."""
    state = ViewState()
    notes = state.notes
    options = map_indicators(coverage, catalog)
    default = DEFAULT_INDICATOR if DEFAULT_INDICATOR in options else (options or [""])[0]
    state.indicator = _pick(params.get("indicator"), options, default, "unknown_indicator", notes)
    levels = levels_for(coverage, state.indicator) or ["stadtbezirk"]
    raw_level = str(params.get("level") or "")
    state.level = _pick(LEVEL_ALIASES.get(name_key(raw_level), raw_level) if raw_level else None,
                        levels, levels[0], "level_fallback", notes)
    years = years_for(coverage, state.indicator, state.level)
    year = str(params.get("year") or "").strip()
    state.year = _pick(int(year) if year.isdigit() else year or None, years,
                       years[0] if years else None, "year_fallback", notes)
    goal_ids = list(goals["target_id"])
    state.goal = _pick(params.get("goal"), goal_ids, goal_ids[0] if goal_ids else None,
                       "unknown_goal_map", notes)
    has_pop = state.level in (population_levels or set())
    modes = modes_for(indicator_meta(catalog, state.indicator), state.level, has_pop, bool(goal_ids))
    mode = str(params.get("mode") or "").strip().lower() or None
    state.mode = _pick(mode, modes, "value", "mode_fallback", notes)
    if state.mode == "status":
        state.level = "stadtbezirk"
    try:
        state.district = resolve_district(params.get("district"), areas)
    except LookupError:
        notes.append("unknown_district")
    return state


def _pick(wanted, options: list, default, note: str, notes: list[str]):
    """wanted if it is one of options; else default, noting `note` when something was asked."""
    if isinstance(wanted, str):
        wanted = wanted.strip() or None
    if wanted in options:
        return wanted
    if wanted is not None:
        notes.append(note)
    return default


def to_params(state: ViewState, areas: pd.DataFrame) -> dict[str, str]:
    """The URL parameters that reproduce the view (district written as its name key)."""
    params = {"level": state.level, "indicator": state.indicator, "mode": state.mode}
    if state.year is not None:
        params["year"] = str(state.year)
    if state.mode == "status" and state.goal:
        params["goal"] = state.goal
    if state.district:
        row = areas[(areas["area_level"] == "stadtbezirk") & (areas["area_code"] == state.district)]
        params["district"] = str(row["name_key"].iloc[0]) if not row.empty else state.district
    return params


def indicator_meta(catalog: pd.DataFrame, indicator: str) -> dict:
    """The catalog row of an indicator as a dict ({} if unknown)."""
    rows = catalog[catalog["indicator_id"] == indicator]
    return {} if rows.empty else rows.iloc[0].to_dict()


def _clean(value):
    """None for NaN/NA so that formatting shows a dash."""
    if value is None or value is pd.NA:
        return None
    try:
        return None if math.isnan(float(value)) else value
    except (TypeError, ValueError):
        return None


def format_value(value, meta: Mapping, lang: str, mode: str = "value") -> str:
    """A value with its unit in German or English: '13,1 %', '1,2 Mio. €', '4.500 Personen',
    '327,1 Personen je km²', '12,3 Bäume je 1.000 Einw.'; '–' when missing."""
    value = _clean(value)
    if value is None:
        return MISSING
    symbol = str(meta.get("symbol_en" if lang == "en" else "symbol_de") or "")
    decimals = int(_clean(meta.get("decimals")) or 0)
    if mode == "value":
        if meta.get("unit_id") == "eur":
            return format_money(value, lang, 1 if abs(value) >= 10**6 else 0)
        number = format_number(value, lang, decimals)
        if symbol == "%":
            return f"{number} %" if lang == "de" else f"{number}%"
        return f"{number} {symbol}".strip()
    number = format_number(value, lang, max(decimals, 1))
    if mode == "per_km2":
        per = "je km²" if lang == "de" else "per km²"
    else:
        per = "je 1.000 Einw." if lang == "de" else "per 1,000 inhabitants"
    return f"{number} {symbol} {per}".replace("  ", " ")


def normalise(values: pd.DataFrame, areas: pd.DataFrame, mode: str,
              population: pd.Series | None = None) -> pd.Series:
    """The shown value per area_code: the value itself, per km² of area, or per 1,000
    inhabitants (population Series indexed by area_code). Missing divisors give NaN.
    `values` has area_code and value; `areas` has area_code and area_km2."""
    by_code = values.set_index("area_code")["value"].astype(float)
    if mode in ("value", "status"):
        return by_code
    if mode == "per_km2":
        km2 = areas.set_index("area_code")["area_km2"].astype(float).reindex(by_code.index)
        return by_code / km2.where(km2 > 0)
    if mode == "per_1000":
        pop = (population if population is not None else pd.Series(dtype=float))
        pop = pop.astype(float).reindex(by_code.index)
        return by_code / pop.where(pop > 0) * 1000
    raise ValueError(f"unknown map mode {mode!r}; expected one of {', '.join(MODES)}")


def map_rows(level_areas: pd.DataFrame, values: pd.DataFrame, meta: Mapping, mode: str,
             lang: str, population: pd.Series | None = None) -> pd.DataFrame:
    """One row per area of the level (in map order): area_code, name, value (raw), shown
    (normalised), label (formatted with unit, or '–'), raw_label, is_demo, source.
    Areas without a value keep shown = NaN."""
    base = level_areas[["area_code", "name", "area_km2", "sort_order"]].copy()
    values = values.copy()
    if values.empty:
        values = pd.DataFrame(columns=["area_code", "value", "is_demo", "source_title",
                                       "source_detail", "qualifier"])
    values["shown"] = normalise(values, level_areas, mode, population).to_numpy() if len(values) else []
    rows = base.merge(values, on="area_code", how="left").sort_values(["sort_order", "area_code"])
    rows["is_demo"] = rows["is_demo"].fillna(False).astype(bool)
    rows["label"] = [format_value(v, meta, lang, mode) for v in rows["shown"]]
    rows["raw_label"] = [format_value(v, meta, lang) for v in rows["value"]]
    rows["source"] = rows["source_title"].fillna("")
    keep = ["area_code", "name", "value", "shown", "label", "raw_label", "is_demo", "source",
            "source_detail", "area_km2"]
    return rows[keep].reset_index(drop=True)


def status_rows(level_areas: pd.DataFrame, status: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per Stadtbezirk: area_code, name, status (no_data where the goal has no row),
    reason in the language, uses_demo."""
    base = level_areas[["area_code", "name", "sort_order"]]
    rows = base.merge(status, on="area_code", how="left").sort_values(["sort_order", "area_code"])
    rows["status"] = rows["status"].fillna("no_data")
    rows["reason"] = rows["reason_en" if lang == "en" else "reason_de"].fillna(MISSING)
    rows["uses_demo"] = rows["uses_demo"].fillna(False).astype(bool)
    return rows[["area_code", "name", "status", "reason", "uses_demo"]].reset_index(drop=True)


def district_profile(code: str, areas: pd.DataFrame, goals: pd.DataFrame,
                     observations: pd.DataFrame, catalog: pd.DataFrame, lang: str) -> dict:
    """Everything the page shows about one Stadtbezirk.

    In: the district code, all areas, its goal rows (geo.district_goals), the current
    observations inside it (geo.district_observations), the indicator catalog.
    Out: {code, name, area_label, goals: [dict(target_id, title, status, reason, uses_demo,
    stale, source)], indicators: DataFrame(indicator, where, year, value, source, is_demo)}.
    Indicators with values for the Stadtbezirk itself (own or summed from its parts) show the
    latest value; indicators only known for smaller areas show the range over those areas
    (rates are never averaged or summed).
    """
    area = areas[(areas["area_level"] == "stadtbezirk") & (areas["area_code"] == code)].iloc[0]
    goal_list = [
        {"target_id": g.target_id, "title": g.title_en if lang == "en" else g.title_de,
         "status": g.status, "reason": g.reason_en if lang == "en" else g.reason_de,
         "uses_demo": bool(g.uses_demo), "stale": bool(g.stale),
         "source": " – ".join(str(x) for x in (g.source_author, g.source_title) if _present(x))}
        for g in goals.itertuples(index=False)
    ]
    rows = []
    for indicator, obs in observations.groupby("indicator_id", sort=False):
        meta = indicator_meta(catalog, indicator)
        if not meta:
            continue
        own = obs[obs["area_level"] == "stadtbezirk"]
        level = "stadtbezirk" if not own.empty else next(
            lvl for lvl in LEVELS if lvl in set(obs["area_level"]))
        part = obs[obs["area_level"] == level]
        year = int(part["year"].max())
        latest = part[part["year"] == year]
        if level == "stadtbezirk":
            value = format_value(latest["value"].iloc[0], meta, lang)
            where = t("map_where_district", lang)
        else:
            low, high = format_value(latest["value"].min(), meta, lang), format_value(
                latest["value"].max(), meta, lang)
            value = low if low == high else f"{low} – {high}"
            where = t(f"map_where_range_{level}", lang, n=len(latest))
        source = source_text(latest["source_title"].iloc[0], latest["source_detail"].iloc[0]
                             if level == "stadtbezirk" else None, bool(latest["is_demo"].any()))
        rows.append({"indicator": meta["name_en" if lang == "en" else "name_de"], "where": where,
                     "year": year, "value": value, "source": source,
                     "is_demo": bool(latest["is_demo"].any()),  # the observations' flag
                     "level_rank": LEVELS.index(level)})
    table = pd.DataFrame(rows, columns=["indicator", "where", "year", "value", "source",
                                        "is_demo", "level_rank"])
    table = table.sort_values(["level_rank", "is_demo", "indicator"]).drop(columns="level_rank")
    km2 = format_number(area["area_km2"], lang, 1)
    return {"code": code, "name": area["name"], "area_label": f"{km2} km²", "goals": goal_list,
            "indicators": table.reset_index(drop=True)}


def source_text(title, detail, is_demo: bool = False) -> str:
    """'Title – detail' for a value's source; demo rows name only their (demo) source."""
    title = title if _present(title) else MISSING
    return f"{title} – {detail}" if _present(detail) and not is_demo else title


def _present(value) -> bool:
    """True for a non-empty text (None and NaN are not)."""
    return isinstance(value, str) and value.strip() != ""


def value_table(rows: pd.DataFrame, mode: str, year: int | None, lang: str) -> pd.DataFrame:
    """The map's values as a table for screen readers: area, value with unit, the shown
    (normalised) value when it differs, year, the row's source detail where rows differ
    (the source title goes under the table, see table_sources), and 'Beispieldaten' where
    generated. All cells are text, so years never get a thousands separator."""
    table = pd.DataFrame({
        t("map_col_area", lang): rows["name"],
        t("map_col_value", lang): rows["raw_label"],
    })
    if mode in ("per_km2", "per_1000"):
        table[t("map_col_shown", lang)] = rows["label"]
    table[t("map_col_year", lang)] = [str(year) if _clean(v) is not None else MISSING
                                      for v in rows["value"]]
    details = [d if _present(d) and not demo else "" for d, demo in
               zip(rows["source_detail"], rows["is_demo"])]
    if len(set(details)) > 1:
        table[t("map_col_source", lang)] = details
    table[t("map_col_note", lang)] = [t("demo_badge", lang) if d else "" for d in rows["is_demo"]]
    return table


def table_sources(rows: pd.DataFrame, meta: Mapping) -> str:
    """The source(s) of the values on the map: distinct titles, plus the detail when all
    rows share one (e.g. 'Summe der statistischen Bezirke'); the catalog source if empty."""
    titles = sorted({s for s in rows["source"] if _present(s)})
    if not titles:
        return str(meta.get("source_title") or MISSING)
    details = {d for d, demo in zip(rows["source_detail"], rows["is_demo"]) if _present(d) and not demo}
    if len(titles) == 1 and len(details) == 1:
        return source_text(titles[0], details.pop())
    return "; ".join(titles)


def status_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Goal status per Stadtbezirk as text: area, symbol + status word, reason, demo note."""
    return pd.DataFrame({
        t("map_col_area", lang): rows["name"],
        t("map_col_status", lang): [f"{STATUS_STYLE[s].symbol} {t(f'status_{s}', lang)}"
                                    for s in rows["status"]],
        t("map_col_reason", lang): rows["reason"],
        t("map_col_note", lang): [t("demo_badge", lang) if d else "" for d in rows["uses_demo"]],
    })


def drill_areas(areas: pd.DataFrame, level: str, district: str | None) -> pd.DataFrame:
    """Areas of a level, limited to one Stadtbezirk's parts when a district is chosen and the
    level is finer than Stadtbezirk (the drill-down)."""
    rows = areas[areas["area_level"] == level]
    if district and level != "stadtbezirk":
        rows = rows[rows["stadtbezirk_code"] == district]
    return rows.sort_values(["sort_order", "area_code"])


def clicked_district(points: list, areas: pd.DataFrame, level: str) -> str | None:
    """The Stadtbezirk of the area clicked on the map (plotly selection points carry the
    area code as `location`); None if nothing usable was clicked."""
    for point in points or []:
        code = point.get("location") if isinstance(point, Mapping) else None
        if code is None:
            continue
        rows = areas[(areas["area_level"] == level) & (areas["area_code"] == str(code))]
        if not rows.empty:
            return str(rows["stadtbezirk_code"].iloc[0])
    return None


def profile_table(indicators: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The profile's indicator rows as a text table with localised headers."""
    return pd.DataFrame({
        t("map_col_indicator", lang): indicators["indicator"],
        t("map_col_where", lang): indicators["where"],
        t("map_col_year", lang): indicators["year"].astype(str),
        t("map_col_value", lang): indicators["value"],
        t("map_col_source", lang): indicators["source"],
        t("map_col_note", lang): [t("demo_badge", lang) if d else "" for d in indicators["is_demo"]],
    })
