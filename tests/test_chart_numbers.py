"""Charts in the page's language: every value axis and colour bar shows plain digits with the
page's separators (German 12.000 / 2,5; English 12,000 / 2.5), never SI suffixes like „12k“."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.charts import NUMBER_TICKS, base_layout, number_colorbars
from dashboard.charts import maps
from dashboard.charts.progress import district_bars, progress_figure
from dashboard.goal_model import clean_detail
from dashboard.queries import targets as q

SI = ("s", "e")  # d3 format types that print 12k / 1.2e+4


def _progress(db, goal_id: str, lang: str):
    detail = clean_detail(q.target_detail(db, goal_id))
    planned = q.planned_path(db, detail["indicator_id"]) if detail.get("indicator_id") else pd.DataFrame()
    return progress_figure(detail, q.target_observations(db, goal_id), planned, lang)


def _value_map(lang: str):
    geojson = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "01", "properties": {},
         "geometry": {"type": "Polygon", "coordinates": [[[7.4, 51.5], [7.5, 51.5], [7.5, 51.6], [7.4, 51.5]]]}}]}
    rows = pd.DataFrame({"area_code": ["01"], "name": ["Innenstadt-West"], "shown": [25_000_000.0],
                         "label": ["25.000.000 €"]})
    return maps.value_map(geojson, rows, lang, colorbar_title="€", source="Stadt Dortmund")


def _plain_digits(axis_or_bar) -> bool:
    """Grouped plain digits: a thousands-grouping format of no SI/exponent type, no exponent."""
    fmt = axis_or_bar.tickformat or ""
    return fmt.startswith(",") and not fmt.endswith(SI) and axis_or_bar.exponentformat == "none"


@pytest.mark.parametrize("lang, separators", [("de", ",."), ("en", ".,")])
@pytest.mark.parametrize("goal_id", ["wohnungen_2000_pro_jahr", "klimaneutral_2035"])
def test_goal_chart_value_axis_uses_page_separators_without_si_suffix(db, goal_id, lang, separators):
    fig = _progress(db, goal_id, lang)
    assert fig.layout.separators == separators
    assert _plain_digits(fig.layout.yaxis)


@pytest.mark.parametrize("lang, separators", [("de", ",."), ("en", ".,")])
def test_map_colour_bar_groups_thousands_in_page_language(lang, separators):
    fig = _value_map(lang)
    bars = [tr.colorbar for tr in fig.data if tr.type == "choropleth" and tr.showscale is not False]
    assert bars and all(_plain_digits(bar) for bar in bars)
    assert fig.layout.separators == separators


def test_district_bars_get_the_same_number_format(db):
    rows = [{"name": "Hörde", "progress": 0.5, "progress_text": "50 %", "status": "on_track", "reason": "x"}]
    fig = district_bars(rows, "de")
    assert fig.layout.separators == ",." and _plain_digits(fig.layout.yaxis)


def test_a_colour_bar_with_its_own_labels_is_left_alone():
    """A 0/1 series labelled in words (ticktext) or a percent bar keeps what its map set."""
    worded = go.Choropleth(z=[0, 1], colorbar=dict(tickvals=[0, 1], ticktext=["nein", "ja"]))
    percent = go.Choropleth(z=[0.2], colorbar=dict(tickformat=".0%"))
    plain = go.Choropleth(z=[12000])
    fig = number_colorbars(go.Figure([worded, percent, plain]))
    assert fig.data[0].colorbar.tickformat is None and list(fig.data[0].colorbar.ticktext) == ["nein", "ja"]
    assert fig.data[1].colorbar.tickformat == ".0%"
    assert fig.data[2].colorbar.tickformat == NUMBER_TICKS["tickformat"]


def test_base_layout_sets_the_format_on_every_value_axis():
    fig = go.Figure(go.Scatter(x=[1, 2], y=[2000, 12000]))
    fig.update_layout(yaxis2=dict(overlaying="y"))
    base_layout(fig, "de")
    assert _plain_digits(fig.layout.yaxis) and _plain_digits(fig.layout.yaxis2)
