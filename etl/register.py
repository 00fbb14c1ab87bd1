"""Load the target register (data/raw/register/*.yaml) and check it against the documents.

Input: the raw folder and the catalog. Output: goals and facts as plain dicts, and every
problem found: unknown keys, bad references, quotes not found at their cited lines, and
inconsistent natures or inferred deadlines (rules in etl/commitments.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from etl.catalog import AREA_LEVELS, Catalog
from etl.commitments import DEADLINE_BASES, NATURES, check_nature_and_deadline
from etl.documents import read_documents
from etl.errors import Problem
from etl.records import Field, check_record, duplicate_ids, load_yaml_folder
from indicators.model import DIRECTIONS, KINDS, MILESTONE

ID_PATTERN = re.compile(r"^[a-z0-9_]+$")
RELATIONS = ("conflicts_with", "restates", "refines", "supports")
ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")

GOAL_SPEC = {
    "id": Field((str,), True),
    "theme": Field((str,), True),
    "title_de": Field((str,), True),
    "title_en": Field((str,), True),
    "kind": Field((str,), True, KINDS),
    "target_value": Field((int, float)),
    "unit": Field((str,)),
    "direction": Field((str,), False, DIRECTIONS),
    "start": Field((int,), True),
    "deadline": Field((int,)),
    "deadline_inferred": Field((bool,)),
    "deadline_basis": Field((str,), False, DEADLINE_BASES),
    "deadline_note_de": Field((str,)),
    "deadline_note_en": Field((str,)),
    "nature": Field((str,), False, NATURES),
    "baseline_value": Field((int, float)),
    "baseline_year": Field((int,)),
    "indicator": Field((str,)),
    "area_level": Field((str,), False, ("city", "stadtbezirk")),
    "citations": Field((list,), True),
    "related": Field((list,)),
    "note_de": Field((str,)),
    "note_en": Field((str,)),
}
CITATION_SPEC = {
    "document": Field((str,), True),
    "lines": Field((str, int), True),
    "quote": Field((str,), True),
}
RELATED_SPEC = {
    "goal": Field((str,), True),
    "relation": Field((str,), True, RELATIONS),
}
FACT_SPEC = {
    "id": Field((str,), True),
    "indicator": Field((str,), True),
    "year": Field((int,), True),
    "value": Field((int, float), True),
    "qualifier": Field((str,), False, ("exactly", "more_than", "less_than", "about")),
    "area_level": Field((str,), False, AREA_LEVELS),
    "area_code": Field((str,)),
    "citation": Field((dict,), True),
    "note_de": Field((str,)),
}


@dataclass(frozen=True)
class Register:
    """The checked register: goals and document facts, in file order."""

    goals: list[dict]
    facts: list[dict]


def load_register(raw: Path, catalog: Catalog) -> tuple[Register, list[Problem]]:
    """Read every register/*.yaml (goals) and register/facts/*.yaml. Returns all problems."""
    goals, problems = load_yaml_folder(raw, "register", "goals")
    facts, found = load_yaml_folder(raw, "register/facts", "facts")
    problems += found
    problems += duplicate_ids(goals, "register/*.yaml") + duplicate_ids(facts, "register/facts")
    docs = read_documents(raw, catalog)
    ids = {g.get("id") for g in goals}
    for goal in goals:
        problems += _check_goal(goal, catalog, docs, ids)
    for fact in facts:
        problems += _check_fact(fact, catalog, docs)
    return Register(goals, facts), problems


def parse_lines(spec: str | int) -> tuple[int, int]:
    """'27' -> (27, 27); '124-132' -> (124, 132). Raises ValueError on anything else."""
    text = str(spec).strip()
    match = re.fullmatch(r"(\d+)(?:\s*[-–]\s*(\d+))?", text)
    if not match:
        raise ValueError(f"line range {text!r} is not like '27' or '124-132'")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if last < first:
        raise ValueError(f"line range {text!r} ends before it starts")
    return first, last


def normalise_ws(text: str) -> str:
    """Collapse every run of whitespace to one space and strip both ends."""
    return " ".join(text.split())


def quote_found(quote: str, lines: list[str], first: int, last: int) -> bool:
    """True if the quote occurs (whitespace-normalised) within lines first..last (1-based).

    A quote may skip text with '...' or '…': each part must occur, in order.
    """
    if first < 1 or last > len(lines):
        return False
    text = normalise_ws(" ".join(lines[first - 1 : last]))
    pos = 0
    for part in ELLIPSIS.split(normalise_ws(quote)):
        if not part:
            continue
        found = text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True


def _check_goal(goal: dict, catalog: Catalog, docs: dict, ids: set) -> list[Problem]:
    rel, gid = goal["_file"], str(goal.get("id", "?"))
    spec = dict(GOAL_SPEC, _file=Field((str,)))
    problems = check_record(goal, spec, rel, gid)
    if not ID_PATTERN.match(gid):
        problems.append(Problem(rel, gid, "id", "use lower-case letters, digits and _ only"))
    refs = (("theme", catalog.themes), ("unit", catalog.units), ("indicator", catalog.indicators))
    for key, table in refs:
        if goal.get(key) is not None and goal[key] not in table:
            problems.append(Problem(rel, gid, key, f"unknown {key} {goal[key]!r}"))
    problems += _check_kind_fields(goal, rel, gid)
    problems += check_nature_and_deadline(goal, rel, gid)
    for n, cit in enumerate(goal.get("citations") or [], start=1):
        problems += check_citation(cit, docs, rel, f"{gid} citation {n}")
    for n, link in enumerate(goal.get("related") or [], start=1):
        label = f"{gid} related {n}"
        if not isinstance(link, dict):
            problems.append(Problem(rel, label, None, "expected a mapping with goal and relation"))
            continue
        problems += check_record(link, RELATED_SPEC, rel, label)
        if link.get("goal") not in ids:
            problems.append(Problem(rel, label, "goal", f"unknown goal {link.get('goal')!r}"))
    return problems


def _check_kind_fields(goal: dict, rel: str, gid: str) -> list[Problem]:
    """Quantitative kinds need value, unit and direction; deadlines follow starts."""
    problems = []
    if goal.get("kind") != MILESTONE:
        for key in ("target_value", "unit", "direction"):
            if goal.get(key) is None:
                problems.append(Problem(rel, gid, key, f"required for kind {goal.get('kind')!r}"))
    start, deadline = goal.get("start"), goal.get("deadline")
    if isinstance(start, int) and isinstance(deadline, int) and deadline < start:
        problems.append(Problem(rel, gid, "deadline", f"{deadline} is before start {start}"))
    if not goal.get("citations"):
        problems.append(Problem(rel, gid, "citations", "at least one citation is required"))
    return problems


def check_citation(cit, docs: dict, rel: str, label: str) -> list[Problem]:
    """Check one {document, lines, quote} mapping against the documents' lines (from etl.documents.read_documents);
    returns the problems, labelled with `rel` and `label`."""
    if not isinstance(cit, dict):
        return [Problem(rel, label, None, "expected a mapping with document, lines, quote")]
    problems = check_record(cit, CITATION_SPEC, rel, label)
    if problems:
        return problems
    if cit["document"] not in docs:
        return [Problem(rel, label, "document", f"unknown document {cit['document']!r}")]
    try:
        first, last = parse_lines(cit["lines"])
    except ValueError as err:
        return [Problem(rel, label, "lines", str(err))]
    if not quote_found(cit["quote"], docs[cit["document"]], first, last):
        short = normalise_ws(cit["quote"])[:80]
        return [
            Problem(
                rel, label, "quote",
                f"quote not found in {cit['document']} lines {first}-{last}: \"{short}\"",
            )
        ]
    return []


def _check_fact(fact: dict, catalog: Catalog, docs: dict) -> list[Problem]:
    rel, fid = fact["_file"], str(fact.get("id", "?"))
    problems = check_record(fact, dict(FACT_SPEC, _file=Field((str,))), rel, fid)
    if fact.get("indicator") is not None and fact["indicator"] not in catalog.indicators:
        problems.append(Problem(rel, fid, "indicator", f"unknown indicator {fact['indicator']!r}"))
    if isinstance(fact.get("citation"), dict):
        problems += check_citation(fact["citation"], docs, rel, f"{fid} citation")
    return problems
