"""Profiles for figures that miss their budget: where a page's warm run or a build spends time.

Input: a built database and a page (bench/render.py PAGES), or a raw folder for the build.
Output: the top functions by cumulative time as text (cProfile), written under bench-output/.
AppTest runs the page script in its own thread, so the profiler is switched on inside that
thread (threading.setprofile) for exactly one warm run.

    python -m bench.profile page overview /tmp/db.duckdb
    python -m bench.profile build /tmp/raw_100
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.render import PAGES, _app_test, shared_script_cache
from bench.report import OUT_DIR


def _top(prof: cProfile.Profile, lines: int) -> str:
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(lines)
    return out.getvalue()


def profile_page(db_path: Path, page_name: str, lines: int = 40, new_session: bool = False) -> str:
    """cProfile of one warm run of a page (caches filled by two runs before); with new_session
    the profiled run is the first run of a new session on warm caches (a viewer's page load)."""
    with shared_script_cache():
        return _profile_page(db_path, page_name, lines, new_session)


def _profile_page(db_path: Path, page_name: str, lines: int, new_session: bool = False) -> str:
    os.environ["ZM_DB_PATH"] = str(db_path)
    page = {p.name: p for p in PAGES}[page_name]
    for _ in range(2 if new_session else 1):  # warm: the caches hold this page's data
        at = _app_test(page.params, 120)
        at.run()
        if page.script != "pages/overview.py":
            at.switch_page(page.script)
        at.run()
    if new_session:  # a viewer's page load: a fresh session on warm caches (as bench/cluster_load.py)
        at = _app_test(page.params, 120)
        if page.script != "pages/overview.py":
            at.switch_page(page.script)
    prof = cProfile.Profile()

    def switch_on(*_args):
        sys.setprofile(None)
        prof.enable()

    threading.setprofile(switch_on)
    try:
        at.run()
    finally:
        threading.setprofile(None)
    return _top(prof, lines)


def new_session_seconds(db_path: Path, page_name: str, runs: int = 7) -> dict:
    """Server seconds of a viewer's page load without a profiler: the first run of a new session
    on warm caches (median and minimum of `runs`), the unit bench/cluster_load.py counts."""
    os.environ["ZM_DB_PATH"] = str(db_path)
    page = {p.name: p for p in PAGES}[page_name]
    times = []
    with shared_script_cache():
        for n in range(runs + 2):  # two warm-up loads fill the caches
            at = _app_test(page.params, 120)
            if page.script != "pages/overview.py":
                at.switch_page(page.script)
            start = time.perf_counter()
            at.run()
            if n >= 2:
                times.append(time.perf_counter() - start)
    return dict(page=page_name, median_s=statistics.median(times), min_s=min(times))


def profile_build(raw: Path, lines: int = 40) -> str:
    """cProfile of one ETL build of `raw` into a temporary database, without uploads."""
    from etl.build import build
    from etl.uploads import UploadStore

    prof = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        prof.enable()
        build(raw=raw, db_path=Path(tmp) / "db.duckdb", as_of=dt.date(2026, 11, 21),
              include_demo=True, uploads=UploadStore(Path(tmp) / "uploads"))
        prof.disable()
    return _top(prof, lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: `page NAME DB` or `build RAW`; prints and saves the profile."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("page", "build", "loads"))
    parser.add_argument("args", nargs="+")
    parser.add_argument("--lines", type=int, default=40)
    parser.add_argument("--new-session", action="store_true",
                        help="profile a new session's first run on warm caches (a viewer's page load)")
    args = parser.parse_args(argv)
    if args.what == "loads":  # loads DB [PAGE …]: seconds per new-session page load
        for name in args.args[1:] or ("overview", "goal", "map"):
            print(new_session_seconds(Path(args.args[0]), name))
        return 0
    if args.what == "page":
        text = profile_page(Path(args.args[1]), args.args[0], args.lines, args.new_session)
        name = f"profile_page_{args.args[0]}{'_new' if args.new_session else ''}.txt"
    else:
        text = profile_build(Path(args.args[0]), args.lines)
        name = "profile_build.txt"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / name).write_text(text, encoding="utf-8")
    print(text)
    print(f"written: {OUT_DIR / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
