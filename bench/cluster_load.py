"""Load behind the proxy (issue 15): the bare page and the project served the same way, with one
and with N replicas behind HAProxy (`make serve`'s dashboard/cluster.py), at 30 and 100 viewers.

Usage: .venv/bin/python -m bench.cluster_load [--replicas N] [--viewers 30,100] [--db PATH]
(also `python -m bench --cluster`). Loopback only; every loop is bounded (viewers × 3 page loads).

Each viewer loads overview, goal and map in turn, each load a new websocket session through the
proxy as a browser tab opens one (bench/load.py). The bare page (bench/bare_app.py) replays the
elements recorded from the same three pages, so both servers send the same elements; only the
project's own work differs. Prints p50/p95, errors, throughput (page loads per second), the ratios
project/bare (p95) and N/1 (throughput) against the budgets, and writes bench-output/cluster.json
and cluster.md.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.load import LOAD_PAGES, _percentile, _run
from bench.render import PageSpec, first_load_elements, shared_script_cache
from bench.report import OUT_DIR

ROOT = Path(__file__).resolve().parents[1]
BARE_APP = Path(__file__).with_name("bare_app.py")
BARE_PAGES = tuple(PageSpec(p.name, "", "", (("page", p.name),)) for p in LOAD_PAGES)
P95_RATIO_BUDGET = 1.3  # project p95 (and server CPU per load) ≤ 1.3 × the bare page's
SCALING_BUDGET = 0.85  # throughput with N replicas ≥ 0.85 × N × one replica (1.7× for 2)


def record_bare(db: Path, folder: Path) -> None:
    """Record the elements of a viewer's load of overview, goal and map (render.first_load_elements)
    as `<page>.pkl`."""
    with shared_script_cache():
        for page in LOAD_PAGES:
            elements = first_load_elements(db, page)
            (folder / f"{page.name}.pkl").write_bytes(pickle.dumps(elements))


def cpu_seconds(pids) -> float:
    """CPU seconds (user + system) the processes have used so far (/proc/<pid>/stat)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def measure(url: str, viewers: int, pages, timeout: float, server_pids=()) -> dict:
    """`viewers` at once through the proxy at `url`; p50/p95, errors, throughput, and the CPU
    seconds per page load used by the servers (`server_pids`) and by this load generator."""
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    server_before, client_before = cpu_seconds(server_pids), time.process_time()
    start = time.perf_counter()
    results = asyncio.run(_run(ws_url, viewers, pages, timeout))
    wall = time.perf_counter() - start
    server_cpu, client_cpu = cpu_seconds(server_pids) - server_before, time.process_time() - client_before
    seconds = [r["seconds"] for r in results]
    return dict(viewers=viewers, loads=len(results), wall_s=wall,
                p50_s=statistics.median(seconds), p95_s=_percentile(seconds, 0.95),
                errors=sum(not r["ok"] or r["alerts"] > 0 for r in results), throughput=len(results) / wall,
                kb_per_load=statistics.median(r["bytes"] for r in results) / 1024,
                server_cpu_ms=1000 * server_cpu / len(results), client_cpu_ms=1000 * client_cpu / len(results),
                failures=[r["failure"] for r in results if "failure" in r][:3])


def run_scenario(kind: str, replicas: int, viewer_counts: list[int], db: Path, bare_dir: Path,
                 work: Path, timeout: float) -> list[dict]:
    """Start a cluster of `replicas` serving `kind` ("bare" or "project"), warm it, measure each count."""
    from dashboard.cluster import Cluster, ClusterError

    pages = BARE_PAGES if kind == "bare" else LOAD_PAGES
    cluster = Cluster(replicas=replicas, port=_free_port(), bind="127.0.0.1", first_port=0,
                      run_dir=work / f"run-{kind}-{replicas}", app=BARE_APP if kind == "bare" else None,
                      env={"ZM_DB_PATH": str(db), "ZM_BENCH_BARE_DIR": str(bare_dir)})
    try:
        cluster.start()
    except ClusterError as err:  # once more: a busy machine may fail a start (the error has the logs)
        _say(f"{kind}, {replicas} replica(s): {err}; starting again")
        cluster.start()
    try:
        for _ in range(2):  # warm-up: every replica has run every page once (caches filled)
            measure(cluster.url, 2 * replicas, pages, timeout)
        rows = []
        for viewers in viewer_counts:
            _say(f"{kind}, {replicas} replica(s), {viewers} viewers …")
            replica_pids = [p.pid for name, p in cluster.procs.items() if name.startswith("replica")]
            rows.append(dict(measure(cluster.url, viewers, pages, timeout, replica_pids),
                             kind=kind, replicas=replicas))
        return rows
    finally:
        cluster.stop()


def ratios(rows: list[dict], replicas: int) -> list[dict]:
    """The budget checks: project/bare p95 and server CPU per load per (replicas, viewers), N/1
    throughput per (kind, viewers), errors of all runs. Each: {name, value, budget, met}."""
    at = {(r["kind"], r["replicas"], r["viewers"]): r for r in rows}
    checks = []
    for (kind, n, viewers), row in sorted(at.items()):
        if kind == "project" and ("bare", n, viewers) in at:
            bare = at[("bare", n, viewers)]
            for what, key in (("p95", "p95_s"), ("server CPU per load", "server_cpu_ms")):
                value = row[key] / bare[key] if bare[key] else float("nan")
                checks.append(dict(name=f"{what} project/bare, {n} replica(s), {viewers} viewers", value=value,
                                   budget=f"≤ {P95_RATIO_BUDGET}", met=value <= P95_RATIO_BUDGET))
        if n == replicas and replicas > 1 and (kind, 1, viewers) in at:
            value = row["throughput"] / at[(kind, 1, viewers)]["throughput"]
            need = SCALING_BUDGET * replicas
            checks.append(dict(name=f"throughput {n}/1 replicas, {kind}, {viewers} viewers", value=value,
                               budget=f"≥ {need:.2f}", met=value >= need))
    errors = sum(r["errors"] for r in rows)
    checks.append(dict(name="errors (all runs)", value=errors, budget="0", met=errors == 0))
    return checks


def table(rows: list[dict], checks: list[dict], machine: dict) -> list[str]:
    """Markdown lines: the machine, one row per run, one row per ratio."""
    lines = [f"Cluster load {machine['when']}: {machine['cpus']} CPUs, load average "
             f"{machine['load_before']} before / {machine['load_after']} after", "",
             "| served | replicas | viewers | loads | p50 (s) | p95 (s) | errors | loads/s | KB/load "
             "| server CPU ms/load | load generator CPU ms/load |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['kind']} | {r['replicas']} | {r['viewers']} | {r['loads']} | {r['p50_s']:.2f} "
                     f"| {r['p95_s']:.2f} | {r['errors']} | {r['throughput']:.1f} | {r['kb_per_load']:.0f} "
                     f"| {r['server_cpu_ms']:.0f} | {r['client_cpu_ms']:.0f} |")
    lines += ["", "| ratio | value | budget | verdict |", "|---|---|---|---|"]
    for c in checks:
        value = f"{c['value']:.2f}" if isinstance(c["value"], float) else str(c["value"])
        lines.append(f"| {c['name']} | {value} | {c['budget']} | {'met' if c['met'] else 'MISSED'} |")
    return lines


def run(replicas: int, viewer_counts: list[int], db: Path | None, out: Path, timeout: float) -> dict:
    """Measure bare and project with 1 and `replicas` replicas; print and write the results."""
    machine = dict(when=dt.datetime.now().isoformat(timespec="seconds"), cpus=len(os.sched_getaffinity(0)),
                   load_before=_load_average())
    with tempfile.TemporaryDirectory(prefix="zm-cluster-bench-") as tmp:
        work = Path(tmp)
        db = db or _build(work)
        (work / "bare").mkdir()
        _say("recording the bare pages …")
        record_bare(db, work / "bare")
        rows = []
        for kind in ("bare", "project"):
            for n in sorted({1, replicas}):
                rows += run_scenario(kind, n, viewer_counts, db, work / "bare", work, timeout)
    machine["load_after"] = _load_average()
    checks = ratios(rows, replicas)
    lines = table(rows, checks, machine)
    print("\n".join(lines))
    out.mkdir(parents=True, exist_ok=True)
    (out / "cluster.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = dict(machine=machine, rows=rows, checks=checks)
    (out / "cluster.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(f"\nwritten: {out / 'cluster.json'} and {out / 'cluster.md'}")
    return result


def _build(work: Path) -> Path:
    from etl.build import build

    _say("building the database from data/raw …")
    return build(raw=ROOT / "data" / "raw", db_path=work / "z.duckdb", as_of=dt.date(2026, 11, 21),
                 include_demo=True)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def quiet_streamlit() -> None:
    """Streamlit's warnings about running without a server (the AppTest recording) off."""
    import logging

    for name in ("streamlit", "streamlit.runtime", "streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point (exit code 0 even when a budget is missed: figures, not tests)."""
    parser = argparse.ArgumentParser(prog="python -m bench.cluster_load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=len(os.sched_getaffinity(0)),
                        help="N, compared with 1 (default: one per CPU)")
    parser.add_argument("--viewers", default="30,100", help="viewer counts, e.g. 30,100")
    parser.add_argument("--db", type=Path, default=None, help="database (default: built from data/raw)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds a page load may take")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for cluster.json/.md")
    args = parser.parse_args(argv)
    quiet_streamlit()
    counts = [int(v) for v in args.viewers.split(",") if v.strip()]
    run(max(1, args.replicas), counts, args.db, args.out, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
