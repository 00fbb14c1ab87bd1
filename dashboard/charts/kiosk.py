"""Kiosk charts as inline SVG: a simple goal chart and a tile-free district map, in large type.

In: slide models from dashboard.kiosk (years/values, target; district geometries). Out: an SVG
string that the slide's HTML carries as an image (dashboard.kiosk.render.svg_img), so a slide
arrives in one piece with its chart already drawn (no chart component that mounts empty and
fills in later at every slide change). No
database, no Streamlit, no JavaScript. Numbers in the screen's language (1.234 / 1,234).
"""

from __future__ import annotations

import functools
import json
import math

from shapely.geometry import shape

from dashboard.charts import status_colour
from dashboard.charts.maps import label_point
from dashboard.kiosk.models import SlideError
from dashboard.markup import escape
from dashboard.style import GRID_COLOUR, INK, OBSERVED_COLOUR, STATUS_STYLE, TARGET_COLOUR, WHITE
from indicators import fmt

TICK_PX = 32  # axis labels, read at 5 m
DORTMUND_LAT = 51.51  # for the lon/lat aspect ratio
SVG_NS = "http://www.w3.org/2000/svg"
MARGIN = dict(left=150, right=52, top=64, bottom=64)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values from low to at least high, about count of them (steps 1, 2, 2.5, 5 × 10^k)."""
    if high <= low:  # all values equal (e.g. all zero): a unit-wide axis above them
        high = low + (abs(low) or 1.0)
    span = high - low
    raw = span / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def _tick_text(value: float, lang: str) -> str:
    """An axis value: whole numbers with thousands separators, else one decimal."""
    decimals = 0 if float(value).is_integer() else 1
    return fmt.format_number(value, lang, decimals)


def _text(x: float, y: float, text: str, anchor: str = "middle", size: int = TICK_PX,
          colour: str = INK, weight: int = 400) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
            f'font-weight="{weight}" fill="{colour}">{escape(text)}</text>')


class _Frame:
    """The plot area of a width × height chart and its scales (years → x, values → y)."""

    def __init__(self, width: int, height: int, years: list[int], ticks: list[float]):
        self.left, self.top = MARGIN["left"], MARGIN["top"]
        self.right, self.bottom = width - MARGIN["right"], height - MARGIN["bottom"]
        self.first, self.last = min(years), max(years)
        self.low, self.high = ticks[0], ticks[-1]
        self.slot = (self.right - self.left) / (self.last - self.first + 1)

    def x(self, year: float) -> float:
        return self.left + (year - self.first + 0.5) * self.slot

    def y(self, value: float) -> float:
        return self.bottom - (value - self.low) / ((self.high - self.low) or 1) * (self.bottom - self.top)


def _axes(frame: _Frame, ticks: list[float], years: list[int], lang: str) -> list[str]:
    """Grid lines with value labels, and the years under the plot (at most 7 labels)."""
    parts = []
    for tick in ticks:
        y = frame.y(tick)
        parts.append(f'<line x1="{frame.left}" x2="{frame.right}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="{GRID_COLOUR}" stroke-width="2"/>')
        parts.append(_text(frame.left - 14, y + TICK_PX * 0.35, _tick_text(tick, lang), "end"))
    step = max(1, math.ceil((frame.last - frame.first + 1) / 7))
    for year in range(frame.first, frame.last + 1, step):
        parts.append(_text(frame.x(year), frame.bottom + TICK_PX + 10, str(year)))
    return parts


def _marks(frame: _Frame, slide) -> list[str]:
    """Bars per year ("bar", "sum") or a line with points ("line")."""
    pairs = list(zip(slide.years, slide.values))
    if slide.chart in ("bar", "sum"):
        base = frame.y(max(0.0, frame.low))
        width = frame.slot * 0.62
        return [f'<rect x="{frame.x(yr) - width / 2:.1f}" y="{min(frame.y(v), base):.1f}" width="{width:.1f}" '
                f'height="{abs(base - frame.y(v)):.1f}" fill="{OBSERVED_COLOUR}" data-year="{yr}" data-value="{v}"/>'
                for yr, v in pairs]
    points = " ".join(f"{frame.x(yr):.1f},{frame.y(v):.1f}" for yr, v in pairs)
    dots = "".join(f'<circle cx="{frame.x(yr):.1f}" cy="{frame.y(v):.1f}" r="9" fill="{OBSERVED_COLOUR}" '
                   f'data-year="{yr}" data-value="{v}"/>' for yr, v in pairs)
    return [f'<polyline points="{points}" fill="none" stroke="{OBSERVED_COLOUR}" stroke-width="6"/>', dots]


def _target(frame: _Frame, value: float | None, label: str) -> list[str]:
    """The target as a dashed line labelled 'Ziel …' above its left end ([] without a target)."""
    if value is None or not math.isfinite(value):
        return []
    y = frame.y(value)
    return [(f'<line x1="{frame.left}" x2="{frame.right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{TARGET_COLOUR}" '
             f'stroke-width="4" stroke-dasharray="14 10" data-target="{value}"/>'),
            _text(frame.left + 8, y - 12, label, "start", TICK_PX, TARGET_COLOUR, 700)]


def goal_chart(slide, lang: str, width: int = 900, height: int = 600) -> str:
    """The chart of a goal (or group) slide as SVG: bars per year (flows), bars of the running
    total ("sum": the slide's values are already the totals of the counted years) or a line
    (levels), with the target as a dashed line labelled 'Ziel …'. SlideError without values."""
    if not slide.values or len(slide.values) != len(slide.years):
        raise SlideError(f"{getattr(slide, 'key', '?')}: no values to chart")
    values = [float(v) for v in slide.values]
    target = slide.target_value if slide.target_value is not None and math.isfinite(slide.target_value) else None
    ticks = nice_ticks(min(values + [0.0] + ([target] if target is not None else [])),
                       max(values + ([target] if target is not None else [])) * 1.08)
    frame = _Frame(width, height, list(slide.years), ticks)
    body = _axes(frame, ticks, list(slide.years), lang) + _marks(frame, slide) + _target(
        frame, target, slide.target_label)
    return (f'<svg xmlns="{SVG_NS}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{escape(slide.title)}" font-family="Source Sans Pro, DejaVu Sans, Arial, sans-serif">'
            f'<title>{escape(slide.title)}</title>{"".join(body)}</svg>')


def _rings(geometry: str) -> list[list[tuple[float, float]]]:
    """Outer rings of a GeoJSON (Multi)Polygon as lists of (lon, lat); SlideError if unreadable."""
    try:
        geom = shape(json.loads(geometry))
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        raise SlideError(f"unreadable district geometry: {err}") from err
    return [list(poly.exterior.coords) for poly in getattr(geom, "geoms", [geom])]


@functools.lru_cache(maxsize=4)  # the same map slide comes round every rotation
def district_map(slide, lang: str, width: int = 820, height: int = 640) -> str:
    """The Stadtbezirke filled in their status colour with white borders and each district's
    status symbol at its inner point, as SVG (names stand in the list beside the map).
    SlideError if a geometry cannot be read."""
    rings = {d.code: _rings(d.geometry) for d in slide.districts}
    squeeze = math.cos(math.radians(DORTMUND_LAT))
    points = [(lon * squeeze, lat) for rs in rings.values() for ring in rs for lon, lat in ring]
    if not points:
        raise SlideError("no district geometry")
    left, right = min(p[0] for p in points), max(p[0] for p in points)
    bottom, top = min(p[1] for p in points), max(p[1] for p in points)
    scale = min((width - 8) / ((right - left) or 1), (height - 8) / ((top - bottom) or 1))

    def at(lon: float, lat: float) -> str:
        return f"{4 + (lon * squeeze - left) * scale:.1f},{4 + (top - lat) * scale:.1f}"

    parts = []
    for district in slide.districts:
        path = " ".join("M" + " L".join(at(lon, lat) for lon, lat in ring) + " Z" for ring in rings[district.code])
        parts.append(f'<path d="{path}" fill="{status_colour(district.status)}" stroke="{WHITE}" '
                     f'stroke-width="3" data-district="{escape(district.code)}"/>')
    for district in slide.districts:
        x, y = (float(v) for v in at(*label_point(json.loads(district.geometry))).split(","))
        parts.append(_text(x, y + 14, STATUS_STYLE[district.status].symbol, size=40, colour=WHITE, weight=700))
    return (f'<svg xmlns="{SVG_NS}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{escape(slide.title)}"><title>{escape(slide.title)}</title>{"".join(parts)}</svg>')
