"""Chart tests of the district maps on the fixture database (three Stadtbezirke, five statistische
Bezirke, seven Unterbezirke): bundled geometry, no tile layer, hover text, status colours, the
ja/nein legend of a yes/no series."""

from __future__ import annotations

import pandas as pd
import pytest
import shapely.geometry

from dashboard import map_model as mm
from dashboard import map_tables
from dashboard.charts import maps
from dashboard.queries import geo
from dashboard.style import STATUS_STYLE, contrast

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
    ("stadtbezirk", "persons_18_25", 2014, 3),
    ("statistischer_bezirk", "share_18_25_pct", 2014, 5),
    ("unterbezirk", "unemployed_pct", 2024, 7),
])
def test_every_area_is_drawn_from_bundled_geometry_without_tiles(fixture_con, level, indicator, year, n):
    db = fixture_con
    geojson = geo.level_geojson(db, level)
    assert len(geojson["features"]) == n
    rows = _value_rows(db, level, indicator, year)
    fig = maps.value_map(geojson, rows, "de", colorbar_title="x", source="Stadt Dortmund")
    assert len(_drawn_codes(fig)) == n
    assert not {tr.type for tr in fig.data} & TILE_TRACES
    layout = fig.to_plotly_json()["layout"]
    assert "mapbox" not in layout and "map" not in layout
    assert fig.layout.geo.visible is False and fig.layout.geo.fitbounds == "locations"


def test_hover_shows_name_and_german_value_with_unit(fixture_con):
    db = fixture_con
    rows = _value_rows(db, "stadtbezirk", "persons_18_25", 2014)
    fig = maps.value_map(geo.level_geojson(db, "stadtbezirk"), rows, "de",
                         colorbar_title="Personen", source="Dortmunder Statistik")
    trace = next(tr for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight")
    hover = dict((str(name), str(label)) for name, label in trace.customdata)
    assert hover["Innenstadt-Nord"] == "4.900 Personen"  # Hafen 2.300 + Nordmarkt 2.600
    assert "%{customdata[0]}" in trace.hovertemplate and "%{customdata[1]}" in trace.hovertemplate
    assert fig.layout.separators == ",."


def test_map_names_its_source_and_outlines_the_chosen_district(fixture_con):
    db = fixture_con
    rows = _value_rows(db, "stadtbezirk", "persons_18_25", 2014)
    geojson = geo.level_geojson(db, "stadtbezirk")
    fig = maps.value_map(geojson, rows, "en", colorbar_title="people", source="Dortmunder Statistik",
                         highlight="3", show_labels=True)
    assert any("Source: Dortmunder Statistik" in a.text for a in fig.layout.annotations)
    outline = [tr for tr in fig.data if tr.name == "highlight"]
    assert len(outline) == 1 and list(outline[0].locations) == ["3"]
    labels = next(tr for tr in fig.data if tr.type == "scattergeo")
    assert "Innenstadt-<br>Ost" in labels.text and len(labels.text) == 3


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


def test_status_map_uses_the_one_palette_with_symbol_and_word(fixture_con):
    db = fixture_con
    status = geo.target_status_by_district(db, "strassenoffensive_alle_12_bezirke")
    areas = geo.area_list(db)
    rows = map_tables.status_rows(areas[areas.area_level == "stadtbezirk"], status, "de")
    fig = maps.status_map(geo.level_geojson(db, "stadtbezirk"), rows, "de", source="Presse")
    traces = [tr for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight"]
    assert sum(len(tr.locations) for tr in traces) == 3
    for tr in traces:
        status_key = tr.legendgroup
        style = STATUS_STYLE[status_key]
        assert tr.colorscale[0][1] == style.fill
        assert tr.name.startswith(style.symbol) and tr.showlegend
    assert {tr.name for tr in traces} == {"★ erreicht", "⊘ verfehlt"}  # districts 1, 2 and 3


@pytest.mark.parametrize(("lang", "yes", "no"), [("de", "ja", "nein"), ("en", "yes", "no")])
def test_a_yes_no_series_gets_a_ja_nein_legend_instead_of_a_colour_bar(fixture_con, lang, yes, no):
    rows = _value_rows(fixture_con, "stadtbezirk", "road_offensive_district_started", 2025, lang)
    meta = mm.indicator_meta(geo.indicator_catalog(fixture_con), "road_offensive_district_started")
    legend = mm.yes_no_legend(rows, meta, "value", lang)
    assert legend == {1.0: yes, 0.0: no}
    fig = maps.value_map(geo.level_geojson(fixture_con, "stadtbezirk"), rows, lang,
                         colorbar_title="x", source="Presse", categories=legend)
    traces = {tr.name: tr for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight"}
    assert set(traces) == {yes, no}
    assert sorted(traces[yes].locations) == ["1", "2"] and list(traces[no].locations) == ["3"]
    assert all(tr.showlegend and tr.showscale is False for tr in traces.values())
    assert traces[yes].colorscale[0][1] != traces[no].colorscale[0][1]


def test_counts_and_rates_keep_their_colour_bar(fixture_con):
    catalog = geo.indicator_catalog(fixture_con)
    persons = _value_rows(fixture_con, "stadtbezirk", "persons_18_25", 2014)
    assert mm.yes_no_legend(persons, mm.indicator_meta(catalog, "persons_18_25"), "value", "de") is None
    flags = _value_rows(fixture_con, "stadtbezirk", "road_offensive_district_started", 2025)
    meta = mm.indicator_meta(catalog, "road_offensive_district_started")
    assert mm.yes_no_legend(flags, meta, "per_km2", "de") is None
    city_sum = flags.assign(shown=[2.0, 1.0, 0.0])  # a count above 1 is no yes/no answer
    assert mm.yes_no_legend(city_sum, meta, "value", "de") is None
    fig = maps.value_map(geo.level_geojson(fixture_con, "stadtbezirk"), persons, "de",
                         colorbar_title="Personen", source="x")
    bar = [tr for tr in fig.data if tr.type == "choropleth" and tr.name == "Personen"]
    assert len(bar) == 1 and bar[0].colorbar.title.text == "Personen"


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


def test_names_on_a_yes_no_map_read_on_their_areas_fill(fixture_con):
    """The names of districts filled dark blue ('ja') are light, those on light fills dark:
    each name's colour against its own area's fill reaches 4.5:1 — also when only 'ja' is
    reported (as in the real 2025 data: every other district without a value)."""
    rows = _value_rows(fixture_con, "stadtbezirk", "road_offensive_district_started", 2025)
    rows.loc[rows["shown"] == 0, "shown"] = float("nan")
    meta = mm.indicator_meta(geo.indicator_catalog(fixture_con), "road_offensive_district_started")
    legend = mm.yes_no_legend(rows, meta, "value", "de")
    fig = maps.value_map(geo.level_geojson(fixture_con, "stadtbezirk"), rows, "de",
                         colorbar_title="x", source="Presse", categories=legend, show_labels=True)
    fills = {code: tr.colorscale[0][1] for tr in fig.data if tr.type == "choropleth" and tr.name != "highlight"
             for code in tr.locations}
    labels = next(tr for tr in fig.data if tr.name == "labels")
    names = dict(zip(rows["name"], rows["area_code"]))
    for text, colour in zip(labels.text, labels.textfont.color):
        code = names[text.replace("-<br>", "-")]
        assert contrast(colour, fills[code]) >= 4.5, (text, colour, fills[code])
