"""The goal page's tables and lists: observations with revisions, CSV downloads, values per
Stadtbezirk, citations and related goals, the demo flag and the source titles.

Pure functions from the query results of dashboard.queries.targets (target_observations,
indicator_by_district, target_citations, related_targets) and a cleaned goal detail
(dashboard.goal_model.clean_detail) to display tables, dicts and CSV bytes, numbers formatted
by indicators.fmt. No Streamlit, no database.
"""

from __future__ import annotations

import pandas as pd

from dashboard import document_model
from dashboard.goal_model import is_money, missing
from dashboard.i18n import t
from indicators.fmt import format_money, format_number, format_percent

RELATION_ORDER = {"conflicts_with": 0, "restates": 1, "refines": 2, "supports": 3}


def observation_table(obs: pd.DataFrame, detail: dict, lang: str) -> pd.DataFrame:
    """The data table under the chart: one row per year and revision, superseded values marked
    "ersetzt", with source title and reference. Values formatted in the page language."""
    unit = "€" if is_money(detail) else (detail.get(f"symbol_{lang}") or "")
    cols = [t(f"goal_col_{c}", lang) for c in ("year", "value", "superseded", "provisional", "demo", "detail",
                                               "source")] + [t("ctx_col_kind", lang), t("ctx_col_ref_date", lang)]
    if unit:
        cols[1] = f"{cols[1]} ({unit})"
    if obs.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for row in obs.itertuples():
        rows.append([str(int(row.year)), format_number(row.value, lang, int(detail.get("decimals") or 0)),
                     "" if row.is_current else t("goal_superseded_yes", lang),
                     "" if row.is_final else t("goal_yes", lang),
                     t("goal_yes", lang) if row.is_demo else "",
                     row.source_detail or "", row.source_title,
                     t(f"data_kind_{row.data_kind}", lang), row.ref_date])
    return pd.DataFrame(rows, columns=cols)


def source_titles(*frames: pd.DataFrame) -> list[str]:
    """Distinct source titles of the rows shown (in order of first appearance)."""
    titles: list[str] = []
    for frame in frames:
        if frame is not None and not frame.empty and "source_title" in frame:
            for title in frame["source_title"].dropna():
                if title not in titles:
                    titles.append(title)
    return titles


def shows_demo(detail: dict, *frames: pd.DataFrame) -> bool:
    """True when the goal's status uses demo data or any shown row is demo."""
    if detail.get("uses_demo"):
        return True
    return any(frame is not None and "is_demo" in frame and frame["is_demo"].fillna(False).astype(bool).any()
               for frame in frames)


def district_pivot(values: pd.DataFrame, detail: dict, lang: str) -> pd.DataFrame:
    """Indicator values per Stadtbezirk (rows) and year (columns), formatted; empty if none."""
    if values.empty:
        return pd.DataFrame()
    order = list(dict.fromkeys(values["name"]))
    table = values.pivot_table(index="name", columns="year", values="value", aggfunc="first").reindex(order)
    decimals = int(detail.get("decimals") or 0)
    shown = table.apply(lambda col: col.map(
        lambda v: format_money(v, lang) if is_money(detail) and not missing(v) else format_number(v, lang, decimals)))
    shown.columns = [str(int(c)) for c in shown.columns]
    shown.index.name = t("goal_col_district", lang)
    return shown.reset_index()


def citation_items(citations: pd.DataFrame, lang: str) -> list[dict]:
    """Each citation as {ref: "Titel (Autor), Zeile 21–23", quote, source_id, link}; link: the
    document view's URL parameters at the cited lines (None without a line)."""
    return [dict(ref=t("goal_citation_ref", lang, title=row.title, author=row.author,
                       lines=_lines(row.line_from, row.line_to)), quote=row.quote, source_id=row.source_id,
                 link=None if missing(row.line_from) else document_model.link_params(
                     row.source_id, int(row.line_from),
                     int(row.line_from if missing(row.line_to) else row.line_to), lang))
            for row in citations.itertuples()]


def _lines(first: object, last: object) -> str:
    """A line range "21–23", or "21" for one line; "–" when unknown."""
    if missing(first):
        return "–"
    first, last = int(first), int(last) if not missing(last) else int(first)
    return str(first) if first == last else f"{first}–{last}"


def related_items(related: pd.DataFrame, lang: str) -> list[dict]:
    """Linked goals of other documents, conflicts first: relation word, title, deadline, quote."""
    items = []
    for row in related.itertuples():
        items.append(dict(relation=row.relation, relation_text=t(f"goal_rel_{row.relation}", lang),
                          target_id=row.target_id, title=getattr(row, f"title_{lang}"), status=row.status,
                          deadline=None if missing(row.deadline_year) else int(row.deadline_year),
                          ref=t("goal_citation_ref", lang, title=row.source_title, author=row.source_author,
                                lines=_lines(row.line_from, row.line_to)),
                          quote=row.quote))
    return sorted(items, key=lambda i: (RELATION_ORDER.get(i["relation"], 9), i["target_id"]))


def district_status_rows(rows: pd.DataFrame, lang: str) -> list[dict]:
    """Per-Stadtbezirk status rows for the table: name, status id, progress text and reason."""
    return [dict(code=row.area_code, name=row.name, status=row.status,
                 progress=None if missing(row.progress) else float(row.progress),
                 progress_text=format_percent(None if missing(row.progress) else row.progress, lang),
                 reason=getattr(row, f"reason_{lang}"), demo=bool(row.uses_demo)) for row in rows.itertuples()]
