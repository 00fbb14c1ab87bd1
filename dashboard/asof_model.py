"""The overview and the report on a Stand date: today's goal rows with the verdict columns
replaced by the goal's status on that day (dashboard.queries.asof.status_on; docs/asof.md).

Pure: pandas in, pandas out; no Streamlit, no database.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from indicators.inputs import RuleInputs

# The columns a verdict on a day replaces; everything else (title, target, citation) stays.
STATUS_COLUMNS = ("status", "latest_year", "latest_value", "progress", "expected_value", "stale",
                  "uses_demo", "reason_de", "reason_en", "inputs_json")


def overlay_status(goals: pd.DataFrame, status_on_day: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """`goals` (overview rows, one per goal) with STATUS_COLUMNS taken from `status_on_day` and
    `as_of` set to `day`. A goal without a row on that day is left out: its document was not yet
    published (etl.history), so nobody could know the goal then. The data source columns are kept only where the latest year is
    still the same as today's (else they describe another value) and cleared otherwise."""
    rows = status_on_day.set_index("target_id")
    out = goals[goals["target_id"].isin(rows.index)].copy()
    keep = [c for c in STATUS_COLUMNS if c in out.columns and c in rows.columns]
    same_year = out["latest_year"].astype("Float64")
    for column in keep:
        out[column] = out["target_id"].map(rows[column])
    changed = same_year.ne(out["latest_year"].astype("Float64")).fillna(True)
    for column in ("data_source_id", "data_source_title", "data_source_detail"):
        if column in out.columns:
            out.loc[changed, column] = None
    out = out.reset_index(drop=True)
    out["as_of"] = day
    _start_points(out)
    if "has_value" in out.columns:
        start = out["start_point_value"] if "start_point_value" in out else pd.Series(None, index=out.index)
        out["has_value"] = out["latest_value"].notna() | start.notna()
    return out


def _start_points(out: pd.DataFrame) -> None:
    """The starting point as the rules saw it on the day (inputs start_point_year/_value), in
    place; only where the frame has these columns."""
    if "start_point_value" not in out.columns:
        return
    inputs = out["inputs_json"].map(lambda text: RuleInputs.from_json(text if isinstance(text, str) else None))
    out["start_point_year"] = inputs.map(lambda i: i.get("start_point_year"))
    out["start_point_value"] = inputs.map(lambda i: i.get("start_point_value"))
