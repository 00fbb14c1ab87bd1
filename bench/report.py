"""Benchmark results: named rows with one value per data size, budgets, the table and the files.

Input: figures collected by bench/__main__.py. Output: a plain-text table (printed),
bench-output/results.json (every figure, the budgets and the machine) and bench-output/results.md
(the same table in Markdown, for the README and the closing note).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "bench-output"


@dataclass(frozen=True)
class Budget:
    """A limit a figure must stay under (or at): `limit`, `inclusive` for ≤, shown as `text`."""

    limit: float
    text: str
    inclusive: bool = False

    def holds(self, value: float) -> bool:
        """True if the value is within the budget (NaN never is)."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return False
        return value <= self.limit if self.inclusive else value < self.limit


# row name -> budget (the budgets; checked on every size measured)
BUDGETS = {
    "ETL build time (s)": Budget(60, "< 60 s at 100×"),
    "ETL peak memory (MB)": Budget(2048, "< 2 GB at 100×"),
    "browser repeat overview (s)": Budget(1.0, "< 1 s"),
    "browser repeat goal (s)": Budget(1.0, "< 1 s"),
    "browser repeat map (s)": Budget(1.5, "< 1.5 s"),
    "browser repeat map_ub (s)": Budget(1.5, "< 1.5 s (170 Unterbezirke)"),
    "render overhead overview (×)": Budget(1.5, "≤ 1.5×", True),
    "render overhead goal (×)": Budget(1.5, "≤ 1.5×", True),
    "render overhead map (×)": Budget(1.5, "≤ 1.5×", True),
    "render overhead map_ub (×)": Budget(1.5, "≤ 1.5×", True),
    "viewers p95 (s)": Budget(3.0, "< 3 s (30 viewers)"),
    "viewers errors": Budget(0, "0", True),
}


@dataclass
class Results:
    """All figures: rows[name][size] = value, plus notes and details per size."""

    sizes: list[int]
    options: dict
    rows: dict[str, dict[str, float]] = field(default_factory=dict)
    details: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, size: int, value) -> None:
        """Record one figure for one size."""
        self.rows.setdefault(name, {})[str(size)] = value

    def verdict(self, name: str) -> str:
        """'met', 'MISSED at 10×, 100×' (the sizes that miss) or '' (no budget, no figure)."""
        budget = BUDGETS.get(name)
        values = {s: v for s, v in self.rows.get(name, {}).items() if v is not None}
        if budget is None or not values:
            return ""
        missed = [f"{s}×" for s, v in values.items() if not budget.holds(v)]
        return f"MISSED at {', '.join(missed)}" if missed else "met"


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"
    return str(value)


def table_lines(res: Results, markdown: bool = False) -> list[str]:
    """The table: one line per row, one column per size, then budget and verdict."""
    header = ["figure"] + [f"{s}×" for s in res.sizes] + ["budget", "verdict"]
    body = [[name] + [_fmt(values.get(str(s))) for s in res.sizes]
            + [BUDGETS[name].text if name in BUDGETS else "", res.verdict(name)]
            for name, values in res.rows.items()]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return lines + ["| " + " | ".join(row) + " |" for row in body]
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]


def machine() -> dict:
    """The machine the figures hold on: CPUs, memory, load average, Python."""
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        mem_kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
    return dict(cpus=os.cpu_count(), memory_gb=round(mem_kb / 1048576, 1),
                load_avg=[round(x, 2) for x in os.getloadavg()], python=platform.python_version(),
                time=dt.datetime.now().isoformat(timespec="seconds"))


def write(res: Results, out_dir: Path = OUT_DIR) -> tuple[Path, Path]:
    """Write results.json and results.md. Returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    payload = dict(asdict(res), machine=machine(),
                   budgets={k: asdict(v) for k, v in BUDGETS.items()},
                   verdicts={name: res.verdict(name) for name in res.rows})
    json_path = out_dir / "results.json"
    json_path.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    md_path = out_dir / "results.md"
    m = payload["machine"]
    head = [f"Benchmark {m['time']}, {m['cpus']} CPUs, {m['memory_gb']} GB, load average "
            f"{m['load_avg'][0]} at the end; options {json.dumps(res.options)}", ""]
    notes = ["", *[f"- {n}" for n in res.notes]] if res.notes else []
    md_path.write_text("\n".join(head + table_lines(res, markdown=True) + notes) + "\n", encoding="utf-8")
    return json_path, md_path


def budget_lines(saved: dict) -> list[str]:
    """Markdown table of the budgeted rows only (for the README), from a results.json payload."""
    sizes = saved["sizes"]
    res = Results(sizes=sizes, options=saved.get("options", {}), rows=saved["rows"])
    lines = ["| budget | figure | " + " | ".join(f"{s}×" for s in sizes) + " | verdict |",
             "|---|---|" + "---|" * len(sizes) + "---|"]
    for name, budget in saved["budgets"].items():
        values = saved["rows"].get(name)
        if not values:
            continue
        cells = [_fmt(values.get(str(s))) for s in sizes]
        lines.append(f"| {budget['text']} | {name} | " + " | ".join(cells)
                     + f" | {res.verdict(name)} |")
    return lines


if __name__ == "__main__":
    print("\n".join(budget_lines(json.loads((OUT_DIR / "results.json").read_text(encoding="utf-8")))))
