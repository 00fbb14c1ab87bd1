"""Profiles for figures that miss their budget: where a page's warm run or a build spends time.

Input: a built database and a page (bench/render.py PAGES), or a raw folder for the build.
Output: the top functions by cumulative time as text (cProfile), written under bench-output/.
AppTest runs the page script in its own thread, so the profiler is switched on inside that
thread (threading.setprofile) for exactly one warm run.

    python -m bench.profile page overview /tmp/db.duckdb [--new-session] [--bare]
    python -m bench.profile loads /tmp/db.duckdb [overview goal map]
    python -m bench.profile build /tmp/raw_100

`loads` prints per page the median seconds of a viewer's page load (a new session's first run
on warm caches) of the project and of the bare page replaying the same elements
(bench/bare_page.py, as bench/cluster_load.py serves it), and their ratio. `--bare` profiles the
bare page's load instead of the project's.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import os
import pickle
import pstats
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.render import BARE_PAGE, PAGES, _app_test, first_load_elements, shared_script_cache, viewer_load
from bench.report import OUT_DIR


def _top(prof: cProfile.Profile, lines: int) -> str:
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(lines)
    return out.getvalue()


def profile_page(db_path: Path, page_name: str, lines: int = 40, new_session: bool = False,
                 bare: bool = False) -> str:
    """cProfile of one warm run of a page (caches filled by two runs before); with new_session
    the profiled run is the first run of a new session on warm caches (a viewer's page load);
    with bare, that of the bare page replaying the page's elements."""
    with shared_script_cache():
        if bare:
            with _bare_spec(db_path, page_name):
                _seconds(_bare_app, 0)  # two warm-up loads: the elements are loaded (cache_resource)
                return _profiled(_bare_app().run, lines)
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
        at = viewer_load(page)
    return _profiled(at.run, lines)


def _profiled(run, lines: int) -> str:
    """cProfile of `run()`, switched on in the script thread that AppTest starts."""
    prof = cProfile.Profile()

    def switch_on(*_args):
        sys.setprofile(None)
        prof.enable()

    threading.setprofile(switch_on)
    try:
        run()
    finally:
        threading.setprofile(None)
    return _top(prof, lines)


def _bare_app():
    return _app_test((), 120, BARE_PAGE)


@contextlib.contextmanager
def _bare_spec(db_path: Path, page_name: str):
    """ZM_BENCH_BARE_SPEC set to the recorded elements of the page (bench/bare_page.py reads it)."""
    page = {p.name: p for p in PAGES}[page_name]
    elements = first_load_elements(db_path, page)
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / f"{page_name}.pkl"
        spec.write_bytes(pickle.dumps(elements))
        os.environ["ZM_BENCH_BARE_SPEC"] = str(spec)
        try:
            yield
        finally:
            os.environ.pop("ZM_BENCH_BARE_SPEC", None)


def _seconds(make_app, runs: int) -> list[float]:
    """CPU seconds of this process (all threads: AppTest runs the script in a thread of its own)
    for the first run of `runs` new sessions, after two warm-up loads. CPU time rather than wall
    time: on a machine shared with other work it counts only what the page load itself costs."""
    times = []
    for n in range(runs + 2):
        at = make_app()
        start = time.process_time()
        at.run()
        if n >= 2:
            times.append(time.process_time() - start)
    return times


def new_session_seconds(db_path: Path, page_name: str, runs: int = 7) -> dict:
    """CPU seconds of a viewer's page load without a profiler: the first run of a new session
    on warm caches (median and minimum of `runs`), the unit bench/cluster_load.py counts; the
    same for the bare page replaying the page's elements, and the ratio of the medians."""
    os.environ["ZM_DB_PATH"] = str(db_path)
    page = {p.name: p for p in PAGES}[page_name]
    with shared_script_cache():
        times = _seconds(lambda: viewer_load(page), runs)
        with _bare_spec(db_path, page_name):
            bare = _seconds(_bare_app, runs)
    median, bare_median = statistics.median(times), statistics.median(bare)
    return dict(page=page_name, median_s=round(median, 4), min_s=round(min(times), 4),
                bare_median_s=round(bare_median, 4), bare_min_s=round(min(bare), 4),
                ratio=round(median / bare_median, 2), load_average=" ".join(f"{x:.1f}" for x in os.getloadavg()))


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
    """Command line: `page NAME DB`, `loads DB [PAGE …]` or `build RAW`; prints and saves."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("page", "build", "loads"))
    parser.add_argument("args", nargs="+")
    parser.add_argument("--lines", type=int, default=40)
    parser.add_argument("--runs", type=int, default=7, help="loads: new sessions measured per page")
    parser.add_argument("--new-session", action="store_true",
                        help="profile a new session's first run on warm caches (a viewer's page load)")
    parser.add_argument("--bare", action="store_true",
                        help="profile the bare page replaying the page's elements (a new session)")
    args = parser.parse_args(argv)
    if args.what == "loads":  # loads DB [PAGE …]: seconds per new-session page load
        for name in args.args[1:] or ("overview", "goal", "map"):
            print(new_session_seconds(Path(args.args[0]), name, args.runs), flush=True)
        return 0
    if args.what == "page":
        text = profile_page(Path(args.args[1]), args.args[0], args.lines, args.new_session, args.bare)
        name = f"profile_page_{args.args[0]}{'_new' if args.new_session else ''}{'_bare' if args.bare else ''}.txt"
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
