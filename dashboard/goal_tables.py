"""The goal page's tables and panels: pure functions from query results to what the page shows.

The "So wird der Status berechnet" panel (how_computed), the data table under the chart and its
CSV download (formula-like cells escaped), per-Stadtbezirk rows, citations and related goals.
In: clean_detail(...) of target_detail and the frames of dashboard.queries.targets. Out: display
tables, dicts and bytes, numbers via indicators.fmt. No Streamlit, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.goal_model import SUM_KINDS, is_money, missing
from dashboard.i18n import t
from indicators.fmt import format_money, format_number, format_percent

RELATION_ORDER = {"conflicts_with": 0, "restates": 1, "refines": 2, "supports": 3}
CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


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
               "baseline_value", "latest_year", "latest_value", "data_year", "counted_years", "sum",
               "forecast_years", "trend_years", "slope", "gap", "forecast", "distance_left", "miss",
               "pace_from_year", "estimate_now", "required_pace", "stale")
AMOUNT_INPUTS = ("estimate_now", "target", "latest_value", "sum", "baseline_value", "distance_left", "forecast",
                 "required_pace", "slope", "expected")
SHARE_INPUTS = ("gap", "miss", "elapsed")


def how_computed(detail: dict, lang: str) -> HowComputed:
    """The rule the status came from and every number that went into it (from inputs_json)."""
    kind = detail["kind"]
    rule_key = "goal_rule_sum" if kind in SUM_KINDS else f"goal_rule_{kind}"
    rows = []
    inputs = detail["inputs"]
    for key in sorted(inputs, key=lambda k: (INPUT_ORDER.index(k) if k in INPUT_ORDER else len(INPUT_ORDER), k)):
        value = inputs[key]
        try:
            label = t(f"goal_in_{key}", lang)
        except KeyError:
            label = key
        rows.append((label, _input_value(key, value, detail, lang)))
    return HowComputed(detail.get("rule") or "–", t(rule_key, lang), detail.get(f"reason_{lang}") or "", rows)


def _input_value(key: str, value: object, detail: dict, lang: str) -> str:
    """One input of the rule as shown in the panel (words for kind/direction/flags, formatted numbers)."""
    if value is None or value == []:
        return t("goal_none", lang)
    if isinstance(value, bool):
        return t("goal_yes" if value else "goal_no", lang)
    if isinstance(value, list):
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


def observation_table(obs: pd.DataFrame, detail: dict, lang: str) -> pd.DataFrame:
    """The data table under the chart: one row per year and revision, superseded values marked
    "ersetzt", with source title and reference. Values formatted in the page language."""
    unit = "€" if is_money(detail) else (detail.get(f"symbol_{lang}") or "")
    cols = [t(f"goal_col_{c}", lang) for c in ("year", "value", "superseded", "provisional", "demo", "detail",
                                               "source")]
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
                     row.source_detail or "", row.source_title])
    return pd.DataFrame(rows, columns=cols)


def csv_safe(cell: object) -> object:
    """A cell that a spreadsheet will not execute: text starting with = + - @ gets a leading '."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(CSV_DANGEROUS) else cell


def csv_bytes(table: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV (with BOM for spreadsheets), formula-like cells escaped."""
    safe = table.rename(columns={c: csv_safe(str(c)) for c in table.columns})
    safe = safe.apply(lambda col: col.map(csv_safe))
    return safe.to_csv(index=False).encode("utf-8-sig")


def district_status_rows(rows: pd.DataFrame, lang: str) -> list[dict]:
    """Per-Stadtbezirk status rows for the table: name, status id, progress text and reason."""
    return [dict(code=row.area_code, name=row.name, status=row.status,
                 progress=None if missing(row.progress) else float(row.progress),
                 progress_text=format_percent(None if missing(row.progress) else row.progress, lang),
                 reason=getattr(row, f"reason_{lang}"), demo=bool(row.uses_demo)) for row in rows.itertuples()]


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
    """Each citation as {ref: "Titel (Autor), Zeile 21–23", quote, source_id}."""
    return [dict(ref=t("goal_citation_ref", lang, title=row.title, author=row.author,
                       lines=_lines(row.line_from, row.line_to)), quote=row.quote, source_id=row.source_id)
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
