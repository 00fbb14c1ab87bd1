"""Check a planner's evidence file row by row (add, correct or withdraw an evidence entry) and
report every problem at once, naming row and column.

Input: a `planner.parse.ParsedTable` read with the evidence columns (planner.columns.EVIDENCE)
and an `EvidenceReference` (goals, document lines, the current entries, the as-of date).
Output: (list of `EvidenceRow`, list of `UploadProblem`); the rows are usable only when the
problem list is empty. The rules are etl's: ids, stages and dates as etl.evidence, quotes at
their lines as etl.register.quote_found, the order of stages as etl.evidence.stage_order_problems.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from etl.evidence import STAGES, parse_date, stage_order_problems
from etl.register import ID_PATTERN, parse_lines, quote_found
from planner.messages import UploadProblem
from planner.parse import header_key
from planner.validate import show

ACTIONS = {"neu": "add", "add": "add", "new": "add", "hinzufuegen": "add",
           "korrigieren": "correct", "korrektur": "correct", "correct": "correct",
           "zurueckziehen": "withdraw", "withdraw": "withdraw", "zurueckgezogen": "withdraw"}
STAGE_WORDS = {"angekuendigt": "announced", "beschlossen": "decided", "begonnen": "started",
               "teilweiseumgesetzt": "partly_done", "umgesetzt": "done", "weiterhinoffen": "still_open",
               "zurueckgestellt": "deferred", "aufgegeben": "abandoned"}
GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
EXAMPLE_ID = "beispiel_bitte_ersetzen"


@dataclass(frozen=True)
class EvidenceRow:
    """One checked row: what to do with which entry, and the entry in the register's shape
    (etl.evidence: id, goal, date, stage and one basis: citation, source, or the planner)."""

    action: str
    evidence_id: str
    goal: str
    date: str
    stage: str
    citation: dict | None
    source: dict | None
    note: str
    row: int


@dataclass(frozen=True)
class EvidenceReference:
    """What an evidence row is checked against. goals: id -> {title_de, title_en, deadline_year};
    documents: source id -> its lines; current: the entries now in the database (dicts with id,
    goal, date, stage); today: the workflow's as-of date."""

    goals: dict[str, dict]
    documents: dict[str, list[str]]
    current: list[dict]
    today: dt.date


def evidence_date(cell: object) -> str | None:
    """An evidence date as etl.evidence writes it ('2025', '2025-05', '2025-05-26') from a cell:
    those spellings, '26.05.2025' or an Excel date. None when it is none of them."""
    if isinstance(cell, (dt.date, dt.datetime)):
        return (cell.date() if isinstance(cell, dt.datetime) else cell).isoformat()
    text = show(cell)
    german = GERMAN_DATE.match(text)
    if german:
        text = f"{german.group(3)}-{int(german.group(2)):02d}-{int(german.group(1)):02d}"
    return text if parse_date(text) else None


def stage_of(cell: object) -> str | None:
    """The stage id of a cell: an id ('partly_done') or the German word ('teilweise umgesetzt')."""
    text = show(cell).strip().lower()
    return text if text in STAGES else STAGE_WORDS.get(header_key(text))


def validate_evidence(table, ref: EvidenceReference) -> tuple[list[EvidenceRow], list[UploadProblem]]:
    """Check every row of an evidence table; then the order of stages per goal as it would be."""
    rows, problems, seen = [], [], {}
    for number, cells in table.rows:
        found, row = _check_row(number, cells, table.columns, ref)
        if row is not None and row.evidence_id in seen:
            found.append(UploadProblem("evidence_id_twice", number, table.columns["evidence_id"],
                                       row.evidence_id, {"id": row.evidence_id, "first": seen[row.evidence_id]}))
        problems += found
        if row is not None and not found:
            seen[row.evidence_id] = number
            rows.append(row)
    if not problems:
        problems = _order_problems(rows, ref, table.columns["stage"])
    return rows, problems


def _check_row(number: int, cells: dict, columns: dict, ref: EvidenceReference):
    """(problems, row or None) of one row: action and id first, then the entry it sets."""
    def cell(name: str) -> str:
        return show(cells.get(name) or "").strip()

    action = ACTIONS.get(header_key(cell("action")) or "neu")
    problems = [] if action else [_at(number, columns, "action", cell("action"), "evidence_action_unknown")]
    eid, id_problems = _check_id(number, columns, cell("evidence_id"), cell("goal"), action, ref)
    problems += id_problems
    if action == "withdraw":
        current = next((e for e in ref.current if e["id"] == eid), {})
        row = EvidenceRow("withdraw", eid, current.get("goal", ""), str(current.get("date", "")),
                          current.get("stage", ""), None, None, cell("note"), number)
        return problems, None if problems else row
    goal, date, stage, entry_problems = _check_entry(number, cells, columns, ref)
    citation, source, basis_problems = _check_basis(number, cells, columns, ref, date)
    problems += entry_problems + basis_problems
    if problems or not action:
        return problems, None
    return problems, EvidenceRow(action, eid, goal, date, stage, citation, source, cell("note"), number)


def _at(number: int, columns: dict, column: str, value: str, code: str, **params) -> UploadProblem:
    """A problem at one cell: the column as written in the file, the value as typed."""
    return UploadProblem(code, number, columns.get(column, column), value, params)


def _check_id(number, columns, eid, goal, action, ref):
    """The entry's id (generated for a new entry without one) and the problems with it."""
    known = {e["id"] for e in ref.current}
    if not eid and action == "add":
        base = re.sub(r"[^a-z0-9_]", "_", goal.lower()) or "nachweis"
        n = 1
        while f"{base}_p{n}" in known:
            n += 1
        return f"{base}_p{n}", []
    if eid == EXAMPLE_ID:
        return eid, [_at(number, columns, "evidence_id", eid, "example_row")]
    if not ID_PATTERN.match(eid):
        return eid, [_at(number, columns, "evidence_id", eid, "evidence_id_invalid")]
    if action in ("correct", "withdraw") and eid not in known:
        return eid, [_at(number, columns, "evidence_id", eid, "evidence_id_unknown", id=eid)]
    if action == "add" and eid in known:
        return eid, [_at(number, columns, "evidence_id", eid, "evidence_id_taken", id=eid)]
    return eid, []


def _check_entry(number, cells, columns, ref):
    """(goal, date, stage, problems) of an added or corrected entry."""
    problems = []
    goal = show(cells.get("goal") or "").strip()
    if goal not in ref.goals:
        problems.append(_at(number, columns, "goal", goal, "evidence_goal_unknown", example=min(ref.goals, default="")))
    raw_date = cells.get("date")
    date = evidence_date(raw_date)
    if date is None:
        problems.append(_at(number, columns, "date", show(raw_date or ""), "evidence_date_invalid"))
    elif parse_date(date) > (ref.today.year, ref.today.month, ref.today.day):
        problems.append(_at(number, columns, "date", show(raw_date), "evidence_date_future",
                            today=ref.today.strftime("%d.%m.%Y")))
    stage = stage_of(cells.get("stage") or "")
    if stage is None:
        problems.append(_at(number, columns, "stage", show(cells.get("stage") or ""), "evidence_stage_unknown",
                            stages=", ".join(STAGES)))
    return goal, date, stage, problems


def _check_basis(number, cells, columns, ref, date):
    """(citation, source, problems): a document quote at its lines, else an external source,
    else the planner's note (the planner is then the basis)."""
    def cell(name: str) -> str:
        return show(cells.get(name) or "").strip()

    if cell("document") or cell("lines") or cell("quote"):
        return _check_citation(number, columns, ref, cell("document"), cell("lines"), cell("quote"))
    if cell("source"):
        if not (cell("reference") or cell("url")):
            return None, None, [_at(number, columns, "reference", "", "evidence_source_incomplete")]
        source = {"title": cell("source"), "reference": cell("reference") or None, "url": cell("url") or None,
                  "date": date or ""}
        return None, {k: v for k, v in source.items() if v is not None}, []
    if not cell("note"):
        return None, None, [_at(number, columns, "note", "", "evidence_basis_missing")]
    return None, None, []


def _check_citation(number, columns, ref, document, lines, quote):
    """(citation, None, problems) for a document quote: known document, readable lines, a quote
    that stands at those lines."""
    if document not in ref.documents:
        return None, None, [_at(number, columns, "document", document, "evidence_document_unknown",
                                example=min(ref.documents, default=""))]
    try:
        first, last = parse_lines(lines)
    except ValueError:
        return None, None, [_at(number, columns, "lines", lines, "evidence_lines_invalid")]
    if not quote:
        return None, None, [_at(number, columns, "quote", "", "evidence_quote_missing",
                                document=document, lines=lines)]
    if not quote_found(quote, ref.documents[document], first, last):
        return None, None, [_at(number, columns, "quote", quote[:80], "evidence_quote_not_at_lines",
                                document=document, lines=lines)]
    return {"document": document, "lines": lines, "quote": quote}, None, []


def effective_entries(current: list[dict], rows: list[EvidenceRow]) -> list[dict]:
    """The entries as they would be after the file: withdrawn and corrected ids replaced."""
    changed = {r.evidence_id for r in rows}
    kept = [e for e in current if e["id"] not in changed]
    return kept + [dict(id=r.evidence_id, goal=r.goal, date=r.date, stage=r.stage, _file=f"row {r.row}",
                        _row=r.row) for r in rows if r.action != "withdraw"]


def _order_problems(rows: list[EvidenceRow], ref: EvidenceReference, column: str) -> list[UploadProblem]:
    """Stage out of order (etl.evidence.stage_order_problems) between a row and any entry of its
    goal as the entries would be after the file."""
    entries = [dict(e, _file=e.get("_file", "")) for e in effective_entries(ref.current, rows)]
    problems = []
    for new in (e for e in entries if "_row" in e):
        for other in (e for e in entries if e["goal"] == new["goal"] and e is not new):
            if not stage_order_problems([other, new]):
                continue
            earlier, later = sorted((other, new), key=lambda e: parse_date(e["date"]))
            problems.append(UploadProblem("evidence_stage_order", new["_row"], column, new["stage"], {
                "stage": later["stage"], "date": later["date"], "earlier": earlier["stage"],
                "earlier_date": earlier["date"], "earlier_id": earlier["id"]}))
            break
    return problems
