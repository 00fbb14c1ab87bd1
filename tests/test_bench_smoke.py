"""Smoke check of the benchmark suite (issue 6): it runs at the smallest size and reports.

Not a timed test of the dashboard: the figures are not compared with budgets here. It checks
that `python -m bench` at size 1 with one run builds, renders every page, serves concurrent
viewers, checks and ingests an upload, and writes a table with the named rows.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from bench.gen import generate, plan
from bench.report import Budget, Results, table_lines
from tests.conftest import ROOT

NAMED_ROWS = [
    "ETL build time (s)", "ETL peak memory (MB)", "observations", "goals",
    *[f"render {kind} {page} (s)" for page in ("overview", "goal", "map", "map_ub")
      for kind in ("cold", "warm")],
    *[f"render overhead {page} (×)" for page in ("overview", "goal", "map", "map_ub")],
    "viewers p50 (s)", "viewers p95 (s)", "viewers errors", "server RSS peak (MB)",
    "upload check 300 rows (s)", "upload ingest (rebuild) (s)",
]


def test_benchmark_runs_at_smallest_size(tmp_path):
    """`python -m bench` as a user runs it (its own process, so its event loops never meet
    the browser tests' Playwright loop), at size 1 with one run."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--sizes", "1", "--runs", "1", "--viewers", "2",
         "--skip-browser", "--upload-rows", "300", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    elapsed = time.monotonic() - start
    assert done.returncode == 0, done.stderr[-3000:]
    printed = done.stdout
    saved = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    rows = saved["rows"]
    missing = [name for name in NAMED_ROWS if name not in rows]
    assert not missing, f"rows missing from the table: {missing}"
    for name in NAMED_ROWS:
        assert name in printed
        assert rows[name]["1"] is not None
    assert rows["observations"]["1"] > 5000
    assert rows["viewers errors"]["1"] == 0, saved.get("details", {}).get("load_1")
    assert rows["ETL build time (s)"]["1"] > 0
    assert "| ETL build time (s) |" in (tmp_path / "results.md").read_text(encoding="utf-8")
    assert elapsed < 90, f"the smoke run took {elapsed:.0f} s"


def test_generated_data_scales_and_builds_inputs(tmp_path):
    from tests.conftest import RAW

    counts = generate(RAW, tmp_path / "raw", 2, obs_per_size=10_000)
    assert counts == plan(2, 10_000) and counts["atlas"] > 0 and counts["goals"] > 0
    header = (tmp_path / "raw" / "stats" / "dortmund_unterbezirke_statistikatlas_2018.csv").read_text(
        encoding="utf-8").splitlines()[0]
    assert header.endswith(f"bench_ub_{counts['atlas'] - 1:05d}")
    assert (tmp_path / "raw" / "register" / "zz_bench.yaml").is_file()


def test_budget_verdict_marks_a_missed_figure():
    res = Results(sizes=[1, 10], options={})
    res.add("viewers p95 (s)", 1, 0.8)
    res.add("viewers p95 (s)", 10, 3.4)
    res.add("render overhead goal (×)", 1, 1.5)
    assert res.verdict("viewers p95 (s)") == "MISSED at 10×"
    assert res.verdict("render overhead goal (×)") == "met"  # ≤ 1.5× is inclusive
    assert not Budget(1.0, "< 1 s").holds(float("nan"))
    assert any("MISSED" in line for line in table_lines(res))


# --- the ETL speed changes made for the 100x budget keep their behaviour -------------------

def test_check_observations_still_names_every_problem():
    from etl.areas import load_areas
    from etl.catalog import load_catalog
    from etl.combine import assign_data_kinds, check_observations
    from etl.stage import frame, observation
    from tests.conftest import RAW

    catalog, _ = load_catalog(RAW)
    areas, _ = load_areas(RAW / "geo")
    obs = frame([
        observation("completed_dwellings", "city", "05913000", 2020, -5, "itnrw_housing"),
        observation("no_such_indicator", "city", "05913000", 2020, 1, "itnrw_housing"),
        observation("completed_dwellings", "stadtbezirk", "99", 2020, 1, "no_such_source"),
        observation("unemployed_pct", "unterbezirk", "001", 2020, 150, "statistikatlas"),
        observation("unemployed_pct", "unterbezirk", "001", 2021, 50, "statistikatlas"),
    ])
    obs = assign_data_kinds(obs, catalog.sources)  # as the build does before the check
    found = [(p.row, p.field) for p in check_observations(obs, catalog.indicators, areas, catalog.sources)]
    assert found == [
        ("completed_dwellings/city/05913000/2020", "value"),
        ("no_such_indicator/city/05913000/2020", "indicator_id"),
        ("completed_dwellings/stadtbezirk/99/2020", "area_code"),
        ("completed_dwellings/stadtbezirk/99/2020", "source_id"),
        ("unemployed_pct/unterbezirk/001/2020", "value"),
    ]


def test_status_ignores_series_no_goal_uses():
    import datetime as dt

    import pandas as pd

    from etl.areas import load_areas
    from etl.catalog import load_catalog
    from etl.stage import frame, observation
    from etl.status import compute_status
    from tests.conftest import RAW

    catalog, _ = load_catalog(RAW)
    areas, _ = load_areas(RAW / "geo")
    goal = dict(id="g", kind="annual_flow", target_value=2000, unit="dwellings", direction="increase",
                start=2020, indicator="completed_dwellings")
    used = [observation("completed_dwellings", "city", "05913000", y, 1800 + 10 * y % 7, "itnrw_housing")
            for y in range(2018, 2026)]
    other = [observation("unemployed_pct", "unterbezirk", "001", y, 9.0, "statistikatlas") for y in (2018, 2024)]
    args = (catalog.indicators, catalog.units, areas, dt.date(2026, 11, 21))
    alone = compute_status([goal], frame(used), *args)
    mixed = compute_status([goal], frame(other + used), *args)
    pd.testing.assert_frame_equal(alone, mixed)
    assert alone.loc[0, "status"] != "no_data"
