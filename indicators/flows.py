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
from indicators.sums import first_open_year
from indicators.sentences import gap_band, num, pace_per_year, pct, qty, side, span


def assess_annual_flow(case: Case) -> Assessment:
    """Annual flow: the latest year's value against the yearly target.

    In: a Case with at least one observation, all inside the goal's period. Out:
    on_track/at_risk/off_track while the target runs (never achieved: the target applies
    anew each year), decided by the latest year alone; once the deadline has passed,
    achieved or missed by the mean over the period's years.
    """
    t, last = case.target, case.latest
    goal = t.target_value
    short = shortfall(last.value, goal, t.direction)
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
    t = case.target
    amount = pace_per_year(t.target_value, t, None, lang)
    if lang == "de":
        bound = "mindestens" if t.direction == INCREASE else "höchstens"
        return f"{bound} {amount} ab jetzt"
    bound = "at least" if t.direction == INCREASE else "at most"
    return f"{bound} {amount} from now on"


def _annual_flow_sentences(case: Case, short: float, gap: float | None) -> tuple[str, str]:
    """Reason sentences for a running annual flow target (German, English)."""
    t, last = case.target, case.latest
    goal = t.target_value
    if t.direction == INCREASE:
        head_de = f"{last.year} kamen {qty(last.value, t, 'de')} hinzu"
        head_en = f"In {last.year}, {qty(last.value, t, 'en')} were added"
        goal_de, goal_en = "des Jahresziels", "of the annual target"
    else:
        head_de = f"{last.year} betrug der Wert {qty(last.value, t, 'de')}"
        head_en = f"In {last.year} the value was {qty(last.value, t, 'en')}"
        goal_de, goal_en = "der zulässigen Jahreshöchstmenge", "of the annual limit"
    if short <= 0:
        tail_de, tail_en = "in diesem Jahr erfüllt", "met in that year"
    elif gap is None:
        tail_de, tail_en = "nicht erfüllt", "not met"
    else:
        tail_de = f"{gap_band(gap, 'de')} {side(t.direction, 'de')}"
        tail_en = f"{gap_band(gap, 'en')} {side(t.direction, 'en')}"
    if goal == 0:
        return (
            f"{head_de}; Ziel ist {num(goal, t, 'de')} pro Jahr – {tail_de}.",
            f"{head_en}; the target is {num(goal, t, 'en')} a year – {tail_en}.",
        )
    share = last.value / goal
    return (
        f"{head_de}, {pct(share, 'de')} {goal_de} von {num(goal, t, 'de')} – {tail_de}.",
        f"{head_en}, {pct(share, 'en')} {goal_en} of {num(goal, t, 'en')} – {tail_en}.",
    )


def _annual_flow_after_deadline(case: Case, fields: dict, inputs: dict) -> Assessment:
    """Deadline passed: achieved iff the mean over the period's years meets the yearly target,
    else missed (case.obs holds only years start..deadline)."""
    t, period = case.target, case.obs
    years = span(t.start_year, t.deadline_year)
    period_mean = mean(o.value for o in period)
    met = meets(period_mean, t.target_value, t.direction)
    verdict_de, verdict_en = ("erreicht", "met") if met else ("verfehlt", "missed")
    inputs = {**inputs, "period_years": [o.year for o in period], "period_mean": rounded(period_mean)}
    return Assessment(
        status=ACHIEVED if met else MISSED,
        rule="annual_flow_period_mean",
        reason_de=(
            f"Frist {t.deadline_year} abgelaufen: {years} im Mittel {qty(period_mean, t, 'de')} "
            f"pro Jahr bei einem Jahresziel von {num(t.target_value, t, 'de')} – {verdict_de}."
        ),
        reason_en=(
            f"Deadline {t.deadline_year} has passed: {years} averaged {qty(period_mean, t, 'en')} "
            f"a year against an annual target of {num(t.target_value, t, 'en')} – {verdict_en}."
        ),
        decided_by_years=tuple(o.year for o in period),
        inputs=inputs,
        **fields,
    )


def assess_sum(case: Case) -> Assessment:
    """Cumulative target or budget: the sum of yearly flows from start_year against the target.

    In: a Case with at least one observation, all inside the goal's period (start_year..
    deadline, ..as-of year without deadline). Out: achieved once the sum reaches the target;
    without deadline otherwise not_assessable (progress shown, not assessed); after the
    deadline missed; else the sum against the straight-line share of the target expected
    through the latest reported year.
    """
    t, window = case.target, list(case.obs)
    total, last = sum(o.value for o in window), window[-1]
    fields = {
        "latest_year": last.year,
        "latest_value": last.value,
        "progress": total / t.target_value if t.target_value != 0 else None,
        "decided_by_years": tuple(o.year for o in window),
    }
    inputs = {"counted_years": [o.year for o in window], "sum": total, "target": t.target_value}
    over = _sum_settled(case, total, last.year)
    if over is not None:
        status, rule, de, en = over
        return Assessment(status, f"{t.kind}_{rule}", de, en, inputs=inputs, **fields)
    return _sum_running(case, window, total, fields, inputs)


def _sum_head(case: Case, total: float, last_year: int, lang: str) -> str:
    """'Summe 2024–2025: 12,5 Mio. €, 50 % des Ziels von 25 Mio. €' (no full stop)."""
    t = case.target
    years = span(t.start_year, last_year)
    goal, increase = num(t.target_value, t, lang), t.direction == INCREASE
    if lang == "de":
        head = f"Summe {years}: {qty(total, t, 'de')}"
        if t.target_value == 0:
            return f"{head}, {'Ziel' if increase else 'Obergrenze'} {goal}"
        noun = "des Ziels" if increase else "der Obergrenze"
        return f"{head}, {pct(total / t.target_value, 'de')} {noun} von {goal}"
    head = f"Total {years}: {qty(total, t, 'en')}"
    if t.target_value == 0:
        return f"{head}, {'target' if increase else 'limit'} {goal}"
    noun = "of the target" if increase else "of the limit"
    return f"{head}, {pct(total / t.target_value, 'en')} {noun} of {goal}"


def _sum_settled(case: Case, total: float, last_year: int) -> tuple[str, str, str, str] | None:
    """Status, rule suffix and sentences when no pace comparison is needed, else None.

    Covers: target reached (increase), limit exceeded (decrease), no deadline, deadline
    passed. last_year: the latest year counted in the sum.
    """
    t = case.target
    de, en = _sum_head(case, total, last_year, "de"), _sum_head(case, total, last_year, "en")
    increase = t.direction == INCREASE
    if increase and total >= t.target_value:
        return ACHIEVED, "sum_met", f"{de} – Ziel erreicht.", f"{en} – target met."
    if not increase and total > t.target_value:
        de, en = f"{de} – Obergrenze überschritten.", f"{en} – limit exceeded."
        return (MISSED if case.deadline_passed else OFF_TRACK), "sum_over_limit", de, en
    if t.deadline_year is None:
        return (
            NOT_ASSESSABLE,
            "sum_no_deadline",
            f"{de}; keine Frist genannt – Fortschritt gezeigt, aber nicht bewertet.",
            f"{en}; no deadline stated – progress shown but not assessed.",
        )
    if case.deadline_passed:
        status = MISSED if increase else ACHIEVED
        verdict_de = "Ziel verfehlt" if increase else "Obergrenze eingehalten"
        verdict_en = "target missed" if increase else "limit kept"
        return (
            status,
            "sum_after_deadline",
            f"Frist {t.deadline_year} abgelaufen; {de} – {verdict_de}.",
            f"Deadline {t.deadline_year} has passed; {en[0].lower()}{en[1:]} – {verdict_en}.",
        )
    return None


def _sum_running(case: Case, window: list, total: float, fields: dict, inputs: dict) -> Assessment:
    """Running target with deadline: the sum against the target's time share so far."""
    t, last = case.target, window[-1]
    deadline, goal = t.deadline_year, t.target_value
    elapsed = (min(last.year, deadline) - t.start_year + 1) / (deadline - t.start_year + 1)
    expected = goal * elapsed
    short = shortfall(total, expected, t.direction)
    gap = relative_gap(short, expected)
    years_left = max(1, deadline - first_open_year(case.year, last.year, t.start_year) + 1)
    required = (goal - total) / years_left
    recent = window[-SUM_FORECAST_WINDOW:]
    forecast = total + mean(o.value for o in recent) * (deadline - last.year)
    inputs = {
        **inputs,
        "elapsed_share": rounded(elapsed),
        "expected_to_date": rounded(expected),
        "gap": gap,
        "years_left": years_left,
        "forecast_years": [o.year for o in recent],
    }
    de, en = _sum_sentences(case, total, last.year, expected, short, gap)
    if t.direction == INCREASE:
        more_de, more_en = "noch ", "a further "
    else:
        more_de, more_en = "höchstens ", "at most "
    return Assessment(
        status=status_from_gap(short, gap),
        rule=f"{t.kind}_sum_vs_time_share",
        reason_de=de,
        reason_en=en,
        expected_value=expected,
        required_pace=required,
        pace_de=more_de + pace_per_year(required, t, deadline, "de"),
        pace_en=more_en + pace_per_year(required, t, deadline, "en"),
        forecast_value=forecast,
        forecast_year=deadline,
        inputs=inputs,
        **fields,
    )


def _sum_sentences(case: Case, total: float, last_year: int, expected: float, short: float,
                   gap: float | None) -> tuple[str, str]:
    """Reason sentences of a running sum against its time share (German, English)."""
    t = case.target
    if short <= 0:
        tail_de, tail_en = "im Plan", "on schedule"
    elif gap is None:
        tail_de, tail_en = "über dem Plan", "above plan"
    else:
        tail_de = f"{gap_band(gap, 'de')} {side(t.direction, 'de')}"
        tail_en = f"{gap_band(gap, 'en')} {side(t.direction, 'en')}"
    de = (
        f"{_sum_head(case, total, last_year, 'de')}; anteilig bis {last_year} wären "
        f"{num(expected, t, 'de')} zu erwarten – {tail_de}."
    )
    en = (
        f"{_sum_head(case, total, last_year, 'en')}; {num(expected, t, 'en')} expected "
        f"pro rata through {last_year} – {tail_en}."
    )
    return de, en
