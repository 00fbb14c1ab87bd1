"""Kiosk charts: a simple goal chart and a tile-free district map, in large type.

In: slide models from dashboard.kiosk.slides (years/values, target; district geometries).
Out: plotly Figures for a 1920×1080 screen. No database, no Streamlit. The map draws the
Stadtbezirke as filled polygons on plain axes (no tiles, no topojson download).
"""

from __future__ import annotations

import json
import math

import plotly.graph_objects as go
from shapely.geometry import shape

from dashboard.charts import SEPARATORS, base_layout, status_colour, year_axis
from dashboard.charts.maps import label_point
from dashboard.style import OBSERVED_COLOUR, STATUS_STYLE, TARGET_COLOUR

KIOSK_FONT = 26
DORTMUND_LAT = 51.51  # for the lon/lat aspect ratio


def _big(fig: go.Figure, lang: str, height: int) -> go.Figure:
    """The shared kiosk look on top of base_layout: large fonts, no legend, no hover."""
    base_layout(fig, lang, height=height)
    fig.update_layout(font=dict(size=KIOSK_FONT, color="#111111"), showlegend=False,
                      hovermode=False, margin=dict(l=20, r=30, t=50, b=20))
    fig.update_xaxes(tickfont=dict(size=KIOSK_FONT), automargin=True)
    fig.update_yaxes(tickfont=dict(size=KIOSK_FONT), separatethousands=True, automargin=True)
    return fig


def goal_chart(slide, lang: str, height: int = 500) -> go.Figure:
    """Bars per year (flows), bars of the running total (cumulative goals, budgets: the slide's
    values are already the totals of the counted years) or a line (levels), with the target as
    a dashed line labelled 'Ziel …'. ValueError if there are no values."""
    if not slide.values:
        raise ValueError(f"{slide.target_id}: no values to chart")
    years, values = list(slide.years), list(slide.values)
    fig = go.Figure()
    if slide.chart in ("bar", "sum"):
        fig.add_bar(x=years, y=values, marker_color=OBSERVED_COLOUR, cliponaxis=False)
    else:
        fig.add_scatter(x=years, y=values, mode="lines+markers",
                        line=dict(color=OBSERVED_COLOUR, width=6), marker=dict(size=14))
    if slide.target_value is not None and math.isfinite(slide.target_value):
        fig.add_hline(y=slide.target_value, line=dict(color=TARGET_COLOUR, width=4, dash="dash"),
                      annotation_text=slide.target_label, annotation_position="top left",
                      annotation_font=dict(size=KIOSK_FONT, color=TARGET_COLOUR))
    _big(fig, lang, height)
    year_axis(fig, min(years), max(years))
    top = max(values + [slide.target_value or 0])
    fig.update_yaxes(range=[0, top * 1.15 if top > 0 else 1], rangemode="tozero")
    return fig


def _rings(geometry: str) -> list[tuple[list[float], list[float]]]:
    """Outer rings of a GeoJSON (Multi)Polygon as (lons, lats) lists."""
    geom = shape(json.loads(geometry))
    polygons = getattr(geom, "geoms", [geom])
    return [tuple(map(list, poly.exterior.xy)) for poly in polygons]


def district_map(slide, lang: str, height: int = 640) -> go.Figure:
    """The Stadtbezirke filled in their status colour, white borders, and each district's
    status symbol at its inner point (the names stand in the list beside the map).
    ValueError (from shapely/json) if a geometry cannot be read."""
    fig = go.Figure()
    label_x, label_y, label_text = [], [], []
    for district in slide.districts:
        xs: list = []
        ys: list = []
        for lons, lats in _rings(district.geometry):
            xs += lons + [None]
            ys += lats + [None]
        fig.add_scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=status_colour(district.status),
                        line=dict(color="#ffffff", width=3), hoverinfo="skip")
        x, y = label_point(json.loads(district.geometry))
        label_x.append(x)
        label_y.append(y)
        label_text.append(f"<b>{STATUS_STYLE[district.status].symbol}</b>")
    fig.add_scatter(x=label_x, y=label_y, mode="text", text=label_text,
                    textfont=dict(size=40, color="#ffffff"), hoverinfo="skip")
    _big(fig, lang, height)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / math.cos(math.radians(DORTMUND_LAT)))
    fig.update_layout(margin=dict(l=0, r=0, t=0, b=0), separators=SEPARATORS.get(lang, ",."))
    return fig

