"""View model of „Was hat sich geändert?“ and of a goal's status history (docs/asof.md).

Pure: frames of dashboard.queries.asof in, plain values out; no Streamlit, no database
(`changes` gets the query runner passed in).
The page (pages/changes.py), the goal page and the report (report/model.py) render what this
returns, so all three say the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from dashboard.headline import headline_status
from dashboard.i18n import t
from dashboard.queries import asof as q
from dashboard.style import status_label
from indicators import fmt
from indicators.asof import last_day

LIST_LIMIT = 50  # items per section before „… und N weitere“
DEFAULT_DAYS = 90  # without a session before `until`, compare with this many days earlier


@dataclass(frozen=True)
class Window:
    """The compared days: after `since` up to and including `until`; `session` is the council
    session `since` stands for ({session_date, label, sourced, url}), None if chosen otherwise."""

    since: dt.date
    until: dt.date
    session: dict | None = None


def default_window(sessions: pd.DataFrame, until: dt.date) -> Window:
    """Since the last council session before `until`; without one, DEFAULT_DAYS before it."""
    before = sessions[pd.to_datetime(sessions["session_date"]).dt.date < until] if len(sessions) else sessions
    if before.empty:
        return Window(until - dt.timedelta(days=DEFAULT_DAYS), until)
    row = before.iloc[-1].to_dict()
    return Window(_day(row["session_date"]), until, row)


def _day(value) -> dt.date:
    return value.date() if isinstance(value, (pd.Timestamp, dt.datetime)) else value


def status_word(status: str | None, lang: str) -> str:
    """Symbol and word of a status („✔ erreicht“); „keine Bewertung“ for None."""
    if not status or (isinstance(status, float) and pd.isna(status)):
        return t("ch_no_status", lang)
    return status_label(status, lang)


def _impl_word(status, lang: str) -> str:
    if status is None or (isinstance(status, float) and pd.isna(status)):
        return t("ch_no_status", lang)
    return t(f"impl_{status}", lang)


def status_changes(before: pd.DataFrame, after: pd.DataFrame, titles: pd.DataFrame,
                   lang: str) -> list[dict]:
    """Goals whose verdict or implementation status differs between the two status_on frames:
    {target_id, title, old, new, change (old → new in words), reason (the new verdict's reason,
    '' when only the implementation status changed)}."""
    old = before.set_index("target_id") if len(before) else pd.DataFrame()
    names = dict(zip(titles["target_id"], titles[f"title_{lang}"]))
    out = []
    for row in after.to_dict("records"):
        prev = old.loc[row["target_id"]].to_dict() if row["target_id"] in old.index else {}
        parts = []
        if prev.get("status") != row["status"]:
            parts.append(t("ch_arrow", lang, old=status_word(prev.get("status"), lang),
                           new=status_word(row["status"], lang)))
        if _text(prev.get("implementation")) != _text(row["implementation"]):
            parts.append(t("ch_impl", lang, old=_impl_word(prev.get("implementation"), lang),
                           new=_impl_word(row["implementation"], lang)))
        if parts:
            out.append(dict(target_id=row["target_id"], title=names.get(row["target_id"], row["target_id"]),
                            old=prev.get("status"), new=row["status"], change=" · ".join(parts),
                            reason=str(row[f"reason_{lang}"]) if prev.get("status") != row["status"] else ""))
    return out


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def known_text(day, basis: str, lang: str) -> str:
    """„bekannt seit 31.12.2024“, with „(abgeleitet)“ where the date is derived."""
    key = "ch_known_derived" if basis == "derived" else "ch_known"
    return t(key, lang, date=fmt.format_date(_day(day), lang))


def data_items(new_obs: pd.DataFrame, lang: str) -> list[str]:
    """One line per value that became known: „Indikator 2023: 1.379 Whg. – korrigiert – bekannt
    seit …, Quelle“; demo values are labelled Beispieldaten."""
    lines = []
    for r in new_obs.to_dict("records"):
        value = fmt.format_number(r["value"], lang, int(r["decimals"]))
        parts = [f"{r[f'name_{lang}']} {int(r['year'])}: {value} {r[f'symbol_{lang}']}".rstrip()]
        if int(r["revision"]) > 1:
            parts.append(t("ch_corrected", lang, n=int(r["revision"])))
        if bool(r["is_demo"]):
            parts.append(t("demo_badge", lang))
        parts.append(known_text(r["known_since"], r["known_since_basis"], lang))
        parts.append(str(r["source_title"]))
        lines.append(" – ".join(parts))
    return lines


def evidence_items(new_evidence: pd.DataFrame, lang: str) -> list[dict]:
    """One item per new evidence entry: {target_id, title, text (stage, date, known since)}."""
    return [dict(target_id=r["target_id"], title=r[f"title_{lang}"],
                 text=f"{t('stage_' + r['stage'], lang)} ({r['date_text']}) – "
                      f"{known_text(r['known_since'], r['known_since_basis'], lang)}")
            for r in new_evidence.to_dict("records")]


def new_goals(goal_docs: pd.DataFrame, window: Window, lang: str) -> list[dict]:
    """Goals whose document was published inside the window: {target_id, title, text}."""
    out = []
    for r in goal_docs.to_dict("records"):
        published = last_day(r["source_published"])
        if published is not None and window.since < published <= window.until:
            out.append(dict(target_id=r["target_id"], title=r[f"title_{lang}"],
                            text=t("ch_goal_from", lang, doc=f"{r['source_author']}: {r['source_title']}",
                                   date=fmt.format_date(published, lang))))
    return out


def window_texts(window: Window, lang: str) -> list[str]:
    """The period in words and, where `since` is a session, which one (and whether its date is
    sourced or illustrative)."""
    lines = [t("ch_window", lang, since=fmt.format_date(window.since, lang),
               until=fmt.format_date(window.until, lang))]
    if window.session is not None:
        line = t("ch_session", lang, label=window.session["label"], date=fmt.format_date(window.since, lang))
        if not bool(window.session["sourced"]):
            line += f" ({t('ch_session_unsourced', lang)})"
        lines.append(line)
    return lines


def limited(items: list, limit: int = LIST_LIMIT) -> tuple[list, int]:
    """The first `limit` items and how many were left out."""
    return items[:limit], max(0, len(items) - limit)


def history_points(history: pd.DataFrame, sessions: pd.DataFrame, lang: str) -> list[dict]:
    """A goal's status strip: its history rows on the first day, on council session days, on
    days new data or evidence became known, and on any 1 January its status changed. The status
    of each point is the one the goal showed that day (dashboard.headline.headline_status: the
    verdict, or for a deliverable what its evidence supported).
    Each point: {day, date (text), event (text), status, word (symbol + word)}."""
    session_days = {_day(d) for d in sessions["session_date"]} if len(sessions) else set()
    points, previous = [], None
    for n, r in enumerate(history.to_dict("records")):
        day = _day(r["valid_from"])
        shown = headline_status(r)
        event = _event(n, day, session_days)
        if event == "year" and shown == previous:
            continue
        points.append(dict(day=day, date=fmt.format_date(day, lang), event=t(f"asof_event_{event}", lang),
                           status=shown, word=status_word(shown, lang)))
        previous = shown
    return points


def _event(n: int, day: dt.date, session_days: set) -> str:
    """Why a history row exists: the start, a session, a new year, or new data/evidence."""
    if n == 0:
        return "start"
    if day in session_days:
        return "session"
    return "year" if (day.month, day.day) == (1, 1) else "data"


def parse_day(text: str | None, first: dt.date, last: dt.date) -> dt.date | None:
    """A day from a URL value 'YYYY-MM-DD', moved into first..last; None when empty or unreadable."""
    try:
        day = dt.date.fromisoformat(str(text or "").strip())
    except ValueError:
        return None
    return min(max(day, first), last)


def changes(window: Window, lang: str, run: Callable, goal_ids: set | None = None) -> dict:
    """The four sections between window.since and window.until: status (changed verdicts),
    data, evidence, goals. run(fn, *args) runs a dashboard.queries.asof function: the cached
    dashboard.data.query on the pages, `lambda fn, *a: fn(con, *a)` in the report. goal_ids:
    only these goals and the data of their indicators (None: all)."""
    titles = run(q.goal_documents)
    data = run(q.new_observations, window.since, window.until)
    if goal_ids is not None:
        data = data[data["target_ids"].map(lambda ids: bool(goal_ids & set(str(ids).split(","))))]
    found = {
        "status": status_changes(run(q.status_on, window.since), run(q.status_on, window.until), titles, lang),
        "data": data_items(data, lang),
        "evidence": evidence_items(run(q.new_evidence, window.since, window.until), lang),
        "goals": new_goals(titles, window, lang),
    }
    if goal_ids is not None:
        for key in ("status", "evidence", "goals"):
            found[key] = [item for item in found[key] if item["target_id"] in goal_ids]
    return found
