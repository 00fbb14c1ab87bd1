"""What an indicator upload would change, before it is applied: the preview (new, changed and
unchanged values) and the status effect on every affected goal, computed with the build's rules
(etl.status.rule_target, indicators.assess) for the as-of date of the workflow.

Input: the checked rows (planner.validate.UploadRow) and the query results current_values,
affected_targets and unit_table (dashboard.queries.uploads). Output: DataFrames with
PREVIEW_COLUMNS / EFFECT_COLUMNS. Pure: no database, no Streamlit.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from etl.areas import CITY_CODE
from etl.status import rule_target, scopes, yearly
from indicators import assess
from planner.validate import UploadRow

PREVIEW_COLUMNS = ["indicator_id", "area_level", "area_code", "area_name", "year", "old_value",
                   "new_value", "change", "old_source", "old_is_demo", "note", "row"]
EFFECT_COLUMNS = ["target_id", "title_de", "title_en", "area_level", "area_code", "old_status",
                  "new_status", "changed", "new_reason_de", "new_reason_en"]


def preview(rows: list[UploadRow], current: pd.DataFrame) -> pd.DataFrame:
    """What the upload would change: one row per uploaded value with the current value (if any)
    and change = 'new' (no value yet), 'changed' (old -> new) or 'unchanged'."""
    index = {(r.indicator_id, r.area_level, r.area_code, int(r.year)): r
             for r in current.itertuples(index=False)}
    out = []
    for row in rows:
        old = index.get((row.indicator_id, row.area_level, row.area_code, row.year))
        if old is None:
            change = "new"
        elif abs(float(old.value) - row.value) <= 1e-9 * max(1.0, abs(row.value)):
            change = "unchanged"
        else:
            change = "changed"
        out.append(dict(
            indicator_id=row.indicator_id, area_level=row.area_level, area_code=row.area_code,
            area_name=row.area_name, year=row.year, old_value=None if old is None else float(old.value),
            new_value=row.value, change=change, old_source=None if old is None else _source(old),
            old_is_demo=False if old is None else bool(old.is_demo), note=row.note, row=row.row))
    return pd.DataFrame(out, columns=PREVIEW_COLUMNS)


def _source(old) -> str:
    """The current value's source as shown: its title (if the query gave one) and detail."""
    title = getattr(old, "source_title", None) or old.source_id
    detail = getattr(old, "source_detail", None)
    return f"{title} – {detail}" if detail and not old.is_demo else str(title)


def status_effect(rows: list[UploadRow], current: pd.DataFrame, targets: pd.DataFrame,
                  units: dict, as_of: dt.date, districts: list[str]) -> pd.DataFrame:
    """Status of each affected target before and after the upload, for the areas it touches
    (etl.status.scopes: the city, and each of `districts` – the Stadtbezirk codes,
    etl.status.district_codes – for targets that apply per Stadtbezirk). A city value that is
    the build's sum of the Stadtbezirke moves with the uploaded district values."""
    rows = rows + rolled_up_city_rows(rows, current)
    touched = {(r.indicator_id, r.area_level, r.area_code) for r in rows}
    out = []
    for goal in targets.to_dict("records"):
        for level, code, share in scopes(goal["area_level"], districts):
            if (goal["indicator_id"], level, code) not in touched:
                continue
            old = current[(current["indicator_id"] == goal["indicator_id"])
                          & (current["area_level"] == level) & (current["area_code"] == code)]
            new = _overlay(old, [r for r in rows if (r.indicator_id, r.area_level, r.area_code)
                                 == (goal["indicator_id"], level, code)])
            target = rule_target(_goal_dict(goal), units, share)
            before = assess(target, yearly(old, goal["measure"]), as_of)
            after = assess(target, yearly(new, goal["measure"]), as_of)
            out.append(dict(target_id=goal["target_id"], title_de=goal["title_de"], title_en=goal["title_en"],
                            area_level=level, area_code=code, old_status=before.status,
                            new_status=after.status, changed=before.status != after.status,
                            new_reason_de=after.reason_de, new_reason_en=after.reason_en))
    return pd.DataFrame(out, columns=EFFECT_COLUMNS)


def rolled_up_city_rows(rows: list[UploadRow], current: pd.DataFrame) -> list[UploadRow]:
    """City rows implied by uploaded Stadtbezirk values where the current city value is the
    build's roll-up (column rolled_up): old sum + the districts' changes. The build recomputes
    the real sum; this is what the preview shows."""
    implied = []
    districts = [r for r in rows if r.area_level == "stadtbezirk"]
    for iid, year in sorted({(r.indicator_id, r.year) for r in districts}):
        city = current[(current["indicator_id"] == iid) & (current["area_level"] == "city")
                       & (current["year"] == year)]
        if any(r.indicator_id == iid and r.area_level == "city" and r.year == year for r in rows):
            continue
        if city.empty or not bool(city["rolled_up"].iloc[0]):
            continue
        delta = 0.0
        for r in districts:
            if (r.indicator_id, r.year) != (iid, year):
                continue
            old = current[(current["indicator_id"] == iid) & (current["area_level"] == "stadtbezirk")
                          & (current["area_code"] == r.area_code) & (current["year"] == year)]
            delta += r.value - (float(old["value"].iloc[0]) if len(old) else 0.0)
        implied.append(UploadRow(iid, "city", CITY_CODE, "Dortmund", year,
                                 float(city["value"].iloc[0]) + delta, "", 0))
    return implied


def _overlay(old: pd.DataFrame, rows: list[UploadRow]) -> pd.DataFrame:
    """The current values of one indicator and area with the uploaded years replaced."""
    years = {r.year for r in rows}
    kept = old[~old["year"].isin(years)][["year", "value"]]
    added = pd.DataFrame([dict(year=r.year, value=r.value) for r in rows], columns=["year", "value"])
    return pd.concat([kept, added], ignore_index=True).sort_values("year")


def _goal_dict(row: dict) -> dict:
    """A targets-table row in the register's shape, as etl.status.rule_target expects it."""
    def clean(value):
        """None for missing values (None, NaN), else the value."""
        return None if value is None or pd.isna(value) else value

    return dict(kind=row["kind"], target_value=clean(row["target_value"]), unit=row["unit_id"],
                direction=clean(row["direction"]), start=int(row["start_year"]),
                deadline=None if clean(row["deadline_year"]) is None else int(row["deadline_year"]),
                baseline_value=clean(row["baseline_value"]),
                baseline_year=None if clean(row["baseline_year"]) is None else int(row["baseline_year"]))
