"""Progress evidence (data/raw/evidence): validation on small folders made in the test, and
invariants of the seeded evidence (quotes at their lines, known goals, stages in order)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from etl.build import check_inputs
from etl.catalog import load_catalog
from etl.errors import ValidationFailed
from etl.evidence import STAGES, load_evidence, parse_date, stage_order_problems
from etl.register import load_register
from tests.conftest import RAW

CATALOG, _ = load_catalog(RAW)
REGISTER, _ = load_register(RAW, CATALOG)
GOAL_IDS = {g["id"] for g in REGISTER.goals}
TODAY = dt.date(2026, 11, 30)
SPD_FILE = CATALOG.sources["spd_2025"]["file"]
LINES = ["Alle Schulen sind angebunden.", "Die Karte kommt bald."]


def _entry(**extra) -> dict:
    entry = dict(id="e1", goal="wohnungen_2000_pro_jahr", date="2025", stage="started",
                 citation=dict(document="spd_2025", lines="1", quote="Alle Schulen sind angebunden."))
    entry.update(extra)
    return entry


def _problems(tmp_path, *entries, goal_ids=frozenset(GOAL_IDS)) -> list:
    """Load an evidence folder holding only `entries`; spd_2025 is a two-line text."""
    (tmp_path / SPD_FILE).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / SPD_FILE).write_text("\n".join(LINES), encoding="utf-8")
    (tmp_path / "evidence").mkdir(exist_ok=True)
    (tmp_path / "evidence" / "test.yaml").write_text(
        yaml.safe_dump({"evidence": list(entries)}, allow_unicode=True), encoding="utf-8")
    return load_evidence(tmp_path, CATALOG, set(goal_ids), TODAY)[1]


def test_a_valid_entry_has_no_problem(tmp_path):
    assert _problems(tmp_path, _entry()) == []


@pytest.mark.parametrize("extra, field, words", [
    (dict(goal="no_such_goal"), "goal", "unknown goal 'no_such_goal'"),
    (dict(date="2027-01-05"), "date", "in the future"),
    (dict(date="2025-13"), "date", "is not a date"),
    (dict(date="2019"), "date", "before the document was published"),
    (dict(stage="finished"), "stage", "is not one of"),
    (dict(id="E 1"), "id", "lower-case"),
])
def test_bad_entry_is_rejected_naming_file_entry_and_field(tmp_path, extra, field, words):
    problems = _problems(tmp_path, _entry(**extra))
    assert any(p.field == field and words in p.message and p.file == "evidence/test.yaml"
               for p in problems), problems


def test_a_quote_not_at_its_lines_is_rejected(tmp_path):
    moved = _entry(citation=dict(document="spd_2025", lines="2", quote="Alle Schulen sind angebunden."))
    [problem] = _problems(tmp_path, moved)
    assert problem.field == "quote" and "quote not found in spd_2025 lines 2-2" in problem.message


def test_a_missing_quote_is_rejected(tmp_path):
    [problem] = _problems(tmp_path, _entry(citation=dict(document="spd_2025", lines="1")))
    assert (problem.row, problem.field) == ("e1 citation", "quote")


@pytest.mark.parametrize("bases, n", [({}, 0), ({"planner": dict(user="a", time="2026-01-01T10:00",
                                                                   comment="x")}, 2)])
def test_exactly_one_basis_is_required(tmp_path, bases, n):
    entry = _entry(**bases)
    if not bases:
        del entry["citation"]
    problems = _problems(tmp_path, entry)
    assert any("exactly one basis" in p.message and f"found {n}" in p.message for p in problems), problems


def test_external_source_and_planner_bases_are_checked(tmp_path):
    source = _entry(id="e1", citation=None, source=dict(title="Ratsbeschluss", date="2025-03-01"))
    planner = _entry(id="e2", citation=None, planner=dict(user="planer1", time="2026-11-02T09:15"))
    ok = _entry(id="e3", citation=None, source=dict(title="Ratsbeschluss", date="2025-03-01",
                                                    reference="Drucksache Nr. 38472-25"))
    problems = _problems(tmp_path, source, planner, ok)
    assert {(p.row, p.field) for p in problems} == {("e1 source", "reference"), ("e2 planner", "comment")}


def test_duplicate_ids_are_rejected(tmp_path):
    problems = _problems(tmp_path, _entry(), _entry(stage="decided"))
    assert [p.field for p in problems] == ["id"] and "duplicate" in problems[0].message


@pytest.mark.parametrize("first, later, bad", [
    ("decided", "started", False),
    ("started", "decided", True),       # progress falls back
    ("done", "still_open", True),       # done, then repeated as unmet
    ("partly_done", "still_open", False),
    ("done", "abandoned", False),
    ("still_open", "done", False),
])
def test_stage_order(first, later, bad):
    entries = [dict(id="a", goal="g", date="2023-08-16", stage=first, _file="f"),
               dict(id="b", goal="g", date="2025", stage=later, _file="f")]
    problems = stage_order_problems(entries)
    assert bool(problems) is bad
    if bad:
        assert problems[0].row == "b" and "stage out of order" in problems[0].message


def test_entries_of_the_same_date_or_other_goals_are_not_compared():
    same_day = [dict(id="a", goal="g", date="2025", stage="done", _file="f"),
                dict(id="b", goal="g", date="2025", stage="started", _file="f"),
                dict(id="c", goal="h", date="2026", stage="announced", _file="f")]
    assert stage_order_problems(same_day) == []


@pytest.mark.parametrize("text, expected", [("2025", (2025, 0, 0)), ("2025-05", (2025, 5, 0)),
                                            ("2025-05-26", (2025, 5, 26)), (dt.date(2024, 2, 3), (2024, 2, 3)),
                                            ("2025-02-30", None), ("May 2025", None)])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_broken_evidence_fails_the_check_naming_the_entry(raw_copy):
    path = raw_copy / "evidence" / "spd_2025.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["evidence"][0]["goal"] = "gibt_es_nicht"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ValidationFailed) as err:
        check_inputs(raw_copy)
    assert "unknown goal 'gibt_es_nicht'" in str(err.value)
    assert data["evidence"][0]["id"] in str(err.value)


# --- invariants of the seeded evidence ----------------------------------------------------------

SEEDED, SEEDED_PROBLEMS = load_evidence(RAW, CATALOG, GOAL_IDS, TODAY)


def test_seeded_evidence_is_valid():
    """Every quote is found at its lines, every goal exists, no date lies ahead, stages in order."""
    assert SEEDED_PROBLEMS == []


def test_seeded_evidence_rests_on_document_quotes_and_covers_many_goals():
    assert all(e.get("citation") for e in SEEDED)
    assert len(SEEDED) >= 40 and len({e["goal"] for e in SEEDED}) >= 25
    assert {e["stage"] for e in SEEDED} <= set(STAGES)


def test_a_document_reports_only_as_of_its_own_date():
    """An entry quoting a document carries that document's date (or its year)."""
    for entry in SEEDED:
        published = str(CATALOG.sources[entry["citation"]["document"]]["published"])
        assert str(entry["date"]) == published[:len(str(entry["date"]))], entry["id"]
