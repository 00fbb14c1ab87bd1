"""Chart tests of the district maps: bundled geometry, no tile layer, hover text, status colours."""

from __future__ import annotations

import pandas as pd
import pytest
import shapely.geometry

from dashboard import map_model as mm
from dashboard import map_tables
from dashboard.charts import maps
from dashboard.queries import geo
from dashboard.style import STATUS_STYLE

TILE_TRACES = {"choroplethmapbox", "choroplethmap", "scattermapbox", "scattermap",
               "densitymapbox", "densitymap"}


def _value_rows(db, level, indicator, year, lang="de", mode="value"):
    areas = geo.area_list(db)
    catalog = geo.indicator_catalog(db)
    values = geo.indicator_values(db, indicator, level, year)
    return mm.map_rows(areas[areas.area_level == level], values,
                       mm.indicator_meta(catalog, indicator), mode, lang)


def _drawn_codes(fig) -> set[str]:
    """Area codes coloured by value or no-data traces (not the highlight outline)."""
    return {code for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight"
            for code in tr.locations}


@pytest.mark.parametrize("level, indicator, year, n", [
    ("stadtbezirk", "persons_18_25", 2014, 12),
    ("statistischer_bezirk", "share_18_25_pct", 2014, 62),
    ("unterbezirk", "unemployed_pct", 2024, 170),
])
def test_every_area_is_drawn_from_bundled_geometry_without_tiles(db, level, indicator, year, n):
    geojson = geo.level_geojson(db, level)
    assert len(geojson["features"]) == n
    rows = _value_rows(db, level, indicator, year)
    fig = maps.value_map(geojson, rows, "de", colorbar_title="x", source="Stadt Dortmund")
    assert len(_drawn_codes(fig)) == n
    assert not {tr.type for tr in fig.data} & TILE_TRACES
    layout = fig.to_plotly_json()["layout"]
    assert "mapbox" not in layout and "map" not in layout
    assert fig.layout.geo.visible is False and fig.layout.geo.fitbounds == "locations"


def test_hover_shows_name_and_german_value_with_unit(db):
    rows = _value_rows(db, "stadtbezirk", "persons_18_25", 2014)
    fig = maps.value_map(geo.level_geojson(db, "stadtbezirk"), rows, "de",
                         colorbar_title="Personen", source="Dortmunder Statistik")
    trace = next(tr for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight")
    hover = dict((str(name), str(label)) for name, label in trace.customdata)
    assert hover["Hörde"] == "4.500 Personen"
    assert "%{customdata[0]}" in trace.hovertemplate and "%{customdata[1]}" in trace.hovertemplate
    assert fig.layout.separators == ",."


def test_map_names_its_source_and_outlines_the_chosen_district(db):
    rows = _value_rows(db, "stadtbezirk", "persons_18_25", 2014)
    geojson = geo.level_geojson(db, "stadtbezirk")
    fig = maps.value_map(geojson, rows, "en", colorbar_title="people", source="Dortmunder Statistik",
                         highlight="8", show_labels=True)
    assert any("Source: Dortmunder Statistik" in a.text for a in fig.layout.annotations)
    outline = [tr for tr in fig.data if tr.name == "highlight"]
    assert len(outline) == 1 and list(outline[0].locations) == ["8"]
    labels = next(tr for tr in fig.data if tr.type == "scattergeo")
    assert "Hörde" in labels.text and len(labels.text) == 12


def test_areas_without_value_are_grey_and_say_no_data():
    geojson = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": c, "properties": {},
         "geometry": {"type": "Polygon", "coordinates": [[[7, 51], [7.1, 51], [7.1, 51.1], [7, 51]]]}}
        for c in ("1", "2")]}
    rows = pd.DataFrame({"area_code": ["1", "2"], "name": ["A", "B"], "shown": [5.0, float("nan")],
                         "label": ["5 Bäume", "–"]})
    fig = maps.value_map(geojson, rows, "de", colorbar_title="Bäume", source="x")
    grey = next(tr for tr in fig.data if tr.name == "keine Daten")
    assert list(grey.locations) == ["2"] and grey.colorscale[0][1] == maps.NO_DATA_FILL


def test_status_map_uses_the_one_palette_with_symbol_and_word(db):
    status = geo.target_status_by_district(db, "strassenoffensive_alle_12_bezirke")
    areas = geo.area_list(db)
    rows = map_tables.status_rows(areas[areas.area_level == "stadtbezirk"], status, "de")
    fig = maps.status_map(geo.level_geojson(db, "stadtbezirk"), rows, "de", source="Beispieldaten")
    traces = [tr for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight"]
    assert sum(len(tr.locations) for tr in traces) == 12
    for tr in traces:
        status_key = tr.legendgroup
        style = STATUS_STYLE[status_key]
        assert tr.colorscale[0][1] == style.fill
        assert tr.name.startswith(style.symbol) and tr.showlegend
    assert {tr.name for tr in traces} <= {"★ erreicht", "⊘ verfehlt", "✖ nicht auf Kurs", "✔ auf Kurs",
                                          "⚠ gefährdet", "◌ noch nicht bewertbar", "○ keine Daten"}


def test_label_point_of_a_square_is_its_centre():
    square = {"type": "Polygon", "coordinates": [[[7, 51], [8, 51], [8, 52], [7, 52], [7, 51]]]}
    points = maps.label_points({"features": [{"id": "8", "geometry": square}]})
    assert points["8"] == pytest.approx((7.5, 51.5))


def test_label_point_lies_inside_a_u_shaped_area_where_the_centroid_does_not():
    u_shape = {"type": "Polygon", "coordinates": [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3],
                                                   [0, 3], [0, 0]]]}
    area = shapely.geometry.shape(u_shape)
    assert not area.contains(area.centroid)
    assert area.contains(shapely.geometry.Point(maps.label_point(u_shape)))
