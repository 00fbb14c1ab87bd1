"""Rules for level targets (a value to reach by a deadline) and milestones.

Each function takes a Case (target, observations up to the as-of year sorted by
year, at least one; as-of year) and returns an Assessment. See docs/method.md.
"""

from __future__ import annotations

from indicators.common import (
    TREND_WINDOW,
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
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    Assessment,
    Target,
)
from indicators.sentences import gap_band, num, pct, qty, span, upper_first


def baseline(case: Case) -> tuple[int, float]:
    """The start of the straight target path as (year, value).

    The stated baseline if both baseline_year and baseline_value are given; else the
    first observation in or after start_year; else the earliest observation.
    """
    t = case.target
    if t.baseline_year is not None and t.baseline_value is not None:
        return t.baseline_year, t.baseline_value
    first = next((o for o in case.obs if o.year >= t.start_year), case.obs[0])
    return first.year, first.value


def path_value(case: Case) -> float | None:
    """Where the straight line from baseline to (target, deadline) stands in the as-of year.

    The year is clamped to baseline year..deadline. None without deadline.
    """
    t = case.target
    if t.deadline_year is None:
        return None
    base_year, base_value = baseline(case)
    if base_year >= t.deadline_year:
        return t.target_value
    at = min(max(case.year, base_year), t.deadline_year)
    share = (at - base_year) / (t.deadline_year - base_year)
    return base_value + (t.target_value - base_value) * share


def assess_level(case: Case) -> Assessment:
    """Level by deadline: the trend of the last TREND_WINDOW values carried to the deadline.

    In: a Case with at least one observation. Out: achieved when the latest value meets
    the target; off_track after the deadline or when the trend moves away from the target;
    no_data without deadline or with a single value; else the forecast's miss, as a share
    of the distance still to go, mapped by the thresholds.
    """
    t, last = case.target, case.latest
    goal, deadline = t.target_value, t.deadline_year
    base_year, base_value = baseline(case)
    window = case.obs[-TREND_WINDOW:]
    first = window[0]
    slope = (last.value - first.value) / (last.year - first.year) if len(window) > 1 else None
    fields = {
        "latest_year": last.year,
        "latest_value": last.value,
        "progress": (last.value - base_value) / (goal - base_value) if goal != base_value else None,
        "expected_value": path_value(case),
    }
    inputs = {
        "latest_year": last.year,
        "latest_value": last.value,
        "target": goal,
        "baseline_year": base_year,
        "baseline_value": base_value,
        "trend_years": [o.year for o in window],
        "slope": rounded(slope),
    }
    settled = _level_settled(case, slope)
    if settled is None:
        return _level_trend(case, slope, first.year, fields, inputs)
    status, rule, de, en = settled
    return Assessment(status, rule, de, en, inputs=inputs, **fields)


def _level_settled(case: Case, slope: float | None) -> tuple[str, str, str, str] | None:
    """Status, rule id and sentences when no trend comparison is needed, else None.

    Covers: target met, deadline passed, no deadline, only one value (slope None).
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
            OFF_TRACK,
            "level_after_deadline",
            f"Frist {deadline} abgelaufen: {now_de} statt {goal_de}.",
            f"Deadline {deadline} has passed: {now_en} instead of {goal_en}.",
        )
    if deadline is None:
        return (
            NO_DATA,
            "level_no_deadline",
            f"{now_de}, Ziel {goal_de}; keine Frist genannt – Fortschritt gezeigt, "
            "aber nicht bewertet.",
            f"{upper_first(now_en)}, target {goal_en}; no deadline stated – progress shown "
            "but not assessed.",
        )
    if slope is None:
        return (
            NO_DATA,
            "level_single_value",
            f"Nur ein Messwert ({last.year}: {qty(last.value, t, 'de')}) – kein Trend berechenbar.",
            f"Only one value ({last.year}: {qty(last.value, t, 'en')}) – no trend can be computed.",
        )
    return None


def _level_trend(case: Case, slope: float, first_year: int, fields: dict, inputs: dict) -> Assessment:
    """Running level target with a trend: forecast to the deadline and compare."""
    t, last = case.target, case.latest
    goal, deadline = t.target_value, t.deadline_year
    forecast = last.value + slope * (deadline - last.year)
    now = max(case.year, last.year)
    estimate_now = last.value + slope * (now - last.year)
    required = (goal - estimate_now) / (deadline - now) if deadline > now else None
    distance = abs(goal - last.value)  # > 0: the target is not met yet
    miss = relative_gap(max(0.0, shortfall(forecast, goal, t.direction)), distance)
    toward = slope > 0 if t.direction == INCREASE else slope < 0
    trend_de = f"Trend {span(first_year, last.year)}: {_signed(slope, t, 'de')} pro Jahr"
    trend_en = f"Trend {span(first_year, last.year)}: {_signed(slope, t, 'en')} a year"
    if not toward:
        status, rule = OFF_TRACK, "level_wrong_direction"
        if slope == 0:
            de, en = f"{trend_de} – der Wert stagniert", f"{trend_en} – the value is stagnating"
        else:
            de = f"{trend_de} – der Wert entwickelt sich in die falsche Richtung"
            en = f"{trend_en} – the value is moving the wrong way"
        de += f" (Ziel {num(goal, t, 'de')} bis {deadline})."
        en += f" (target {num(goal, t, 'en')} by {deadline})."
    else:
        # miss is >= 0 and defined (distance > 0), so it serves as shortfall and gap
        status, rule = status_from_gap(miss, miss), "level_trend_to_deadline"
        if miss <= 0:
            tail_de, tail_en = "Ziel wird in diesem Tempo erreicht", "the target is reached at this pace"
        else:
            tail_de = f"verfehlt {gap_band(miss, 'de')} des verbleibenden Wegs"
            tail_en = f"misses {gap_band(miss, 'en')} of the remaining distance"
        de = (
            f"{trend_de}; fortgeschrieben bis {deadline}: {num(forecast, t, 'de')} "
            f"statt {num(goal, t, 'de')} – {tail_de}."
        )
        en = (
            f"{trend_en}; carried forward to {deadline}: {num(forecast, t, 'en')} "
            f"instead of {num(goal, t, 'en')} – {tail_en}."
        )
    pace_de, pace_en = _level_pace(required, case)
    more = {
        "forecast": rounded(forecast),
        "distance_left": rounded(distance),
        "miss": miss,
        "required_pace": rounded(required),
        "pace_from_year": now,
        "estimate_now": rounded(estimate_now),
    }
    return Assessment(
        status,
        rule,
        de,
        en,
        required_pace=required,
        pace_de=pace_de,
        pace_en=pace_en,
        forecast_value=forecast,
        forecast_year=deadline,
        inputs={**inputs, **more},
        **fields,
    )


def _signed(value: float, target: Target, lang: str) -> str:
    """A quantity with an explicit sign: "+12 Bäume", "-100 Kilotonnen CO₂"."""
    text = qty(value, target, lang)
    return text if text.startswith("-") else f"+{text}"


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


def assess_milestone(case: Case) -> Assessment:
    """Milestone: the latest reported percent complete against the time elapsed.

    In: a Case with at least one observation (values 0-100). Out: achieved at 100 %;
    off_track after the deadline; without deadline on_track while in progress and
    at_risk at 0 %; else compared with the share of the period start..deadline that
    lay before the as-of year. latest_value and expected_value are percent (0-100),
    progress is a share (0-1).
    """
    t, last = case.target, case.latest
    done = last.value / 100
    fields = {"latest_year": last.year, "latest_value": last.value, "progress": done}
    inputs = {"latest_year": last.year, "percent_complete": last.value}
    now_de = f"{last.year} gemeldet: {pct(done, 'de')} umgesetzt"
    now_en = f"reported in {last.year}: {pct(done, 'en')} complete"
    if last.value >= 100:
        status, rule = ACHIEVED, "milestone_done"
        de, en = f"{now_de} – abgeschlossen.", f"Done ({now_en})."
    elif case.deadline_passed:
        status, rule = OFF_TRACK, "milestone_after_deadline"
        de = f"Frist {t.deadline_year} abgelaufen; {now_de}."
        en = f"Deadline {t.deadline_year} has passed; {now_en}."
    elif t.deadline_year is None:
        started = last.value > 0
        status, rule = (ON_TRACK if started else AT_RISK), "milestone_no_deadline"
        state_de = "In Umsetzung" if started else "Noch nicht begonnen"
        state_en = "In progress" if started else "Not started yet"
        de = f"{state_de}, keine Frist genannt ({now_de})."
        en = f"{state_en}, no deadline stated ({now_en})."
    else:
        return _milestone_vs_time(case, fields, inputs, now_de, now_en)
    return Assessment(status, rule, de, en, inputs=inputs, **fields)


def _milestone_vs_time(case: Case, fields: dict, inputs: dict, now_de: str, now_en: str) -> Assessment:
    """Milestone with a running deadline: percent complete against the time share elapsed."""
    t, last = case.target, case.latest
    period = t.deadline_year - t.start_year + 1
    elapsed = min(1.0, max(0.0, (case.year - t.start_year) / period))
    expected = 100 * elapsed
    short = expected - last.value
    gap = relative_gap(short, expected)
    years_left = t.deadline_year - case.year + 1
    required = (100 - last.value) / years_left
    points_de, points_en = format_number(required, "de", 1), format_number(required, "en", 1)
    if short <= 0:
        tail_de, tail_en = "im Plan", "on schedule"
    else:
        tail_de, tail_en = f"{gap_band(gap, 'de')} darunter", f"{gap_band(gap, 'en')} below it"
    return Assessment(
        status_from_gap(short, gap),
        "milestone_percent_vs_time_share",
        f"{now_de}; nach verstrichener Zeit wären {pct(elapsed, 'de')} zu erwarten – {tail_de}.",
        f"{upper_first(now_en)}; {pct(elapsed, 'en')} expected from the time elapsed – {tail_en}.",
        expected_value=expected,
        required_pace=required,
        pace_de=f"noch {points_de} Prozentpunkte pro Jahr bis {t.deadline_year}",
        pace_en=f"a further {points_en} percentage points a year until {t.deadline_year}",
        inputs={
            **inputs,
            "elapsed_share": rounded(elapsed),
            "expected_percent": rounded(expected),
            "gap": gap,
            "years_left": years_left,
        },
        **fields,
    )
