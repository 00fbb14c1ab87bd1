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
from indicators.model import (
    ACHIEVED,
    INCREASE,
    MISSED,
    NOT_ASSESSABLE,
    OFF_TRACK,
    Assessment,
    Target,
)
from indicators.sentences import both, gap_band, num, qty, side, signed, upper_first
from indicators.trend import (
    Fit,
    carry,
    least_squares,
    path_leads_to_target,
    planned_value,
    trend_window,
    window_words,
)
from texts import t


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
    target = case.target
    if target.deadline_year is None:
        return None
    if path_leads_to_target(target):
        return planned_value(target.planned_path, min(case.year, target.deadline_year))
    base = stated_baseline(target)
    if base is None:
        return None
    base_year, base_value = base
    if base_year >= target.deadline_year:
        return target.target_value
    at = min(max(case.year, base_year), target.deadline_year)
    return base_value + (target.target_value - base_value) * (at - base_year) / (target.deadline_year - base_year)


def assess_level(case: Case) -> Assessment:
    """Level by deadline, from observations inside the goal's period only.

    In: a Case with at least one observation. Out, in this order: achieved when the latest
    value meets the target; missed after the deadline; not_assessable without deadline;
    where a cited planned path leads to the target and covers the latest year, the latest
    value against the path; not_assessable with a single value; else the least-squares
    trend of the last TREND_WINDOW values carried to the deadline (off_track when it moves
    away from the target), its miss as a share of the distance still to go.
    """
    target, last = case.target, case.latest
    window = trend_window(case.obs)
    fit = least_squares(window)
    base = stated_baseline(target)
    fields = {"latest_year": last.year, "latest_value": last.value, "progress": None,
              "expected_value": path_value(case), "decided_by_years": (last.year,)}
    inputs = {"latest_year": last.year, "latest_value": last.value, "target": target.target_value,
              "trend_years": [o.year for o in window], "slope": rounded(fit.slope) if fit else None}
    if base is not None:
        inputs |= {"baseline_year": base[0], "baseline_value": base[1]}
        if target.target_value != base[1]:
            fields["progress"] = (last.value - base[1]) / (target.target_value - base[1])
    settled = _level_settled(case, fit)
    if settled is not None:
        status, rule, de, en = settled
        return Assessment(status, rule, de, en, inputs=inputs, **fields)
    planned = planned_value(target.planned_path, last.year) if path_leads_to_target(target) else None
    if planned is not None:
        return _level_vs_path(case, fit, planned, fields, inputs)
    if fit is None:
        de, en = both(lambda lang: t("rule_level_single", lang, year=last.year, value=qty(last.value, target, lang)))
        fields["decided_by_years"] = ()
        return Assessment(NOT_ASSESSABLE, "level_single_value", de, en, inputs=inputs, **fields)
    fields["decided_by_years"] = tuple(o.year for o in window)
    return _level_trend(case, fit, fields, inputs)


def _level_settled(case: Case, fit: Fit | None) -> tuple[str, str, str, str] | None:
    """Status, rule id and sentences when neither path nor trend is needed, else None.

    Covers: target met, deadline passed, no deadline.
    """
    target, last = case.target, case.latest

    def said(key: str) -> tuple[str, str]:
        return both(lambda lang: upper_first(t(
            key, lang, now=t("rule_level_now", lang, year=last.year, value=qty(last.value, target, lang)),
            goal=num(target.target_value, target, lang), deadline=target.deadline_year,
            tail=t("rule_no_deadline_tail", lang))))
    if meets(last.value, target.target_value, target.direction):
        return ACHIEVED, "level_met", *said("rule_level_met")
    if case.deadline_passed:
        return MISSED, "level_after_deadline", *said("rule_level_after_deadline")
    if target.deadline_year is None:
        return NOT_ASSESSABLE, "level_no_deadline", *said("rule_level_no_deadline")
    return None


def pace_now(case: Case, fit: Fit | None) -> tuple[int, float, float | None]:
    """(now, estimated value now, required change per year from now to the deadline).

    now = max(as-of year, latest year); the value now comes from the trend line (the latest
    value without a trend); the required pace is None when now is the deadline or later."""
    target, last = case.target, case.latest
    now = max(case.year, last.year)
    estimate = carry(last, fit, now) if fit is not None else last.value
    left = target.deadline_year - now
    return now, estimate, ((target.target_value - estimate) / left if left > 0 else None)


def _level_vs_path(case: Case, fit: Fit | None, planned: float, fields: dict, inputs: dict) -> Assessment:
    """The latest value against the cited planned path in the same year.

    gap = shortfall from the planned value ÷ distance from the planned value to the target."""
    target, last = case.target, case.latest
    short = shortfall(last.value, planned, target.direction)
    gap = relative_gap(short, target.target_value - planned)

    def tail(lang: str) -> str:
        if short <= 0:
            return t("rule_on_schedule", lang)
        if gap is None:
            return t("rule_level_behind_path", lang)
        return t("rule_level_path_gap", lang, band=gap_band(gap, lang), side=side(target.direction, lang))
    source = f" ({target.planned_path_source})" if target.planned_path_source else ""
    de, en = both(lambda lang: t("rule_level_vs_path", lang, year=last.year, value=qty(last.value, target, lang),
                                 source=source, planned=num(planned, target, lang), tail=tail(lang)))
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
    target, last = case.target, case.latest
    forecast = carry(last, fit, target.deadline_year)
    now, estimate_now, required = pace_now(case, fit)
    distance = abs(target.target_value - last.value)  # > 0: the target is not met yet
    miss = relative_gap(max(0.0, shortfall(forecast, target.target_value, target.direction)), distance)
    toward = fit.slope > 0 if target.direction == INCREASE else fit.slope < 0
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
                      forecast_value=forecast, forecast_year=target.deadline_year, inputs={**inputs, **more}, **fields)


def _trend_sentences(case: Case, fit: Fit, forecast: float, miss: float, toward: bool) -> tuple[str, str]:
    """„Trend 2014–2018 (Ausgleichsgerade über 5 Werte): -11 … pro Jahr; fortgeschrieben bis 2035:
    … statt 0 – …“, or the wrong-direction / stagnation sentence (German, English)."""
    target = case.target

    def sentence(lang: str) -> str:
        values = {"trend": t("rule_trend", lang, window=window_words(fit, lang), slope=signed(fit.slope, target, lang)),
                  "goal": num(target.target_value, target, lang), "deadline": target.deadline_year}
        if not toward:
            return t("rule_trend_stagnates" if fit.slope == 0 else "rule_trend_wrong_way", lang, **values)
        tail = (t("rule_trend_reached", lang) if miss <= 0
                else t("rule_trend_misses", lang, band=gap_band(miss, lang)))
        return t("rule_trend_carried", lang, forecast=num(forecast, target, lang), tail=tail, **values)
    return both(sentence)


def _level_pace(required: float | None, case: Case) -> tuple[str, str]:
    """'ab jetzt bis 2035 um 45 kt pro Jahr senken' / 'reduce by 45 kt a year from now until 2035';
    '' if none. The pace starts from the trend's estimate for the as-of year."""
    if required is None or required == 0:
        return "", ""
    target = case.target
    key = "rule_level_pace_up" if required > 0 else "rule_level_pace_down"
    return both(lambda lang: t(key, lang, deadline=target.deadline_year, amount=qty(abs(required), target, lang)))
