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
from indicators.sentences import both, num, qty, signed, span
from indicators.trend import carry, least_squares, trend_window, window_words
from texts import t


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
        de, en = both(lambda lang: t("rule_after_deadline_only", lang, deadline=target.deadline_year,
                                     years=", ".join(str(o.year) for o in after), period=period))
        return Assessment(NOT_ASSESSABLE, f"{target.kind}_after_deadline_only", de, en, **fields,
                          inputs={"values_after_deadline": [o.year for o in after]})
    start = before[-1]
    de, en = both(lambda lang: t("rule_start_point_period" if period else "rule_start_point_pending", lang,
                                 year=start.year, value=qty(start.value, target, lang), period=period,
                                 start=target.start_year))
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
    if target.kind != LEVEL_BY_DEADLINE:
        recent = before[-FLOW_FORECAST_WINDOW:]
        avg = mean(o.value for o in recent)
        years = span(recent[0].year, recent[-1].year)
        de, en = both(lambda lang: t("rule_outlook_flow", lang, years=years, value=qty(avg, target, lang)))
        return de, en, {"outlook_years": [o.year for o in recent], "outlook_mean": rounded(avg)}
    fit = least_squares(trend_window(before))
    if fit is None or target.deadline_year is None:
        return "", "", {}
    ahead = carry(before[-1], fit, target.deadline_year)
    de, en = both(lambda lang: t(
        "rule_outlook_level", lang, window=window_words(fit, lang), slope=signed(fit.slope, target, lang),
        deadline=target.deadline_year, ahead=num(ahead, target, lang), goal=num(target.target_value, target, lang)))
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
    source = f" ({target.planned_path_source})" if target.planned_path_source else ""
    reached = next((y for y, v in target.planned_path if meets(v, target.target_value, target.direction)), None)
    late = target.deadline_year is not None and reached is not None and reached > target.deadline_year
    return both(lambda lang: t(
        "rule_path_note_late" if late else "rule_path_note", lang, source=source, year=reached,
        points=", ".join(f"{y}: {num(v, target, lang)}" for y, v in target.planned_path)))
