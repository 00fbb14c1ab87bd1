"""Rules for flow targets: annual flows, cumulative sums and budgets.

Each function takes a Case (target, observations up to the as-of year sorted by
year, at least one; as-of year) and returns an Assessment. See docs/method.md.
"""

from __future__ import annotations

from indicators.common import (
    FLOW_FORECAST_WINDOW,
    SUM_FORECAST_WINDOW,
    Case,
    mean,
    meets,
    relative_gap,
    rounded,
    shortfall,
    status_from_gap,
)
from indicators.model import ACHIEVED, INCREASE, MISSED, NOT_ASSESSABLE, OFF_TRACK, Assessment
from indicators.sentences import both, gap_tail, mid_sentence, num, pace_per_year, pct, qty, span
from indicators.sums import first_open_year, running_totals, sum_end_year
from texts import t


def assess_annual_flow(case: Case) -> Assessment:
    """Annual flow: the latest year's value against the yearly target.

    In: a Case with at least one observation, all inside the goal's period. Out:
    on_track/at_risk/off_track while the target runs (never achieved: the target applies
    anew each year), decided by the latest year alone; once the deadline has passed,
    achieved or missed by the mean over the period's years.
    """
    target, last = case.target, case.latest
    goal = target.target_value
    short = shortfall(last.value, goal, target.direction)
    gap = relative_gap(short, goal)
    recent = case.obs[-FLOW_FORECAST_WINDOW:]
    fields = {
        "latest_year": last.year,
        "latest_value": last.value,
        "progress": last.value / goal if goal != 0 else None,
        "expected_value": goal,
        "forecast_value": mean(o.value for o in recent),
        "forecast_year": last.year + 1,
    }
    inputs = {"latest_year": last.year, "latest_value": last.value, "target": goal, "gap": gap,
              "forecast_years": [o.year for o in recent]}
    if case.deadline_passed:
        return _annual_flow_after_deadline(case, fields, inputs)
    status = status_from_gap(short, gap)
    de, en = _annual_flow_sentences(case, short, gap)
    return Assessment(
        status=status,
        rule="annual_flow_latest_vs_target",
        reason_de=de,
        reason_en=en,
        decided_by_years=(last.year,),
        required_pace=goal,
        pace_de=_flow_pace(case, "de"),
        pace_en=_flow_pace(case, "en"),
        inputs=inputs,
        **fields,
    )


def _flow_pace(case: Case, lang: str) -> str:
    """'mindestens 2.000 Wohnungen pro Jahr ab jetzt' (or 'höchstens ...' for decrease)."""
    target = case.target
    key = "rule_flow_pace_increase" if target.direction == INCREASE else "rule_flow_pace_decrease"
    return t(key, lang, amount=pace_per_year(target.target_value, target, None, lang))


def _annual_flow_sentences(case: Case, short: float, gap: float | None) -> tuple[str, str]:
    """Reason sentences for a running annual flow target (German, English)."""
    target, last = case.target, case.latest
    goal, way = target.target_value, "increase" if target.direction == INCREASE else "decrease"

    def sentence(lang: str) -> str:
        head = t(f"rule_flow_head_{way}", lang, year=last.year, value=qty(last.value, target, lang))
        if short <= 0:
            tail = t("rule_flow_met", lang)
        elif gap is None:
            tail = t("rule_flow_not_met", lang)
        else:
            tail = gap_tail(gap, target.direction, lang)
        if goal == 0:
            return t("rule_flow_zero_goal", lang, head=head, goal=num(goal, target, lang), tail=tail)
        return t("rule_flow_share", lang, head=head, share=pct(last.value / goal, lang),
                 noun=t(f"rule_flow_goal_{way}", lang), goal=num(goal, target, lang), tail=tail)
    return both(sentence)


def _annual_flow_after_deadline(case: Case, fields: dict, inputs: dict) -> Assessment:
    """Deadline passed: achieved iff the mean over the period's years meets the yearly target,
    else missed (case.obs holds only years start..deadline)."""
    target, period = case.target, case.obs
    period_mean = mean(o.value for o in period)
    met = meets(period_mean, target.target_value, target.direction)
    inputs = {**inputs, "period_years": [o.year for o in period], "period_mean": rounded(period_mean)}
    de, en = both(lambda lang: t(
        "rule_flow_after_deadline", lang, deadline=target.deadline_year,
        years=span(target.start_year, target.deadline_year), value=qty(period_mean, target, lang),
        goal=num(target.target_value, target, lang),
        verdict=t("rule_flow_period_met" if met else "rule_flow_period_missed", lang)))
    return Assessment(status=ACHIEVED if met else MISSED, rule="annual_flow_period_mean", reason_de=de,
                      reason_en=en, decided_by_years=tuple(o.year for o in period), inputs=inputs, **fields)


def assess_sum(case: Case) -> Assessment:
    """Cumulative target or budget: the sum of yearly flows from start_year against the target.

    In: a Case with at least one observation, all inside the goal's period (start_year..
    deadline, ..as-of year without deadline). Out: achieved once the sum reaches the target;
    without deadline otherwise not_assessable (progress shown, not assessed); after the
    deadline missed; else the sum against the straight-line share of the target expected
    through the latest reported year.
    """
    target, window = case.target, list(case.obs)
    counted = running_totals(((o.year, o.value) for o in window), target.start_year,
                             sum_end_year(target.deadline_year, case.year))
    total, last = counted[-1][1], window[-1]
    fields = {
        "latest_year": last.year,
        "latest_value": last.value,
        "progress": total / target.target_value if target.target_value != 0 else None,
        "decided_by_years": tuple(o.year for o in window),
    }
    inputs = {"counted_years": [o.year for o in window], "sum": total, "target": target.target_value}
    over = _sum_settled(case, total, last.year)
    if over is not None:
        status, rule, de, en = over
        return Assessment(status, f"{target.kind}_{rule}", de, en, inputs=inputs, **fields)
    return _sum_running(case, window, total, fields, inputs)


def _sum_head(case: Case, total: float, last_year: int, lang: str) -> str:
    """'Summe 2024–2025: 12,5 Mio. €, 50 % des Ziels von 25 Mio. €' (no full stop)."""
    target = case.target
    way = "increase" if target.direction == INCREASE else "decrease"
    values = {"years": span(target.start_year, last_year), "total": qty(total, target, lang),
              "goal": num(target.target_value, target, lang)}
    if target.target_value == 0:
        return t(f"rule_sum_head_zero_{way}", lang, **values)
    return t(f"rule_sum_head_{way}", lang, share=pct(total / target.target_value, lang), **values)


def _sum_settled(case: Case, total: float, last_year: int) -> tuple[str, str, str, str] | None:
    """Status, rule suffix and sentences when no pace comparison is needed, else None.

    Covers: target reached (increase), limit exceeded (decrease), no deadline, deadline
    passed. last_year: the latest year counted in the sum.
    """
    target = case.target
    increase = target.direction == INCREASE

    def said(key: str, **values) -> tuple[str, str]:
        return both(lambda lang: t(key, lang, head=_sum_head(case, total, last_year, lang), **values))
    if increase and total >= target.target_value:
        return ACHIEVED, "sum_met", *said("rule_sum_met")
    if not increase and total > target.target_value:
        return (MISSED if case.deadline_passed else OFF_TRACK), "sum_over_limit", *said("rule_sum_over_limit")
    if target.deadline_year is None:
        return NOT_ASSESSABLE, "sum_no_deadline", *both(lambda lang: t(
            "rule_sum_no_deadline", lang, head=_sum_head(case, total, last_year, lang),
            tail=t("rule_no_deadline_tail", lang)))
    if case.deadline_passed:
        verdict = "rule_sum_missed" if increase else "rule_sum_limit_kept"
        return (MISSED if increase else ACHIEVED), "sum_after_deadline", *both(lambda lang: t(
            "rule_sum_after_deadline", lang, deadline=target.deadline_year, verdict=t(verdict, lang),
            head=mid_sentence(_sum_head(case, total, last_year, lang), lang)))
    return None


def _sum_running(case: Case, window: list, total: float, fields: dict, inputs: dict) -> Assessment:
    """Running target with deadline: the sum against the target's time share so far."""
    target, last = case.target, window[-1]
    deadline, goal = target.deadline_year, target.target_value
    elapsed = (min(last.year, deadline) - target.start_year + 1) / (deadline - target.start_year + 1)
    expected = goal * elapsed
    short = shortfall(total, expected, target.direction)
    gap = relative_gap(short, expected)
    years_left = max(1, deadline - first_open_year(case.year, last.year, target.start_year) + 1)
    required = (goal - total) / years_left
    recent = window[-SUM_FORECAST_WINDOW:]
    inputs = {**inputs, "elapsed_share": rounded(elapsed), "expected_to_date": rounded(expected), "gap": gap,
              "years_left": years_left, "forecast_years": [o.year for o in recent]}
    de, en = both(lambda lang: t(
        "rule_sum_running", lang, head=_sum_head(case, total, last.year, lang), year=last.year,
        expected=num(expected, target, lang), tail=_sum_tail(short, gap, target.direction, lang)))
    pace = "rule_sum_pace_increase" if target.direction == INCREASE else "rule_sum_pace_decrease"
    pace_de, pace_en = both(lambda lang: t(pace, lang, pace=pace_per_year(required, target, deadline, lang)))
    return Assessment(
        status=status_from_gap(short, gap), rule=f"{target.kind}_sum_vs_time_share", reason_de=de,
        reason_en=en, expected_value=expected, required_pace=required, pace_de=pace_de, pace_en=pace_en,
        forecast_value=total + mean(o.value for o in recent) * (deadline - last.year), forecast_year=deadline,
        inputs=inputs, **fields,
    )


def _sum_tail(short: float, gap: float | None, direction: str, lang: str) -> str:
    """'im Plan', 'über dem Plan' (a limit of 0 passed) or the gap's band and side."""
    if short <= 0:
        return t("rule_on_schedule", lang)
    if gap is None:
        return t("rule_sum_above_plan", lang)
    return gap_tail(gap, direction, lang)
