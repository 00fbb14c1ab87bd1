"""Evidence and implementation status: the checked evidence entries as a table, and the status
each promise's evidence supports on the as-of date (indicators.evidence).

Input: the register's goals, the evidence entries (etl.evidence.load_evidence) and the as-of date.
Output: EVIDENCE_COLUMNS (one row per evidence entry) and IMPLEMENTATION_COLUMNS (one row per
promise that is a deliverable or has evidence). Inputs are never changed.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from etl.commitments import promises
from etl.evidence import parse_date
from etl.known_since import evidence_known_since
from etl.register import parse_lines
from indicators.evidence import Evidence, assess_implementation
from indicators.model import MILESTONE

EVIDENCE_COLUMNS = [
    "evidence_id", "target_id", "date_text", "known_from", "stage", "basis", "source_id",
    "line_from", "line_to", "quote", "source_title", "reference", "url", "planner_user",
    "planner_time", "comment", "note_de", "note_en", "evidence_file", "known_since", "known_since_basis",
]
IMPLEMENTATION_COLUMNS = [
    "target_id", "implementation", "rule", "evidence_id", "stage", "evidence_date", "evidence_old",
    "deadline_year", "deadline_passed", "n_evidence",
]


def first_day(value: object) -> dt.date:
    """The first day an evidence date stands for: '2025' -> 1 Jan 2025, '2025-05' -> 1 May 2025.
    Raises ValueError for a date the evidence check would refuse."""
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"not an evidence date: {value!r}")
    year, month, day = parsed
    return dt.date(year, month or 1, day or 1)


def evidence_frame(entries: list[dict], sources: dict[str, dict] | None = None) -> pd.DataFrame:
    """One row per checked evidence entry with its basis spelled out in columns and the date it
    is known since (etl.known_since.evidence_known_since; sources: the catalog's sources by id,
    needed for a citation's document date)."""
    rows = [_evidence_row(e, sources or {}) for e in entries]
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS).sort_values(
        ["target_id", "known_from", "evidence_id"]).reset_index(drop=True)


def _evidence_row(entry: dict, sources: dict[str, dict]) -> dict:
    """One entry as a flat row: citation, external source or planner in their columns."""
    cit, src, who = entry.get("citation") or {}, entry.get("source") or {}, entry.get("planner") or {}
    first, last = parse_lines(cit["lines"]) if cit else (None, None)
    basis = "citation" if cit else "source" if src else "planner"
    known_since, known_basis = evidence_known_since(entry, sources, first_day(entry["date"]))
    return dict(
        evidence_id=entry["id"], target_id=entry["goal"], date_text=str(entry["date"]),
        known_from=first_day(entry["date"]), stage=entry["stage"], basis=basis,
        source_id=cit.get("document"), line_from=first, line_to=last,
        quote=" ".join(cit["quote"].split()) if cit else None, source_title=src.get("title"),
        reference=src.get("reference"), url=src.get("url"), planner_user=who.get("user"),
        planner_time=str(who["time"]) if who.get("time") else None, comment=who.get("comment"),
        note_de=entry.get("note_de"), note_en=entry.get("note_en"), evidence_file=entry.get("_file"),
        known_since=known_since, known_since_basis=known_basis,
    )


def implementation_frame(goals: list[dict], evidence: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """The implementation status of every promise that is a deliverable or has evidence."""
    by_goal = {gid: grp for gid, grp in evidence.groupby("target_id")}
    rows = []
    for goal in promises(goals):
        entries = by_goal.get(goal["id"])
        if goal["kind"] != MILESTONE and entries is None:
            continue
        rows.append(_implementation_row(goal, entries, as_of))
    return pd.DataFrame(rows, columns=IMPLEMENTATION_COLUMNS)


def _implementation_row(goal: dict, entries: pd.DataFrame | None, as_of: dt.date) -> dict:
    """Assess one goal's evidence; the row names the entry the status rests on."""
    items = [] if entries is None else list(zip(entries["known_from"], entries["stage"], entries["evidence_id"]))
    result = assess_implementation([Evidence(d, s) for d, s, _ in items], goal.get("deadline"), as_of)
    latest_id = None
    if result.latest is not None:
        latest_id = next(eid for d, s, eid in reversed(items)
                         if (d, s) == (result.latest.date, result.latest.stage))
    return dict(
        target_id=goal["id"], implementation=result.status, rule=result.rule, evidence_id=latest_id,
        stage=None if result.latest is None else result.latest.stage,
        evidence_date=None if result.latest is None else result.latest.date,
        evidence_old=result.old, deadline_year=goal.get("deadline"),
        deadline_passed=result.deadline_passed, n_evidence=len(items),
    )
