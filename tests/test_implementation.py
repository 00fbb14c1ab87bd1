"""Evidence entries as a table and the implementation status per promise (etl.implementation), on
entries made here; plus invariants of the real evidence in the test database."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.implementation import evidence_frame, first_day, implementation_frame

AS_OF = dt.date(2026, 11, 30)


def entry(eid, goal, date, stage, **basis):
    basis = basis or {"citation": {"document": "spd_2025", "lines": "89-90", "quote": "Alle  Schulen"}}
    return {"id": eid, "goal": goal, "date": date, "stage": stage, "_file": "evidence/x.yaml", **basis}


GOALS = [
    {"id": "m1", "kind": "milestone", "deadline": 2030},
    {"id": "m2", "kind": "milestone", "deadline": 2025},
    {"id": "q1", "kind": "annual_flow", "deadline": 2030},
    {"id": "q2", "kind": "budget", "deadline": 2025},
    {"id": "fact", "kind": "milestone", "deadline": None, "nature": "past_fact"},
]


@pytest.mark.parametrize(("text", "day"), [("2025", dt.date(2025, 1, 1)), ("2025-05", dt.date(2025, 5, 1)),
                                          ("2025-05-26", dt.date(2025, 5, 26))])
def test_first_day_of_an_evidence_date(text, day):
    assert first_day(text) == day


def test_evidence_rows_spell_out_their_basis():
    rows = evidence_frame([
        entry("a", "m1", "2025", "started"),
        entry("b", "m1", "2024-03", "decided", source={"title": "Ratsbeschluss", "reference": "DS 1/24",
                                                       "date": "2024-03-14"}),
        entry("c", "m2", "2026-01-05", "done", planner={"user": "anna", "time": "2026-01-05T10:00:00",
                                                        "comment": "Eröffnet"}),
    ]).set_index("evidence_id")
    assert rows.loc["a", "basis"] == "citation" and (rows.loc["a", "line_from"], rows.loc["a", "line_to"]) == (89, 90)
    assert rows.loc["a", "quote"] == "Alle Schulen"
    assert rows.loc["b", "basis"] == "source" and rows.loc["b", "reference"] == "DS 1/24"
    assert rows.loc["c", "basis"] == "planner" and rows.loc["c", "planner_user"] == "anna"


def test_implementation_covers_deliverables_and_goals_with_evidence_only():
    evidence = evidence_frame([entry("a", "m1", "2024-03", "decided"), entry("b", "m1", "2025", "started"),
                               entry("c", "q2", "2024", "decided")])
    result = implementation_frame(GOALS, evidence, AS_OF).set_index("target_id")
    assert set(result.index) == {"m1", "m2", "q2"}, "q1 has no evidence; the past fact is no promise"
    assert (result.loc["m1", "implementation"], result.loc["m1", "evidence_id"]) == ("under_way", "b")
    assert result.loc["m1", "n_evidence"] == 2
    assert (result.loc["m2", "implementation"], result.loc["m2", "rule"]) == (
        "not_evidenced", "no_evidence_after_deadline")
    assert result.loc["q2", "implementation"] == "not_evidenced" and result.loc["q2", "deadline_passed"]


def test_evidence_after_the_as_of_date_is_not_yet_known():
    evidence = evidence_frame([entry("a", "m1", "2026-12-15", "done")])
    result = implementation_frame(GOALS, evidence, AS_OF).set_index("target_id")
    assert result.loc["m1", "implementation"] == "no_progress"


def test_real_evidence_rests_on_quotes_found_and_supports_its_status(db):
    evidence = db.sql("SELECT * FROM evidence").df()
    assert len(evidence) >= 40 and evidence["target_id"].nunique() >= 25
    cited = evidence[evidence["basis"] == "citation"]
    assert cited["quote"].str.len().min() > 0 and cited["line_from"].notna().all()
    statuses = db.sql("""SELECT i.implementation, e.stage FROM target_implementation i
                         JOIN evidence e USING (evidence_id)""").df()
    done_without_done = statuses[(statuses["implementation"] == "done") & (statuses["stage"] != "done")]
    assert done_without_done.empty, "no deliverable shows a stage its evidence does not support"
