"""`make serve` / `make stop` (issue 15): the launcher starts replicas and the proxy on one port,
the proxy keeps a browser on its replica, a second start is refused, and stopping (or killing the
launcher) leaves no process behind. `make stop` with viewers connected stops the launcher by
SIGTERM, not by its SIGKILL fallback, even while the launcher's parent has not yet reaped it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack

import pytest
import websockets

from dashboard.cluster import alive, replica_states, stop_running
from tests.cluster_support import open_viewers, start_cluster, stop_cluster
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
    with ExitStack() as stack:
        try:
            status, cookie = get(f"{running.url}/")
            assert status == 200 and cookie.startswith("zm_replica=r")  # the page pins the browser
            states = replica_states(running.run_dir)
            assert sorted(states) == ["r1", "r2"] and all(s["status"].startswith("UP") for s in states.values())

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
            viewers = stack.enter_context(open_viewers(running, ("r1", "r2")))  # a tab on each replica
        finally:
            said, left = stop_cluster(running)  # the test, the launcher's parent, reaps it only afterwards
        assert said == f"stopped (launcher {running.proc.pid})", said  # not "killed launcher … after 30 s"
        assert left == [], f"processes left after `make stop`: {left}"
        for ws in viewers:  # each tab sees its connection end
            with pytest.raises(websockets.ConnectionClosed):
                for _ in range(100):
                    ws.recv(timeout=5)
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


def test_make_stop_counts_a_launcher_that_ended_unreaped_as_stopped(tmp_path):
    """A launcher that ended on SIGTERM but whose parent (here: the test) has not yet collected
    its exit status is stopped: `make stop` says so at once instead of waiting 30 s and killing."""
    launcher = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / "cluster.pid").write_text(f'{{"launcher": {launcher.pid}}}', encoding="utf-8")
        assert alive(launcher.pid)
        said = stop_running(tmp_path, timeout=20)
        assert said == f"stopped (launcher {launcher.pid})" and not alive(launcher.pid)
        assert launcher.poll() == -signal.SIGTERM  # ended by the SIGTERM, reaped only now
    finally:
        launcher.kill()
        launcher.wait()
