"""Scaled raw data for the benchmark: a copy of data/raw with generated indicators, values and goals.

Input: the bundled raw folder and a size factor k (1 = bundled data as is). Output: a new raw
folder (in a temporary directory, never committed) that `etl.build` accepts unchanged.

The database keys observations by year (`observations_all.year`, no month column), so monthly
periods cannot be stored. The generator therefore scales by *more indicators x years x areas*:
- Unterbezirk indicators: extra columns in both Statistikatlas files (170 Unterbezirke x 2 years);
  half of them are summable, so the ETL rolls them up to statistische Bezirke, Stadtbezirke and
  the city (all four area levels);
- long district series: extra indicators with a demo spec per Stadtbezirk, 1990 to today
  (12 Stadtbezirke x 37 years, plus the city roll-up);
- more goals, citing existing verbatim quotes, tracking the generated district series
  (half of them per Stadtbezirk, so the status step grows too).
Size k aims at k x OBS_PER_SIZE observations in total (100 -> about one million), and at
round(136 x sqrt(k)) goals (a city with 1,360 goals at 100x is already far beyond today).
"""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import numpy as np
import yaml

OBS_PER_SIZE = 10_000
BASE_OBS = 7_000  # the bundled data gives about 7,000 observations
ATLAS_ROWS_SUM = 2 * (170 + 62 + 12 + 1)  # Unterbezirk values plus roll-ups, both years
ATLAS_ROWS_NONE = 2 * 170
DEMO_FIRST_YEAR = 1990
DEMO_ROWS = (2026 - DEMO_FIRST_YEAR + 1) * 13  # 12 Stadtbezirke + city roll-up
ATLAS_FILES = ("dortmund_unterbezirke_statistikatlas_2018.csv",
               "dortmund_unterbezirke_statistikatlas_2024.csv")
THEMES = ("wohnen", "klima", "umwelt", "mobilitaet", "bildung", "soziales", "wirtschaft", "verwaltung")


def plan(size: int, obs_per_size: int = OBS_PER_SIZE) -> dict:
    """How many generated Unterbezirk indicators, district series and goals a size needs."""
    if size <= 1:
        return dict(atlas=0, demo=0, goals=0)
    extra = max(0, size * obs_per_size - BASE_OBS)
    atlas_share = 0.7
    per_atlas = (ATLAS_ROWS_SUM + ATLAS_ROWS_NONE) / 2
    atlas = int(extra * atlas_share / per_atlas)
    demo = int(extra * (1 - atlas_share) / DEMO_ROWS)
    goals = max(0, round(136 * math.sqrt(size)) - 136)
    return dict(atlas=atlas, demo=demo, goals=goals)


def generate(raw: Path, out: Path, size: int, obs_per_size: int = OBS_PER_SIZE) -> dict:
    """Copy `raw` to `out` and add the generated inputs for `size`. Returns the plan used."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(raw, out)
    for path in out.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    counts = plan(size, obs_per_size)
    if size <= 1:
        return counts
    rng = np.random.default_rng(size)
    atlas_ids = [f"bench_ub_{n:05d}" for n in range(counts["atlas"])]
    demo_ids = [f"bench_sb_{n:05d}" for n in range(counts["demo"])]
    _add_atlas_columns(out / "stats", atlas_ids, rng)
    _add_indicators(out / "catalog" / "indicators.yaml", atlas_ids, demo_ids)
    _add_goals(out / "register", demo_ids, counts["goals"])
    return counts


def _add_atlas_columns(stats: Path, ids: list[str], rng: np.random.Generator) -> None:
    """Append one column per generated indicator to both Statistikatlas files."""
    for name in ATLAS_FILES:
        path = stats / name
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        values = rng.uniform(0, 1000, size=(len(body), len(ids))).round(1)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header + ids)
            for row, extra in zip(body, values):
                # the bundled files have a trailing empty header cell; pad rows to the header
                writer.writerow(row + [""] * (len(header) - len(row)) + [f"{v:.1f}" for v in extra])


def _indicator(iid: str, source: str, aggregation: str, measure: str, unit: str) -> dict:
    return dict(id=iid, name_de=f"Benchmark-Indikator {iid}", name_en=f"Benchmark indicator {iid}",
                definition_de="Erzeugt für den Lasttest", definition_en="Generated for the benchmark",
                unit=unit, source=source, frequency="annual", measure=measure,
                aggregation=aggregation, higher_is_better=True, min_value=0)


def _add_indicators(path: Path, atlas_ids: list[str], demo_ids: list[str]) -> None:
    """Append catalog entries for the generated indicators."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for n, iid in enumerate(atlas_ids):
        summable = n % 2 == 0
        entry = _indicator(iid, "statistikatlas", "sum" if summable else "none",
                           "flow" if summable else "stock", "persons" if summable else "percent")
        entry["source_column"] = iid
        data["indicators"].append(entry)
    for n, iid in enumerate(demo_ids):
        entry = _indicator(iid, "demo_generator", "sum", "flow", "count")
        entry["demo"] = dict(level="stadtbezirk", first_year=DEMO_FIRST_YEAR, last_year=2026,
                             start=100 + n % 50, growth=0.02, noise=0.1)
        data["indicators"].append(entry)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _add_goals(register: Path, demo_ids: list[str], n_goals: int) -> None:
    """Write register/zz_bench.yaml: goals citing existing quotes, tracking generated series."""
    citations = []
    for path in sorted(register.glob("*.yaml")):
        for goal in yaml.safe_load(path.read_text(encoding="utf-8"))["goals"]:
            citations.append(goal["citations"][0])
    goals = []
    for n in range(n_goals):
        goal = dict(id=f"bench_goal_{n:05d}", theme=THEMES[n % len(THEMES)],
                    title_de=f"Benchmark-Ziel {n}", title_en=f"Benchmark goal {n}",
                    start=2020, deadline=2030, citations=[citations[n % len(citations)]])
        if demo_ids and n % 5 != 4:
            goal.update(kind="annual_flow" if n % 2 else "cumulative", target_value=150 * (1 + n % 7),
                        unit="count", direction="increase", indicator=demo_ids[n % len(demo_ids)])
            if n % 3 == 0:
                goal["area_level"] = "stadtbezirk"
        else:
            goal["kind"] = "milestone"
        goals.append(goal)
    (register / "zz_bench.yaml").write_text(
        yaml.safe_dump(dict(goals=goals), allow_unicode=True, sort_keys=False), encoding="utf-8")
