"""Council session dates (data/raw/council_sessions.yaml): the default „since“ dates of
„Was hat sich geändert?“ and marks on a goal's status history.

In: the raw folder. Out: (frame SESSION_COLUMNS sorted by date, problems). The file is optional:
without it there are no sessions (the pages then compare with a date the user picks).
`sourced` says whether the date comes from a named public source or is an illustrative one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from etl.errors import Problem
from etl.records import Field, check_record, load_yaml_list

FILE = "council_sessions.yaml"
SESSION_COLUMNS = ["session_date", "label", "sourced", "url"]
SESSION_SPEC = {
    "date": Field((dt.date,), True),
    "label": Field((str,), True),
    "sourced": Field((bool,), True),
    "url": Field((str,)),
}


def load_sessions(raw: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """The sessions listed in raw/council_sessions.yaml (top-level list `sessions:`)."""
    path = raw / FILE
    if not path.is_file():
        return pd.DataFrame(columns=SESSION_COLUMNS), []
    records, problems = load_yaml_list(path, "sessions", FILE)
    rows = []
    for n, rec in enumerate(records, start=1):
        found = check_record(rec, SESSION_SPEC, FILE, f"#{n}")
        if rec.get("sourced") is True and not rec.get("url"):
            found.append(Problem(FILE, f"#{n}", "url", "a sourced date needs the url of its source"))
        problems += found
        if not found:
            rows.append(dict(session_date=rec["date"], label=rec["label"], sourced=rec["sourced"],
                             url=rec.get("url")))
    frame = pd.DataFrame(rows, columns=SESSION_COLUMNS)
    if frame["session_date"].duplicated().any():
        problems.append(Problem(FILE, None, "date", "a date is listed twice"))
    return frame.sort_values("session_date").reset_index(drop=True), problems
