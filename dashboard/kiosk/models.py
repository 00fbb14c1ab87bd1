"""The kiosk's slide models: frozen dataclasses built by dashboard.kiosk.slides.

A Deck holds the slides of one screen in rotation order; SlideError and KioskDataError are the
named data errors of the slide list (one goal unshowable / the query frames unusable).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dashboard.data import DataUnavailable


class SlideError(ValueError):
    """One goal's data cannot be shown (missing or impossible value, unknown status/kind)."""


class KioskDataError(DataUnavailable):
    """The kiosk's query frames lack columns the slides need (e.g. a renamed column): the whole
    deck cannot be built. A DataUnavailable, so the screen keeps its last good slides."""


@dataclass(frozen=True)
class GoalSlide:
    """One goal: big number with caption, target, status, reason, chart series, source line."""

    target_id: str
    theme: str
    title: str
    number: str
    caption: str
    target_line: str
    status: str
    reason: str
    stale: bool
    uses_demo: bool
    as_of: dt.date | None
    source_line: str
    qr_url: str
    chart: str  # "bar" (yearly amounts), "sum" (running total) or "line" (levels)
    years: tuple[int, ...]
    values: tuple[float, ...]  # as drawn: for "sum" the running total of the counted years
    target_value: float | None
    target_label: str
    kind: str = "goal"

    @property
    def key(self) -> str:
        """A stable id of the slide (for tests and the browser's data attribute)."""
        return f"goal:{self.target_id}"


@dataclass(frozen=True)
class District:
    """One Stadtbezirk on the map slide: code, name, status and GeoJSON geometry text."""

    code: str
    name: str
    status: str
    geometry: str


@dataclass(frozen=True)
class MapSlide:
    """A goal that applies to every Stadtbezirk, shown as a map of district statuses."""

    target_id: str
    title: str
    subtitle: str
    districts: tuple[District, ...]
    uses_demo: bool
    as_of: dt.date | None
    source_line: str
    qr_url: str
    kind: str = "map"
    key: str = "map"


@dataclass(frozen=True)
class Deck:
    """The slides of one screen in rotation order, and the goal ids left out as unshowable."""

    slides: tuple
    skipped: tuple[str, ...] = ()
