"""The goal's own period, its starting point, and the verdict „noch nicht bewertbar“.

A status is given only from observations inside the goal's period: start_year..deadline
(start_year..as-of year without a deadline). Observations before the start are the starting
point („Ausgangslage“); they may feed a clearly worded outlook sentence, never the status.
Pure functions, stdlib only. See docs/method.md, "The goal's period".
"""

from __future__ import annotations

from collections.abc import Sequence

from indicators.common import FLOW_FORECAST_WINDOW, mean, meets, rounded
from indicators.model import LEVEL_BY_DEADLINE, MILESTONE, NOT_ASSESSABLE, Assessment, Observation, Target
from indicators.sentences import num, qty, signed, span
from indicators.trend import carry, least_squares, trend_window, window_words


def split_period(target: Target, obs: Sequence[Observation]) -> tuple[tuple, tuple, tuple]:
    """(before start, inside the period, after the deadline) of observations sorted by year."""
    end = target.deadline_year
    before = tuple(o for o in obs if o.year < target.start_year)
    after = tuple(o for o in obs if end is not None and o.year > end)
    inside = tuple(o for o in obs if o.year >= target.start_year and (end is None or o.year <= end))
    return before, inside, after


def not_assessable(target: Target, before: tuple, after: tuple, year: int) -> Assessment:
    """The verdict for values that all lie outside the goal's period.

    In: the target, the observations before its start and after its deadline (one of them
    non-empty), the as-of year. Out: status not_assessable, rule <kind>_before_start (values
    before the start exist) or <kind>_after_deadline_only; the reason names the starting point
    („Ausgangslage 2023: 1.379 Wohnungen; Werte ab 2025 liegen noch nicht vor.“) and, if the
    values allow, one outlook sentence that is explicitly not a verdict.
    """
    passed = target.deadline_year is not None and year > target.deadline_year
    period = span(target.start_year, target.deadline_year) if passed else None
    latest = (before + after)[-1]
    fields = {"latest_year": latest.year, "latest_value": latest.value}
    if not before:
        years = ", ".join(str(o.year) for o in after)
        de = f"Frist {target.deadline_year} abgelaufen; Werte liegen nur für {years} vor, keiner aus {period}."
        en = f"Deadline {target.deadline_year} has passed; values exist only for {years}, none from {period}."
        return Assessment(NOT_ASSESSABLE, f"{target.kind}_after_deadline_only", de, en, **fields,
                          inputs={"values_after_deadline": [o.year for o in after]})
    start = before[-1]
    de = f"Ausgangslage {start.year}: {qty(start.value, target, 'de')}; "
    en = f"Starting point {start.year}: {qty(start.value, target, 'en')}; "
    if period:
        de += f"aus dem Zeitraum {period} liegen keine Werte vor."
        en += f"no values from the period {period} were reported."
    else:
        de += f"Werte ab {target.start_year} liegen noch nicht vor."
        en += f"values from {target.start_year} on are not available yet."
    outlook_de, outlook_en, outlook_inputs = outlook(target, before)
    return Assessment(
        NOT_ASSESSABLE, f"{target.kind}_before_start",
        f"{de} {outlook_de}".strip(), f"{en} {outlook_en}".strip(), **fields,
        inputs={"start_point_year": start.year, "start_point_value": start.value, **outlook_inputs},
    )


def outlook(target: Target, before: tuple) -> tuple[str, str, dict]:
    """The outlook sentence from values before the start („Ausblick, keine Bewertung: …“),
    in German and English, and its numbers for the inputs panel; empty for milestones and
    where the values allow none (a level needs two values and a deadline)."""
    if target.kind == MILESTONE:
        return "", "", {}
    head_de, head_en = "Ausblick, keine Bewertung: ", "Outlook, not a verdict: "
    if target.kind != LEVEL_BY_DEADLINE:
        recent = before[-FLOW_FORECAST_WINDOW:]
        avg = mean(o.value for o in recent)
        years = span(recent[0].year, recent[-1].year)
        return (
            f"{head_de}im Mittel {years} {qty(avg, target, 'de')} pro Jahr.",
            f"{head_en}{years} averaged {qty(avg, target, 'en')} a year.",
            {"outlook_years": [o.year for o in recent], "outlook_mean": rounded(avg)},
        )
    fit = least_squares(trend_window(before))
    if fit is None or target.deadline_year is None:
        return "", "", {}
    ahead = carry(before[-1], fit, target.deadline_year)
    goal = target.target_value
    de = (f"{head_de}Trend {window_words(fit, 'de')}: {signed(fit.slope, target, 'de')} pro Jahr; "
          f"fortgeschrieben bis {target.deadline_year}: {num(ahead, target, 'de')} statt {num(goal, target, 'de')}.")
    en = (f"{head_en}trend {window_words(fit, 'en')}: {signed(fit.slope, target, 'en')} a year; "
          f"carried forward to {target.deadline_year}: {num(ahead, target, 'en')} instead of "
          f"{num(goal, target, 'en')}.")
    path_de, path_en = path_note(target)
    numbers = {"outlook_years": [o.year for o in trend_window(before)], "outlook_slope": rounded(fit.slope),
               "outlook_forecast": rounded(ahead)}
    return f"{de} {path_de}".strip(), f"{en} {path_en}".strip(), numbers


def path_note(target: Target) -> tuple[str, str]:
    """The planned path in words: „Soll-Pfad (Quelle): 2030: 2.725, 2050: 0 – erreicht das Ziel
    erst 2050.“ (the last clause only when the path reaches the target after the deadline);
    ("", "") without a path."""
    if not target.planned_path:
        return "", ""
    points_de = ", ".join(f"{y}: {num(v, target, 'de')}" for y, v in target.planned_path)
    points_en = ", ".join(f"{y}: {num(v, target, 'en')}" for y, v in target.planned_path)
    source = f" ({target.planned_path_source})" if target.planned_path_source else ""
    de, en = f"Soll-Pfad{source}: {points_de}", f"Planned path{source}: {points_en}"
    reached = next((y for y, v in target.planned_path if meets(v, target.target_value, target.direction)), None)
    if target.deadline_year is not None and reached is not None and reached > target.deadline_year:
        de += f" – erreicht das Ziel erst {reached}"
        en += f" – reaches the target only in {reached}"
    return de + ".", en + "."
