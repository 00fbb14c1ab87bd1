"""Status as of a date („Stand“): what was known on day D, and the verdict it supported.

Pure functions, stdlib only. The rule (docs/asof.md, Methodik page):
- A value counts on day D only if it was known by then (known_since <= D). Of the revisions of
  one year known on D the latest revision counts, so a figure corrected later shows its old
  value before the correction was published (the value known at D, not today's).
- An evidence entry counts on D only if it was known by then (known_since <= D).
- The status rules (indicators.assess, indicators.evidence.assess_implementation) then run on
  that set with D as the as-of date.
Statuses change only on days something becomes known and on 1 January (the rules look at the
as-of year), so `change_points` lists every day on which a goal's status may change.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from indicators.evidence import Evidence, Implementation, assess_implementation
from indicators.model import Assessment, Observation, Target
from indicators.rules import assess

_DATE = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?!\d)")


@dataclass(frozen=True)
class Version:
    """One revision of one year's value with the day it became known."""

    year: int
    value: float
    revision: int
    known_since: dt.date
    is_demo: bool = False


@dataclass(frozen=True)
class KnownEvidence:
    """One evidence entry: the stage it reports as of `date`, known since `known_since`."""

    date: dt.date
    stage: str
    known_since: dt.date


@dataclass(frozen=True)
class AsOf:
    """A goal's status on one day: the data verdict, the implementation status (None when not
    asked for) and the values it used (one Version per year, sorted by year)."""

    day: dt.date
    assessment: Assessment
    implementation: Implementation | None
    used: tuple[Version, ...]

    @property
    def uses_demo(self) -> bool:
        """True when a demo value lies in a year that decided the status."""
        decided = set(self.assessment.decided_by_years)
        return any(v.is_demo and v.year in decided for v in self.used)


def last_day(text: object) -> dt.date | None:
    """The last day a date text allows: '2024' -> 2024-12-31, '2020-06' -> 2020-06-30,
    '2019-06-11' -> that day; a date or datetime -> its day. None if no date is found
    (the first date-like part of the text counts)."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    match = _DATE.search(str(text or ""))
    if not match:
        return None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    if not 1 <= (month or 12) <= 12:
        return None
    month = month or 12
    day = day or calendar.monthrange(year, month)[1]
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def known_at(versions: Iterable[Version], day: dt.date) -> tuple[Version, ...]:
    """Per year the latest revision known on `day` (known_since <= day), sorted by year."""
    best: dict[int, Version] = {}
    for v in versions:
        if v.known_since <= day and (v.year not in best or v.revision > best[v.year].revision):
            best[v.year] = v
    return tuple(best[y] for y in sorted(best))


def evidence_known_at(evidence: Iterable[KnownEvidence], day: dt.date) -> list[Evidence]:
    """The evidence entries known on `day`, as the implementation rule's Evidence."""
    return [Evidence(e.date, e.stage) for e in evidence if e.known_since <= day]


def status_as_of(target: Target, versions: Sequence[Version], day: dt.date,
                 evidence: Sequence[KnownEvidence] | None = None,
                 deadline_year: int | None = None) -> AsOf:
    """The goal's status on `day` from what was known then.

    In: the rules' Target, every revision of the goal's series (Version), the day, and — for the
    implementation status — the goal's evidence entries and deadline year (evidence None: no
    implementation status is computed). Out: AsOf. Raises RuleError / EvidenceError like the
    rules it calls."""
    used = known_at(versions, day)
    assessment = assess(target, [Observation(v.year, v.value) for v in used], day)
    implementation = None
    if evidence is not None:
        implementation = assess_implementation(evidence_known_at(evidence, day), deadline_year, day)
    return AsOf(day, assessment, implementation, used)


def change_points(versions: Iterable[Version], evidence: Iterable[KnownEvidence],
                  first: dt.date, last: dt.date, extra: Iterable[dt.date] = ()) -> list[dt.date]:
    """Every day in first..last on which the status may change: `first`, each 1 January, each
    known_since day of a value or an evidence entry, and the `extra` days (e.g. council
    sessions). Sorted, without duplicates."""
    days = {first, *extra}
    days.update(dt.date(y, 1, 1) for y in range(first.year + 1, last.year + 1))
    days.update(v.known_since for v in versions)
    days.update(e.known_since for e in evidence)
    return sorted(d for d in days if first <= d <= last)
