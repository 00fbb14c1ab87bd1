"""Page tests of the Stadtbezirke (map) page through AppTest against the fixture database (three
Stadtbezirke, five statistische Bezirke, seven Unterbezirke; tests/fixtures/data), so that new
real data change none of them. The real default is checked as an invariant at the end."""

from __future__ import annotations

import pytest

from tests.apptest import page_text, run_page

PAGE = "pages/districts.py"
DISTRICTS = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost"]


def _select(at, label):
    """The selectbox with this label."""
    return next(s for s in at.selectbox if s.label == label)


def _map_spec(at) -> dict:
    """The plotly figure of the page's map as sent to the browser."""
    import json

    return json.loads(at.get("plotly_chart")[0].proto.spec)


def _map_locations(at) -> set[str]:
    """Area codes drawn on the page's map (value or no-data traces, not the outline)."""
    spec = _map_spec(at)
    return {code for tr in spec["data"] if tr["type"] == "choropleth" and tr.get("name") != "highlight"
            for code in tr["locations"]}


def test_default_view_opens_on_a_goal_related_district_series(fixture_db):
    at = run_page(fixture_db, PAGE)
    assert not at.exception
    assert at.query_params["indicator"] == "road_offensive_district_started"
    assert len(_map_locations(at)) == 3
    assert "Straßenoffensive" in page_text(at)
    spec = _map_spec(at)
    names = {tr.get("name") for tr in spec["data"] if tr["type"] == "choropleth"}
    assert {"ja", "nein"} <= names  # a yes/no series: a legend, no colour bar
    assert not any(tr.get("showscale", True) and tr.get("colorbar") for tr in spec["data"]
                   if tr["type"] == "choropleth" and tr.get("name") in ("ja", "nein"))


def test_real_default_map_series_measures_or_describes_a_goal(built_db_nodemo):
    """Invariant of the real data: the map opens on a district series linked to a goal."""
    import duckdb

    at = run_page(built_db_nodemo, PAGE)
    indicator = at.query_params["indicator"]
    with duckdb.connect(str(built_db_nodemo), read_only=True) as con:
        linked = con.execute("""SELECT count(*) FROM (SELECT indicator_id FROM targets UNION ALL
                                SELECT indicator_id FROM goal_context) WHERE indicator_id = ?""",
                             [indicator]).fetchone()[0]
    assert linked > 0, indicator


def test_age_data_show_the_districts_in_map_and_table(fixture_db):
    at = run_page(fixture_db, PAGE, {"indicator": "persons_18_25", "year": "2014"})
    assert not at.exception
    assert len(_map_locations(at)) == 3
    table = at.table[0].value
    assert list(table["Gebiet"]) == DISTRICTS
    text = page_text(at)
    assert "4.900 Personen" in text  # Innenstadt-Nord 2014: Hafen 2.300 + Nordmarkt 2.600
    assert "Quelle: 18- bis 25-Jährige je statistischem Bezirk (Testwerte) – Summe der " \
           "statistischen Bezirke" in text  # one source for all rows, named under the table
    assert _select(at, "Stadtbezirk").value == ""
    assert at.query_params["level"] == "stadtbezirk"


def test_unterbezirk_level_of_a_statistikatlas_rate(fixture_db):
    at = run_page(fixture_db, PAGE, {"level": "unterbezirk", "indicator": "unemployed_pct"})
    assert not at.exception
    assert len(_map_locations(at)) == 7
    assert _select(at, "Ebene").value == "unterbezirk"
    assert _select(at, "Jahr").value == 2024
    table = at.table[0].value
    assert len(table) == 7 and table["Wert"].str.endswith(" %").all()
    assert "20,2 %" in set(table["Wert"])  # Nordmarkt-Süd 2024
    assert "Arbeitslosenquote, 2024" in page_text(at)


@pytest.mark.parametrize("name", ["Innenstadt-Ost", "innenstadt ost", "innenstadtost", "3"])
def test_district_in_the_url_opens_its_profile(fixture_db, name):
    at = run_page(fixture_db, PAGE, {"district": name})
    assert not at.exception
    text = page_text(at)
    assert "Profil: Stadtbezirk Innenstadt-Ost" in text
    assert "Straßenoffensive" in text and "Beispieldaten" in text  # its district goals, one on demo data
    assert _select(at, "Stadtbezirk").value == "3"
    profile = at.table[-1].value
    assert "18- bis 25-Jährige" in set(profile["Kennzahl"])
    rate = profile[profile["Kennzahl"] == "Arbeitslosenquote"].iloc[0]
    assert rate["Gebiet"].startswith("Spanne in") and " – " in rate["Wert"]
    assert at.query_params["district"] == "innenstadtost"


def test_district_number_two_is_innenstadt_nord(fixture_db):
    at = run_page(fixture_db, PAGE, {"district": "2"})
    assert "Profil: Stadtbezirk Innenstadt-Nord" in page_text(at)


def test_unknown_district_says_so_and_shows_no_profile(fixture_db):
    at = run_page(fixture_db, PAGE, {"district": "Atlantis"})
    assert not at.exception
    text = page_text(at)
    assert "„Atlantis“ gibt es nicht" in text and "Profil:" not in text


def test_road_offensive_status_mode_shows_status_words(fixture_db):
    at = run_page(fixture_db, PAGE, {"mode": "status", "goal": "strassenoffensive_alle_12_bezirke"})
    assert not at.exception
    statuses = list(at.table[0].value["Status"])  # West, Nord, Ost
    assert statuses == ["★ erreicht", "★ erreicht", "⊘ verfehlt"]  # works started in West and Nord, not Ost
    assert "Zielstatus je Stadtbezirk: Straßenoffensive" in page_text(at)


def test_a_district_goal_on_demo_data_colours_no_district(fixture_db):
    at = run_page(fixture_db, PAGE, {"mode": "status", "goal": "baeume_5000"})
    assert not at.exception
    table = at.table[0].value
    assert len(table) == 3
    # the trees per district rest on Beispieldaten: no district is coloured by them,
    # each row says which status they would give and that it does not count
    assert set(table["Status"]) == {"○ keine Daten"}
    assert table["Begründung"].str.contains("zählt nicht, färbt keinen Bezirk").all()
    assert set(table["Hinweis"]) == {"Beispieldaten"}


def test_demo_indicator_is_marked_and_per_km2_shown(fixture_db):
    at = run_page(fixture_db, PAGE, {"indicator": "trees_planted", "mode": "per_km2", "year": "2025"})
    assert not at.exception
    table = at.table[0].value
    assert table["Dargestellt"].str.contains("je km²").all()
    assert set(table["Hinweis"]) == {"Beispieldaten"}
    assert "zm-demo" in page_text(at)


def test_english(fixture_db):
    at = run_page(fixture_db, PAGE, {"lang": "en", "district": "Innenstadt-West", "indicator": "unemployed_pct",
                                     "level": "unterbezirk"})
    assert not at.exception
    text = page_text(at)
    assert "Profile: district Innenstadt-West" in text and "Unemployment rate, 2024" in text
    assert _select(at, "District").value == "1"
    # drill-down: only Innenstadt-West's three Unterbezirke, English number format
    table = at.table[0].value
    assert len(table) == 3 and table["Value"].str.endswith("%").all()
    assert not table["Value"].str.contains(",").any()


def test_choosing_a_district_in_the_selectbox_updates_profile_and_url(fixture_db):
    at = run_page(fixture_db, PAGE)
    _select(at, "Stadtbezirk").set_value("2").run()
    assert "Profil: Stadtbezirk Innenstadt-Nord" in page_text(at)
    assert at.query_params["district"] == "innenstadtnord"


@pytest.mark.parametrize(("lang", "heading", "places"), [
    ("de", "Vorhaben und Ziele mit Ort in Hörde", "genannt: PHOENIX"),
    ("en", "Promises located in Hörde", "names: PHOENIX"),
])
def test_district_profile_lists_the_promises_located_there_with_their_status(built_db_nodemo, lang, heading, places):
    at = run_page(built_db_nodemo, PAGE, {"district": "8", **({"lang": "en"} if lang == "en" else {})})
    assert not at.exception, at.exception
    text = page_text(at)
    assert heading in text and places in text
    block = next(str(h.proto.body) for h in at.get("html") if "phoenix_west_hochofen" in str(h.proto.body))
    assert 'class="zm-badge"' in block  # each promise with its status badge
    assert ("&amp;lang=en" in block) == (lang == "en")
    assert "wlan_innenstadt_dos" not in block  # a promise in another district is not listed
