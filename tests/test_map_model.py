"""Pure tests of the map page's view model: URL state, normalisation, table rows, profile."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard import map_model as mm
from dashboard import map_tables
from dashboard.i18n import t

AREAS = pd.DataFrame([
    # level, code, name, name_official, name_key, parent_code, stadtbezirk_code, km2, sort
    ("stadtbezirk", "6", "Brackel", "Brackel", "brackel", "05913000", "6", 30.0, 6),
    ("stadtbezirk", "8", "Hörde", "Hörde", "hoerde", "05913000", "8", 20.0, 8),
    ("statistischer_bezirk", "500", "Hörde", "Hörde", "hoerde", "8", "8", 12.0, 50),
    ("statistischer_bezirk", "510", "Wellinghofen", "Wellinghofen", "wellinghofen", "8", "8", 8.0, 51),
    ("unterbezirk", "501", "Hörde-Zentrum", "Hörde-Zentrum", "hoerdezentrum", "500", "8", 4.0, 501),
    ("unterbezirk", "511", "Wellinghofen", "Wellinghofen", "wellinghofen", "510", "8", 8.0, 511),
    ("unterbezirk", "301", "Brackel-Ost", "Brackel-Ost", "brackelost", "300", "6", 30.0, 301),
], columns=["area_level", "area_code", "name", "name_official", "name_key", "parent_code",
            "stadtbezirk_code", "area_km2", "sort_order"])

CATALOG = pd.DataFrame([
    dict(indicator_id="persons_18_25", name_de="18- bis 25-Jährige", name_en="People aged 18–25",
         unit_id="persons", unit_label_de="Personen", unit_label_en="people", symbol_de="Personen",
         symbol_en="people", decimals=0, measure="stock", aggregation="sum", is_demo=False,
         source_title="Dortmunder Statistik"),
    dict(indicator_id="unemployed_pct", name_de="Arbeitslosenquote", name_en="Unemployment rate",
         unit_id="percent", unit_label_de="Prozent", unit_label_en="per cent", symbol_de="%",
         symbol_en="%", decimals=1, measure="rate", aggregation="none", is_demo=False,
         source_title="Statistikatlas"),
    dict(indicator_id="trees_planted", name_de="Neu gepflanzte Bäume", name_en="Trees planted",
         unit_id="trees", unit_label_de="Bäume", unit_label_en="trees", symbol_de="Bäume",
         symbol_en="trees", decimals=0, measure="flow", aggregation="sum", is_demo=True,
         source_title="Beispieldaten"),
    dict(indicator_id="road_offensive_spending", name_de="Ausgaben Straßenoffensive",
         name_en="Road offensive spending", unit_id="eur", unit_label_de="Euro",
         unit_label_en="euros", symbol_de="€", symbol_en="€", decimals=0, measure="flow",
         aggregation="sum", is_demo=True, source_title="Beispieldaten"),
])

COVERAGE = pd.DataFrame([
    ("persons_18_25", "stadtbezirk", 2000), ("persons_18_25", "stadtbezirk", 2014),
    ("persons_18_25", "statistischer_bezirk", 2014),
    ("unemployed_pct", "unterbezirk", 2018), ("unemployed_pct", "unterbezirk", 2024),
    ("trees_planted", "stadtbezirk", 2025),
], columns=["indicator_id", "area_level", "year"])

GOALS = pd.DataFrame([dict(target_id="strassenoffensive", title_de="Straßenoffensive",
                           title_en="Road offensive", indicator_id="road_offensive_districts")])
NO_GOALS = GOALS.iloc[0:0]


def view(**params):
    """Resolve a view from URL params against the synthetic catalog."""
    return mm.resolve_view(params, COVERAGE, CATALOG, AREAS, GOALS)


@pytest.mark.parametrize("text", ["Hörde", "Hoerde", "hoerde", "HÖRDE", " Stadtbezirk Hörde ", "8", "08"])
def test_district_accepts_names_umlauts_and_numbers(text):
    assert mm.resolve_district(text, AREAS) == "8"


def test_district_number_is_the_official_code_not_a_position():
    # "6" is Brackel's number; it must not pick the sixth row or Hörde.
    assert mm.resolve_district("6", AREAS) == "6"


def test_unknown_district_raises_and_empty_means_none():
    with pytest.raises(LookupError):
        mm.resolve_district("Atlantis", AREAS)
    assert mm.resolve_district("", AREAS) is None
    assert mm.resolve_district(None, AREAS) is None


def test_default_view_is_twelve_districts_latest_year_plain_values():
    state = view()
    assert (state.level, state.indicator, state.year, state.mode, state.district) == (
        "stadtbezirk", "persons_18_25", 2014, "value", None)
    assert state.notes == []


def test_level_without_data_falls_back_to_a_level_with_data():
    state = view(indicator="unemployed_pct", level="stadtbezirk")
    assert state.level == "unterbezirk" and state.year == 2024
    assert "level_fallback" in state.notes


@pytest.mark.parametrize("alias", ["unterbezirk", "Unterbezirke", "ub", "170"])
def test_level_aliases(alias):
    assert view(indicator="unemployed_pct", level=alias).level == "unterbezirk"


def test_rates_are_not_shown_per_km2():
    state = view(indicator="unemployed_pct", mode="per_km2")
    assert state.mode == "value" and "mode_fallback" in state.notes
    assert view(indicator="persons_18_25", mode="per_km2").mode == "per_km2"


def test_per_inhabitant_only_where_population_exists():
    without = mm.resolve_view({"mode": "per_1000"}, COVERAGE, CATALOG, AREAS, GOALS, set())
    with_pop = mm.resolve_view({"mode": "per_1000"}, COVERAGE, CATALOG, AREAS, GOALS, {"stadtbezirk"})
    assert without.mode == "value" and with_pop.mode == "per_1000"


def test_status_mode_needs_district_goals_and_forces_stadtbezirke():
    state = view(mode="status", indicator="unemployed_pct", level="unterbezirk")
    assert state.mode == "status" and state.level == "stadtbezirk" and state.goal == "strassenoffensive"
    assert mm.resolve_view({"mode": "status"}, COVERAGE, CATALOG, AREAS, NO_GOALS).mode == "value"


def test_url_round_trip_reproduces_the_view():
    state = view(indicator="persons_18_25", level="statistischer_bezirk", mode="per_km2",
                 district="Hörde", year="2014")
    params = mm.to_params(state, AREAS)
    assert params["district"] == "hoerde"
    again = mm.resolve_view(params, COVERAGE, CATALOG, AREAS, GOALS)
    assert (again.level, again.indicator, again.year, again.mode, again.district) == (
        "statistischer_bezirk", "persons_18_25", 2014, "per_km2", "8")


def test_normalise_per_km2_and_per_1000():
    values = pd.DataFrame({"area_code": ["6", "8"], "value": [600.0, 100.0]})
    per_km2 = mm.normalise(values, AREAS[AREAS.area_level == "stadtbezirk"], "per_km2")
    assert per_km2.to_dict() == {"6": 20.0, "8": 5.0}
    pop = pd.Series({"6": 60_000.0})
    per_1000 = mm.normalise(values, AREAS, "per_1000", pop)
    assert per_1000["6"] == 10.0 and math.isnan(per_1000["8"])  # no population: no number
    with pytest.raises(ValueError, match="unknown map mode"):
        mm.normalise(values, AREAS, "per_tree")


@pytest.mark.parametrize("value, indicator, lang, mode, expected", [
    (13.1, "unemployed_pct", "de", "value", "13,1 %"),
    (13.1, "unemployed_pct", "en", "value", "13.1%"),
    (4500, "persons_18_25", "de", "value", "4.500 Personen"),
    (1_167_070, "road_offensive_spending", "de", "value", "1,2 Mio. €"),
    (327.14, "persons_18_25", "de", "per_km2", "327,1 Personen je km²"),
    (None, "persons_18_25", "de", "value", "–"),
])
def test_format_value(value, indicator, lang, mode, expected):
    assert mm.format_value(value, mm.indicator_meta(CATALOG, indicator), lang, mode) == expected


def test_map_rows_cover_every_area_and_mark_missing_and_demo():
    level = AREAS[AREAS.area_level == "stadtbezirk"]
    values = pd.DataFrame({"area_code": ["8"], "value": [170.0], "is_demo": [True],
                           "source_title": ["Beispieldaten"], "source_detail": [None],
                           "qualifier": ["exactly"]})
    rows = mm.map_rows(level, values, mm.indicator_meta(CATALOG, "trees_planted"), "per_km2", "de")
    assert list(rows["name"]) == ["Brackel", "Hörde"]
    assert rows.loc[1, "label"] == "8,5 Bäume je km²" and rows.loc[1, "raw_label"] == "170 Bäume"
    assert rows.loc[0, "label"] == "–" and math.isnan(rows.loc[0, "shown"])
    table = map_tables.value_table(rows, "per_km2", 2025, "de")
    assert list(table.columns) == ["Gebiet", "Wert", "Dargestellt", "Jahr", "Hinweis"]
    assert map_tables.table_sources(rows, {}) == "Beispieldaten"
    assert list(table["Jahr"]) == ["–", "2025"]
    assert list(table["Hinweis"]) == ["", "Beispieldaten"]


def test_status_rows_fill_missing_districts_with_no_data_and_table_has_words():
    level = AREAS[AREAS.area_level == "stadtbezirk"]
    status = pd.DataFrame({"area_code": ["8"], "status": ["off_track"], "reason_de": ["Frist abgelaufen"],
                           "reason_en": ["Deadline passed"], "uses_demo": [False]})
    rows = map_tables.status_rows(level, status, "en")
    assert list(rows["status"]) == ["no_data", "off_track"]
    table = map_tables.status_table(rows, "en")
    assert list(table["Status"]) == ["○ no data", "✖ off track"]
    assert table["Reason"].iloc[1] == "Deadline passed" and table["Note"].iloc[1] == ""


@pytest.mark.parametrize(("lang", "reason"), [
    ("de", "Beispieldaten ergeben „nicht auf Kurs“ – zählt nicht, färbt keinen Bezirk (Frist abgelaufen)"),
    ("en", "Example data give “off track” – not counted, colours no district (Deadline passed)"),
])
def test_a_district_status_resting_on_beispieldaten_colours_nothing_and_says_so(lang, reason):
    level = AREAS[AREAS.area_level == "stadtbezirk"]
    status = pd.DataFrame({"area_code": ["8"], "status": ["off_track"], "reason_de": ["Frist abgelaufen"],
                           "reason_en": ["Deadline passed"], "uses_demo": [True]})
    rows = map_tables.status_rows(level, status, lang)
    assert list(rows["status"]) == ["no_data", "no_data"]  # the map colour of both is grey "keine Daten"
    table = map_tables.status_table(rows, lang)
    assert table.iloc[1, 2] == reason and table.iloc[1, 3] == t("demo_badge", lang)


def test_drill_down_keeps_only_the_districts_parts():
    assert list(mm.drill_areas(AREAS, "unterbezirk", "8")["area_code"]) == ["501", "511"]
    assert len(mm.drill_areas(AREAS, "unterbezirk", None)) == 3
    assert len(mm.drill_areas(AREAS, "stadtbezirk", "8")) == 2  # the city view stays whole


def test_click_on_a_sub_district_selects_its_stadtbezirk():
    assert mm.clicked_district([{"location": "511"}], AREAS, "unterbezirk") == "8"
    assert mm.clicked_district([{"point_index": 3}], AREAS, "unterbezirk") is None


def test_profile_lists_goals_own_values_and_ranges_of_rates():
    goals = pd.DataFrame([dict(target_id="strassenoffensive", title_de="Straßenoffensive",
                               title_en="Road offensive", status="off_track",
                               reason_de="Frist 2025 abgelaufen", reason_en="Deadline passed",
                               uses_demo=True, stale=False, latest_year=2025,
                               source_title="Programm", source_author="SPD")])
    obs = pd.DataFrame([
        ("persons_18_25", "stadtbezirk", "8", 2000, 4229.0, False, "Dortmunder Statistik", "Summe der statistischen Bezirke"),
        ("persons_18_25", "stadtbezirk", "8", 2014, 4500.0, False, "Dortmunder Statistik", "Summe der statistischen Bezirke"),
        ("persons_18_25", "statistischer_bezirk", "500", 2014, 3000.0, False, "Dortmunder Statistik", None),
        ("unemployed_pct", "unterbezirk", "501", 2018, 20.0, False, "Statistikatlas", "2018"),
        ("unemployed_pct", "unterbezirk", "501", 2024, 9.0, False, "Statistikatlas", "2024"),
        ("unemployed_pct", "unterbezirk", "511", 2024, 3.0, False, "Statistikatlas", "2024"),
    ], columns=["indicator_id", "area_level", "area_code", "year", "value", "is_demo",
                "source_title", "source_detail"])
    prof = map_tables.district_profile("8", AREAS, goals, obs, CATALOG, "de")
    assert prof["name"] == "Hörde" and prof["area_label"] == "20,0 km²"
    assert prof["goals"][0]["status"] == "off_track" and prof["goals"][0]["uses_demo"]
    assert prof["goals"][0]["source"] == "SPD – Programm"
    table = prof["indicators"].set_index("indicator")
    own = table.loc["18- bis 25-Jährige"]
    assert (own["year"], own["value"], own["where"]) == (2014, "4.500 Personen", "Stadtbezirk")
    assert own["source"] == "Dortmunder Statistik – Summe der statistischen Bezirke"
    rate = table.loc["Arbeitslosenquote"]
    assert (rate["year"], rate["value"]) == (2024, "3,0 % – 9,0 %")
    assert rate["where"] == "Spanne in 2 Unterbezirken"
    shown = map_tables.profile_table(prof["indicators"], "en")
    assert "2014" in list(shown["Year"]) and "Indicator" in shown.columns


def test_table_names_differing_source_details_per_row():
    rows = pd.DataFrame({"name": ["A", "B"], "raw_label": ["1 %", "2 %"], "label": ["1 %", "2 %"],
                         "value": [1.0, 2.0], "is_demo": [False, False],
                         "source": ["Statistikatlas", "Statistikatlas"],
                         "source_detail": ["Statistikatlas 2024", "Statistikatlas 2024 (ganzer Bezirk)"]})
    table = map_tables.value_table(rows, "value", 2024, "de")
    assert list(table["Quelle"]) == ["Statistikatlas 2024", "Statistikatlas 2024 (ganzer Bezirk)"]
    assert map_tables.table_sources(rows, {}) == "Statistikatlas"
    same = rows.assign(source_detail="Summe der statistischen Bezirke")
    assert "Quelle" not in map_tables.value_table(same, "value", 2024, "de").columns
    assert map_tables.table_sources(same, {}) == "Statistikatlas – Summe der statistischen Bezirke"
