"""Since when is a value or an evidence entry known? The `known_since` date and its basis.

One rule for the whole store (docs/asof.md explains it):
- A date stands for the last day it allows: '2024-06-11' is that day, '2020-06' is 30 June 2020,
  '2024' is 31 December 2024 (we never claim something was known before it surely was).
- Observations, first match wins (basis in brackets):
  1. a planner upload: the upload's time ("upload");
  2. a publication date the raw row gives itself (e.g. the housing file's source title
     "Stadt Dortmund Statistik news, 2019-06-11"), set while staging ("source_detail");
  3. the catalog source's `published` date, if it does not lie before the value's year
     ("document" for a document's stated figure, else "source_published");
  4. otherwise derived: the end of the value's year plus DERIVED_LAG_MONTHS ("derived").
- Evidence: the document's `published` date (citation), the source's date (source) or the
  planner's entry time (planner); never before the date the entry reports on.
In: frames and plain dicts. Out: new frames / dicts; inputs are never changed.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pandas as pd

from etl.catalog import DOCUMENT_KINDS
from indicators.asof import last_day

DERIVED_LAG_MONTHS = 6  # fallback: a year's value counts as known six months after the year ends
BASES = ("upload", "source_detail", "document", "source_published", "derived")


def derived_date(year: int) -> dt.date:
    """The fallback: the end of `year` plus DERIVED_LAG_MONTHS (2023 -> 2024-06-30)."""
    month = DERIVED_LAG_MONTHS % 12 or 12
    y = year + 1 + (DERIVED_LAG_MONTHS - 1) // 12
    return dt.date(y, month, calendar.monthrange(y, month)[1])


def _from_source(year: int, source: dict) -> tuple[dt.date, str]:
    """Rules 3 and 4 for one value of `year` credited to `source` (a catalog entry)."""
    published = last_day(source.get("published"))
    if published is not None and published >= dt.date(int(year), 1, 1):
        return published, "document" if source.get("kind") in DOCUMENT_KINDS else "source_published"
    return derived_date(int(year)), "derived"


def assign_known_since(obs: pd.DataFrame, sources: dict[str, dict],
                       upload_times: dict[str, str]) -> pd.DataFrame:
    """Fill every empty known_since / known_since_basis of the observations (OBS_COLUMNS).

    sources: the catalog's sources by id; upload_times: upload id -> ISO time of the upload.
    Rows that already carry a date (rule 2, set while staging) keep it."""
    dates, bases = [], []
    for row in obs[["known_since", "known_since_basis", "upload_id", "year", "source_id"]].itertuples(index=False):
        if row.upload_id is not None and not pd.isna(row.upload_id) and row.upload_id in upload_times:
            dates.append(last_day(upload_times[row.upload_id][:10]))
            bases.append("upload")
        elif row.known_since is not None and not pd.isna(row.known_since) and row.known_since_basis:
            dates.append(row.known_since)
            bases.append(row.known_since_basis)
        else:
            date, basis = _from_source(row.year, sources.get(row.source_id, {}))
            dates.append(date)
            bases.append(basis)
    return obs.assign(known_since=pd.Series(dates, index=obs.index, dtype=object),
                      known_since_basis=pd.Series(bases, index=obs.index, dtype=object))


def evidence_known_since(entry: dict, sources: dict[str, dict], state_day: dt.date) -> tuple[dt.date, str]:
    """(known_since, basis) of one checked evidence entry; never before `state_day`, the first
    day the entry reports on. Basis: "document", "source_date", "planner_time" or "derived"
    (the state day itself, when the basis gives no readable date)."""
    if entry.get("citation"):
        found, basis = last_day(sources.get(entry["citation"].get("document"), {}).get("published")), "document"
    elif entry.get("source"):
        found, basis = last_day(entry["source"].get("date")), "source_date"
    else:
        found, basis = last_day(str((entry.get("planner") or {}).get("time", ""))[:10]), "planner_time"
    if found is None:
        return state_day, "derived"
    return max(found, state_day), basis
