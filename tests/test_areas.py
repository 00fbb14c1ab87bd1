"""Areas: counts of the real layers (an invariant of data/raw/geo, not a rule of the build), codes,
nesting, km², the forgiving district lookup, and other area sets (the fixture's three districts)."""

from __future__ import annotations

import json

import pytest

from etl.areas import CITY_CODE, UnknownArea, fold, load_areas, name_key, resolve_area
from tests.conftest import FIXTURE_RAW, RAW

AREAS, AREA_PROBLEMS = load_areas(RAW / "geo")


def test_bundled_boundaries_have_no_problems():
    assert AREA_PROBLEMS == []


@pytest.mark.parametrize("level, count", [("city", 1), ("stadtbezirk", 12),
                                          ("statistischer_bezirk", 62), ("unterbezirk", 170)])
def test_real_area_counts(level, count):
    assert (AREAS["area_level"] == level).sum() == count


def test_city_area_is_the_sum_of_the_districts():
    city = AREAS.loc[AREAS["area_level"] == "city", "area_km2"].item()
    assert city == pytest.approx(280.56, abs=0.1)


@pytest.mark.parametrize("text, code", [
    ("Innenstadt-West", "1"), ("Innenstadt West", "1"), ("innenstadt west", "1"),
    ("Hörde", "8"), ("Hoerde", "8"), ("HÖRDE", "8"), ("8", "8"), ("08", "8"),
    ("Lütgendortmund", "10"), ("Luetgendortmund", "10"), ("Stadtbezirk Mengede", "12"),
])
def test_stadtbezirk_lookup_accepts_common_spellings(text, code):
    assert resolve_area(AREAS, "stadtbezirk", text) == code


def test_statistischer_bezirk_lookup_by_number_and_name():
    assert resolve_area(AREAS, "statistischer_bezirk", "10") == "010"
    assert resolve_area(AREAS, "statistischer_bezirk", "Westfalenhalle") == "010"


def test_unknown_district_names_the_problem():
    with pytest.raises(UnknownArea, match="'Gotham' is not a known stadtbezirk"):
        resolve_area(AREAS, "stadtbezirk", "Gotham")
    with pytest.raises(UnknownArea):
        resolve_area(AREAS, "stadtbezirk", "13")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hörde", "hoerde"), ("HOERDE", "hoerde"), ("Straße", "strasse"), ("Wert (Wohnungen)", "wertwohnungen"),
    ("Jahr/Zeitraum", "jahrzeitraum"), ("Stadtbezirk Hörde", "stadtbezirkhoerde"), (None, ""), ("", ""),
])
def test_fold_is_the_one_forgiving_spelling(text, expected):
    assert fold(text) == expected


def test_name_key_drops_the_word_stadtbezirk_before_folding():
    assert name_key("Stadtbezirk Hörde") == name_key("bezirk hoerde") == name_key("Hörde") == "hoerde"


def test_name_key_folds_umlauts_hyphens_and_spaces():
    assert name_key("Innenstadt-Nord") == name_key(" innenstadt  nord ") == "innenstadtnord"
    assert name_key("Hörde") == name_key("Hoerde")


def test_every_unterbezirk_nests_into_its_stadtbezirk():
    ub = AREAS[AREAS["area_level"] == "unterbezirk"].set_index("area_code")
    sb = AREAS[AREAS["area_level"] == "statistischer_bezirk"].set_index("area_code")
    for code, row in ub.iterrows():
        assert sb.loc[row["parent_code"], "stadtbezirk_code"] == row["stadtbezirk_code"], code
    assert set(AREAS.loc[AREAS["area_level"] == "stadtbezirk", "parent_code"]) == {CITY_CODE}


def test_wrong_crs_and_missing_district_are_reported(raw_copy):
    geo = raw_copy / "geo"
    path = geo / "dortmund_stadtbezirke_12_simplified5m.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["crs"] = {"type": "name", "properties": {"name": "EPSG:25832"}}
    data["features"] = [f for f in data["features"] if f["properties"]["stb_nr"] != 8]
    path.write_text(json.dumps(data), encoding="utf-8")
    _, problems = load_areas(geo)
    messages = " | ".join(str(p) for p in problems)
    assert "reproject to EPSG:4326" in messages
    assert "codes with no stadtbezirk: 8" in messages


def test_invalid_geometry_is_reported_with_its_code(raw_copy):
    geo = raw_copy / "geo"
    path = geo / "dortmund_stadtbezirke_12_simplified5m.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    bow_tie = [[[7.40, 51.50], [7.45, 51.55], [7.45, 51.50], [7.40, 51.55], [7.40, 51.50]]]
    feature = next(f for f in data["features"] if f["properties"]["stb_nr"] == 8)
    feature["geometry"] = {"type": "Polygon", "coordinates": bow_tie}
    path.write_text(json.dumps(data), encoding="utf-8")
    _, problems = load_areas(geo)
    assert any(p.field == "geometry" and "invalid geometry for 8" in str(p) for p in problems)


def test_other_area_sets_load_without_problems():
    areas, problems = load_areas(FIXTURE_RAW / "geo")
    assert problems == []
    assert (areas["area_level"] == "stadtbezirk").sum() == 3
    assert resolve_area(areas, "stadtbezirk", "Innenstadt Ost") == "3"


def test_a_layer_without_areas_is_reported(raw_copy):
    path = raw_copy / "geo" / "dortmund_unterbezirke_170_simplified5m.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    _, problems = load_areas(raw_copy / "geo")
    assert any("no areas with a code" in str(p) for p in problems)
