"""`python -m bench.report_pdf [DB]`: time the Sachstandsbericht of the whole register and print it.

Builds the bundled data into a temporary database (or uses DB), then renders the report of all
goals three times and prints the model time (queries and view models), the Typst time, the total,
the CPU time of this process (Typst runs in it too; a fair figure on a shared machine) and the
page count for each, against the 10 s budget of issue 14. A print, not a timed test: the
figure depends on the machine and its load.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from etl.build import build
from report.build import scope_text
from report.model import report_model
from report.render import render_pdf

ROOT = Path(__file__).resolve().parents[1]
BUDGET_S = 10.0


def _pages(pdf: bytes) -> str:
    """The page count by pdfinfo (poppler), or '?' without it."""
    if shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=False).stdout.decode()
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    return found.group(1) if found else "?"


def _once(db: Path, lang: str) -> tuple[float, float, float, str]:
    """(model seconds, render seconds, CPU seconds of both, pages) of one full report."""
    cpu = time.process_time()
    start = time.perf_counter()
    con = duckdb.connect(str(db), read_only=True)
    try:
        model, charts = report_model(con, lang, scope_text(con, lang, None, None, None))
    finally:
        con.close()
    middle = time.perf_counter()
    pdf = render_pdf(model, charts)
    end = time.perf_counter()
    return middle - start, end - middle, time.process_time() - cpu, _pages(pdf)


def main(argv: list[str]) -> int:
    """Time three reports (German) and print one line each; returns 0, or 1 over the budget."""
    with tempfile.TemporaryDirectory(prefix="zm-bench-report-") as tmp:
        db = Path(argv[0]) if argv else Path(tmp) / "zielmonitor.duckdb"
        if not argv:
            build(raw=ROOT / "data" / "raw", db_path=db, as_of=dt.date.today(), include_demo=False)
        worst = 0.0
        for run in range(1, 4):
            model_s, render_s, cpu_s, pages = _once(db, "de")
            worst = max(worst, model_s + render_s)
            print(f"run {run}: model {model_s:.2f} s + Typst {render_s:.2f} s = {model_s + render_s:.2f} s "
                  f"(CPU {cpu_s:.2f} s), {pages} pages (budget {BUDGET_S:.0f} s)")
    print("within budget" if worst < BUDGET_S else f"OVER BUDGET: {worst:.2f} s")
    return 0 if worst < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
