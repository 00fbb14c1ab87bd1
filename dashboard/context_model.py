"""Figures on the topic of a goal („Zahlen zum Thema“): one block per context series, each value
with its data kind, reference date and source. They describe a goal and never decide its status.

Pure functions on the frame of dashboard.queries.context; no Streamlit, no SQL.
"""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from dashboard.obs_notes import note_text
from dashboard.ref_dates import ref_date_text
from indicators import fmt


def data_kind_text(kind: str, lang: str) -> str:
    """The data kind (trust level) in words: „amtliche Statistik“, „Presseangabe“, …"""
    return t(f"data_kind_{kind}", lang)


def kinds_text(kinds, lang: str) -> str:
    """The distinct data kinds of the values shown, in words: „amtliche Statistik, Presseangabe“."""
    return ", ".join(data_kind_text(k, lang) for k in sorted({k for k in kinds if isinstance(k, str) and k}))


def context_blocks(values: pd.DataFrame, lang: str) -> list[dict]:
    """One block per series: name, definition, and a table of its values.

    Out: [{"indicator_id", "name", "definition", "table": DataFrame(area, year, value with unit,
    kind, reference date, source), "press": True when any value is a press report}]."""
    blocks = []
    for indicator_id, rows in values.groupby("indicator_id", sort=False):
        first = rows.iloc[0]
        blocks.append({
            "indicator_id": indicator_id,
            "name": first["name_en" if lang == "en" else "name_de"],
            "definition": first["definition_en" if lang == "en" else "definition_de"],
            "table": _table(rows, lang),
            "press": bool((rows["data_kind"] == "presse").any()),
        })
    return blocks


def _table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The values of one series as a display table with translated headers."""
    unit = rows["symbol_en" if lang == "en" else "symbol_de"].iloc[0]
    decimals = int(rows["decimals"].iloc[0])
    return pd.DataFrame({
        t("ctx_col_area", lang): rows["area_name"].tolist(),
        t("ctx_col_year", lang): rows["year"].astype(int).astype(str).tolist(),
        t("ctx_col_value", lang): [f"{fmt.format_number(v, lang, decimals)} {unit}" for v in rows["value"]],
        t("ctx_col_kind", lang): [data_kind_text(k, lang) for k in rows["data_kind"]],
        t("ctx_col_ref_date", lang): [ref_date_text(d, lang) for d in rows["ref_date"]],
        t("ctx_col_source", lang): [_source(r, lang) for r in rows.to_dict("records")],
    })


def _source(row: dict, lang: str) -> str:
    """Source title, with the row's own note (in the page's language) where it has one."""
    note = note_text(row, lang)
    return f"{row['source_title']} – {note}" if note else str(row["source_title"])


def newer_figures(values: pd.DataFrame, series: pd.DataFrame, lang: str) -> dict | None:
    """Figures of the same quantity in another form (context links with beside_series) that are
    newer than the goal's own series, for the box right beside that series.

    In: the goal's context values (dashboard.queries.context) and the city values of its own
    series (dashboard.queries.targets.target_observations). Out: {"series_end": the series'
    last current year or None, "items": [{"year", "value", "name", "kind", "source", "press"}]},
    newest first; None when there is no such figure. They never join the series or a verdict."""
    if values.empty or "beside_series" not in values.columns:
        return None
    current = series[series["is_current"].astype(bool)] if not series.empty else series
    end = int(current["year"].max()) if not current.empty else None
    rows = values[values["beside_series"].astype(bool) & (values["area_level"] == "city")]
    if end is not None:
        rows = rows[rows["year"].astype(int) > end]
    if rows.empty:
        return None
    items = []
    for row in rows.sort_values(["year", "indicator_id"], ascending=[False, True]).to_dict("records"):
        unit = row["symbol_en" if lang == "en" else "symbol_de"]
        items.append({
            "year": int(row["year"]), "name": row["name_en" if lang == "en" else "name_de"],
            "value": f"{fmt.format_number(row['value'], lang, int(row['decimals']))} {unit}".strip(),
            "kind": data_kind_text(row["data_kind"], lang), "source": _source(row, lang),
            "press": row["data_kind"] == "presse",
        })
    return {"series_end": end, "items": items}
