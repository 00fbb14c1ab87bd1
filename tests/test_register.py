"""The target register: every quote is found at its lines, required goals exist, links hold."""

from __future__ import annotations

import pytest
import yaml

from etl.build import check_inputs
from etl.catalog import load_catalog
from etl.errors import ValidationFailed
from etl.register import load_register, parse_lines, quote_found
from tests.conftest import RAW

CATALOG, _ = load_catalog(RAW)
REGISTER, REGISTER_PROBLEMS = load_register(RAW, CATALOG)
GOALS = {g["id"]: g for g in REGISTER.goals}


def test_bundled_inputs_are_valid():
    check_inputs(RAW)  # raises ValidationFailed listing every problem


@pytest.mark.parametrize("goal_id", sorted(GOALS))
def test_every_quote_is_found_at_its_cited_lines(goal_id):
    lines_of = {sid: (RAW / s["file"]).read_text(encoding="utf-8").splitlines()
                for sid, s in CATALOG.sources.items() if s["kind"] != "dataset" and s.get("file")}
    for cit in GOALS[goal_id]["citations"]:
        first, last = parse_lines(cit["lines"])
        assert quote_found(cit["quote"], lines_of[cit["document"]], first, last), cit


def test_register_size_and_coverage():
    assert len(GOALS) >= 80
    docs = {c["document"] for g in REGISTER.goals for c in g["citations"]}
    assert docs == {"gruene_cdu_2023", "spd_2025", "dos_2020", "stadtstrategie_2025", "ruhrkonferenz_2019"}
    milestones = [g for g in REGISTER.goals if g["kind"] == "milestone"]
    quantitative = [g for g in REGISTER.goals if g["kind"] != "milestone"]
    assert len(milestones) >= 40
    assert len(quantitative) >= 30


@pytest.mark.parametrize("goal_id, kind, value, unit, start, deadline, document", [
    ("wohnungen_2000_pro_jahr", "annual_flow", 2000, "dwellings", 2025, None, "spd_2025"),
    ("klimaneutral_2035", "level_by_deadline", 0, "kt_co2", 2023, 2035, "gruene_cdu_2023"),
    ("baeume_5000", "cumulative", 5000, "trees", 2023, 2025, "gruene_cdu_2023"),
    ("strassenoffensive_25_mio", "budget", 25_000_000, "eur", 2024, 2025, "spd_2025"),
    ("strassenoffensive_alle_12_bezirke", "cumulative", 12, "districts", 2024, 2025, "spd_2025"),
])
def test_named_targets_have_correct_values(goal_id, kind, value, unit, start, deadline, document):
    goal = GOALS[goal_id]
    assert (goal["kind"], goal["target_value"], goal["unit"]) == (kind, value, unit)
    assert (goal["start"], goal.get("deadline")) == (start, deadline)
    assert goal["citations"][0]["document"] == document


def test_road_offensive_applies_to_every_stadtbezirk():
    assert GOALS["strassenoffensive_alle_12_bezirke"]["area_level"] == "stadtbezirk"


def test_climate_neutrality_conflict_is_linked_both_ways():
    def links(gid):
        return {(r["goal"], r["relation"]) for r in GOALS[gid].get("related") or []}
    conflicts = {g for g, rel in links("klimaneutral_2035") if rel == "conflicts_with"}
    assert "klimaneutral_vor_2038_dos" in conflicts
    assert ("klimaneutral_2035", "conflicts_with") in links("klimaneutral_vor_2038_dos")


def test_every_conflict_is_symmetric():
    pairs = {(g["id"], r["goal"]) for g in REGISTER.goals for r in g.get("related") or []
             if r["relation"] == "conflicts_with"}
    assert pairs, "the register records no conflicts"
    assert {(b, a) for a, b in pairs} == pairs


@pytest.mark.parametrize("spec, expected", [("27", (27, 27)), ("124-132", (124, 132)), (5, (5, 5)),
                                            ("12 – 14", (12, 14))])
def test_parse_lines(spec, expected):
    assert parse_lines(spec) == expected


@pytest.mark.parametrize("spec", ["", "a-b", "9-3", "1,2"])
def test_parse_lines_rejects_nonsense(spec):
    with pytest.raises(ValueError):
        parse_lines(spec)


def test_quote_matching_normalises_whitespace_and_allows_ellipsis():
    lines = ["Wir bauen   mehr", "Wohnungen und", "mehr Radwege."]
    assert quote_found("bauen mehr Wohnungen", lines, 1, 2)
    assert quote_found("Wir bauen ... mehr Radwege.", lines, 1, 3)
    assert not quote_found("mehr Radwege ... Wir bauen", lines, 1, 3)  # order matters
    assert not quote_found("mehr Radwege.", lines, 1, 2)  # outside the cited lines
    assert not quote_found("Wir bauen", lines, 0, 9)  # lines out of range


def test_a_wrong_quote_fails_the_check_naming_the_goal(raw_copy):
    path = raw_copy / "register" / "wohnen.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    goal = next(g for g in data["goals"] if g["id"] == "wohnungen_2000_pro_jahr")
    goal["citations"][0]["quote"] = goal["citations"][0]["quote"].replace("2.000", "3.000")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ValidationFailed) as err:
        check_inputs(raw_copy)
    assert "wohnungen_2000_pro_jahr" in str(err.value)
    assert "quote not found in spd_2025 lines 27-27" in str(err.value)


def test_every_problem_is_reported_at_once(raw_copy):
    path = raw_copy / "register" / "wohnen.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["goals"][0]["theme"] = "no_such_theme"
    data["goals"][0]["colour"] = "red"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ValidationFailed) as err:
        check_inputs(raw_copy)
    fields = {p.field for p in err.value.problems}
    assert {"theme", "colour"} <= fields
