"""A Streamlit server of the dashboard on a free local port, for the browser and load benchmarks.

Input: the database to serve. Output: a running process and its base URL; memory readings of
that process from /proc (current and peak resident set size, MB).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class ServerFailed(RuntimeError):
    """The dashboard server did not become healthy (message holds the end of its log)."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(db_path: Path, timeout: float = 60) -> Iterator[tuple[subprocess.Popen, str]]:
    """Run the dashboard as `make run` does (`python -m dashboard.serve`) on `db_path`;
    yield (process, base URL); stop it afterwards."""
    port = _free_port()
    env = dict(os.environ, ZM_DB_PATH=str(db_path))
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.serve", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(proc, url, log, timeout)
        yield proc, url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _wait_healthy(proc: subprocess.Popen, url: str, log, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    log.seek(0)
    raise ServerFailed(f"streamlit did not start: {log.read().decode(errors='replace')[-2000:]}")


def rss_mb(pid: int) -> dict:
    """Current (VmRSS) and peak (VmHWM) resident memory of a process in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return dict(rss_mb=values.get("VmRSS", 0.0), peak_rss_mb=values.get("VmHWM", 0.0))
