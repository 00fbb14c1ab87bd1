"""Rule for milestones: reported percent complete against the time elapsed.

Takes a Case (target, its reports inside the goal's period sorted by year, at least one;
as-of year) and returns an Assessment. See docs/method.md.
"""

from __future__ import annotations

from indicators.common import Case, relative_gap, rounded, status_from_gap
from indicators.fmt import format_number
from indicators.model import ACHIEVED, AT_RISK, MISSED, ON_TRACK, Assessment
from indicators.sentences import gap_band, pct, upper_first


def assess_milestone(case: Case) -> Assessment:
    """Milestone: the latest reported percent complete against the time elapsed.

    In: a Case with at least one observation (values 0-100). Out: achieved at 100 %;
    missed after the deadline; without deadline on_track while in progress and
    at_risk at 0 %; else compared with the share of the period start..deadline that
    lay before the as-of year. latest_value and expected_value are percent (0-100),
    progress is a share (0-1).
    """
    t, last = case.target, case.latest
    done = last.value / 100
    fields = {"latest_year": last.year, "latest_value": last.value, "progress": done,
              "decided_by_years": (last.year,)}
    inputs = {"latest_year": last.year, "percent_complete": last.value}
    now_de = f"{last.year} gemeldet: {pct(done, 'de')} umgesetzt"
    now_en = f"reported in {last.year}: {pct(done, 'en')} complete"
    if last.value >= 100:
        status, rule = ACHIEVED, "milestone_done"
        de, en = f"{now_de} – abgeschlossen.", f"Done ({now_en})."
    elif case.deadline_passed:
        status, rule = MISSED, "milestone_after_deadline"
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
