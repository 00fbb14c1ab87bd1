"""Rules for level targets (a value to reach by a deadline).

Each function takes a Case (target, its observations inside the goal's period sorted by
year, at least one; as-of year) and returns an Assessment. See docs/method.md.
"""

from __future__ import annotations

from indicators.common import (
    Case,
    meets,
    relative_gap,
    rounded,
    shortfall,
    status_from_gap,
)
from indicators.fmt import format_number
from indicators.model import (
    ACHIEVED,
    AT_RISK,
    INCREASE,
    MISSED,
    NOT_ASSESSABLE,
    OFF_TRACK,
    ON_TRACK,
    Assessment,
    Target,
)
from indicators.sentences import gap_band, num, pct, qty, side, signed, upper_first
from indicators.trend import (
    Fit,
    carry,
    least_squares,
    path_leads_to_target,
    planned_value,
    trend_window,
    window_words,
)


def stated_baseline(target: Target) -> tuple[int, float] | None:
    """The baseline (year, value) the register or a cited source states; None if not both given.

    Never an observation picked by the code: an unstated baseline (e.g. the 1990 value of a
    series) would make progress and the expected path depend on a choice no document made.
    """
    if target.baseline_year is not None and target.baseline_value is not None:
        return target.baseline_year, target.baseline_value
    return None


def path_value(case: Case) -> float | None:
    """Where the goal should stand in the as-of year (expected_value), None if nothing says so.

    The cited planned path (Soll-Pfad) where it leads to the target and covers the year; else
    the straight line from the stated baseline to (target, deadline), the year clamped to
    baseline year..deadline; else None.
    """
    t = case.target
    if t.deadline_year is None:
        return None
    if path_leads_to_target(t):
        return planned_value(t.planned_path, min(case.year, t.deadline_year))
    base = stated_baseline(t)
    if base is None:
        return None
    base_year, base_value = base
    if base_year >= t.deadline_year:
        return t.target_value
    at = min(max(case.year, base_year), t.deadline_year)
    return base_value + (t.target_value - base_value) * (at - base_year) / (t.deadline_year - base_year)


def assess_level(case: Case) -> Assessment:
    """Level by deadline, from observations inside the goal's period only.

    In: a Case with at least one observation. Out, in this order: achieved when the latest
    value meets the target; missed after the deadline; not_assessable without deadline;
    where a cited planned path leads to the target and covers the latest year, the latest
    value against the path; not_assessable with a single value; else the least-squares
    trend of the last TREND_WINDOW values carried to the deadline (off_track when it moves
    away from the target), its miss as a share of the distance still to go.
    """
    t, last = case.target, case.latest
    window = trend_window(case.obs)
    fit = least_squares(window)
    base = stated_baseline(t)
    fields = {"latest_year": last.year, "latest_value": last.value, "progress": None,
              "expected_value": path_value(case), "decided_by_years": (last.year,)}
    inputs = {"latest_year": last.year, "latest_value": last.value, "target": t.target_value,
              "trend_years": [o.year for o in window], "slope": rounded(fit.slope) if fit else None}
    if base is not None:
        inputs |= {"baseline_year": base[0], "baseline_value": base[1]}
        if t.target_value != base[1]:
            fields["progress"] = (last.value - base[1]) / (t.target_value - base[1])
    settled = _level_settled(case, fit)
    if settled is not None:
        status, rule, de, en = settled
        return Assessment(status, rule, de, en, inputs=inputs, **fields)
    planned = planned_value(t.planned_path, last.year) if path_leads_to_target(t) else None
    if planned is not None:
        return _level_vs_path(case, fit, planned, fields, inputs)
    if fit is None:
        de = f"Nur ein Messwert seit Zielbeginn ({last.year}: {qty(last.value, t, 'de')}) – kein Trend berechenbar."
        en = f"Only one value since the start ({last.year}: {qty(last.value, t, 'en')}) – no trend can be computed."
        fields["decided_by_years"] = ()
        return Assessment(NOT_ASSESSABLE, "level_single_value", de, en, inputs=inputs, **fields)
    fields["decided_by_years"] = tuple(o.year for o in window)
    return _level_trend(case, fit, fields, inputs)


def _level_settled(case: Case, fit: Fit | None) -> tuple[str, str, str, str] | None:
    """Status, rule id and sentences when neither path nor trend is needed, else None.

    Covers: target met, deadline passed, no deadline.
    """
    t, last = case.target, case.latest
    deadline = t.deadline_year
    now_de = f"{last.year} betrug der Wert {qty(last.value, t, 'de')}"
    now_en = f"in {last.year} the value was {qty(last.value, t, 'en')}"
    goal_de, goal_en = num(t.target_value, t, "de"), num(t.target_value, t, "en")
    if meets(last.value, t.target_value, t.direction):
        return (
            ACHIEVED,
            "level_met",
            f"{now_de} – Ziel von {goal_de} erreicht.",
            f"{upper_first(now_en)} – target of {goal_en} met.",
        )
    if case.deadline_passed:
        return (
            MISSED,
            "level_after_deadline",
            f"Frist {deadline} abgelaufen: {now_de} statt {goal_de} – verfehlt.",
            f"Deadline {deadline} has passed: {now_en} instead of {goal_en} – missed.",
        )
    if deadline is None:
        return (
            NOT_ASSESSABLE,
            "level_no_deadline",
            f"{now_de}, Ziel {goal_de}; keine Frist genannt – Fortschritt gezeigt, "
            "aber nicht bewertet.",
            f"{upper_first(now_en)}, target {goal_en}; no deadline stated – progress shown "
            "but not assessed.",
        )
    return None


def pace_now(case: Case, fit: Fit | None) -> tuple[int, float, float | None]:
    """(now, estimated value now, required change per year from now to the deadline).

    now = max(as-of year, latest year); the value now comes from the trend line (the latest
    value without a trend); the required pace is None when now is the deadline or later."""
    t, last = case.target, case.latest
    now = max(case.year, last.year)
    estimate = carry(last, fit, now) if fit is not None else last.value
    left = t.deadline_year - now
    return now, estimate, ((t.target_value - estimate) / left if left > 0 else None)


def _level_vs_path(case: Case, fit: Fit | None, planned: float, fields: dict, inputs: dict) -> Assessment:
    """The latest value against the cited planned path in the same year.

    gap = shortfall from the planned value ÷ distance from the planned value to the target."""
    t, last = case.target, case.latest
    short = shortfall(last.value, planned, t.direction)
    gap = relative_gap(short, t.target_value - planned)
    if short <= 0:
        tail_de, tail_en = "im Plan", "on schedule"
    elif gap is None:
        tail_de, tail_en = "nicht im Plan", "behind plan"
    else:
        tail_de = f"{gap_band(gap, 'de')} des restlichen Wegs {side(t.direction, 'de')}"
        tail_en = f"{gap_band(gap, 'en')} of the remaining distance {side(t.direction, 'en')}"
    source = f" ({t.planned_path_source})" if t.planned_path_source else ""
    de = (f"{last.year} betrug der Wert {qty(last.value, t, 'de')}; der Soll-Pfad{source} sieht für "
          f"{last.year} {num(planned, t, 'de')} vor – {tail_de}.")
    en = (f"In {last.year} the value was {qty(last.value, t, 'en')}; the planned path{source} "
          f"foresees {num(planned, t, 'en')} for {last.year} – {tail_en}.")
    now, estimate, required = pace_now(case, fit)
    pace_de, pace_en = _level_pace(required, case)
    return Assessment(
        status_from_gap(short, gap), "level_vs_planned_path", de, en,
        required_pace=required, pace_de=pace_de, pace_en=pace_en,
        inputs={**inputs, "planned_value": rounded(planned), "gap": gap, "pace_from_year": now,
                "estimate_now": rounded(estimate), "required_pace": rounded(required)},
        **fields,
    )


def _level_trend(case: Case, fit: Fit, fields: dict, inputs: dict) -> Assessment:
    """Running level target with a least-squares trend: forecast to the deadline and compare."""
    t, last = case.target, case.latest
    forecast = carry(last, fit, t.deadline_year)
    now, estimate_now, required = pace_now(case, fit)
    distance = abs(t.target_value - last.value)  # > 0: the target is not met yet
    miss = relative_gap(max(0.0, shortfall(forecast, t.target_value, t.direction)), distance)
    toward = fit.slope > 0 if t.direction == INCREASE else fit.slope < 0
    if toward:
        # miss is >= 0 and defined (distance > 0), so it serves as shortfall and gap
        status, rule = status_from_gap(miss, miss), "level_trend_to_deadline"
    else:
        status, rule = OFF_TRACK, "level_wrong_direction"
    de, en = _trend_sentences(case, fit, forecast, miss, toward)
    pace_de, pace_en = _level_pace(required, case)
    more = {"forecast": rounded(forecast), "distance_left": rounded(distance), "miss": miss,
            "required_pace": rounded(required), "pace_from_year": now, "estimate_now": rounded(estimate_now)}
    return Assessment(status, rule, de, en, required_pace=required, pace_de=pace_de, pace_en=pace_en,
                      forecast_value=forecast, forecast_year=t.deadline_year, inputs={**inputs, **more}, **fields)


def _trend_sentences(case: Case, fit: Fit, forecast: float, miss: float, toward: bool) -> tuple[str, str]:
    """„Trend 2014–2018 (Ausgleichsgerade über 5 Werte): -11 … pro Jahr; fortgeschrieben bis 2035:
    … statt 0 – …“, or the wrong-direction / stagnation sentence (German, English)."""
    t, goal, deadline = case.target, case.target.target_value, case.target.deadline_year
    trend_de = f"Trend {window_words(fit, 'de')}: {signed(fit.slope, t, 'de')} pro Jahr"
    trend_en = f"Trend {window_words(fit, 'en')}: {signed(fit.slope, t, 'en')} a year"
    if not toward:
        if fit.slope == 0:
            de, en = f"{trend_de} – der Wert stagniert", f"{trend_en} – the value is stagnating"
        else:
            de = f"{trend_de} – der Wert entwickelt sich in die falsche Richtung"
            en = f"{trend_en} – the value is moving the wrong way"
        return f"{de} (Ziel {num(goal, t, 'de')} bis {deadline}).", f"{en} (target {num(goal, t, 'en')} by {deadline})."
    if miss <= 0:
        tail_de, tail_en = "Ziel wird in diesem Tempo erreicht", "the target is reached at this pace"
    else:
        tail_de = f"verfehlt {gap_band(miss, 'de')} des verbleibenden Wegs"
        tail_en = f"misses {gap_band(miss, 'en')} of the remaining distance"
    return (f"{trend_de}; fortgeschrieben bis {deadline}: {num(forecast, t, 'de')} statt {num(goal, t, 'de')} "
            f"– {tail_de}.",
            f"{trend_en}; carried forward to {deadline}: {num(forecast, t, 'en')} instead of {num(goal, t, 'en')} "
            f"– {tail_en}.")


def _level_pace(required: float | None, case: Case) -> tuple[str, str]:
    """'ab jetzt bis 2035 um 45 kt pro Jahr senken' / 'reduce by 45 kt a year from now until 2035';
    '' if none. The pace starts from the trend's estimate for the as-of year."""
    if required is None or required == 0:
        return "", ""
    t = case.target
    verb_de, verb_en = ("steigern", "increase") if required > 0 else ("senken", "reduce")
    amount_de, amount_en = qty(abs(required), t, "de"), qty(abs(required), t, "en")
    return (
        f"ab jetzt bis {t.deadline_year} um {amount_de} pro Jahr {verb_de}",
        f"{verb_en} by {amount_en} a year from now until {t.deadline_year}",
    )
