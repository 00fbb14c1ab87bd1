"""What the „Was hat sich geändert?“ page and the goal page's status strip work from,
assembled from dashboard.queries.asof through dashboard.data.query (cached per database).

In: days and the UI language. Out: the plain values dashboard.changes_model builds.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard import changes_model as cm
from dashboard.asof_model import overlay_status
from dashboard import overview_view
from dashboard.data import query
from dashboard.queries import asof as q


def default_window(until: dt.date) -> cm.Window:
    """Since the last council session before `until` (changes_model.default_window)."""
    return cm.default_window(query(q.sessions), until)


def changes(window: cm.Window, lang: str) -> dict:
    """The four sections of the page (changes_model.changes, queries cached)."""
    return cm.changes(window, lang, query)


def history(target_id: str, lang: str) -> list[dict]:
    """The goal's status strip (changes_model.history_points)."""
    return cm.history_points(query(q.goal_history, target_id), query(q.sessions), lang)


def history_range() -> tuple[dt.date, dt.date]:
    """(first day of the history, the build's as-of date): the range a Stand date may take."""
    row = query(q.history_range)
    last = cm._day(row["last"])
    first = row["first"]
    return (last if first is None or pd.isna(first) else cm._day(first)), last


def goals_table_on(day: dt.date):
    """The overview's goal rows with each goal's status on `day` (asof_model.overlay_status)."""
    return overlay_status(overview_view.goals_table(), query(q.status_on, day), day)
