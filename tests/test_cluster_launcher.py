"""`make serve` / `make stop` (issue 15): the launcher starts replicas and the proxy on one port,
the proxy keeps a browser on its replica, a second start is refused, and stopping (or killing the
launcher) leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from dashboard.cluster import replica_states
from tests.cluster_support import alive, start_cluster, stop_cluster
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    not os.path.exists("/usr/sbin/haproxy") and not os.environ.get("CI"),
    reason="haproxy not installed (apt-get install haproxy); in CI .ci/run installs it",
)


def get(url: str, cookie: str | None = None) -> tuple[int, str]:
    """(status, Set-Cookie header) of a GET."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as resp:
        return resp.status, resp.headers.get("Set-Cookie", "")


def test_cluster_serves_on_one_port_keeps_affinity_and_stops_without_orphans(built_db, tmp_path):
    running = start_cluster(built_db, tmp_path / "run", replicas=2)
    try:
        status, cookie = get(f"{running.url}/")
        assert status == 200 and cookie.startswith("zm_replica=r")  # the page pins the browser
        states = replica_states(running.run_dir)
        assert sorted(states) == ["r1", "r2"] and all(s["status"].startswith("UP") for s in states.values()), states

        before = replica_states(running.run_dir)
        for _ in range(6):  # a browser pinned to r2: every request goes there, none to r1
            status, cookie = get(f"{running.url}/_stcore/health", "zm_replica=r2")
            assert status == 200 and "zm_replica" not in cookie  # kept, not reassigned
        after = replica_states(running.run_dir)
        assert after["r2"]["requests"] - before["r2"]["requests"] == 6
        assert after["r1"]["requests"] == before["r1"]["requests"]

        again = subprocess.run([sys.executable, "-m", "dashboard.cluster"], cwd=ROOT, env=running.env,
                               capture_output=True, text=True, timeout=60)
        assert again.returncode == 1 and "already running" in again.stderr
    finally:
        left = stop_cluster(running)
    assert left == [], f"processes left after `make stop`: {left}"
    assert not (running.run_dir / "cluster.pid").exists()
    assert (running.run_dir / "haproxy.cfg").exists()  # generated at run time, outside the repo


def test_a_killed_launcher_takes_its_replicas_and_proxy_with_it(built_db, tmp_path):
    running = start_cluster(built_db, tmp_path / "run", replicas=1)
    children = list(running.info()["children"].values())
    os.kill(running.proc.pid, signal.SIGKILL)  # no chance to clean up
    running.proc.wait(timeout=10)
    deadline = time.monotonic() + 40
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.5)
    try:
        assert [pid for pid in children if alive(pid)] == []
    finally:
        for pid in children:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
