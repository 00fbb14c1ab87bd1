"""Rule for milestones: reported percent complete against the time elapsed.

Takes a Case (target, its reports inside the goal's period sorted by year, at least one;
as-of year) and returns an Assessment. See docs/method.md.
"""

from __future__ import annotations

from indicators.common import Case, relative_gap, rounded, status_from_gap
from indicators.fmt import format_number
from indicators.model import ACHIEVED, AT_RISK, INCREASE, MISSED, ON_TRACK, Assessment
from indicators.sentences import both, gap_tail, pct, upper_first
from texts import t


def assess_milestone(case: Case) -> Assessment:
    """Milestone: the latest reported percent complete against the time elapsed.

    In: a Case with at least one observation (values 0-100). Out: achieved at 100 %;
    missed after the deadline; without deadline on_track while in progress and
    at_risk at 0 %; else compared with the share of the period start..deadline that
    lay before the as-of year. latest_value and expected_value are percent (0-100),
    progress is a share (0-1).
    """
    target, last = case.target, case.latest
    done = last.value / 100
    fields = {"latest_year": last.year, "latest_value": last.value, "progress": done,
              "decided_by_years": (last.year,)}
    inputs = {"latest_year": last.year, "percent_complete": last.value}
    if target.deadline_year is not None and last.value < 100 and not case.deadline_passed:
        return _milestone_vs_time(case, fields, inputs)
    if last.value >= 100:
        status, rule, key = ACHIEVED, "milestone_done", "rule_ms_done"
    elif case.deadline_passed:
        status, rule, key = MISSED, "milestone_after_deadline", "rule_ms_after_deadline"
    elif last.value > 0:
        status, rule, key = ON_TRACK, "milestone_no_deadline", "rule_ms_in_progress"
    else:
        status, rule, key = AT_RISK, "milestone_no_deadline", "rule_ms_not_started"
    de, en = both(lambda lang: t(key, lang, now=_reported(case, lang), deadline=target.deadline_year))
    return Assessment(status, rule, de, en, inputs=inputs, **fields)


def _reported(case: Case, lang: str) -> str:
    """'2025 gemeldet: 40 % umgesetzt' / 'reported in 2025: 40% complete'."""
    return t("rule_ms_now", lang, year=case.latest.year, done=pct(case.latest.value / 100, lang))


def _milestone_vs_time(case: Case, fields: dict, inputs: dict) -> Assessment:
    """Milestone with a running deadline: percent complete against the time share elapsed."""
    target, last = case.target, case.latest
    period = target.deadline_year - target.start_year + 1
    elapsed = min(1.0, max(0.0, (case.year - target.start_year) / period))
    expected = 100 * elapsed
    short = expected - last.value
    gap = relative_gap(short, expected)
    years_left = target.deadline_year - case.year + 1
    required = (100 - last.value) / years_left
    de, en = both(lambda lang: upper_first(t(
        "rule_ms_vs_time", lang, now=_reported(case, lang), elapsed=pct(elapsed, lang),
        tail=t("rule_on_schedule", lang) if short <= 0 else gap_tail(gap, INCREASE, lang))))
    pace_de, pace_en = both(lambda lang: t("rule_ms_pace", lang, points=format_number(required, lang, 1),
                                           deadline=target.deadline_year))
    return Assessment(
        status_from_gap(short, gap),
        "milestone_percent_vs_time_share",
        de,
        en,
        expected_value=expected,
        required_pace=required,
        pace_de=pace_de,
        pace_en=pace_en,
        inputs={
            **inputs,
            "elapsed_share": rounded(elapsed),
            "expected_percent": rounded(expected),
            "gap": gap,
            "years_left": years_left,
        },
        **fields,
    )
