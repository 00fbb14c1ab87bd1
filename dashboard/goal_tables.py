"""The goal page's tables and lists: observations with revisions, CSV downloads, values per
Stadtbezirk, citations and related goals, the demo flag, the source titles and the
"how computed" panel (rule and inputs).

Pure functions from the query results of dashboard.queries.targets (target_observations,
indicator_by_district, target_citations, related_targets) and a cleaned goal detail
(dashboard.goal_model.clean_detail) to display tables, dicts and CSV bytes, numbers formatted
by indicators.fmt. No Streamlit, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard import document_model
from dashboard.goal_model import SUM_KINDS, is_money, missing
from dashboard.i18n import t
from dashboard.obs_notes import note_text
from dashboard.ref_dates import ref_date_text
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
                     note_text(row, lang), row.source_title,
                     t(f"data_kind_{row.data_kind}", lang), ref_date_text(row.ref_date, lang)])
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


@dataclass
class HowComputed:
    """The "So wird der Status berechnet" panel: rule text, result sentence and input rows."""

    rule_id: str
    rule_text: str
    result: str
    rows: list[tuple[str, str]] = field(default_factory=list)

    def table(self, lang: str) -> pd.DataFrame:
        """The input rows as a two-column table indexed by the quantity's name."""
        name = t("goal_how_col_name", lang)
        return pd.DataFrame(self.rows, columns=[name, t("goal_how_col_value", lang)]).set_index(name)


INPUT_ORDER = ("kind", "direction", "start_year", "deadline_year", "as_of_year", "target", "baseline_year",
               "baseline_value", "start_point_year", "start_point_value", "latest_year", "latest_value", "data_year", "counted_years", "sum",
               "forecast_years", "trend_years", "slope", "gap", "forecast", "distance_left", "miss",
               "pace_from_year", "estimate_now", "required_pace", "stale")
AMOUNT_INPUTS = ("estimate_now", "target", "latest_value", "sum", "baseline_value", "distance_left", "forecast",
                 "required_pace", "slope", "expected", "start_point_value", "outlook_mean", "outlook_slope",
                 "outlook_forecast", "planned_value")
SHARE_INPUTS = ("gap", "miss", "elapsed")


def how_computed(detail: dict, lang: str) -> HowComputed:
    """The rule the status came from and every number that went into it (from inputs_json)."""
    kind = detail["kind"]
    rule_key = "goal_rule_sum" if kind in SUM_KINDS else f"goal_rule_{kind}"
    rows = []
    for key, value in sorted(detail["inputs"].items(), key=_panel_order):
        try:
            label = t(f"goal_in_{key}", lang)
        except KeyError:
            label = key
        rows.append((label, _input_value(key, value, detail, lang)))
    return HowComputed(detail.get("rule") or "–", t(rule_key, lang), detail.get(f"reason_{lang}") or "", rows)


def _panel_order(item: tuple[str, object]) -> tuple[int, str]:
    """Sort key of an input in the panel: INPUT_ORDER first, the rest by name."""
    key = item[0]
    return (INPUT_ORDER.index(key) if key in INPUT_ORDER else len(INPUT_ORDER), key)


def _input_value(key: str, value: object, detail: dict, lang: str) -> str:
    """One input of the rule as shown in the panel (words for kind/direction/flags, formatted numbers)."""
    if value is None or value in ([], ()):
        return t("goal_none", lang)
    if isinstance(value, bool):
        return t("goal_yes" if value else "goal_no", lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if key in ("kind", "direction"):
        return t(f"kind_{value}" if key == "kind" else f"goal_dir_{value}", lang)
    if key in SHARE_INPUTS and isinstance(value, (int, float)):
        return format_percent(value, lang, 1)
    if key in AMOUNT_INPUTS and isinstance(value, (int, float)):
        if is_money(detail):
            return format_money(value, lang)
        return format_number(value, lang, max(int(detail.get("decimals") or 0), 1 if key == "slope" else 0))
    return str(value)
