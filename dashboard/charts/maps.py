"""District maps: choropleths of Dortmund's areas drawn from bundled GeoJSON, without tiles.

Figures use go.Choropleth on an invisible `geo` base map (no mapbox/maplibre layer, no tile
server, nothing loaded from the internet) and zoom to the areas with fitbounds="locations".
In: a GeoJSON FeatureCollection (feature id = area_code) and a DataFrame of rows from
dashboard.map_model. Out: a plotly Figure. The source is written into the figure.
Each trace carries only the features it draws (plotly copies a trace's GeoJSON when the figure
is built and again when it is sent), so no area's geometry is sent twice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go
import shapely.geometry

from dashboard.charts import base_layout, source_note
from dashboard.i18n import t
from dashboard.style import STATUS_ORDER, STATUS_STYLE, WHITE, scale_colour, status_label, text_on

# plotly.js loads a world outline (topojson) from cdn.plot.ly for every `geo` subplot, even an
# invisible one. Pointing `topojsonURL` at an empty topology written into a data: URL keeps the
# map offline: plotly appends "/<name>.json", which lands in the URL fragment and is ignored.
_EMPTY_LAYERS = ("land", "ocean", "lakes", "rivers", "countries", "coastlines", "subunits")
EMPTY_TOPOJSON_URL = "data:application/json," + quote(json.dumps({
    "type": "Topology", "arcs": [],
    "objects": {name: {"type": "GeometryCollection", "geometries": []} for name in _EMPTY_LAYERS},
}, separators=(",", ":"))) + "#"
PLOTLY_CONFIG = {"displayModeBar": False, "scrollZoom": False, "topojsonURL": EMPTY_TOPOJSON_URL}
VALUE_SCALE = [[0.0, "#eef3fa"], [0.5, "#6a9ccf"], [1.0, "#0b3d7a"]]  # light to dark blue
NO_DATA_FILL = "#e6e6e6"
CATEGORY_FILLS = ("#0b3d7a", "#a9c4e4")  # the larger value (ja) dark, the smaller (nein) light blue
BORDER = WHITE
HIGHLIGHT = "#1a1a1a"


def label_point(geometry: Mapping) -> tuple[float, float]:
    """(lon, lat) of a point inside a GeoJSON (Multi)Polygon for its label: shapely's
    representative_point(), which always lies inside the area (a centroid may not)."""
    point = shapely.geometry.shape(geometry).representative_point()
    return point.x, point.y


def label_points(geojson: Mapping) -> dict[str, tuple[float, float]]:
    """{area_code: (lon, lat)}: the label_point of every feature of a FeatureCollection."""
    return {str(feature["id"]): label_point(feature["geometry"]) for feature in geojson.get("features", [])}


def subset_geojson(geojson: Mapping, codes) -> dict:
    """A FeatureCollection with only the features whose id is in codes (same objects)."""
    keep = {str(c) for c in codes}
    return {"type": "FeatureCollection",
            "features": [f for f in geojson["features"] if str(f["id"]) in keep]}


def _geo_layout(fig: go.Figure) -> None:
    """Hide the world base map and zoom to the drawn areas."""
    fig.update_geos(visible=False, fitbounds="locations", projection_type="mercator",
                    bgcolor="rgba(0,0,0,0)")


def _highlight(fig: go.Figure, geojson: Mapping, code: str | None) -> None:
    """Outline one area (the chosen district) with a thick dark border."""
    if code is None or code not in {str(f["id"]) for f in geojson["features"]}:
        return
    fig.add_trace(go.Choropleth(
        geojson=subset_geojson(geojson, [code]), locations=[code], z=[0], featureidkey="id", showscale=False,
        colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]], hoverinfo="skip",
        marker=dict(line=dict(color=HIGHLIGHT, width=4)), name="highlight", showlegend=False,
    ))


def _label_colours(rows: pd.DataFrame, categories: Mapping[float, str] | None = None) -> dict[str, str]:
    """{area_code: text colour} that reads on each area's fill (dark fills get white names):
    the status fill for a status map, the category's fill for a map of `categories` (ja/nein),
    the colour-scale colour of the value for a value map."""
    if categories:
        colours = dict(zip(sorted(categories, reverse=True), CATEGORY_FILLS))
        fills = {c: colours.get(float(v), NO_DATA_FILL) if pd.notna(v) else NO_DATA_FILL
                 for c, v in zip(rows["area_code"], rows["shown"])}
    elif "status" in rows:
        fills = {c: STATUS_STYLE[s].fill for c, s in zip(rows["area_code"], rows["status"])}
    else:
        shown = rows["shown"].astype(float)
        low, high = shown.min(), shown.max()
        span = (high - low) or 1.0
        fills = {c: NO_DATA_FILL if pd.isna(v) else scale_colour(VALUE_SCALE, (v - low) / span)
                 for c, v in zip(rows["area_code"], shown)}
    return {code: text_on(fill) for code, fill in fills.items()}


def _labels(fig: go.Figure, points: Mapping[str, tuple[float, float]], names: Mapping[str, str],
            colours: Mapping[str, str]) -> None:
    """Area names as text on the map (used for the 12 Stadtbezirke only), each in the colour
    that reads on its area's fill."""
    codes = [c for c in names if c in points]
    if not codes:
        return
    fig.add_trace(go.Scattergeo(
        lon=[points[c][0] for c in codes], lat=[points[c][1] for c in codes],
        text=[names[c].replace("-", "-<br>") for c in codes], mode="text", hoverinfo="skip", showlegend=False,
        textfont=dict(size=12, color=[colours.get(c, "#111111") for c in codes],
                      family="Source Sans Pro, DejaVu Sans, Arial"),
        name="labels",
    ))


def value_map(geojson: Mapping, rows: pd.DataFrame, lang: str, *, colorbar_title: str,
              source: str, highlight: str | None = None, show_labels: bool = False,
              height: int = 560, categories: Mapping[float, str] | None = None) -> go.Figure:
    """A choropleth of rows.shown per area_code; areas without a value in light grey.

    rows: area_code, name, shown (float or NaN), label (formatted value with unit).
    Hover shows the area's name and its formatted value with unit; show_labels writes the
    names on the map (meant for the Stadtbezirke). `categories` ({value: word}, e.g.
    map_model.yes_no_legend's ja/nein) draws one colour per value with a legend entry each
    instead of a continuous colour bar.
    """
    geojson = subset_geojson(geojson, rows["area_code"])  # send only the drawn areas
    fig = go.Figure()
    missing = rows[rows["shown"].isna()]
    if not missing.empty:
        fig.add_trace(_fill_trace(geojson, missing, [t("map_hover_no_data", lang)] * len(missing),
                                  NO_DATA_FILL, t("map_hover_no_data", lang)))
    has = rows[rows["shown"].notna()]
    if categories:
        for value, colour in zip(sorted(categories, reverse=True), CATEGORY_FILLS):
            part = has[has["shown"].astype(float) == value]
            if not part.empty:
                trace = _fill_trace(geojson, part, [categories[value]] * len(part), colour, categories[value])
                fig.add_trace(trace.update(showlegend=True))
    elif not has.empty:
        fig.add_trace(go.Choropleth(
            geojson=subset_geojson(geojson, has["area_code"]), locations=list(has["area_code"]),
            z=list(has["shown"].astype(float)),
            featureidkey="id", colorscale=VALUE_SCALE,
            customdata=list(zip(has["name"], has["label"])),
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
            marker=dict(line=dict(color=BORDER, width=1)), name=colorbar_title,
            colorbar=dict(title=dict(text=colorbar_title, side="right"), thickness=14, len=0.8),
        ))
    return _finish(fig, geojson, rows, lang, source=source, highlight=highlight,
                   show_labels=show_labels, height=height, top=40 if categories else 10, categories=categories)


def _fill_trace(geojson: Mapping, part: pd.DataFrame, hover: list[str], colour: str, name: str) -> go.Choropleth:
    """One flat-coloured trace of the areas in `part` (hover: name and the given text)."""
    return go.Choropleth(
        geojson=subset_geojson(geojson, part["area_code"]), locations=list(part["area_code"]),
        z=[0] * len(part), featureidkey="id", showscale=False, colorscale=[[0, colour], [1, colour]],
        customdata=list(zip(part["name"], hover)),
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
        marker=dict(line=dict(color=BORDER, width=1)), name=name,
    )


def status_map(geojson: Mapping, rows: pd.DataFrame, lang: str, *, source: str,
               highlight: str | None = None, show_labels: bool = False,
               height: int = 560) -> go.Figure:
    """A choropleth coloured by goal status (fills from dashboard.style), one trace per status
    so the legend reads symbol + word. rows: area_code, name, status, reason."""
    geojson = subset_geojson(geojson, rows["area_code"])
    fig = go.Figure()
    present = sorted(set(rows["status"]), key=STATUS_ORDER.get)
    for status in present:
        part = rows[rows["status"] == status]
        style, label = STATUS_STYLE[status], status_label(status, lang)
        fig.add_trace(go.Choropleth(
            geojson=subset_geojson(geojson, part["area_code"]), locations=list(part["area_code"]),
            z=[1] * len(part),
            featureidkey="id", showscale=False, colorscale=[[0, style.fill], [1, style.fill]],
            customdata=list(zip(part["name"], [label] * len(part),
                                part["reason"])),
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}"
                          "<extra></extra>",
            marker=dict(line=dict(color=BORDER, width=1)), name=label,
            showlegend=True, legendgroup=status,
        ))
    return _finish(fig, geojson, rows, lang, source=source, highlight=highlight,
                   show_labels=show_labels, height=height, top=40)


def _finish(fig: go.Figure, geojson: Mapping, rows: pd.DataFrame, lang: str, *, source: str,
            highlight: str | None, show_labels: bool, height: int, top: int,
            categories: Mapping[float, str] | None = None) -> go.Figure:
    """What every map gets after its data traces: the chosen area's outline, area names (if
    asked), the tile-free geo layout, the shared base layout and the source line."""
    _highlight(fig, geojson, highlight)
    if show_labels:
        _labels(fig, label_points(geojson), dict(zip(rows["area_code"], rows["name"])), _label_colours(rows, categories))
    _geo_layout(fig)
    base_layout(fig, lang, height=height)
    fig.update_layout(margin=dict(l=0, r=0, t=top), dragmode=False)
    return source_note(fig, t("map_source", lang, source=source))
