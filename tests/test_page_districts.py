"""Page tests of the Stadtbezirke (map) page through AppTest against the built test database."""

from __future__ import annotations

import pytest

from tests.apptest import page_text, run_page

PAGE = "pages/districts.py"
DISTRICTS = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst",
             "Brackel", "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede"]


def _select(at, label):
    """The selectbox with this label."""
    return next(s for s in at.selectbox if s.label == label)


def _map_locations(at) -> set[str]:
    """Area codes drawn on the page's map (value or no-data traces, not the outline)."""
    import json

    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {code for tr in spec["data"] if tr["type"] == "choropleth" and tr.get("name") != "highlight"
            for code in tr["locations"]}


def test_default_view_opens_on_a_goal_related_district_series(built_db):
    at = run_page(built_db, PAGE)
    assert not at.exception
    assert at.query_params["indicator"] == "road_offensive_district_started"
    assert len(_map_locations(at)) == 12
    assert "Straßenoffensive" in page_text(at)


def test_age_data_show_the_twelve_districts_in_map_and_table(built_db):
    at = run_page(built_db, PAGE, {"indicator": "persons_18_25", "year": "2014"})
    assert not at.exception
    assert len(_map_locations(at)) == 12
    table = at.table[0].value
    assert list(table["Gebiet"]) == DISTRICTS
    text = page_text(at)
    assert "4.500 Personen" in text  # Hörde, 2014, German thousands separator
    assert "Quelle: 18- bis 25-Jährige je statistischem Bezirk, 2000 und 2014 – Summe der " \
           "statistischen Bezirke" in text  # one source for all rows, named under the table
    assert _select(at, "Stadtbezirk").value == ""
    assert at.query_params["level"] == "stadtbezirk"


def test_unterbezirk_level_of_a_statistikatlas_rate(built_db):
    at = run_page(built_db, PAGE, {"level": "unterbezirk", "indicator": "unemployed_pct"})
    assert not at.exception
    assert len(_map_locations(at)) == 170
    assert _select(at, "Ebene").value == "unterbezirk"
    assert _select(at, "Jahr").value == 2024
    table = at.table[0].value
    assert len(table) == 170 and table["Wert"].str.endswith(" %").all()
    assert "Arbeitslosenquote, 2024" in page_text(at)


@pytest.mark.parametrize("name", ["Hörde", "Hoerde", "hoerde", "8"])
def test_district_in_the_url_opens_its_profile(built_db, name):
    at = run_page(built_db, PAGE, {"district": name})
    assert not at.exception
    text = page_text(at)
    assert "Profil: Stadtbezirk Hörde" in text
    assert "Straßenoffensive" in text and "Beispieldaten" in text  # its district goal, marked demo
    assert _select(at, "Stadtbezirk").value == "8"
    profile = at.table[-1].value
    assert "18- bis 25-Jährige" in set(profile["Kennzahl"])
    rate = profile[profile["Kennzahl"] == "Arbeitslosenquote"].iloc[0]
    assert rate["Gebiet"].startswith("Spanne in") and " – " in rate["Wert"]
    assert at.query_params["district"] == "hoerde"


def test_district_number_six_is_brackel_not_hoerde(built_db):
    at = run_page(built_db, PAGE, {"district": "6"})
    assert "Profil: Stadtbezirk Brackel" in page_text(at)


def test_unknown_district_says_so_and_shows_no_profile(built_db):
    at = run_page(built_db, PAGE, {"district": "Atlantis"})
    assert not at.exception
    text = page_text(at)
    assert "„Atlantis“ gibt es nicht" in text and "Profil:" not in text


def test_road_offensive_status_mode_shows_status_words(built_db):
    at = run_page(built_db, PAGE, {"mode": "status"})
    assert not at.exception
    table = at.table[0].value
    assert len(table) == 12
    # the road offensive per district rests on Beispieldaten: no district is coloured by them,
    # each row says which status they would give and that it does not count
    assert set(table["Status"]) == {"○ keine Daten"}
    assert table["Begründung"].str.contains("zählt nicht, färbt keinen Bezirk").all()
    assert set(table["Hinweis"]) == {"Beispieldaten"}
    assert "Zielstatus je Stadtbezirk: Straßenoffensive" in page_text(at)


def test_demo_indicator_is_marked_and_per_km2_shown(built_db):
    at = run_page(built_db, PAGE, {"indicator": "trees_planted", "mode": "per_km2", "year": "2025"})
    assert not at.exception
    table = at.table[0].value
    assert table["Dargestellt"].str.contains("je km²").all()
    assert set(table["Hinweis"]) == {"Beispieldaten"}
    assert "zm-demo" in page_text(at)


def test_english(built_db):
    at = run_page(built_db, PAGE, {"lang": "en", "district": "Hörde", "indicator": "unemployed_pct",
                                   "level": "unterbezirk"})
    assert not at.exception
    text = page_text(at)
    assert "Profile: district Hörde" in text and "Unemployment rate, 2024" in text
    assert _select(at, "District").value == "8"
    # drill-down: only Hörde's Unterbezirke, English number format
    table = at.table[0].value
    assert 0 < len(table) < 170 and table["Value"].str.endswith("%").all()
    assert not table["Value"].str.contains(",").any()


def test_choosing_a_district_in_the_selectbox_updates_profile_and_url(built_db):
    at = run_page(built_db, PAGE)
    _select(at, "Stadtbezirk").set_value("8").run()
    assert "Profil: Stadtbezirk Hörde" in page_text(at)
    assert at.query_params["district"] == "hoerde"


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
