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
    goal_source: str = ""  # where the goal is stated (the source line's first part)
    data_source: str = ""  # the data's attribution (its second part)

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


@dataclass(frozen=True)
class GroupMember:
    """One goal of a group slide: its title, target line, deadline year (None = no deadline),
    status and where it is stated (author, document, lines)."""

    target_id: str
    title: str
    target_line: str
    deadline: int | None
    status: str
    source: str = ""


@dataclass(frozen=True)
class GroupSlide:
    """Goals judged on one series (e.g. the climate statements on the city's CO₂ total): one
    slide with the series' number and chart and the goals side by side, instead of several
    slides that would look the same."""

    theme: str
    title: str  # the series' name
    number: str
    caption: str
    members: tuple[GroupMember, ...]
    uses_demo: bool
    as_of: dt.date | None
    source_line: str
    qr_url: str
    chart: str
    years: tuple[int, ...]
    values: tuple[float, ...]
    target_value: float | None = None  # the members' targets stand in their boxes, not on the chart
    target_label: str = ""
    kind: str = "group"

    @property
    def key(self) -> str:
        """'group:<first goal id>'."""
        return f"group:{self.members[0].target_id}"


@dataclass(frozen=True)
class BalanceSlide:
    """Implementation balance of the deliverables this screen shows: count per implementation
    status (dashboard.implementation_model.ORDER, zeros included) and their total."""

    counts: tuple[tuple[str, int], ...]
    total: int
    as_of: dt.date | None
    qr_url: str
    kind: str = "balance"
    key: str = "balance"


@dataclass(frozen=True)
class RecentSlide:
    """A promise whose evidence is among the most recent: its implementation status and the
    latest dated entry (stage, date, quote, where it comes from)."""

    target_id: str
    theme: str
    title: str
    status: str  # an implementation status (dashboard.style.IMPLEMENTATION_STYLE)
    stage: str  # the latest entry's stage, as a word
    date: str
    quote: str
    evidence_source: str
    old: bool
    as_of: dt.date | None
    qr_url: str
    kind: str = "recent"

    @property
    def key(self) -> str:
        """'recent:<goal id>'."""
        return f"recent:{self.target_id}"
