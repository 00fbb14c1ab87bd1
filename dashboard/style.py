"""One status palette for every page, card, chart and map (Okabe-Ito, colour-blind safe).

Status is never shown by colour alone: each comes with a symbol and a word (see i18n).
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.i18n import t
from indicators.model import (
    ACHIEVED, AT_RISK, MISSED, NO_DATA, NOT_ASSESSABLE, OFF_TRACK, ON_TRACK, STATUSES,
)


@dataclass(frozen=True)
class StatusStyle:
    """fill: for bars, map areas and badges; text: a darker shade readable on white."""

    symbol: str
    fill: str
    text: str


# Implementation status of deliverables (what the evidence shows), each with symbol and colours;
# the words are in dashboard/i18n/implementation.py. Order: furthest first.
IMPLEMENTATION_STYLE = {
    "done": StatusStyle("◆", "#0072B2", "#005A8C"),
    "under_way": StatusStyle("▶", "#009E73", "#00704F"),
    "decided": StatusStyle("§", "#3593CF", "#1F5F86"),  # 3.4:1 on white
    "no_progress": StatusStyle("◇", "#8C8C8C", "#555555"),
    "shelved": StatusStyle("‖", "#CC79A7", "#8E3B6E"),
    "not_evidenced": StatusStyle("?", "#B97F00", "#8A5A00"),
    "not_done": StatusStyle("⊗", "#D55E00", "#A34400"),
}

# Every status a goal can show (dashboard.headline.headline_status): the indicator statuses, and
# for a deliverable the implementation status its evidence supports. Symbols are all distinct.
STATUS_STYLE = {
    ACHIEVED: StatusStyle("★", "#0072B2", "#005A8C"),
    ON_TRACK: StatusStyle("✔", "#009E73", "#00704F"),
    AT_RISK: StatusStyle("⚠", "#B97F00", "#8A5A00"),  # darker than Okabe-Ito #E69F00: 3.4:1 on white
    OFF_TRACK: StatusStyle("✖", "#D55E00", "#A34400"),
    MISSED: StatusStyle("⊘", "#7A1F00", "#7A1F00"),
    NOT_ASSESSABLE: StatusStyle("◌", "#56B4E9", "#1F5F86"),
    NO_DATA: StatusStyle("○", "#8C8C8C", "#555555"),
    **IMPLEMENTATION_STYLE,
}
# Most urgent first: verdicts on measured goals, then what the evidence shows about deliverables,
# then goals without a basis for either.
STATUS_ORDER = {s: n for n, s in enumerate((
    MISSED, OFF_TRACK, AT_RISK, ON_TRACK, ACHIEVED, "not_done", "not_evidenced", "shelved",
    "no_progress", "decided", "under_way", "done", NOT_ASSESSABLE, NO_DATA))}
DEMO_COLOUR = "#6A3D9A"  # purple marker for Beispieldaten
TARGET_COLOUR = "#1a1a1a"
FORECAST_COLOUR = "#555555"
OBSERVED_COLOUR = "#0072B2"
CITY_BLUE = "#1f4e8c"  # also primaryColor in .streamlit/config.toml (a test checks)
TEXT = "#1a1a1a"
WHITE = "#ffffff"
INK = "#111111"  # the kiosk's near-black type, read at 5 m
GRID_COLOUR = "#d9d9d9"  # the kiosk charts' grid lines
# The page furniture's neutral colours, handed to dashboard/static/zielmonitor.css as CSS
# variables (var(--zm-<name>)): the stylesheet itself has no colour literal.
PAGE_COLOURS = {
    "blue": CITY_BLUE, "text": TEXT, "demo": DEMO_COLOUR, "white": WHITE,
    "muted": "#555555", "soft-text": "#222222", "subtitle": "#444444", "line": "#cccccc",
    "rule": "#dddddd", "quote-bg": "#f5f7fa", "hover-bg": "#f3f6fa", "active-bg": "#eef3fa",
    "card-line": "rgba(49, 51, 63, 0.2)", "error-bg": "#ffecec", "error-text": "#7d1a1a",
    "group-line": "#d0d7e2", "stale-bg": "#f1e7c6", "mark-bg": "#fff3bf",
    "mark-line": STATUS_STYLE[AT_RISK].text, "code-text": "#1a1a1a", "code-bg": "#eef0f3",
    "focus": CITY_BLUE,
    # the kiosk's type for reading at 5 m (dashboard.kiosk.css): near-black, dark grey, box lines
    "ink": INK, "dim": "#333333", "frame": "#bbbbbb",
}

assert set(STATUS_STYLE) == set(STATUSES) | set(IMPLEMENTATION_STYLE) == set(STATUS_ORDER)


def css_variables() -> str:
    """PAGE_COLOURS and the status colours as one CSS rule ':root{--zm-blue:#1f4e8c;…}' for the
    stylesheet (status colours as --zm-<status>-fill and --zm-<status>-text)."""
    pairs = [(name, value) for name, value in PAGE_COLOURS.items()]
    for status, style in STATUS_STYLE.items():
        pairs += [(f"{status}-fill", style.fill), (f"{status}-text", style.text)]
    return ":root{" + "".join(f"--zm-{name}:{value};" for name, value in pairs) + "}"


def _luminance(colour: str) -> float:
    """Relative luminance (WCAG 2) of a '#rrggbb' colour: 0 (black) … 1 (white)."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two '#rrggbb' colours: 1.0 … 21.0."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(fill: str) -> str:
    """The text colour (TEXT or WHITE) that reads better on `fill`: labels on map areas."""
    return TEXT if contrast(TEXT, fill) >= contrast(WHITE, fill) else WHITE


def scale_colour(scale: list[list], fraction: float) -> str:
    """The '#rrggbb' colour at `fraction` (0…1, clipped) of a plotly colour scale
    [[0.0, '#…'], …, [1.0, '#…']], interpolated linearly as plotly draws it."""
    fraction = min(max(fraction, 0.0), 1.0)
    for (x0, c0), (x1, c1) in zip(scale, scale[1:]):
        if fraction <= x1:
            w = 0.0 if x1 == x0 else (fraction - x0) / (x1 - x0)
            rgb = [round(int(c0[i:i + 2], 16) * (1 - w) + int(c1[i:i + 2], 16) * w) for i in (1, 3, 5)]
            return "#" + "".join(f"{v:02x}" for v in rgb)
    return scale[-1][1]


def status_word(status: str, lang: str) -> str:
    """The status word alone in the page language: 'nicht auf Kurs' / 'off track'."""
    return t(f"status_{status}", lang)


def status_label(status: str, lang: str) -> str:
    """A status as symbol + word (never colour alone): '✖ nicht auf Kurs' / '✖ off track'.
    KeyError for an unknown status."""
    return f"{STATUS_STYLE[status].symbol} {status_word(status, lang)}"
