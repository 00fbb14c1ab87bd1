"""Upload validation and ingest time for a large planner file (default 100,000 rows).

Input: a built database (for the reference: indicators, city and Stadtbezirke), the raw folder
it was built from, and the number of rows. Output: seconds to check the file (parse + validate,
planner.workflow.check_file), whether the file passes the upload limits as configured, and seconds to
ingest it (planner.workflow.apply_upload: store the file and rebuild the database with it), each in
a temporary upload store and database copy, so nothing of the project is touched.

planner.parse caps uploads at MAX_ROWS rows (10,000); a bigger file is refused before validation.
To time the validator itself on the full file the benchmark lifts that cap for the check (the
`limit_refused` figure says whether the configured limits refuse the file).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path
from unittest import mock

import duckdb
import numpy as np
import pandas as pd

import config
from dashboard.queries.uploads import upload_areas, upload_indicators
from planner import parse
from planner.workflow import apply_upload, check_file, reference_from
from etl.uploads import UploadStore

AS_OF = dt.date(2026, 11, 21)
HEADER = "Indikator;Gebiet;Jahr;Wert\r\n"


class TooFewKeys(ValueError):
    """The database has fewer indicator x area x year combinations than rows asked for."""


def make_file(indicators: list[str], areas: list[str], rows: int, last_year: int) -> bytes:
    """A ';'-separated CSV (as Excel in Germany writes it) with `rows` distinct values."""
    years = range(1990, last_year + 1)
    keys = [(i, a, y) for i in indicators for a in areas for y in years]
    if len(keys) < rows:
        raise TooFewKeys(f"only {len(keys)} distinct indicator/area/year keys for {rows} rows; "
                         "use a larger generated size")
    values = np.random.default_rng(6).uniform(1, 50, size=rows).round(1)
    lines = [f"{i};{a};{y};{str(v).replace('.', ',')}\r\n" for (i, a, y), v in zip(keys, values)]
    return (HEADER + "".join(lines)).encode("utf-8")


def bench_upload(db_path: Path, raw: Path, rows: int = 100_000, ingest: bool = True) -> dict:
    """Check (and optionally ingest) a `rows`-row file. Returns seconds, counts and limits."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        indicators, areas = upload_indicators(con), upload_areas(con)
    finally:
        con.close()
    ref = reference_from(indicators, areas, AS_OF)
    codes = ["Dortmund" if lvl == "city" else str(code)
             for lvl, code in zip(areas["area_level"], areas["area_code"])]
    limited = [i for i, hi in zip(indicators["indicator_id"], indicators["max_value"])
               if pd.isna(hi) or hi >= 50]
    data = make_file(limited, codes, rows, AS_OF.year)
    refused = check_file(data, "bench.csv", ref, config.max_upload_bytes())
    with mock.patch.object(parse, "MAX_ROWS", rows + 10):
        start = time.perf_counter()
        checked = check_file(data, "bench.csv", ref, max(len(data), config.max_upload_bytes()))
        check_s = time.perf_counter() - start
    result = dict(rows=rows, file_mb=len(data) / 1048576, check_s=check_s,
                  valid_rows=len(checked.rows), problems=len(checked.problems),
                  limit_refused=[p.code for p in refused.problems][:1])
    if ingest and checked.ok:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "zielmonitor.duckdb"
            shutil.copy(db_path, target)
            store = UploadStore(Path(tmp) / "uploads")
            with mock.patch.object(parse, "MAX_ROWS", rows + 10):
                start = time.perf_counter()
                apply_upload(checked, data, "bench", "Benchmark", store, ref, raw=raw,
                             db_path=target, as_of=AS_OF, include_demo=True)
                result["ingest_s"] = time.perf_counter() - start
    return result
