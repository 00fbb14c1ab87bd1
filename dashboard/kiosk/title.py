"""The kiosk's title slide: headline counts per status over the goals a screen shows.

Pure: a goal frame (dashboard.queries.kiosk.kiosk_goals rows) in, a frozen TitleSlide out. The
counts come from the one headline rule (dashboard.headline): a status resting on Beispieldaten
counts as "keine Daten", goals judged on one series count once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard.headline import counted_units, headline_counts, series_groups
from dashboard.style import IMPLEMENTATION_STYLE
from indicators.model import STATUSES

TITLE_ORDER = STATUSES  # best first, "keine Daten" last


@dataclass(frozen=True)
class TitleSlide:
    """Headline counts per status (in TITLE_ORDER) over the goals this screen shows.

    total: goals shown; grouped: how many of them share a series with another (counted once
    per series); uses_demo: some goal's status rests on Beispieldaten (it is not counted);
    evidenced: deliverables counted under their implementation status (shown on the balance slide)."""

    counts: tuple[tuple[str, int], ...]
    total: int
    uses_demo: bool
    as_of: dt.date | None
    qr_url: str
    grouped: int = 0
    evidenced: int = 0
    kind: str = "title"
    key: str = "title"


def title_slide(goals: pd.DataFrame, as_of: dt.date | None, qr_url: str) -> TitleSlide:
    """Headline counts per status over the selected goals (every status listed, zero included),
    with the build's as-of date and the QR code's address."""
    counts = headline_counts(goals)
    return TitleSlide(
        counts=tuple((s, counts[s]) for s in TITLE_ORDER),
        total=len(goals),
        uses_demo=bool(goals["uses_demo"].fillna(False).astype(bool).any()),
        as_of=as_of,
        qr_url=qr_url,
        grouped=len(goals) - counted_units(goals) + len(series_groups(goals)),
        evidenced=sum(counts[s] for s in IMPLEMENTATION_STYLE),
    )
