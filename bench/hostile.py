"""Hostile-input benchmark (issue 16): what a zip bomb and huge sign-in names cost now.

Run `python -m bench.hostile [--skip-browser] [--repeats N]`. Everything runs on this machine, on
loopback only, with bounded loops:

1. Zip bomb, offline: `planner.workflow.check_file` on an .xlsx that unpacks to --bomb-mb MB (a few
   hundred KB packed) – wall seconds, CPU seconds of this process and of its worker processes,
   peak memory of the worker, and the problem it reports.
2. Long names, offline: 40 sign-ins with 5-million-character user names against a fresh
   throttle file – CPU seconds, growth of this process's peak memory, rows and size of the file.
3. On a locally started server (`python -m dashboard.serve` on 127.0.0.1, a temporary database,
   upload store and planner account): the public overview page's load time in Chromium before
   and while a signed-in planner uploads the zip bomb --repeats times; the server's CPU seconds
   and peak memory (its own and its finished workers'); and how long it takes to stop on SIGTERM.

Figures are printed; docs/uploads.md quotes them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
PASSWORD = "bench-passwort-lang"


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def zip_bomb_offline(db: Path, bomb: bytes) -> dict:
    """check_file on the bomb: seconds, CPU (self, workers), worker peak memory, problem code."""
    from planner.workflow import check_file
    from tests.fixtures.uploads.support import reference

    ref = reference(db)
    self_cpu, child_cpu = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    checked = check_file(bomb, "bombe.xlsx", ref, 5 * 1024 * 1024)
    return dict(seconds=time.perf_counter() - start,
                cpu_self=_cpu(resource.RUSAGE_SELF) - self_cpu,
                cpu_workers=_cpu(resource.RUSAGE_CHILDREN) - child_cpu,
                worker_peak_mb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,  # largest child
                problem=checked.problems[0].code if checked.problems else "none")


def long_names_offline(tmp: Path, attempts: int = 40, length: int = 5_000_000) -> dict:
    """`attempts` sign-ins with `length`-character names: CPU, resident memory kept afterwards
    (the old in-memory failure table kept every name), rows and size of the throttle file."""
    from planner.auth import hash_password, sign_in
    from planner.throttle import Throttle

    throttle = Throttle(tmp / "bench-throttle.sqlite3")
    users = {"anna": hash_password(PASSWORD)}
    from bench.server import rss_mb

    before = rss_mb(os.getpid())["rss_mb"]
    cpu = _cpu(resource.RUSAGE_SELF)
    start = time.perf_counter()
    for n in range(attempts):
        sign_in(users, chr(97 + n % 26) * length, "x", f"192.0.2.{n}", throttle)
    return dict(seconds=time.perf_counter() - start, cpu=_cpu(resource.RUSAGE_SELF) - cpu,
                kept_mb=rss_mb(os.getpid())["rss_mb"] - before,
                rows=throttle.rows(), file_kb=throttle.path.stat().st_size / 1024)


def _proc_cpu(pid: int) -> tuple[float, float]:
    """(own CPU seconds, CPU seconds of its finished children) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = 100.0
    return (int(fields[11]) + int(fields[12])) / tick, (int(fields[13]) + int(fields[14])) / tick


def _start_server(tmp: Path, db: Path) -> tuple[subprocess.Popen, str]:
    from bench.server import _free_port, _wait_healthy

    port = _free_port()
    env = {"ZM_DB_PATH": str(db), "ZM_UPLOAD_DIR": str(tmp / "up"), "ZM_USERS_FILE": str(tmp / "users.toml"),
           "ZM_RAW_DIR": str(RAW)}
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.serve", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=dict(os.environ, **env), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    _wait_healthy(proc, url, log, 60)
    return proc, url


def _load_seconds(page, url: str) -> float:
    from bench.browser import DRAWN_JS

    start = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=120_000)
    page.wait_for_function(DRAWN_JS, timeout=120_000, polling=50)
    page.wait_for_selector(".zm-footer", timeout=120_000)
    return time.perf_counter() - start


def _sign_in(page, url: str) -> None:
    from bench.browser import DRAWN_JS

    page.goto(f"{url}/hochladen", timeout=60_000)
    page.wait_for_selector("text=Benutzername", timeout=60_000)
    page.wait_for_function(DRAWN_JS, timeout=60_000, polling=100)
    page.get_by_label("Benutzername").fill("anna")
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_selector('input[type="file"]', state="attached", timeout=60_000)


def server_under_attack(tmp: Path, db: Path, bomb_path: Path, repeats: int) -> dict:
    """Public page load times before and during zip-bomb uploads; server CPU/memory; SIGTERM."""
    from playwright.sync_api import sync_playwright

    from bench.browser import CHROMIUM_ARGS, DRAWN_JS, chromium_path
    from bench.server import rss_mb
    from planner.auth import add_user

    add_user(tmp / "users.toml", "anna", PASSWORD)
    proc, url = _start_server(tmp, db)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
            viewer, planner = browser.new_page(), browser.new_page()
            _load_seconds(viewer, url)  # warm-up: the first run fills the caches
            before = [_load_seconds(viewer, url) for _ in range(repeats)]
            _sign_in(planner, url)
            cpu0 = _proc_cpu(proc.pid)
            during = []
            for _ in range(repeats):
                planner.locator('input[type="file"]').first.set_input_files(str(bomb_path))
                during.append(_load_seconds(viewer, url))
                planner.wait_for_selector("text=Problem(e)", timeout=120_000)
                planner.wait_for_function(DRAWN_JS, timeout=60_000, polling=100)
            refused = "entpackt sich auf mehr als" in planner.locator('[data-testid="stMain"]').inner_text()
            cpu1 = _proc_cpu(proc.pid)
            browser.close()
        memory = rss_mb(proc.pid)
    finally:
        start = time.perf_counter()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
        stop_seconds = time.perf_counter() - start
    return dict(before_median=statistics.median(before), during_median=statistics.median(during),
                during_max=max(during), refused=refused, repeats=repeats,
                server_cpu=cpu1[0] - cpu0[0], worker_cpu=cpu1[1] - cpu0[1], **memory,
                sigterm_seconds=stop_seconds)


def _make_bomb(path: Path, unpacked_mb: int) -> None:
    """Write the zip bomb from a separate process, so this one never holds its unpacked bytes (the
    workers' peak memory, read from RUSAGE_CHILDREN, would otherwise include them)."""
    code = ("import sys; from pathlib import Path; from tests.fixtures.uploads.hostile_files import zip_bomb; "
            "Path(sys.argv[1]).write_bytes(zip_bomb(unpacked_mb=int(sys.argv[2])))")
    subprocess.run([sys.executable, "-c", code, str(path), str(unpacked_mb)], cwd=ROOT, check=True, timeout=600)


def _in_fresh_process(db: Path, bomb_path: Path) -> dict:
    """zip_bomb_offline in a fresh interpreter whose only child is the upload worker, so its
    RUSAGE_CHILDREN peak memory is the worker's."""
    import json

    done = subprocess.run([sys.executable, "-m", "bench.hostile", "--measure-bomb", str(bomb_path), str(db)],
                          cwd=ROOT, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout.strip().splitlines()[-1])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bomb-mb", type=int, default=1024, help="unpacked size of the zip bomb (MB)")
    parser.add_argument("--repeats", type=int, default=3, help="page loads before/during the attack")
    parser.add_argument("--skip-browser", action="store_true", help="only the offline measurements")
    parser.add_argument("--measure-bomb", nargs=2, metavar=("BOMB", "DB"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.measure_bomb:  # the child of _in_fresh_process
        import json

        print(json.dumps(zip_bomb_offline(Path(args.measure_bomb[1]), Path(args.measure_bomb[0]).read_bytes())))
        return 0
    from etl.build import build

    with tempfile.TemporaryDirectory(prefix="zm-hostile-") as folder:
        tmp = Path(folder)
        db = tmp / "z.duckdb"
        from etl.uploads import UploadStore

        build(raw=RAW, db_path=db, as_of=dt.date(2026, 11, 21), include_demo=True, uploads=UploadStore(tmp / "up"))
        _make_bomb(tmp / "bombe.xlsx", args.bomb_mb)
        print(f"zip bomb: {(tmp / 'bombe.xlsx').stat().st_size / 1024:.0f} KB packed, {args.bomb_mb} MB unpacked")
        z = _in_fresh_process(db, tmp / "bombe.xlsx")
        print(f"  check_file: {z['seconds']:.2f} s wall, CPU {z['cpu_self']:.2f} s here + "
              f"{z['cpu_workers']:.2f} s worker, worker peak {z['worker_peak_mb']:.0f} MB, "
              f"refused as {z['problem']}")
        names = long_names_offline(tmp)
        print(f"40 sign-ins with 5,000,000-character names: {names['seconds']:.2f} s wall, CPU {names['cpu']:.2f} s, "
              f"memory kept afterwards {names['kept_mb']:+.0f} MB, throttle rows {names['rows']}, "
              f"file {names['file_kb']:.0f} KB")
        if not args.skip_browser:
            s = server_under_attack(tmp, db, tmp / "bombe.xlsx", args.repeats)
            print(f"server: overview page {s['before_median']:.2f} s (median) before, "
                  f"{s['during_median']:.2f} s (median, max {s['during_max']:.2f} s) during {s['repeats']} "
                  f"zip-bomb uploads (planner sees the size message: {s['refused']})")
            print(f"  server CPU during the attack {s['server_cpu']:.2f} s, workers {s['worker_cpu']:.2f} s; "
                  f"server memory {s['rss_mb']:.0f} MB (peak {s['peak_rss_mb']:.0f} MB); "
                  f"stopped {s['sigterm_seconds']:.2f} s after SIGTERM")
    return 0


if __name__ == "__main__":
    sys.exit(main())
