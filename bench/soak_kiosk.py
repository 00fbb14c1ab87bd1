"""Soak run of the kiosk: a Streamlit server and headless Chromium on ?kiosk=1 for N minutes.

Usage: .venv/bin/python -m bench.soak_kiosk --minutes 3 [--seconds 3] [--db PATH]
Prints the server's resident memory (RSS, from /proc) after warm-up and at the end, its peak,
one sample a minute, and how many slide changes the browser saw. Not a timed test: memory
should stay flat (no growth per rotation); read the figures, do not assert on them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import config  # noqa: E402
from tests.browser.conftest import CHROMIUM_ARGS, chromium_path, start_server  # noqa: E402

SLIDE_JS = "() => { const e = document.querySelector('[data-slide]'); return e ? e.dataset.slide : '' }"


def rss_mb(pid: int) -> float:
    """Resident set size of a process in MB (Linux /proc/<pid>/status VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def soak(minutes: float, seconds: int, db: Path, warmup: float = 20.0) -> dict:
    """Run the kiosk for `minutes` after a warm-up; return the memory and slide figures."""
    from playwright.sync_api import sync_playwright

    browser_path = chromium_path()
    if browser_path is None:
        raise SystemExit("Chromium not found (apt-get install chromium)")
    proc, url = start_server(db)
    samples: list[tuple[float, float]] = []
    changes, last, keys = 0, "", set()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            page.goto(f"{url}/?kiosk=1&seconds={seconds}")
            page.wait_for_selector("[data-slide]", timeout=60_000)
            page.wait_for_timeout(warmup * 1000)
            start = time.monotonic()
            samples.append((0.0, rss_mb(proc.pid)))
            next_sample = 60.0
            while (elapsed := time.monotonic() - start) < minutes * 60:
                key = page.evaluate(SLIDE_JS)
                if key and key != last:
                    changes += 1 if last else 0
                    last = key
                    keys.add(key)
                if elapsed >= next_sample:
                    samples.append((elapsed, rss_mb(proc.pid)))
                    next_sample += 60
                page.wait_for_timeout(250)
            samples.append((time.monotonic() - start, rss_mb(proc.pid)))
            errors = page.locator('[data-testid="stException"]').count()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return {"samples": samples, "changes": changes, "distinct": len(keys), "errors": errors}


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the soak and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="soak time after warm-up")
    parser.add_argument("--seconds", type=int, default=3, help="seconds per slide")
    parser.add_argument("--db", type=Path, default=config.db_path(), help="database file")
    args = parser.parse_args(argv)
    result = soak(args.minutes, args.seconds, args.db)
    samples = result["samples"]
    for elapsed, mb in samples:
        print(f"t={elapsed:6.0f} s  server RSS {mb:7.1f} MB")
    start_mb, end_mb = samples[0][1], samples[-1][1]
    print(f"server RSS start {start_mb:.1f} MB, end {end_mb:.1f} MB, change {end_mb - start_mb:+.1f} MB, "
          f"peak {max(mb for _, mb in samples):.1f} MB")
    print(f"slide changes seen {result['changes']} ({result['distinct']} distinct slides) "
          f"in {args.minutes:g} min at {args.seconds} s per slide; error boxes on screen: {result['errors']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
