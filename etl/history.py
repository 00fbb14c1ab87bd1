"""Status history: every promise's city-wide status on each day it may have changed.

Input: the register's goals, all observations (every revision, with known_since), the evidence
frame (etl.implementation.evidence_frame), catalogs, planned paths, the session dates and the
build's as-of date. Output: HISTORY_COLUMNS, one row per goal and change day from history_start() (or
from the day its document was published, if later: before that the goal was not known) to the
as-of date (indicators.asof.change_points); a row holds from `valid_from` until the
goal's next row. So the status on any day D in that range is the goal's last row with
valid_from <= D (dashboard.queries.asof), computed by the same rules as target_status.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from etl.areas import CITY_CODE
from etl.commitments import promises
from etl.status import planned_paths, rule_target
from indicators.asof import KnownEvidence, Version, change_points, last_day, status_as_of
from indicators.model import MILESTONE

HISTORY_YEARS = 8  # the history starts on 1 January eight years before the as-of year
HISTORY_COLUMNS = [
    "target_id", "valid_from", "status", "rule", "latest_year", "latest_value", "progress",
    "expected_value", "stale", "uses_demo", "reason_de", "reason_en", "inputs_json",
    "implementation", "implementation_rule",
]


def history_start(as_of: dt.date) -> dt.date:
    """The first day the history covers."""
    return dt.date(as_of.year - HISTORY_YEARS, 1, 1)


def versions_by_indicator(obs: pd.DataFrame, used: set) -> dict[str, list[Version]]:
    """Every city-wide revision of the used indicators as Versions, by indicator id."""
    city = obs[(obs["area_level"] == "city") & (obs["area_code"] == CITY_CODE) & obs["indicator_id"].isin(used)]
    out: dict[str, list[Version]] = {}
    for row in city.itertuples(index=False):
        out.setdefault(row.indicator_id, []).append(Version(
            int(row.year), float(row.value), int(row.revision), _day(row.known_since), bool(row.is_demo)))
    return out


def evidence_by_goal(evidence: pd.DataFrame) -> dict[str, list[KnownEvidence]]:
    """The evidence entries as KnownEvidence, by goal id."""
    out: dict[str, list[KnownEvidence]] = {}
    for row in evidence.itertuples(index=False):
        out.setdefault(row.target_id, []).append(
            KnownEvidence(_day(row.known_from), row.stage, _day(row.known_since)))
    return out


def goal_known_since(goal: dict, sources: dict) -> dt.date | None:
    """The day a goal became known: the publication date of the document of its first citation
    (the last day that date allows); None when the catalog gives no date."""
    citations = goal.get("citations") or [{}]
    return last_day(sources.get(citations[0].get("document"), {}).get("published"))


def _day(value) -> dt.date:
    return value.date() if isinstance(value, (pd.Timestamp, dt.datetime)) else value


def compute_history(goals: list[dict], obs: pd.DataFrame, evidence: pd.DataFrame, units: dict,
                    as_of: dt.date, paths: pd.DataFrame | None = None, sources: dict | None = None,
                    sessions: list[dt.date] = ()) -> pd.DataFrame:
    """The status history of every promise (city-wide), HISTORY_COLUMNS."""
    goals = promises(goals)
    series = versions_by_indicator(obs, {g.get("indicator") for g in goals if g.get("indicator")})
    known = evidence_by_goal(evidence)
    plans = planned_paths(paths, sources)
    rows = []
    for goal in goals:
        first = max(history_start(as_of), goal_known_since(goal, sources or {}) or dt.date.min)
        versions = series.get(goal.get("indicator"), [])
        entries = known.get(goal["id"], [])
        with_impl = goal["kind"] == MILESTONE or bool(entries)
        target = rule_target(goal, units, 1.0, plans.get(goal.get("indicator"), ((), "")))
        for day in change_points(versions, entries, first, as_of, sessions):
            result = status_as_of(target, versions, day, entries if with_impl else None, goal.get("deadline"))
            rows.append(_row(goal["id"], result))
    return pd.DataFrame(rows, columns=HISTORY_COLUMNS)


def _row(target_id: str, result) -> dict:
    a, impl = result.assessment, result.implementation
    return dict(target_id=target_id, valid_from=result.day, status=a.status, rule=a.rule,
                latest_year=a.latest_year, latest_value=a.latest_value, progress=a.progress,
                expected_value=a.expected_value, stale=a.stale, uses_demo=result.uses_demo,
                reason_de=a.reason_de, reason_en=a.reason_en,
                inputs_json=a.inputs.to_json(),
                implementation=None if impl is None else impl.status,
                implementation_rule=None if impl is None else impl.rule)
