"""What the „Was hat sich geändert?“ page and the goal page's status strip work from,
assembled from dashboard.queries.asof through dashboard.data.query (cached per database).

In: days and the UI language. Out: the plain values dashboard.changes_model builds.
"""

from __future__ import annotations

import datetime as dt

from dashboard import changes_model as cm
from dashboard.data import query
from dashboard.queries import asof as q


def default_window(until: dt.date) -> cm.Window:
    """Since the last council session before `until` (changes_model.default_window)."""
    return cm.default_window(query(q.sessions), until)


def changes(window: cm.Window, lang: str) -> dict:
    """The four sections: status (changed verdicts), data, evidence, goals (lists)."""
    titles = query(q.goal_documents)
    return {
        "status": cm.status_changes(query(q.status_on, window.since), query(q.status_on, window.until),
                                    titles, lang),
        "data": cm.data_items(query(q.new_observations, window.since, window.until), lang),
        "evidence": cm.evidence_items(query(q.new_evidence, window.since, window.until), lang),
        "goals": cm.new_goals(titles, window, lang),
    }


def history(target_id: str, lang: str) -> list[dict]:
    """The goal's status strip (changes_model.history_points)."""
    return cm.history_points(query(q.goal_history, target_id), query(q.sessions), lang)


def history_range() -> tuple[dt.date, dt.date]:
    """(first day of the history, the build's as-of date): the range a Stand date may take."""
    row = query(q.history_range)
    return cm._day(row["first"]), cm._day(row["last"])
