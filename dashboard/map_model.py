"""Pure view model of the Stadtbezirke (map) page: no Streamlit, no database.

In: plain DataFrames from dashboard.queries.geo (areas, indicator catalog and coverage,
values, goal status rows) and the URL parameters. Out: the resolved view state and the rows the
map shows (normalised and formatted); its tables and the district profile: dashboard.map_tables.

View state in the URL: level, indicator, year, mode (value, per_km2, per_1000, status),
district (Stadtbezirk: number, name or name without umlauts) and goal (status mode).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from dashboard.i18n import t
from dashboard.obs_notes import note_column
from etl.areas import name_key, resolve_area
from indicators.fmt import MISSING, format_number, format_quantity, unit_from_row

LEVELS = ("stadtbezirk", "statistischer_bezirk", "unterbezirk")
MODES = ("value", "per_km2", "per_1000", "status")
# The map opens on the first of these that has values: goal-related district series first
# (the road offensive's started districts, the register population), then the age data.
DEFAULT_INDICATORS = ("road_offensive_district_started", "population_register", "persons_18_25")
LEVEL_ALIASES = {  # name_key of what a link may say -> level
    **dict.fromkeys(("stadtbezirk", "stadtbezirke", "stb", "12"), "stadtbezirk"),
    **dict.fromkeys(("statistischerbezirk", "statistischebezirke", "sb", "62"),
                    "statistischer_bezirk"),
    **dict.fromkeys(("unterbezirk", "unterbezirke", "ub", "170"), "unterbezirk"),
}
NO_NORMALISING_UNITS = {"districts", "percent", "per_1000", "years"}
# A series counted in Stadtbezirke, shown per Stadtbezirk, is 0 or 1 there: a yes/no answer.
YES_NO_UNITS = frozenset({"districts"})


@dataclass
class ViewState:
    """What the map shows. district is a Stadtbezirk code ('1'–'12') or None."""

    level: str = "stadtbezirk"
    indicator: str = DEFAULT_INDICATORS[0]
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
    ('Hoerde', 'hoerde'); None for empty text. Raises etl.areas.UnknownArea (a LookupError) for an
    unknown district: the one lookup of etl.areas.resolve_area."""
    if text is None or not str(text).strip():
        return None
    return resolve_area(areas, "stadtbezirk", str(text))


def resolve_view(params: Mapping[str, str], coverage: pd.DataFrame, catalog: pd.DataFrame,
                 areas: pd.DataFrame, goals: pd.DataFrame,
                 population_levels: set[str] | None = None) -> ViewState:
    """Turn URL parameters into a valid view state; anything invalid falls back to a default
    and adds a note key (unknown_indicator, level_fallback, year_fallback, mode_fallback,
    unknown_district, unknown_goal_map)."""
    state = ViewState()
    notes = state.notes
    options = map_indicators(coverage, catalog)
    default = next((i for i in DEFAULT_INDICATORS if i in options), (options or [""])[0])
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
    unit = unit_from_row(meta)
    if mode == "value":
        return format_quantity(value, unit, lang, short=True)
    symbol = unit.symbol_en if lang == "en" else unit.symbol_de
    number = format_number(value, lang, max(unit.decimals, 1))
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
    rows["source_detail"] = note_column(rows, lang)  # the note in the page's language
    keep = ["area_code", "name", "value", "shown", "label", "raw_label", "is_demo", "source",
            "source_detail", "area_km2"]
    return rows[keep].reset_index(drop=True)


def yes_no_legend(rows: pd.DataFrame, meta: Mapping, mode: str, lang: str) -> dict[float, str] | None:
    """{1.0: 'ja', 0.0: 'nein'} (English: yes/no) when the map shows a yes/no series: plain values
    of an indicator counted in Stadtbezirke (YES_NO_UNITS), every shown value 0 or 1 (e.g. road
    offensive works started in the district). None otherwise: the map keeps its colour bar.
    rows: map_rows output (column shown)."""
    shown = set(rows["shown"].dropna().astype(float))
    if mode != "value" or meta.get("unit_id") not in YES_NO_UNITS or not shown or not shown <= {0.0, 1.0}:
        return None
    return {1.0: t("map_yes", lang), 0.0: t("map_no", lang)}


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
