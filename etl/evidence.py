"""Load the progress evidence (data/raw/evidence/*.yaml) and check it.

An evidence entry says, as of a date, which stage a register goal has reached, on one basis: a
document quote at its lines (checked like a goal's citation), an external source (a council
Drucksache, a press release) or a planner's entry. Input: the raw folder, the catalog, the
register's goal ids and the date that counts as today. Output: the entries as plain dicts
(file order) and every problem found. The format is documented in docs/evidence.md.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from etl.catalog import Catalog
from etl.errors import Problem
from etl.records import Field, check_record, duplicate_ids, load_yaml_folder
from etl.documents import read_documents
from etl.register import ID_PATTERN, check_citation

# Stages in the order progress is expected to run; see docs/evidence.md for the German words.
PROGRESS = ("announced", "decided", "started", "partly_done", "done")
STAGES = PROGRESS + ("still_open", "deferred", "abandoned")
BASES = ("citation", "source", "planner")
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

EVIDENCE_SPEC = {
    "id": Field((str,), True),
    "goal": Field((str,), True),
    "date": Field((str, int, dt.date), True),
    "stage": Field((str,), True, STAGES),
    "citation": Field((dict,)),
    "source": Field((dict,)),
    "planner": Field((dict,)),
    "note_de": Field((str,)),
    "note_en": Field((str,)),
    "_file": Field((str,)),
}
SOURCE_SPEC = {
    "title": Field((str,), True),
    "reference": Field((str,)),
    "date": Field((str, dt.date), True),
    "url": Field((str,)),
}
PLANNER_SPEC = {
    "user": Field((str,), True),
    "time": Field((str, dt.datetime), True),
    "comment": Field((str,), True),
}


def parse_date(value) -> tuple[int, int, int] | None:
    """'2025' -> (2025, 0, 0); '2025-05' -> (2025, 5, 0); '2025-05-26' or a date -> (2025, 5, 26).

    A missing month or day is 0, so a year sorts before its own months. None if unreadable."""
    if isinstance(value, dt.date):
        return (value.year, value.month, value.day)
    match = DATE_PATTERN.match(str(value).strip())
    if not match:
        return None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return (year, month, day)


def load_evidence(raw: Path, catalog: Catalog, goal_ids: set[str], today: dt.date,
                  changes: list[dict] = ()) -> tuple[list[dict], list[Problem]]:
    """Read every evidence/*.yaml (a top-level list `evidence:`), lay the planners' `changes`
    over them (apply_changes; etl.uploads.UploadStore.evidence_changes), check all.
    Returns (entries, problems)."""
    entries, problems = load_yaml_folder(raw, "evidence", "evidence")
    entries = apply_changes(entries, changes)
    problems += duplicate_ids(entries, "evidence/*.yaml")
    docs = read_documents(raw, catalog)
    for entry in entries:
        problems += _check_entry(entry, catalog, docs, goal_ids, today)
    problems += stage_order_problems(entries)
    return entries, problems


def apply_changes(entries: list[dict], changes: list[dict]) -> list[dict]:
    """Entries after the planners' changes, in order: 'add' appends, 'correct' replaces the entry
    of that id (appends if it is gone), 'withdraw' removes it. Inputs are not changed."""
    result = list(entries)
    for change in changes:
        record = {k: v for k, v in change.items() if k != "action"}
        at = next((i for i, e in enumerate(result) if e.get("id") == record["id"]), None)
        if change["action"] == "withdraw":
            result = [e for e in result if e.get("id") != record["id"]]
        elif change["action"] == "correct" and at is not None:
            result[at] = record
        else:
            result.append(record)
    return result


def _check_entry(entry: dict, catalog: Catalog, docs: dict, goal_ids: set[str],
                 today: dt.date) -> list[Problem]:
    rel, eid = entry["_file"], str(entry.get("id", "?"))
    problems = check_record(entry, EVIDENCE_SPEC, rel, eid)
    if not ID_PATTERN.match(eid):
        problems.append(Problem(rel, eid, "id", "use lower-case letters, digits and _ only"))
    if entry.get("goal") is not None and entry["goal"] not in goal_ids:
        problems.append(Problem(rel, eid, "goal", f"unknown goal {entry['goal']!r} (not in the register)"))
    problems += _check_date(entry, rel, eid, today)
    bases = [b for b in BASES if entry.get(b) is not None]
    if len(bases) != 1:
        problems.append(Problem(rel, eid, None, f"give exactly one basis ({', '.join(BASES)}), "
                                                f"found {len(bases)}"))
    if isinstance(entry.get("citation"), dict):
        problems += check_citation(entry["citation"], docs, rel, f"{eid} citation")
        problems += _check_not_before_document(entry, catalog, rel, eid)
    if isinstance(entry.get("source"), dict):
        problems += check_record(entry["source"], SOURCE_SPEC, rel, f"{eid} source")
        if not (entry["source"].get("reference") or entry["source"].get("url")):
            problems.append(Problem(rel, f"{eid} source", "reference", "give a reference or a url"))
    if isinstance(entry.get("planner"), dict):
        problems += check_record(entry["planner"], PLANNER_SPEC, rel, f"{eid} planner")
    return problems


def _check_date(entry: dict, rel: str, eid: str, today: dt.date) -> list[Problem]:
    if entry.get("date") is None:
        return []
    parsed = parse_date(entry["date"])
    if parsed is None:
        return [Problem(rel, eid, "date", f"{entry['date']!r} is not a date like 2025, 2025-05 or 2025-05-26")]
    if parsed > (today.year, today.month, today.day):
        return [Problem(rel, eid, "date", f"{entry['date']} is in the future (today is {today.isoformat()})")]
    return []


def _check_not_before_document(entry: dict, catalog: Catalog, rel: str, eid: str) -> list[Problem]:
    """A document cannot report a stage as of a date before it was published (year compared)."""
    parsed = parse_date(entry.get("date"))
    source = catalog.sources.get(entry["citation"].get("document"), {})
    published = parse_date(str(source.get("published", ""))[:10])
    if parsed and published and parsed[0] < published[0]:
        return [Problem(rel, eid, "date", f"{entry['date']} is before the document was published "
                                          f"({source.get('published')})")]
    return []


def stage_order_problems(entries: list[dict]) -> list[Problem]:
    """Per goal, in date order: progress may not fall back (e.g. 'done' then 'started'), and a goal
    reported 'done' cannot later be 'still_open'. 'deferred' and 'abandoned' may follow anything;
    entries of the same date are not compared."""
    problems = []
    by_goal: dict[str, list[tuple[tuple, dict]]] = {}
    for entry in entries:
        parsed = parse_date(entry.get("date"))
        if parsed and entry.get("stage") in STAGES:
            by_goal.setdefault(entry.get("goal"), []).append((parsed, entry))
    for items in by_goal.values():
        items.sort(key=lambda item: item[0])
        for n, (d2, later) in enumerate(items):
            clash = next((first for d1, first in items[:n]
                          if d1 < d2 and _falls_back(first["stage"], later["stage"])), None)
            if clash is not None:
                problems.append(Problem(later["_file"], str(later.get("id")), "stage",
                                        f"{later['stage']!r} on {later['date']} comes after "
                                        f"{clash['stage']!r} on {clash['date']} ({clash.get('id')}): "
                                        "stage out of order"))
    return problems


def _falls_back(earlier: str, later: str) -> bool:
    if earlier in PROGRESS and later in PROGRESS:
        return PROGRESS.index(later) < PROGRESS.index(earlier)
    return earlier == "done" and later == "still_open"
