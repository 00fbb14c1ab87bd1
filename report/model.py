"""The report model: the dashboard's own numbers and sentences for the Sachstandsbericht.

In: a DuckDB connection to a built database, the language and optional filters (theme id,
document source id, Stadtbezirk code). Out: (model dict for report/template.typ, charts as
{file name: SVG}). Values come from the same view models as the overview cards and the goal
page (dashboard.overview_model / overview_cards / goal_model / implementation_model), so page
and report cannot disagree.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard import changes_model as cm
from dashboard import implementation_model, overview_cards
from dashboard.asof_model import overlay_status
from dashboard.queries import asof as asof_q
from dashboard import overview_model as om
from dashboard.headline import headline_counts, headline_status
from dashboard.i18n import t
from dashboard.queries import implementation as impl_q
from dashboard.queries import targets as q
from dashboard.queries.overview import overview_citations, overview_values
from dashboard.sources_model import line_range
from dashboard.style import STATUS_STYLE
from indicators import fmt
from report.svg import bar_chart

LABEL_KEYS = ("city", "page", "of", "demo", "demo_note", "contents", "summary", "evidence", "sources")


def goals_for(con: duckdb.DuckDBPyConnection, theme: str | None = None, document: str | None = None,
              district: str | None = None) -> pd.DataFrame:
    """The overview's prepared goal rows (promises), filtered by theme, document or Stadtbezirk
    (a goal with a status for that district), in the overview's order."""
    goals = om.prepare(q.targets_overview(con), overview_values(con), overview_citations(con))
    if theme:
        goals = goals[goals["theme_id"] == theme]
    if document:
        goals = goals[goals["source_ids"].map(lambda ids: document in ids)]
    if district:
        ids = {r[0] for r in con.execute("SELECT target_id FROM target_status WHERE area_level = "
                                         "'stadtbezirk' AND area_code = ?", [district]).fetchall()}
        goals = goals[goals["target_id"].isin(ids)]
    return goals.reset_index(drop=True)


def status_entry(status: str, lang: str) -> dict:
    """Symbol, word and text colour of a status for the template's badge."""
    style = STATUS_STYLE[status]
    return {"symbol": style.symbol, "word": t(f"status_{status}", lang), "colour": style.text}


def report_model(con: duckdb.DuckDBPyConnection, lang: str, scope: str, as_of: dt.date | None = None,
                 **filters) -> tuple[dict, dict[str, str]]:
    """The whole report: cover, counts, summary table, what changed since the last council
    session, and one section per goal by theme. as_of: the Stand date (None: the build's own
    date); the verdicts are then those known on that day (docs/asof.md)."""
    goals = goals_for(con, **filters)
    build = con.execute("SELECT as_of, demo_included FROM meta_build").fetchone()
    day = as_of or _day(build[0])
    if as_of is not None:
        goals = overlay_status(goals, asof_q.status_on(con, as_of), as_of)
    stand = t("rep_stand", lang, date=fmt.format_date(day, lang))
    charts: dict[str, str] = {}
    themes = []
    for theme_id, rows in goals.groupby("theme_id", sort=False):
        sections = [_goal_section(con, row, lang, charts) for row in rows.to_dict("records")]
        themes.append({"title": rows.iloc[0][f"theme_{lang}"], "goals": sections})
    counts = headline_counts(goals) if len(goals) else {}
    model = {
        "lang": lang, "title": t("rep_title", lang), "scope": scope, "stand_text": stand,
        "demo": bool(build[1]), "header_left": f"Zielmonitor Dortmund – {t('rep_title', lang)}",
        "footer_left": "Zielmonitor Dortmund", "method_note": t("rep_method_note", lang),
        "labels": {**{k: t(f"rep_{k}", lang) for k in LABEL_KEYS},
                   "summary_columns": [t(f"rep_col_{c}", lang) for c in ("goal", "status", "latest", "source")]},
        "counts": [{**status_entry(s, lang), "n": fmt.format_number(n, lang)} for s, n in counts.items()],
        "summary": [_summary_row(r, lang) for r in goals.to_dict("records")], "themes": themes,
        "changes": changes_section(con, day, lang, set(goals["target_id"])),
        "asof_note": t("asof_note", lang, date=fmt.format_date(day, lang)) if as_of is not None else "",
    }
    return model, charts


def _day(value) -> dt.date:
    return value.date() if isinstance(value, (pd.Timestamp, dt.datetime)) else value


def changes_section(con: duckdb.DuckDBPyConnection, day: dt.date, lang: str, goal_ids: set) -> dict:
    """„Was hat sich geändert?“ from the last council session before `day` up to `day`, for the
    report's goals (changes_model.changes, the page's own rule): title, period lines, sections."""
    window = cm.default_window(asof_q.sessions(con), day)
    found = cm.changes(window, lang, lambda fn, *args: fn(con, *args), goal_ids)
    goal_lines = {key: [f"{i['title']}: {i.get('change') or i['text']}" for i in found[key]]
                  for key in ("status", "evidence", "goals")}
    sections = [(t("ch_status_heading", lang), goal_lines["status"]), (t("ch_data_heading", lang), found["data"]),
                (t("ch_evidence_heading", lang), goal_lines["evidence"]), (t("ch_goals_heading", lang), goal_lines["goals"])]
    return {"title": t("ch_title", lang), "lines": cm.window_texts(window, lang), "none": t("ch_none", lang),
            "sections": [{"heading": h, "items": cm.limited(items)[0], "more": cm.limited(items)[1]}
                         for h, items in sections]}


def _summary_row(row: dict, lang: str) -> dict:
    """Goal, status (by the headline rule), the card's value text and the data source."""
    card = overview_cards.build_card(row, lang)
    return {"title": card.title, "status": status_entry(headline_status(row), lang),
            "latest": card.value_text or fmt.MISSING, "source": card.data_source or card.goal_author}


def _goal_section(con: duckdb.DuckDBPyConnection, row: dict, lang: str, charts: dict[str, str]) -> dict:
    """One goal: verdict and reason, pace, chart, quotes, evidence timeline, sources."""
    card = overview_cards.build_card(row, lang)
    chart = _chart(con, row, lang)
    name = None
    if chart:
        name = f"chart_{len(charts)}.svg"
        charts[name] = chart
    cites = q.target_citations(con, row["target_id"])
    evidence = implementation_model.timeline_items(impl_q.timeline(con, row["target_id"]), lang)
    return {
        "title": card.title, "status": status_entry(headline_status(row), lang), "demo": card.is_demo,
        "reason": card.reason or str(row.get(f"reason_{lang}") or ""), "pace": str(row.get(f"pace_{lang}") or ""),
        "chart": name, "quotes": [_quote(c, lang) for c in cites.to_dict("records")],
        "evidence": [{"date": e["date"], "stage": e["stage"], "basis": e["basis"]} for e in evidence],
        "sources": [s for s in (card.data_source, card.goal_author) if s],
    }


def _quote(cit: dict, lang: str) -> dict:
    """A citation as quote and reference: „…“ – author, title, line(s)."""
    lines = line_range(cit["line_from"], cit["line_to"], lang)
    return {"quote": str(cit["quote"]), "ref": f"{cit['author']}, {cit['title']} · {lines}"}


def _chart(con: duckdb.DuckDBPyConnection, row: dict, lang: str) -> str:
    """The goal's current city values as bars with the target line (SVG), '' without values."""
    obs = q.target_observations(con, row["target_id"])
    if obs.empty or row.get("kind") == "milestone":
        return ""
    current = obs[obs["is_current"].astype(bool)]
    points = [(int(y), float(v), bool(d)) for y, v, d in zip(current["year"], current["value"], current["is_demo"])]
    target = row.get("target_value")
    target = None if target is None or pd.isna(target) or row.get("kind") in ("cumulative", "budget") else float(target)
    unit = row.get(f"symbol_{lang}") or ""
    return bar_chart(points[-12:], target, unit if isinstance(unit, str) else "", lang)
