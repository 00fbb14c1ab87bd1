"""Evidence entries in the one upload workflow (planner.workflow): what a file is checked against,
what it would change, its effect on the goals' implementation status, and its log rows.

  evidence_reference(read, as_of) -> EvidenceReference (goals, document lines, current entries)
  evidence_plan(rows, ref) -> (changes, effect): one row per entry changed; per goal the
      implementation status before and after (indicators.evidence.assess_implementation)
  evidence_log_rows(rows, ref) -> (goals, rows as written to the upload log)
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.queries.uploads import document_lines, evidence_current, evidence_goals
from etl.implementation import first_day
from indicators.evidence import Evidence, assess_implementation
from planner.evidence import EvidenceReference, EvidenceRow, effective_entries

CHANGE_COLUMNS = ["action", "evidence_id", "goal", "date", "stage", "old_date", "old_stage", "basis",
                  "note", "row"]
EFFECT_COLUMNS = ["target_id", "title_de", "title_en", "old_status", "new_status", "changed"]


def evidence_reference(read, as_of: dt.date) -> EvidenceReference:
    """The goals, documents and current entries of the database for checking evidence rows."""
    goals = {r["target_id"]: r for r in read(evidence_goals).to_dict("records")}
    lines = read(document_lines)
    documents = {sid: list(group["text"]) for sid, group in lines.groupby("source_id", sort=False)}
    current = [dict(id=r["evidence_id"], goal=r["target_id"], date=r["date_text"], stage=r["stage"],
                    basis=r["basis"], _file=r["evidence_file"] or "")
               for r in read(evidence_current).to_dict("records")]
    return EvidenceReference(goals, documents, current, as_of)


def _basis(row: EvidenceRow) -> str:
    """'citation', 'source' or 'planner': what the entry rests on."""
    return "citation" if row.citation else "source" if row.source else "planner"


def evidence_plan(rows: list[EvidenceRow], ref: EvidenceReference) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(changes, effect) of checked evidence rows on the current entries, for ref.today."""
    current = {e["id"]: e for e in ref.current}
    changes = pd.DataFrame([dict(
        action=r.action, evidence_id=r.evidence_id, goal=r.goal, date=r.date, stage=r.stage,
        old_date=current.get(r.evidence_id, {}).get("date"), old_stage=current.get(r.evidence_id, {}).get("stage"),
        basis=None if r.action == "withdraw" else _basis(r), note=r.note, row=r.row) for r in rows],
        columns=CHANGE_COLUMNS)
    after = effective_entries(ref.current, rows)
    effect = []
    for goal in sorted({r.goal for r in rows} | {current[r.evidence_id]["goal"] for r in rows
                                                 if r.evidence_id in current}):
        info = ref.goals.get(goal, {})
        old = _status(ref.current, goal, info, ref.today)
        new = _status(after, goal, info, ref.today)
        effect.append(dict(target_id=goal, title_de=info.get("title_de", goal), title_en=info.get("title_en", goal),
                           old_status=old, new_status=new, changed=old != new))
    return changes, pd.DataFrame(effect, columns=EFFECT_COLUMNS)


def _status(entries: list[dict], goal: str, info: dict, today: dt.date) -> str:
    """The implementation status of one goal from the given entries (the build's rule)."""
    deadline = info.get("deadline_year")
    deadline = None if deadline is None or pd.isna(deadline) else int(deadline)
    evidence = [Evidence(first_day(e["date"]), e["stage"]) for e in entries if e["goal"] == goal]
    return assess_implementation(evidence, deadline, today).status


def evidence_log_rows(rows: list[EvidenceRow], ref: EvidenceReference) -> tuple[list[str], list[dict]]:
    """(goals touched, one dict per row) as the upload log keeps them (etl.uploads reads them)."""
    current = {e["id"]: e for e in ref.current}
    goals = sorted({r.goal for r in rows} | {current[r.evidence_id]["goal"] for r in rows
                                             if r.evidence_id in current})
    logged = []
    for r in rows:
        item = dict(action=r.action, id=r.evidence_id, goal=r.goal, date=r.date, stage=r.stage, note=r.note)
        if r.citation:
            item["citation"] = r.citation
        if r.source:
            item["source"] = r.source
        logged.append(item)
    return goals, logged
