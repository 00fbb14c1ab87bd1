"""The goal page's what-if pace („Wenn ab jetzt jährlich N …“): whether to offer it, the
input's label and default, and the sentence for an entered pace.

Pure: takes the cleaned goal detail (goal_model.clean_detail) and target_observations; the
numbers come from indicators.whatif.what_if, the rule pieces of the status. Only current,
real observations feed it — Beispieldaten never do.
"""

from __future__ import annotations

import math

import pandas as pd

from dashboard.goal_model import current_rows
from dashboard.i18n import t
from indicators.model import ACHIEVED, ANNUAL_FLOW, INCREASE, LEVEL_BY_DEADLINE, Observation, Target
from indicators.sentences import qty, signed, span
from indicators.targets import target_from_row
from indicators.whatif import WhatIf, what_if


def real_observations(obs: pd.DataFrame) -> tuple[Observation, ...]:
    """The current, non-demo values as the rules' Observations (demo rows dropped)."""
    rows = current_rows(obs) if not obs.empty else obs
    if rows.empty:
        return ()
    rows = rows[~rows["is_demo"].fillna(False).astype(bool)]
    return tuple(Observation(int(r.year), float(r.value)) for r in rows.itertuples())


def _run(detail: dict, obs: pd.DataFrame, per_year: float) -> tuple[Target, WhatIf | None]:
    """The goal's Target and what_if at per_year on its real values as of the status date."""
    target = target_from_row(detail)
    as_of, real = detail.get("as_of"), real_observations(obs)
    if target.target_value is None or as_of is None or not real:
        return target, None  # without any real value a path would silently assume a past of zeros
    return target, what_if(target, real, pd.Timestamp(as_of).year, per_year)


def _more_is_better(target: Target) -> bool:
    """True when a larger entered pace brings the goal closer (all but limits on amounts)."""
    return target.kind == LEVEL_BY_DEADLINE or target.direction == INCREASE


def _label(target: Target, year: int, detail: dict, lang: str) -> str:
    """The input's label by kind and direction, with the unit."""
    unit = detail.get(f"symbol_{lang}") or detail.get(f"unit_label_{lang}") or ""
    if target.kind == LEVEL_BY_DEADLINE:
        key = "whatif_label_rise" if target.direction == INCREASE else "whatif_label_fall"
    else:
        key = "whatif_label_add" if target.direction == INCREASE else "whatif_label_arise"
    return t(key, lang, year=year, unit=unit)


def offer(detail: dict, obs: pd.DataFrame, lang: str) -> dict | None:
    """{"label", "default", "step", "decimals"} for the input, or None where no pace is left to
    assume (no numeric target or deadline, deadline reached, milestone, target already achieved)
    or nothing real to start from (no value, or only Beispieldaten).

    default: the pace that just meets the target (what_if is linear in the pace, so it is found
    from the results at 0 and 1), rounded to the unit's decimals towards meeting it, never < 0."""
    target, zero = _run(detail, obs, 0.0)
    if zero is None or detail.get("status") == ACHIEVED:
        return None
    _, one = _run(detail, obs, 1.0)
    slope = one.end_value - zero.end_value
    needed = (target.target_value - zero.end_value) / slope if slope else 0.0
    decimals = int(detail.get("decimals") or 0)
    factor = 10 ** decimals
    rounding = math.ceil if _more_is_better(target) else math.floor
    default = max(0.0, rounding(round(needed * factor, 6)) / factor)
    return {"label": _label(target, zero.from_year, detail, lang), "decimals": decimals,
            "default": int(default) if decimals == 0 else default,
            "step": 1 if decimals == 0 else 1 / factor}


def outcome(detail: dict, obs: pd.DataFrame, per_year: float, lang: str) -> dict | None:
    """For an entered pace: {"result": WhatIf, "sentence": …, "trace_name": …}; None as offer()."""
    target, result = _run(detail, obs, per_year)
    if result is None:
        return None
    deadline, pace = target.deadline_year, qty(per_year, target, lang)
    if target.kind == ANNUAL_FLOW:
        head = t("whatif_flow", lang, pace=pace, first=result.from_year, end=qty(result.end_value, target, lang),
                 span=span(target.start_year, deadline))
    elif target.kind == LEVEL_BY_DEADLINE:
        head = t("whatif_level", lang, now=result.path[0][0], start=qty(result.start_value, target, lang),
                 deadline=deadline, end=qty(result.end_value, target, lang))
    else:
        head = t("whatif_sum", lang, pace=pace, first=result.from_year, end=qty(result.end_value, target, lang),
                 span=span(target.start_year, deadline))
    goal = qty(target.target_value, target, lang)
    if target.kind == ANNUAL_FLOW:
        goal = t("whatif_per_year", lang, value=goal)
    verdict = f"whatif_{'met' if result.met else 'missed'}_{target.direction or INCREASE}"
    parts = [head, t(verdict, lang, goal=goal, deadline=deadline)]
    if result.skipped:
        parts.append(t("whatif_skipped", lang, years=span(result.skipped[0], result.skipped[-1])))
    return {"result": result, "sentence": " ".join(parts), "met": result.met,
            "trace_name": t("whatif_trace", lang, pace=_trace_pace(target, per_year, lang))}


def _trace_pace(target: Target, per_year: float, lang: str) -> str:
    """The pace in the chart's legend: the amount a year, for levels the signed change
    ("-449 Kilotonnen CO₂")."""
    if target.kind != LEVEL_BY_DEADLINE:
        return qty(per_year, target, lang)
    return signed(per_year if target.direction == INCREASE else -per_year, target, lang)
