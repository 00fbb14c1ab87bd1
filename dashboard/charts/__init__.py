"""The chart factory: every figure on every page comes from a function in this package.

This module holds what all charts share: German/English number separators, whole-year axes,
fonts and margins, and the status palette from dashboard.style. Submodules build figures:
progress.py (goal charts), maps.py (district maps). Factories take DataFrames and plain values
and return plotly Figures; they never query the database.
"""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go

from dashboard.literal import html_text
from dashboard.style import STATUS_STYLE, WHITE

SEPARATORS = {"de": ",.", "en": ".,"}  # plotly: decimal mark, then thousands separator
# The one number format of every value axis and colour bar: plain digits grouped by the page's
# thousands separator (SEPARATORS), never an SI suffix („2k“, „5M“) that German readers misread.
NUMBER_TICKS = dict(tickformat=",~r", exponentformat="none")
FONT = dict(family="Source Sans Pro, DejaVu Sans, Arial, sans-serif", size=15, color="#1a1a1a")
# A source note under a chart is drawn into the figure, which never wraps text itself: lines of at
# most NOTE_CHARS characters (12 px) fit the chart's width on a phone (390 px screen, ~360 px chart).
NOTE_FONT = dict(size=12, color="#444444")
NOTE_CHARS = 50
NOTE_LINE_PX = 17


def base_layout(fig: go.Figure, lang: str, height: int = 420) -> go.Figure:
    """Apply the shared look in place and return the figure: separators, font, margins, legend."""
    fig.update_layout(
        separators=SEPARATORS.get(lang, SEPARATORS["de"]), font=FONT, height=height,
        margin=dict(l=10, r=10, t=40, b=10), plot_bgcolor=WHITE, paper_bgcolor=WHITE,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0),
        hoverlabel=dict(font_size=14),
    )
    fig.update_yaxes(gridcolor="#e3e3e3", zerolinecolor="#999999", **NUMBER_TICKS)
    number_colorbars(fig)
    return fig


def number_colorbars(fig: go.Figure) -> go.Figure:
    """Give every colour bar of the figure's traces NUMBER_TICKS, unless the trace already set
    its own tick format or tick texts (e.g. a 0/1 series labelled in words). Returns the figure."""
    for trace in fig.data:
        if not hasattr(trace, "colorbar"):
            continue
        bar = trace.colorbar
        if bar.tickformat is None and bar.ticktext is None:
            bar.update(**NUMBER_TICKS)
    return fig


def year_axis(fig: go.Figure, first: int, last: int) -> go.Figure:
    """Whole years on the x axis (no 2019.5), with a readable tick step."""
    span = max(1, last - first)
    step = 1 if span <= 12 else (2 if span <= 24 else 5)
    fig.update_xaxes(tickformat="d", dtick=step, range=[first - 0.5, last + 0.5], gridcolor="#f0f0f0")
    return fig


def status_colour(status: str) -> str:
    """Fill colour of a status, for bars and map areas."""
    return STATUS_STYLE[status].fill


def source_note(fig: go.Figure, text: str, *, bottom: int = 10) -> go.Figure:
    """Write the plain `text` (its own lines split at newlines) under the plot area, wrapped at
    NOTE_CHARS so that no line runs past a phone's screen, left-aligned; the bottom margin becomes
    `bottom` plus room for every line. Changes the figure in place and returns it."""
    lines = [part for line in text.split("\n") for part in (textwrap.wrap(line, NOTE_CHARS) or [""])]
    fig.add_annotation(text="<br>".join(html_text(line) for line in lines), showarrow=False, align="left",
                       xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", yshift=-6,
                       font=NOTE_FONT)
    fig.update_layout(margin_b=bottom + NOTE_LINE_PX * len(lines))
    return fig
