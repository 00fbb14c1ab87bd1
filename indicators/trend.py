"""A trend anyone can check, and the planned path (Soll-Pfad) of a cited source.

The trend is an ordinary least-squares line through the last TREND_WINDOW observations
(Destatis DNS practice: the last five years), never the line through two end points. The
sentence names the window: „Trend 2014–2018 (Ausgleichsgerade über 5 Werte): -11 … pro Jahr“.
Pure functions, stdlib only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from indicators.common import TREND_WINDOW, meets
from indicators.model import Observation, Target
from texts import t


@dataclass(frozen=True)
class Fit:
    """A least-squares line through n observations first_year..last_year.

    slope: change per year. The forecast carries the latest value at this slope (carry).
    """

    slope: float
    first_year: int
    last_year: int
    n: int


def carry(last: Observation, fit: Fit, year: int) -> float:
    """The latest value carried forward to a year at the fitted slope: v_last + slope × (year − year_last)."""
    return last.value + fit.slope * (year - last.year)


def trend_window(obs: Sequence[Observation]) -> tuple[Observation, ...]:
    """The last TREND_WINDOW observations (all if fewer), oldest first."""
    return tuple(obs[-TREND_WINDOW:])


def least_squares(obs: Sequence[Observation]) -> Fit | None:
    """The least-squares line through obs (sorted by year, distinct years); None for fewer than two.

    slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)².
    """
    if len(obs) < 2:
        return None
    xs, ys = [o.year for o in obs], [o.value for o in obs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return Fit(sxy / sxx, xs[0], xs[-1], len(obs))


def window_words(fit: Fit, lang: str) -> str:
    """The stated window: „2014–2018 (Ausgleichsgerade über 5 Werte)“ / "2014–2018 (least-squares
    line through 5 values)"."""
    return t("rule_trend_window", lang, years=f"{fit.first_year}–{fit.last_year}", n=fit.n)


def planned_value(path: Sequence[tuple[int, float]], year: int) -> float | None:
    """The planned path's value in a year: a listed point, or linear between two listed points.

    None before the first or after the last point (the path says nothing there) or without a path.
    """
    for (y0, v0), (y1, v1) in zip(path, path[1:]):
        if y0 <= year <= y1:
            return v0 + (v1 - v0) * (year - y0) / (y1 - y0)
    if len(path) == 1 and path[0][0] == year:
        return path[0][1]
    return None


def path_leads_to_target(target: Target) -> bool:
    """True when the target has a planned path that itself meets the target by its deadline.

    Only such a path is a plan for this goal; a path that reaches the target later (e.g. net
    zero only in 2050 for a 2035 goal) is mentioned, but never used for the status.
    """
    if not target.planned_path or target.deadline_year is None:
        return False
    at_deadline = planned_value(target.planned_path, target.deadline_year)
    if at_deadline is None:
        before = [(y, v) for y, v in target.planned_path if y <= target.deadline_year]
        at_deadline = before[-1][1] if before else None
    return at_deadline is not None and meets(at_deadline, target.target_value, target.direction)
