"""Notes of reported figures in German and English (stats/reported_notes.yaml): the build refuses
a loaded note without both texts, and pages show the note in the reader's language."""

from __future__ import annotations

import shutil

import pytest

from dashboard import context_model, goal_tables
from dashboard.obs_notes import note_text
from dashboard.queries import context as context_q
from dashboard.queries import targets as targets_q
from etl.build import build
from etl.errors import ValidationFailed
from etl.reported import stage_reported
from etl.reported_notes import load_note_texts
from tests.conftest import AS_OF, FIXTURE_RAW, RAW
from tests.test_reported import areas, catalog, write_raw  # noqa: F401  (module fixtures)


def test_a_loaded_note_gets_its_german_and_english_text(tmp_path, catalog, areas):
    raw = write_raw(tmp_path, "ogs_places,Dortmund,,2021,2021-09,11852,places,a note,https://example.org/rn\n"
                              "ogs_places,Dortmund,,2022,,13128,places,,https://example.org/rn\n")
    obs, _, problems = stage_reported(raw, catalog, areas, set())
    assert problems == []
    got = obs.set_index("year")[["source_detail", "note_de", "note_en"]].to_dict("index")
    assert got[2021] == {"source_detail": "a note", "note_de": "eine Notiz", "note_en": "a note"}
    assert got[2022] == {"source_detail": "", "note_de": "", "note_en": ""}, "an empty note needs no entry"


def test_a_note_without_texts_is_refused_naming_the_row_the_note_and_the_table(tmp_path, catalog, areas):
    raw = write_raw(tmp_path, "ogs_places,Dortmund,,2020,,10000,places,a note,x\n"
                              "ogs_places,Dortmund,,2021,,11000,places,+19 % vs 2023,x\n")
    obs, _, problems = stage_reported(raw, catalog, areas, set())
    assert [(p.file, p.row, p.field) for p in problems] == [("stats/reported/f.csv", 3, "note")]
    assert "'+19 % vs 2023'" in problems[0].message and "stats/reported_notes.yaml" in problems[0].message
    assert obs["year"].tolist() == [2020]


def test_a_file_s_own_entry_wins_over_the_general_one(tmp_path, catalog, areas):
    notes = """notes:
      - {note: "as above", de: "wie oben", en: "as above"}
      - {note: "as above", file: f.csv, de: "Melderegister, Ende 2023", en: "municipal register, end of 2023"}
    """
    raw = write_raw(tmp_path, "ogs_places,Dortmund,,2021,,1,places,as above,x\n", notes=notes)
    obs, _, problems = stage_reported(raw, catalog, areas, set())
    assert problems == []
    assert (obs["note_de"].iloc[0], obs["note_en"].iloc[0]) == ("Melderegister, Ende 2023",
                                                                 "municipal register, end of 2023")


@pytest.mark.parametrize("entry, field", [
    pytest.param('{note: "x", de: "x"}', "en", id="English text missing"),
    pytest.param('{note: "x", de: " ", en: "x"}', "de", id="blank German text"),
    pytest.param('{note: "x", de: "x", en: "x", lang: "fr"}', "lang", id="unknown key"),
])
def test_a_bad_table_entry_is_a_problem(tmp_path, entry, field):
    (tmp_path / "stats").mkdir()
    (tmp_path / "stats" / "reported_notes.yaml").write_text(f"notes:\n  - {entry}\n", encoding="utf-8")
    texts, problems = load_note_texts(tmp_path)
    assert [p.field for p in problems] == [field] and texts.lookup("f.csv", "x") is None


def test_a_note_given_twice_is_a_problem(tmp_path):
    (tmp_path / "stats").mkdir()
    (tmp_path / "stats" / "reported_notes.yaml").write_text(
        'notes:\n  - {note: "x", de: "a", en: "b"}\n  - {note: "x ", de: "c", en: "d"}\n', encoding="utf-8")
    _, problems = load_note_texts(tmp_path)
    assert len(problems) == 1 and "given twice" in problems[0].message


def test_the_build_stops_with_the_note_named_when_its_text_is_missing(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURE_RAW, raw)
    table = raw / "stats" / "reported_notes.yaml"
    table.write_text("\n".join(line for line in table.read_text(encoding="utf-8").splitlines()
                               if "approvals (test row)" not in line) + "\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        build(raw=raw, db_path=tmp_path / "db.duckdb", as_of=AS_OF, include_demo=True)
    assert "'approvals (test row)' has no German and English text" in str(failed.value)
    assert not (tmp_path / "db.duckdb").exists()


# --- pages: the note in the reader's language (fixture database) ---------------------------------

@pytest.mark.parametrize("lang, note", [("de", "Förderzusagen (Testzeile)"),
                                        ("en", "approvals (subsidy commitments; test row)")])
def test_figures_on_the_topic_show_the_note_in_the_page_language(fixture_con, lang, note):
    values = context_q.context_series(fixture_con, "quote_30_prozent_gefoerdert")
    table = context_model.context_blocks(values, lang)[0]["table"]
    sources = table.iloc[:, -1].tolist()
    assert sources and all(s.endswith(f" – {note}") for s in sources)


@pytest.mark.parametrize("lang, note, other", [
    ("de", "ungefähre Zahl; ausgeschrieben oder abgeschlossen, nicht ausgegeben (Testzeile)", "approximate"),
    ("en", "approximate; tendered or completed, not cash spent (test row)", "ungefähre"),
])
def test_the_goal_s_value_table_shows_the_note_in_the_page_language(fixture_con, lang, note, other):
    obs = targets_q.target_observations(fixture_con, "strassenoffensive_25_mio")
    detail = targets_q.target_detail(fixture_con, "strassenoffensive_25_mio")
    table = goal_tables.observation_table(obs, detail, lang)
    cells = table.astype(str).to_numpy().ravel().tolist()
    assert note in cells and not any(other in c for c in cells)


def test_the_rolled_up_district_sum_is_named_in_both_languages(fixture_con):
    row = fixture_con.execute("""SELECT note_de, note_en FROM observations WHERE area_level = 'city'
                                 AND indicator_id = 'road_offensive_district_started' AND year = 2025""").fetchone()
    assert row == ("Summe der Stadtbezirke", "Sum of the Stadtbezirke (city districts)")


@pytest.mark.parametrize("row, lang, shown", [
    pytest.param({"note_de": "Quote", "note_en": "rate", "source_detail": "rate"}, "de", "Quote", id="German"),
    pytest.param({"note_de": "Quote", "note_en": "rate", "source_detail": "rate"}, "en", "rate", id="English"),
    pytest.param({"note_de": "", "note_en": "", "source_detail": "x"}, "de", "", id="empty note shows nothing"),
    pytest.param({"source_detail": "Titel"}, "en", "Titel", id="no note columns: the raw detail"),
    pytest.param({"note_de": None, "source_detail": None}, "de", "", id="nothing at all"),
])
def test_note_text(row, lang, shown):
    assert note_text(row, lang) == shown


# --- invariant of the real data ------------------------------------------------------------------

def test_every_real_note_has_a_german_and_an_english_text(db, catalog, areas):
    """Every stored observation with a note has it in both languages, and every loaded reported
    row is stored with the texts of stats/reported_notes.yaml (the build refuses one without)."""
    missing = db.sql("""SELECT indicator_id, year, source_detail FROM observations_all
                        WHERE trim(source_detail) <> '' AND (trim(note_de) = '' OR trim(note_en) = '')""").fetchall()
    assert missing == []
    goals = {g for (g,) in db.execute("SELECT target_id FROM targets").fetchall()}
    staged, _, problems = stage_reported(RAW, catalog, areas, goals)
    assert problems == []
    with_note = staged[staged["source_detail"].str.strip() != ""]
    assert len(with_note) > 0 and (with_note["note_de"].str.strip() != "").all()
    assert (with_note["note_en"].str.strip() != "").all()
    stored = set(db.execute("SELECT indicator_id, area_code, year, note_de, note_en FROM observations").fetchall())
    wanted = set(with_note[["indicator_id", "area_code", "year", "note_de", "note_en"]].itertuples(index=False, name=None))
    assert wanted <= stored
