"""Target status: apply the pure rules in indicators/ to every target and area.

Input: targets (register goals), current observations, indicators and units catalogs, areas,
the as-of date, and optionally the planned paths (Soll-Pfade) with the sources catalog. Output:
one row per target and area (the city, plus each Stadtbezirk for goals whose target applies to
every Stadtbezirk), columns STATUS_COLUMNS. `uses_demo` is True exactly when a demo value lies in
a year whose value decided the status (Assessment.decided_by_years); the starting point
(Assessment.start_point_year/start_point_value, the latest value before the goal's start) is
written as typed columns of its own, for the pages to join on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd

from etl.areas import CITY_CODE
from etl.commitments import promises
from indicators import assess
from indicators.model import Assessment, Observation, Target
from indicators.targets import target_from_row

STATUS_COLUMNS = [
    "target_id", "area_level", "area_code", "as_of", "status", "rule", "latest_year",
    "latest_value", "expected_value", "progress", "required_pace", "pace_de", "pace_en",
    "forecast_value", "forecast_year", "stale", "uses_demo", "reason_de", "reason_en", "inputs_json",
    "start_point_year", "start_point_value",
]


def rule_target(goal: dict, units: dict, share: float = 1.0,
                path: tuple[tuple[tuple[int, float], ...], str] = ((), "")) -> Target:
    """The register goal as the rules' Target, through the one row conversion
    (indicators.targets.target_from_row); `share` scales the value for one sub-area; `path` is
    the indicator's planned path and its source title (see planned_paths)."""
    unit = units.get(goal.get("unit") or "", {})
    row = {"kind": goal["kind"], "target_value": goal.get("target_value"), "direction": goal.get("direction"),
           "start_year": goal["start"], "deadline_year": goal.get("deadline"),
           "baseline_value": goal.get("baseline_value"), "baseline_year": goal.get("baseline_year"),
           "unit_id": goal.get("unit") or "", "decimals": unit.get("decimals", 0),
           **{f"unit_{word}": unit.get(word, "") for word in ("label_de", "label_en", "singular_de", "singular_en")}}
    return dataclasses.replace(target_from_row(row, share), planned_path=path[0], planned_path_source=path[1])


def planned_paths(paths: pd.DataFrame | None, sources: dict | None) -> dict[str, tuple]:
    """{indicator_id: (((year, value), ...) sorted by year, source title)} from the planned_paths
    frame (indicator_id, year, value, source_id); {} without paths."""
    if paths is None or paths.empty:
        return {}
    out = {}
    for indicator, grp in paths.sort_values("year").groupby("indicator_id"):
        source = grp["source_id"].iloc[-1]
        title = (sources or {}).get(source, {}).get("title", source).split(" (")[0]  # without hosting note
        out[indicator] = (tuple((int(y), float(v)) for y, v in zip(grp["year"], grp["value"])), title)
    return out


def yearly(obs: pd.DataFrame, measure: str) -> list[Observation]:
    """One value per year: the sum of a flow's periods, or the last value of a stock or rate."""
    if obs.empty:
        return []
    if measure == "flow":
        per_year = obs.groupby("year")["value"].sum()
    else:
        per_year = obs.groupby("year")["value"].last()
    return [Observation(int(y), float(v)) for y, v in per_year.items()]


def compute_status(goals: list[dict], obs: pd.DataFrame, indicators: dict, units: dict,
                   areas: pd.DataFrame, as_of: dt.date, paths: pd.DataFrame | None = None,
                   sources: dict | None = None) -> pd.DataFrame:
    """Assess every goal for the city and, where its target applies per Stadtbezirk, per district.

    Only promises are assessed: an entry of another nature (past fact, demand on Land or Bund,
    superseded plan, idea) gets no status row at all. A goal whose indicator has a planned path
    gets it for the city-wide assessment only (the path is a city-wide figure)."""
    goals = promises(goals)
    # Only the series a goal can use (its indicator, city or Stadtbezirk): grouping every
    # series of a large build would cost minutes and gigabytes for nothing.
    used_ids = {g.get("indicator") for g in goals if g.get("indicator")}
    current = obs[obs["is_current"] & obs["indicator_id"].isin(used_ids)
                  & obs["area_level"].isin(["city", "stadtbezirk"])]
    by_key = {key: grp for key, grp in current.groupby(["indicator_id", "area_level", "area_code"])}
    districts = district_codes(areas)
    plans = planned_paths(paths, sources)
    rows = []
    for goal in goals:
        measure = indicators.get(goal.get("indicator") or "", {}).get("measure", "stock")
        for level, code, share in scopes(goal.get("area_level"), districts):
            used = by_key.get((goal.get("indicator"), level, code), current.iloc[0:0])
            path = plans.get(goal.get("indicator"), ((), "")) if level == "city" else ((), "")
            result = assess(rule_target(goal, units, share, path), yearly(used, measure), as_of)
            rows.append(_row(goal["id"], level, code, as_of, result, decided_by_demo(result, used)))
    return pd.DataFrame(rows, columns=STATUS_COLUMNS)


def district_codes(areas: pd.DataFrame) -> list[str]:
    """The Stadtbezirk codes of the areas table (etl.areas), in numeric order."""
    return sorted(areas.loc[areas["area_level"] == "stadtbezirk", "area_code"].astype(str), key=int)


def scopes(area_level: str | None, districts: list[str]) -> list[tuple[str, str, float]]:
    """Where a goal is assessed: [(area level, area code, share of the target)]. Always the city
    (share 1); where the target applies per Stadtbezirk (`area_level` 'stadtbezirk') also each of
    `districts` (district_codes) with an equal share. The build and the upload preview both ask here."""
    city = [("city", CITY_CODE, 1.0)]
    if area_level != "stadtbezirk" or not districts:
        return city
    return city + [("stadtbezirk", code, 1.0 / len(districts)) for code in districts]


def decided_by_demo(result: Assessment, used: pd.DataFrame) -> bool:
    """True when a demo value lies in a year whose value decided the status (never for
    no_data / not_assessable, which no value decides). used: the series' observation rows."""
    if not result.decided_by_years or used.empty:
        return False
    demo_years = set(used.loc[used["is_demo"].astype(bool), "year"].astype(int))
    return bool(demo_years & set(result.decided_by_years))


def _row(target_id: str, level: str, code: str, as_of: dt.date, a: Assessment, demo: bool) -> dict:
    return dict(
        target_id=target_id, area_level=level, area_code=code, as_of=as_of, status=a.status,
        rule=a.rule, latest_year=a.latest_year, latest_value=a.latest_value,
        expected_value=a.expected_value, progress=a.progress, required_pace=a.required_pace,
        pace_de=a.pace_de, pace_en=a.pace_en, forecast_value=a.forecast_value,
        forecast_year=a.forecast_year, stale=a.stale, uses_demo=demo, reason_de=a.reason_de,
        reason_en=a.reason_en, inputs_json=a.inputs.to_json(),
        start_point_year=a.start_point_year, start_point_value=a.start_point_value,
    )
