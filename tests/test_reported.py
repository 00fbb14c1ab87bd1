"""Reported figures (stats/reported.yaml + stats/reported/*.csv): fixture files made here, so new
real figures never change these outcomes; plus invariants of the real data."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from etl.areas import CITY_CODE, load_areas
from etl.catalog import DATA_KINDS, load_catalog
from etl.combine import assign_data_kinds
from etl.reported import MANIFEST, stage_reported
from etl.stage import frame, observation
from tests.conftest import RAW  # data/raw, or its copy with extra observations

HEADER = "indicator,area,stb_nr,year,ref_date,value,unit,note,source\n"
# German and English texts of the notes the files below use (stats/reported_notes.yaml).
NOTES = """\
notes:
  - {note: "a note", de: "eine Notiz", en: "a note"}
  - {note: "change vs 2023", de: "Veränderung gegenüber 2023", en: "change on 2023"}
  - {note: "rate", de: "Quote", en: "rate"}
"""


@pytest.fixture(scope="module")
def catalog():
    cat, problems = load_catalog(RAW)
    assert problems == []
    return cat


@pytest.fixture(scope="module")
def areas():
    frame_, problems = load_areas(RAW / "geo")
    assert problems == []
    return frame_


def write_raw(tmp_path: Path, rows: str, series: str = "", skip: str = "", context: str = "",
              notes: str = NOTES) -> Path:
    """A raw folder holding only a manifest, one reported file `f.csv` and the notes' texts."""
    (tmp_path / "stats" / "reported").mkdir(parents=True)
    (tmp_path / "stats" / "reported_notes.yaml").write_text(notes, encoding="utf-8")
    (tmp_path / "stats" / "reported" / "f.csv").write_text(HEADER + textwrap.dedent(rows), encoding="utf-8")
    manifest = f"""\
        kind_by_source:
          - {{contains: "github:", kind: amtliche_statistik}}
          - {{contains: "dortmund.de/", kind: angabe_stadt}}
        files:
          - file: f.csv
            source: ogs_presse
            kind: presse
            series:
              - {{from: ogs_places, indicator: ogs_places}}
              - {{from: pop, indicator: population_register}}
        {series}
        {skip}
        {context}
        """
    (tmp_path / MANIFEST).write_text(textwrap.dedent(manifest), encoding="utf-8")
    return tmp_path


def test_rows_become_observations_with_kind_reference_date_and_area(tmp_path, catalog, areas):
    raw = write_raw(tmp_path, """\
        ogs_places,Dortmund,,2021,2021-09,11852,places,a note,https://example.org/rn
        ogs_places,Dortmund,,2022,,13128,places,,https://www.dortmund.de/x
        pop,Eving,4,2022,2022-12-31,39211,inhabitants,,github:o/r@c:p.csv
        pop,Hörde,,2023,2023-12-31,1000,inhabitants,,https://example.org/rn
        other_series,Dortmund,,2022,,5,places,,https://example.org
        """)
    obs, context, problems = stage_reported(raw, catalog, areas, set())
    assert problems == []
    got = obs.set_index(["indicator_id", "year"])
    assert got.loc[("ogs_places", 2021), "data_kind"] == "presse"
    assert got.loc[("ogs_places", 2021), "ref_date"] == "2021-09"
    assert got.loc[("ogs_places", 2021), "source_detail"] == "a note"
    assert got.loc[("ogs_places", 2022), "data_kind"] == "angabe_stadt"
    assert got.loc[("ogs_places", 2022), "ref_date"] == "2022", "an empty reference date is the year"
    assert got.loc[("population_register", 2022), "data_kind"] == "amtliche_statistik"
    assert (got.loc[("population_register", 2022), "area_level"],
            got.loc[("population_register", 2022), "area_code"]) == ("stadtbezirk", "4")
    assert got.loc[("population_register", 2023), "area_code"] == "8", "Hörde by name"
    assert got.loc[("ogs_places", 2021), "area_code"] == CITY_CODE
    assert "other_series" not in set(obs["indicator_id"]), "rows of unnamed series are not loaded"
    assert context.empty


@pytest.mark.parametrize(("row", "column", "words"), [
    ("ogs_places,Dortmund,,2021,,11852,percent,,x", "unit", "expects 'places'"),
    ("ogs_places,Dortmund,,,,11852,places,,x", "year", "no year given"),
    ("ogs_places,Atlantis,,2021,,11852,places,,x", "area", "Atlantis"),
    ("ogs_places,Dortmund,,2021,,viele,places,,x", "value", "not a number"),
])
def test_bad_rows_are_refused_naming_file_row_and_column(tmp_path, catalog, areas, row, column, words):
    raw = write_raw(tmp_path, "ogs_places,Dortmund,,2020,,10000,places,,x\n" + row + "\n")
    obs, _, problems = stage_reported(raw, catalog, areas, set())
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.file, problem.row, problem.field) == ("stats/reported/f.csv", 3, column)
    assert words in problem.message
    assert obs["year"].tolist() == [2020], "the good row is still read, the bad one never"


def test_skipped_rows_are_left_out_by_indicator_and_reference_date(tmp_path, catalog, areas):
    raw = write_raw(tmp_path, """\
        ogs_places,Dortmund,,2021,2021-03,1,places,,x
        ogs_places,Dortmund,,2022,2022-06,2,places,,x
        """, skip="""    skip:
              - {indicator: ogs_places, ref_date: "2021-03", reason: "a later figure is kept"}""")
    obs, _, problems = stage_reported(raw, catalog, areas, set())
    assert problems == []
    assert obs["year"].tolist() == [2022]


def test_unknown_manifest_references_are_problems(tmp_path, catalog, areas):
    raw = write_raw(tmp_path, "ogs_places,Dortmund,,2021,,1,places,,x\n", context="""context:
          - {goal: no_such_goal, indicator: ogs_places}
          - {goal: g1, indicator: no_such_indicator}
          - {goal: g1, indicator: ogs_places}""")
    _, context, problems = stage_reported(raw, catalog, areas, {"g1"})
    assert sorted(p.field for p in problems) == ["goal", "indicator"]
    assert context.to_dict("records") == [{"target_id": "g1", "indicator_id": "ogs_places", "beside_series": False}]


def test_data_kinds_come_from_demo_upload_document_or_source(catalog):
    rows = [
        observation("ogs_places", "city", CITY_CODE, 2020, 1, "demo_generator", is_demo=True),
        observation("ogs_places", "city", CITY_CODE, 2021, 1, "ogs_presse", upload_id="U-0001"),
        observation("population_register", "city", CITY_CODE, 2025, 615000, "spd_2025"),
        observation("completed_dwellings", "city", CITY_CODE, 2023, 1379, "itnrw_housing"),
        observation("ogs_places", "city", CITY_CODE, 2022, 1, "ogs_presse", data_kind="angabe_stadt"),
    ]
    kinds = assign_data_kinds(frame(rows), catalog.sources)["data_kind"].tolist()
    assert kinds == ["beispieldaten", "angabe_stadt", "beschluss_dokument", "amtliche_statistik",
                     "angabe_stadt"]


# --- invariants of the real data (not today's figures) ------------------------------------------

def test_every_real_observation_has_a_source_a_kind_and_a_unique_key(db):
    obs = db.sql("SELECT * FROM observations_all").df()
    assert obs["data_kind"].isin(DATA_KINDS).all()
    assert (obs["source_id"].str.len() > 0).all() and (obs["ref_date"].str.len() > 0).all()
    key = ["indicator_id", "area_level", "area_code", "year", "revision"]
    assert not obs.duplicated(key).any()
    current = obs[obs["is_current"]]
    assert not current.duplicated(key[:-1]).any()
    assert (obs.loc[obs["is_demo"], "data_kind"] == "beispieldaten").all()
    assert (obs.loc[~obs["is_demo"], "data_kind"] != "beispieldaten").all()


def test_reported_series_never_splice_two_definitions(db):
    """The GHG balance, the register population and OGS places are their own series."""
    sources = db.sql("""SELECT indicator_id, list(DISTINCT source_id ORDER BY source_id) AS s
                        FROM observations GROUP BY indicator_id""").df().set_index("indicator_id")["s"]
    assert "thg_bilanz_2022" not in sources["co2_total"]
    assert "dortmunder_statistik_einwohner" not in sources["population"]
    register_docs = set(sources["population_register"]) - {"dortmunder_statistik_einwohner"}
    assert register_docs <= {"spd_2025"}, "only the SPD's register figure joins the register series"


def test_housing_completions_are_only_what_the_housing_file_states(db):
    """No completions figure is derived from a reported rate or change (the 2024 update gives
    only +15,2 % and 26,4 per 10,000 inhabitants): every value of the series comes from a row
    of the housing file, with that row's source."""
    import pandas as pd

    rows = pd.read_csv(RAW / "stats" / "dortmund_housing_completions_permits.csv")
    stated = set(zip(rows.loc[rows["indicator"] == "completed_dwellings", "year"],
                     rows.loc[rows["indicator"] == "completed_dwellings", "value"].astype(float)))
    built = db.sql("""SELECT year, value FROM observations_all WHERE indicator_id = 'completed_dwellings'
                      AND upload_id IS NULL""").fetchall()
    assert set(built) <= stated


def test_stated_rates_of_completions_describe_the_housing_goal_beside_its_series(tmp_path, catalog, areas):
    rows = """\
        completed_dwellings_change_pct,Dortmund,,2024,2024,15.2,percent,change vs 2023,https://www.dortmund.de/x
        completed_dwellings_per_10000_inhabitants,Dortmund,,2024,2024,26.4,per_10000,rate,https://www.dortmund.de/x
        """
    series = """      - {from: completed_dwellings_change_pct, indicator: completed_dwellings_change_pct}
              - {from: completed_dwellings_per_10000_inhabitants, indicator: completed_dwellings_per_10000}"""
    raw = write_raw(tmp_path, rows, series)
    obs, _, problems = stage_reported(raw, catalog, areas, set())
    assert problems == []
    assert dict(zip(obs["indicator_id"], obs["value"])) == {
        "completed_dwellings_change_pct": 15.2, "completed_dwellings_per_10000": 26.4}
    assert "completed_dwellings" not in set(obs["indicator_id"])
    assert "nichts wird hier umgerechnet" in catalog.indicators["completed_dwellings_per_10000"]["definition_de"]


def test_every_context_link_names_a_goal_and_an_indicator_with_values(db):
    links = db.sql("""SELECT c.target_id, c.indicator_id, count(o.value) AS n
                      FROM goal_context c LEFT JOIN observations o USING (indicator_id)
                      GROUP BY ALL""").df()
    assert len(links) > 0
    assert (links["n"] > 0).all(), links[links["n"] == 0]


def test_the_manifest_loads_without_problems(catalog, areas):
    _, _, problems = stage_reported(RAW, catalog, areas, _register_ids())
    assert problems == []


def _register_ids() -> set[str]:
    from etl.register import load_register
    cat, _ = load_catalog(RAW)
    register, problems = load_register(RAW, cat)
    assert problems == []
    return {g["id"] for g in register.goals}
