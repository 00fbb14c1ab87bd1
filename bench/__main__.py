"""`python -m bench`: run the benchmark suite and print the table (median of --runs runs).

Per size (1 = bundled data; 10 and 100 = generated copies, see bench/gen.py): ETL build time and
peak memory, server-side render cold/warm against the bare floor, headless Chromium time to fully
drawn and bytes per page, N concurrent viewers. Once: upload check and ingest of a large file.
Writes bench-output/results.json and results.md. Generated data lives in a temporary folder.
With --cluster also the load behind the proxy (bench/cluster_load.py: bare page and project,
1 and N replicas, 30 and 100 viewers; bench-output/cluster.json and cluster.md).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from bench import report
from bench.etl import bench_etl
from bench.gen import generate, plan
from bench.render import PAGES, bench_render

ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line options."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="1,10,100", help="data sizes, e.g. 1,10,100")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--viewers", type=int, default=30, help="concurrent viewers")
    parser.add_argument("--skip-browser", action="store_true", help="no headless Chromium")
    parser.add_argument("--skip-load", action="store_true", help="no concurrent viewers")
    parser.add_argument("--upload-rows", type=int, default=100_000, help="rows of the upload file (0 = skip)")
    parser.add_argument("--skip-ingest", action="store_true", help="check the upload only, no rebuild")
    parser.add_argument("--cluster", action="store_true",
                        help="also: bare page and project behind the proxy, 1 and N replicas (bench/cluster_load.py)")
    parser.add_argument("--cluster-viewers", default="30,100", help="viewer counts of --cluster")
    parser.add_argument("--out", type=Path, default=report.OUT_DIR, help="folder for results.json/.md")
    parser.add_argument("--work", type=Path, default=None, help="folder for generated data (default: temp)")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> report.Results:
    """Measure everything asked for; return the results (also printed and written)."""
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    res = report.Results(sizes=sizes, options={k: str(v) for k, v in vars(args).items()})
    with tempfile.TemporaryDirectory(prefix="zm-bench-") as tmp:
        work = args.work or Path(tmp)
        built = {}
        for size in sizes:
            raw = ROOT / "data" / "raw" if size <= 1 else work / f"raw_{size}"
            if size > 1:
                _say(f"size {size}×: generating {plan(size)} …")
                generate(ROOT / "data" / "raw", raw, size)
            db = work / f"db_{size}.duckdb"
            _say(f"size {size}×: ETL build × {args.runs} …")
            etl = bench_etl(raw, db, args.runs)
            built[size] = (raw, db, etl)
            res.add("ETL build time (s)", size, etl["seconds"])
            res.add("ETL peak memory (MB)", size, etl["peak_mb"])
            res.add("observations", size, etl["observations"])
            res.add("goals", size, etl["goals"])
            res.details[f"etl_{size}"] = etl
            _measure_pages(res, size, db, args)
        if args.upload_rows:
            _measure_upload(res, built, args)
    for line in report.table_lines(res):
        print(line)
    json_path, md_path = report.write(res, args.out)
    print(f"\nwritten: {json_path} and {md_path}")
    return res


def _add_measures(res: report.Results, size: int, name: str, measured: dict, rows) -> None:
    """One result per (label template with {} for the page name, key of `measured`) in `rows`."""
    for label, key in rows:
        res.add(label.format(name), size, measured[key])


def _measure_pages(res: report.Results, size: int, db: Path, args) -> None:
    _say(f"size {size}×: server-side render × {args.runs} …")
    rendered = bench_render(db, args.runs)
    for name, r in rendered.items():
        _add_measures(res, size, name, r, (("render cold {} (s)", "cold_s"), ("render warm {} (s)", "warm_s"),
                                           ("bare floor {} (s)", "bare_s"), ("render overhead {} (×)", "overhead"),
                                           ("elements {}", "n_elements")))
        if r["exceptions"]:
            res.notes.append(f"{size}×, {name}: the page raised {r['exceptions'][0][:200]}")
    res.details[f"render_{size}"] = rendered
    if args.skip_browser and args.skip_load:
        return
    from bench.server import serve

    with serve(db) as (proc, url):
        if not args.skip_browser:
            from bench.browser import bench_browser

            _say(f"size {size}×: headless Chromium …")
            drawn = bench_browser(url, max(3, args.runs))
            for name, r in drawn.items():
                _add_measures(res, size, name, r, (
                    ("browser first {} (s)", "first_s"), ("browser repeat {} (s)", "repeat_s"),
                    ("websocket KB {}", "ws_kb"), ("HTTP KB first visit {}", "http_kb_first"),
                    ("plotly charts {}", "charts")))
                if r["errors"]:
                    res.notes.append(f"{size}×, {name}: {r['errors']} error message(s) shown in the browser")
            res.details[f"browser_{size}"] = drawn
        if not args.skip_load:
            from bench.load import bench_load

            _say(f"size {size}×: {args.viewers} concurrent viewers …")
            load = bench_load(url, proc.pid, args.viewers)
            res.add("viewers p50 (s)", size, load["p50_s"])
            res.add("viewers p95 (s)", size, load["p95_s"])
            res.add("viewers errors", size, load["errors"])
            res.add("server RSS peak (MB)", size, load["peak_rss_mb"])
            res.details[f"load_{size}"] = load
            res.notes += [f"{size}×, load: {f}" for f in load["failures"]]


def _measure_upload(res: report.Results, built: dict, args) -> None:
    from bench.upload import TooFewKeys, bench_upload

    for size in sorted(built):  # the smallest size with enough indicator/area/year keys
        raw, db, _ = built[size]
        try:
            _say(f"upload: {args.upload_rows:,} rows against the {size}× database …")
            up = bench_upload(db, raw, args.upload_rows, ingest=not args.skip_ingest)
        except TooFewKeys:
            continue
        res.add(f"upload check {args.upload_rows:,} rows (s)", size, up["check_s"])
        if "ingest_s" in up:
            res.add("upload ingest (rebuild) (s)", size, up["ingest_s"])
        res.details["upload"] = dict(up, size=size)
        if up["limit_refused"]:
            res.notes.append(f"upload: with the configured limits the file is refused "
                             f"({up['limit_refused'][0]}); the check was timed with the row cap lifted")
        return
    res.notes.append(f"upload: no size has enough keys for {args.upload_rows:,} distinct rows")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 even when a budget is missed: figures, not tests)."""
    for name in ("streamlit", "streamlit.runtime", "streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):
        logging.getLogger(name).setLevel(logging.ERROR)
    args = parse_args(argv)
    run(args)
    if args.cluster:
        from bench import cluster_load

        cluster_load.main(["--viewers", args.cluster_viewers, "--out", str(args.out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
