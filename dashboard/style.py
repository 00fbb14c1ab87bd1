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
    "decided": StatusStyle("§", "#56B4E9", "#1F5F86"),
    "no_progress": StatusStyle("◇", "#8C8C8C", "#555555"),
    "shelved": StatusStyle("‖", "#CC79A7", "#8E3B6E"),
    "not_evidenced": StatusStyle("?", "#E69F00", "#8A5A00"),
    "not_done": StatusStyle("⊗", "#D55E00", "#A34400"),
}

# Every status a goal can show (dashboard.headline.headline_status): the indicator statuses, and
# for a deliverable the implementation status its evidence supports. Symbols are all distinct.
STATUS_STYLE = {
    ACHIEVED: StatusStyle("★", "#0072B2", "#005A8C"),
    ON_TRACK: StatusStyle("✔", "#009E73", "#00704F"),
    AT_RISK: StatusStyle("⚠", "#E69F00", "#8A5A00"),
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
CITY_BLUE = "#1f4e8c"

assert set(STATUS_STYLE) == set(STATUSES) | set(IMPLEMENTATION_STYLE) == set(STATUS_ORDER)


def status_word(status: str, lang: str) -> str:
    """The status word alone in the page language: 'nicht auf Kurs' / 'off track'."""
    return t(f"status_{status}", lang)


def status_label(status: str, lang: str) -> str:
    """A status as symbol + word (never colour alone): '✖ nicht auf Kurs' / '✖ off track'.
    KeyError for an unknown status."""
    return f"{STATUS_STYLE[status].symbol} {status_word(status, lang)}"
