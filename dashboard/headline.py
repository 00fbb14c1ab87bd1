"""Which status a goal shows, and what a headline may count: the one rule for deliverables with
evidence, for demo data and for goals that share a series.

A headline is every place that counts or colours statuses for the public: the overview's tiles
and its "needs attention" lists, the kiosk title slide and the district status maps. The goal
page, the report and the downloads show the same status (headline_status). The rules, all here
and nowhere else:

0. One status per goal: a verdict on real values from the goal's own period (erreicht … verfehlt)
   stands; otherwise a goal the indicators cannot judge – a deliverable (kind milestone) or a goal
   without a measured series – shows what its dated evidence supports (column `implementation`,
   indicators.evidence: umgesetzt … Umsetzung nicht belegt, with the stated or term-end deadline).
   A numeric goal whose series has real values keeps „noch nicht bewertbar“: evidence about it is
   shown on its page, but numbers decide it; one whose series has no real value at all shows its
   evidence status.

1. A status that rests on generated Beispieldaten (status row `uses_demo` true) never counts:
   for a headline the goal has no real data, so it counts as "keine Daten" (NO_DATA) and colours
   nothing. A headline is therefore the same with and without demo mode.
2. Goals judged on the same series (same indicator and same area scope, e.g. three
   climate-neutrality statements on the city's CO₂ total) are one group and count once, under the
   most urgent headline status of the group (STATUS_ORDER: verfehlt before nicht auf Kurs ...).

Pure: plain mappings and pandas frames in, plain values out. No Streamlit, no database.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.style import STATUS_ORDER
from indicators.evidence import IMPLEMENTATION_STATUSES
from indicators.model import ACHIEVED, AT_RISK, MILESTONE, MISSED, NO_DATA, OFF_TRACK, ON_TRACK

VERDICTS = frozenset({ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, MISSED})


def is_true(value) -> bool:
    """A boolean cell that may be missing (None, NaN, pd.NA count as False)."""
    if value is None or value is pd.NA:
        return False
    try:
        return bool(value) and not pd.isna(value)
    except (TypeError, ValueError):
        return bool(value)


def counts_in_headline(status_row: Mapping) -> bool:
    """True when this status row's status may be counted in a headline or colour a map: it does
    not rest on Beispieldaten (`uses_demo` false or missing)."""
    return not is_true(status_row.get("uses_demo"))


def judged_by_evidence(goal: Mapping) -> bool:
    """True when the goal's evidence status (column `implementation`) is the status it shows,
    unless a real verdict stands: it has one, and no series can judge the goal – it is a
    deliverable (kind milestone), has no indicator, or its series has no real value at all
    (status keine Daten, or only Beispieldaten)."""
    if goal.get("implementation") not in IMPLEMENTATION_STATUSES:
        return False
    indicator = goal.get("indicator_id")
    return (goal.get("kind") == MILESTONE or not (isinstance(indicator, str) and indicator)
            or goal.get("status") == NO_DATA or not counts_in_headline(goal))


def headline_status(status_row: Mapping) -> str:
    """THE status a goal shows everywhere (cards, lists, tiles, goal page, district profile,
    report, downloads). In: a row with status, uses_demo and, for a promise with an evidence
    status, implementation, kind and indicator_id. Out, by rule 0 and 1 of this module:
    a real verdict (status in VERDICTS, not on Beispieldaten); else the evidence status when
    judged_by_evidence; else its own status, or NO_DATA when that rests on Beispieldaten."""
    status = str(status_row.get("status"))
    real = counts_in_headline(status_row)
    if real and status in VERDICTS:
        return status
    if judged_by_evidence(status_row):
        return str(status_row["implementation"])
    return status if real else NO_DATA


def page_status(status_row: Mapping) -> str:
    """The status the goal page's title shows: headline_status, except that a status resting on
    Beispieldaten is shown as it is (the page labels it and says it does not count) where the
    headline would say keine Daten."""
    shown = headline_status(status_row)
    return str(status_row.get("status")) if shown == NO_DATA and not counts_in_headline(status_row) else shown


def headline_statuses(rows: pd.DataFrame) -> pd.Series:
    """headline_status of every row of a frame (columns status, uses_demo), same index."""
    if rows.empty:
        return pd.Series([], index=rows.index, dtype=object)
    return pd.Series([headline_status(row) for row in rows.to_dict("records")], index=rows.index,
                     dtype=object)


def series_key(goal: Mapping) -> tuple[str, str] | None:
    """The series a goal is judged on: (indicator id, area level); None without an indicator."""
    indicator = goal.get("indicator_id")
    if not isinstance(indicator, str) or not indicator:
        return None
    level = goal.get("area_level")
    return indicator, level if isinstance(level, str) and level else "city"


def series_groups(goals: pd.DataFrame) -> dict[tuple[str, str], tuple[str, ...]]:
    """Goals judged on the same series: {(indicator id, area level): target ids in row order}
    for every series that two or more of the given goals share. Goals without an indicator
    never group."""
    members: dict[tuple[str, str], list[str]] = {}
    for goal in goals.to_dict("records"):
        key = series_key(goal)
        if key is not None:
            members.setdefault(key, []).append(str(goal["target_id"]))
    return {key: tuple(ids) for key, ids in members.items() if len(ids) > 1}


def most_urgent(statuses) -> str:
    """The first of the given statuses in STATUS_ORDER (verfehlt, nicht auf Kurs, …, keine Daten)."""
    return min(statuses, key=lambda s: STATUS_ORDER.get(s, len(STATUS_ORDER)))


def series_labels(goals: pd.DataFrame) -> pd.Series:
    """Per goal row: "<indicator>|<area level>" when it belongs to a series group of these
    goals (series_groups), else "" (same index)."""
    label = {tid: "|".join(key) for key, ids in series_groups(goals).items() for tid in ids}
    return pd.Series([label.get(str(tid), "") for tid in goals["target_id"]], index=goals.index,
                     dtype=object)


def counted_statuses(goals: pd.DataFrame) -> pd.Series:
    """Per goal row, the status it is counted, filtered and listed under in a headline: its
    headline_status, or for a member of a series group the group's most urgent headline status
    (so the three climate goals on one CO₂ series stand together). Same index."""
    own = dict(zip(goals["target_id"].astype(str), headline_statuses(goals)))
    counted = dict(own)
    for ids in series_groups(goals).values():
        group_status = most_urgent(own[tid] for tid in ids)
        counted.update(dict.fromkeys(ids, group_status))
    return pd.Series([counted[str(tid)] for tid in goals["target_id"]], index=goals.index, dtype=object)


def headline_counts(goals: pd.DataFrame) -> dict[str, int]:
    """Headline count per status (indicator and implementation statuses), every status present
    (0 if none), in STATUS_ORDER.

    In: goal rows with target_id, status, uses_demo, indicator_id, area_level. Each goal counts
    once under its counted status (counted_statuses); a series group of these goals counts once.
    A status not in STATUS_ORDER (broken data) is not counted."""
    counts = dict.fromkeys(sorted(STATUS_ORDER, key=STATUS_ORDER.get), 0)
    if goals.empty:
        return counts
    labels = series_labels(goals)
    unit = ["series:" + label if label else "goal:" + str(tid) for label, tid in zip(labels, goals["target_id"])]
    units = pd.DataFrame({"unit": unit, "status": counted_statuses(goals)}).drop_duplicates("unit")
    for status in units["status"]:
        if status in counts:
            counts[status] += 1
    return counts


def counted_units(goals: pd.DataFrame) -> int:
    """How many things headline_counts counts: goals, with each series group as one."""
    grouped = series_groups(goals)
    return len(goals) - sum(len(ids) - 1 for ids in grouped.values())
