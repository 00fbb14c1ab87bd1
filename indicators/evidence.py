"""Deliverables: the implementation status of a promise from its dated evidence and its deadline.

Pure functions, stdlib only. An evidence entry says, as of a date, which stage a promise has
reached, with a quote or a source (checked by the ETL, not here). The rule looks only at the
latest entry known on the as-of date and at the deadline (stated, or the end of the council
term), and says what the evidence shows, never more: no evidence is „kein Fortschritt gemeldet“,
and after the deadline it is „Umsetzung nicht belegt“, not „gebrochen“. docs/method.md explains it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

# Stages an evidence entry can report (the vocabulary of data/raw/evidence, docs/evidence.md).
ANNOUNCED = "announced"        # angekündigt: stated as intended, nothing more
DECIDED = "decided"            # beschlossen
STARTED = "started"            # begonnen
PARTLY_DONE = "partly_done"    # teilweise umgesetzt
DONE = "done"                  # umgesetzt
STILL_OPEN = "still_open"      # weiterhin offen: a later document repeats the promise as unmet
DEFERRED = "deferred"          # zurückgestellt
ABANDONED = "abandoned"        # aufgegeben
STAGES = (ANNOUNCED, DECIDED, STARTED, PARTLY_DONE, DONE, STILL_OPEN, DEFERRED, ABANDONED)

# Implementation statuses of a deliverable (what the evidence shows).
S_DONE = "done"                    # umgesetzt
S_UNDER_WAY = "under_way"          # in Umsetzung (begonnen / teilweise umgesetzt)
S_DECIDED = "decided"              # beschlossen
S_NO_PROGRESS = "no_progress"      # kein Fortschritt gemeldet (no evidence, or only announced/open)
S_SHELVED = "shelved"              # zurückgestellt (before the deadline)
S_NOT_DONE = "not_done"            # nicht umgesetzt: given up, or after the deadline evidence says it is not
S_NOT_EVIDENCED = "not_evidenced"  # Umsetzung nicht belegt: after the deadline, no evidence of it
IMPLEMENTATION_STATUSES = (S_DONE, S_UNDER_WAY, S_DECIDED, S_NO_PROGRESS, S_SHELVED, S_NOT_DONE,
                           S_NOT_EVIDENCED)

# Evidence older than this many years on the as-of date is marked as old in the reason.
EVIDENCE_OLD_AFTER_YEARS = 2

_RUNNING = {DONE: S_DONE, PARTLY_DONE: S_UNDER_WAY, STARTED: S_UNDER_WAY, DECIDED: S_DECIDED,
            DEFERRED: S_SHELVED, ABANDONED: S_NOT_DONE, ANNOUNCED: S_NO_PROGRESS,
            STILL_OPEN: S_NO_PROGRESS}


class EvidenceError(ValueError):
    """An evidence entry the rule cannot use (unknown stage)."""


@dataclass(frozen=True)
class Evidence:
    """One dated statement about a promise: the stage it reached as of `date`."""

    date: dt.date
    stage: str


@dataclass(frozen=True)
class Implementation:
    """What the evidence shows about one deliverable on one as-of date.

    status: one of IMPLEMENTATION_STATUSES. rule: the named case that decided it.
    latest: the entry the status rests on (None without evidence). old: the entry is older
    than EVIDENCE_OLD_AFTER_YEARS. deadline_passed: the as-of year lies after the deadline.
    """

    status: str
    rule: str
    latest: Evidence | None
    old: bool
    deadline_passed: bool


def assess_implementation(evidence: Sequence[Evidence], deadline_year: int | None,
                          as_of: dt.date) -> Implementation:
    """The implementation status from the evidence known on `as_of` and the deadline year.

    In: evidence entries (any order; entries dated after as_of are ignored), the deadline year
    (None: no deadline, the status never turns into a miss), the as-of date.
    Out: an Implementation. Raises EvidenceError for an unknown stage.
    """
    for entry in evidence:
        if entry.stage not in STAGES:
            raise EvidenceError(f"unknown stage {entry.stage!r}; expected one of {', '.join(STAGES)}")
    known = sorted((e for e in evidence if e.date <= as_of), key=lambda e: e.date)
    latest = known[-1] if known else None
    passed = deadline_year is not None and as_of.year > deadline_year
    old = latest is not None and (as_of - latest.date).days > 365 * EVIDENCE_OLD_AFTER_YEARS
    status, rule = _decide(latest, passed, deadline_year)
    return Implementation(status, rule, latest, old, passed)


def _decide(latest: Evidence | None, deadline_passed: bool,
            deadline_year: int | None) -> tuple[str, str]:
    """(status, rule id) from the latest entry and the deadline.

    A promise reported given up is „nicht umgesetzt“. After the deadline so is a deferred one, or
    one a document dated after the deadline year still calls open; anything else short of done
    is „Umsetzung nicht belegt“."""
    if latest is None:
        return (S_NOT_EVIDENCED, "no_evidence_after_deadline") if deadline_passed else (
            S_NO_PROGRESS, "no_evidence")
    if latest.stage == DONE:
        return S_DONE, "latest_done"
    if latest.stage == ABANDONED:
        return S_NOT_DONE, "latest_abandoned"
    if not deadline_passed:
        return _RUNNING[latest.stage], f"latest_{latest.stage}"
    if latest.stage == DEFERRED:
        return S_NOT_DONE, "after_deadline_deferred"
    if latest.stage == STILL_OPEN and deadline_year is not None and latest.date.year > deadline_year:
        return S_NOT_DONE, "still_open_after_deadline"
    return S_NOT_EVIDENCED, f"after_deadline_{latest.stage}"
