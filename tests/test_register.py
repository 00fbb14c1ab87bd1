"""The target register: every quote is found at its lines, required goals exist, links hold."""

from __future__ import annotations

import pytest
import yaml

from etl.build import check_inputs
from etl.catalog import load_catalog
from etl.errors import ValidationFailed
from etl.commitments import deadline_notes, promises
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
    ("wohnungen_2000_pro_jahr", "annual_flow", 2000, "dwellings", 2025, 2030, "spd_2025"),
    ("klimaneutral_2035", "level_by_deadline", 0, "kt_co2", 2023, 2035, "gruene_cdu_2023"),
    ("baeume_5000", "cumulative", 5000, "trees", 2021, 2025, "gruene_cdu_2023"),
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


# --- nature and inferred deadlines: small register folders made in the test -------------------

SPD_FILE = CATALOG.sources["spd_2025"]["file"]
RUHR_FILE = CATALOG.sources["ruhrkonferenz_2019"]["file"]
FIXTURE_LINES = ["Wir bauen 2.000 Wohnungen pro Jahr.", "Das Land muss zahlen."]


def _goal(**extra) -> dict:
    goal = dict(id="g1", theme="wohnen", title_de="T", title_en="T", kind="milestone", start=2025,
                citations=[dict(document="spd_2025", lines="1", quote="Wir bauen 2.000 Wohnungen pro Jahr.")])
    goal.update(extra)
    return goal


def _problems(tmp_path, *goals) -> list:
    """Load a register folder holding only `goals` (spd_2025 and ruhrkonferenz_2019 as two-line texts)."""
    for rel in (SPD_FILE, RUHR_FILE):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("\n".join(FIXTURE_LINES), encoding="utf-8")
    (tmp_path / "register").mkdir(exist_ok=True)
    (tmp_path / "register" / "test.yaml").write_text(
        yaml.safe_dump({"goals": list(goals)}, allow_unicode=True), encoding="utf-8")
    return load_register(tmp_path, CATALOG)[1]


def test_fixture_goal_with_term_end_deadline_is_valid(tmp_path):
    assert _problems(tmp_path, _goal(deadline=2030, deadline_inferred=True, deadline_basis="term_end")) == []


def test_unknown_nature_is_rejected_naming_file_goal_and_choices(tmp_path):
    [problem] = _problems(tmp_path, _goal(nature="wish"))
    assert (problem.file, problem.row, problem.field) == ("register/test.yaml", "g1", "nature")
    assert "'wish' is not one of" in problem.message and "demand_on_land" in problem.message


@pytest.mark.parametrize("extra, field, words", [
    (dict(deadline=2030, deadline_inferred=True), "deadline_basis", "needs a basis"),
    (dict(deadline_inferred=True, deadline_basis="term_end"), "deadline", "no deadline"),
    (dict(deadline=2030, deadline_basis="term_end"), "deadline_basis", "only for inferred"),
    (dict(deadline=2030, deadline_note_de="weil"), "deadline_note_de", "only for inferred"),
    (dict(deadline=2029, deadline_inferred=True, deadline_basis="term_end"), "deadline", "must be 2030"),
    (dict(deadline=2029, deadline_inferred=True, deadline_basis="reading", deadline_note_en="four years"),
     "deadline_note_de", "needs a note"),
    (dict(deadline=2029, deadline_inferred=True, deadline_basis="guess",
          deadline_note_de="x", deadline_note_en="x"), "deadline_basis", "not one of"),
])
def test_inconsistent_inferred_deadline_is_rejected(tmp_path, extra, field, words):
    problems = _problems(tmp_path, _goal(**extra))
    assert any(p.field == field and words in p.message and p.row == "g1" for p in problems), problems


def test_term_end_needs_a_document_written_for_a_council_term(tmp_path):
    goal = _goal(deadline=2025, deadline_inferred=True, deadline_basis="term_end",
                 citations=[dict(document="ruhrkonferenz_2019", lines="2", quote="Das Land muss zahlen.")])
    [problem] = _problems(tmp_path, goal)
    assert problem.field == "deadline_basis" and "council term" in problem.message


def test_reading_with_both_notes_and_non_promise_without_deadline_are_valid(tmp_path):
    reading = _goal(deadline=2029, deadline_inferred=True, deadline_basis="reading",
                    deadline_note_de="vier Jahre", deadline_note_en="four years")
    demand = _goal(id="g2", nature="demand_on_land",
                   citations=[dict(document="ruhrkonferenz_2019", lines="2", quote="Das Land muss zahlen.")])
    assert _problems(tmp_path, reading, demand) == []


def test_only_promises_are_assessed():
    goals = [_goal(), _goal(id="g2", nature="past_fact"), _goal(id="g3", nature="promise")]
    assert [g["id"] for g in promises(goals)] == ["g1", "g3"]


def test_term_end_note_names_the_term_and_an_own_note_wins():
    de, en = deadline_notes(_goal(deadline=2030, deadline_inferred=True, deadline_basis="term_end"))
    assert "Ratsperiode 2025–2030" in de and "council term 2025–2030" in en
    own = _goal(deadline=2030, deadline_inferred=True, deadline_basis="term_end",
                deadline_note_de="eigen", deadline_note_en="own")
    assert deadline_notes(own) == ("eigen", "own")
    assert deadline_notes(_goal(deadline=2030)) == (None, None)


# --- invariants of the real register and database ----------------------------------------------

ELECTIONS = (2014, 2020, 2025, 2030)  # NRW local elections; a council term runs to the next one


def _term_end(source: dict) -> int:
    """Independent of etl.commitments: a party programme published in an election year is written
    for the term that election opens; any other paper for the term running when it was published."""
    year = int(str(source["published"])[:4])
    if source["kind"] == "party_programme" and year in ELECTIONS:
        return ELECTIONS[ELECTIONS.index(year) + 1]
    return min(e for e in ELECTIONS if e > year)


def test_every_term_end_deadline_is_the_end_of_its_documents_term():
    term_end = [g for g in REGISTER.goals if g.get("deadline_basis") == "term_end"]
    assert term_end, "no goal uses the term-end convention"
    for goal in term_end:
        source = CATALOG.sources[goal["citations"][0]["document"]]
        assert goal["deadline"] == _term_end(source), goal["id"]
        assert goal["deadline_inferred"] is True and goal["deadline"] >= goal["start"], goal["id"]


def test_every_promise_of_a_council_term_paper_has_a_deadline():
    """The convention is applied everywhere: no promise from the 2020, 2023 or 2025 party papers
    is left without a deadline."""
    papers = {"gruene_cdu_2023", "dos_2020", "spd_2025"}
    missing = [g["id"] for g in promises(REGISTER.goals)
               if g["citations"][0]["document"] in papers and g.get("deadline") is None]
    assert missing == []


def test_every_inferred_deadline_is_explained_in_the_database(db):
    rows = db.execute("SELECT target_id, deadline_basis, deadline_note_de, deadline_note_en FROM targets "
                      "WHERE deadline_inferred").fetchall()
    assert rows and all(basis in ("term_end", "reading") and de and en for _, basis, de, en in rows), rows


def test_entries_that_are_not_promises_have_no_status_and_every_promise_has_one(db):
    no_promise_status = db.execute(
        "SELECT count(*) FROM target_status s JOIN targets t USING (target_id) WHERE t.nature <> 'promise'"
    ).fetchone()[0]
    assert no_promise_status == 0
    without = db.execute(
        "SELECT t.target_id FROM targets t LEFT JOIN target_status s "
        "ON s.target_id = t.target_id AND s.area_level = 'city' WHERE t.nature = 'promise' AND s.status IS NULL"
    ).fetchall()
    assert without == []


@pytest.mark.parametrize("goal_id, nature", [
    ("klimaneutral_2045_verwaltung", "superseded_plan"),
    ("klimabeirat", "past_fact"),
    ("sondervermoegen_80_prozent_kommunen", "demand_on_land"),
    ("altschulden_uebernahme_spd", "demand_on_land_and_bund"),
    ("olympia_2032_idee", "idea"),
])
def test_review_entries_are_marked_as_what_they_are(goal_id, nature):
    assert GOALS[goal_id]["nature"] == nature


def test_ceilings_held_every_year_are_annual_and_the_quota_applies_per_project():
    tax = GOALS["grundsteuer_konstant_bis_2030"]
    assert (tax["kind"], tax["direction"], tax["target_value"], tax["deadline"]) == ("annual_flow", "decrease", 0, 2030)
    quota = GOALS["quote_30_prozent_gefoerdert"]
    assert quota["kind"] == "annual_flow" and "indicator" not in quota  # no city-wide share
    assert "indicator" not in GOALS["ueberbrueckungsangebot_max_2_wochen"]  # a mean does not measure a maximum
    assert GOALS["nordstadtliga_alle_bezirke"]["kind"] == "level_by_deadline"
