"""What the dashboard shows of a goal's latest figure, read from the database it serves.

For tests of the real data (browser journeys, kiosk): their expectation follows the data, so a
new real observation (issue 10: „adding a new real observation changes no test outcome“) moves
the figure on the page and the test's expectation alike. The figure is the status row's latest
value, formatted by the one formatter (indicators.fmt.format_quantity) as the goal page and
the kiosk format it; the status is the one a goal shows (dashboard.headline.headline_status).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.headline import headline_status
from dashboard.queries.targets import target_detail
from dashboard.style import status_word
from indicators.fmt import format_quantity, unit_from_row


@dataclass(frozen=True)
class ShownFigure:
    """A goal's latest city-wide figure as a page shows it in one language."""

    year: int      # the latest value's year (before the goal's start: its starting point)
    number: str    # the value without unit: „1.589“ / „1,589“
    status: str    # the status the goal shows, e.g. 'not_assessable'
    word: str      # that status's word: „noch nicht bewertbar“ / „not yet assessable“


def shown_figure(db_path: Path, target_id: str, lang: str = "de") -> ShownFigure:
    """The latest figure and status of `target_id` in the database at `db_path`, as shown in
    `lang` ('de' or 'en'). AssertionError if the goal is unknown or has no value."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        detail = target_detail(con, target_id)
    finally:
        con.close()
    assert detail is not None and not pd.isna(detail["latest_year"]), f"{target_id}: no value in the database"
    status = headline_status(detail)
    number = format_quantity(detail["latest_value"], unit_from_row(detail), lang, word=False)
    return ShownFigure(int(detail["latest_year"]), number, status, status_word(status, lang))
