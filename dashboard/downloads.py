"""Data to take away: the overview table and a goal's data as download tables and files.

Pure functions from query results (the overview's prepared goal rows, target_observations,
indicator_by_district) to DataFrames whose values are NUMBERS (not page-formatted text, so a
spreadsheet can compute with them and a negative value is never mistaken for a formula), and
to the file bytes through export.cells — the one formula-neutralising rule — as German-Excel
CSV and XLSX holding the same rows. No Streamlit, no database.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard import overview_cards
from dashboard.goal_model import is_money
from dashboard.headline import headline_status
from dashboard.i18n import t
from dashboard.obs_notes import note_text
from export.cells import csv_bytes, xlsx_bytes

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def files(table: pd.DataFrame, sheet: str) -> dict[str, bytes]:
    """{"csv": German Excel CSV bytes, "xlsx": a workbook with the same rows on sheet `sheet`}."""
    return {"csv": csv_bytes(table), "xlsx": xlsx_bytes({sheet: table})}


def _year(value: object) -> object:
    """An int year, or pd.NA for a missing one (so CSV shows 2023, not 2023.0)."""
    return pd.NA if value is None or pd.isna(value) else int(value)


def _number(value: object) -> float:
    """A float, NaN for a missing value (NaN, not pd.NA: the column stays numeric, so the German
    CSV writes decimal commas and the XLSX an empty cell)."""
    return float("nan") if value is None or pd.isna(value) else float(value)


def _yes(flag: object, lang: str) -> str:
    """'ja' / 'yes' for a true flag, '' otherwise (missing counts as false)."""
    return t("goal_yes", lang) if flag is not None and not pd.isna(flag) and bool(flag) else ""


def _text(value: object) -> str:
    """A text cell: '' for a missing value."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _overview_row(row: Mapping, lang: str) -> list:
    """One goal of the overview: the card's words and the raw numbers behind them."""
    card = overview_cards.build_card(row, lang)
    unit = row.get(f"symbol_{lang}") or row.get(f"unit_label_{lang}")
    return [_text(row.get(f"theme_{lang}")), card.title, t(f"status_{headline_status(row)}", lang),
            card.value_text, _number(row.get("latest_value")), _year(row.get("latest_year")),
            _text(unit), _number(row.get("target_value")), _year(row.get("deadline_year")),
            card.reason, _text(row.get("data_source_title")),
            f"{_text(row.get('source_author'))}: {_text(row.get('source_title'))}",
            _yes(card.is_demo, lang), str(row.get("target_id"))]


OVERVIEW_COLUMNS = ("theme", "goal", "status", "shown", "latest", "latest_year", "unit", "target",
                    "deadline", "reason", "data_source", "goal_source", "demo", "id")


def overview_table(goals: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The overview's goals (prepared rows, in the order shown) as one row each: theme, title,
    status word (the headline rule: demo never decides it), the card's value text, latest yearly
    value and its year, unit, target value, deadline, reason, sources, demo mark and goal id."""
    columns = [t(f"take_col_{c}", lang) for c in OVERVIEW_COLUMNS]
    rows = [_overview_row(row, lang) for row in goals.to_dict("records")]
    table = pd.DataFrame(rows, columns=columns)
    for key in ("latest_year", "deadline"):
        table[t(f"take_col_{key}", lang)] = table[t(f"take_col_{key}", lang)].astype("Int64")
    return table


def _value_column(detail: Mapping, lang: str) -> str:
    """'Wert (Wohnungen)' / 'Wert (€)': the value column's name with the unit."""
    unit = "€" if is_money(dict(detail)) else (detail.get(f"symbol_{lang}") or "")
    return f"{t('goal_col_value', lang)} ({unit})" if unit else t("goal_col_value", lang)


def observation_download(obs: pd.DataFrame, detail: Mapping, lang: str) -> pd.DataFrame:
    """A goal's city-wide values, every revision, as numbers: year, value, superseded, provisional,
    demo mark, reference, source, kind of figure and reference date (the page table's columns)."""
    names = [t("goal_col_year", lang), _value_column(detail, lang)] + [
        t(f"goal_col_{c}", lang) for c in ("superseded", "provisional", "demo", "detail", "source")] + [
        t("ctx_col_kind", lang), t("ctx_col_ref_date", lang)]
    rows = [[int(r.year), _number(r.value), "" if r.is_current else t("goal_superseded_yes", lang),
             "" if r.is_final else t("goal_yes", lang), _yes(r.is_demo, lang), note_text(r, lang),
             _text(r.source_title), t(f"data_kind_{r.data_kind}", lang), _text(r.ref_date)]
            for r in obs.itertuples()]
    return pd.DataFrame(rows, columns=names)


def district_download(values: pd.DataFrame, detail: Mapping, lang: str) -> pd.DataFrame:
    """The indicator's values per Stadtbezirk and year as numbers, one row per district and year,
    with the demo mark and the source."""
    names = [t("take_col_area", lang), t("goal_col_year", lang), _value_column(detail, lang),
             t("goal_col_demo", lang), t("goal_col_source", lang)]
    rows = [[str(r.name), int(r.year), _number(r.value), _yes(r.is_demo, lang), _text(r.source_title)]
            for r in values.itertuples()]
    return pd.DataFrame(rows, columns=names)
