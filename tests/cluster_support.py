"""Start and stop `make serve`'s cluster (`python -m dashboard.cluster`) for tests, on free ports.

start_cluster: the launcher as a user starts it, in its own process, with replicas on free ports,
the proxy on a free port on 127.0.0.1 and a private runtime folder; returns once the proxy answers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from dashboard.cluster import free_ports, healthy
from tests.conftest import ROOT


@dataclass
class Running:
    """A started cluster: its launcher process, proxy URL, runtime folder and environment."""

    proc: subprocess.Popen
    url: str
    run_dir: Path
    env: dict

    def info(self) -> dict:
        """The launcher's pid file (launcher pid, children pids, ports)."""
        return json.loads((self.run_dir / "cluster.pid").read_text())

    def pids(self) -> list[int]:
        """Launcher and children pids."""
        info = self.info()
        return [info["launcher"], *info["children"].values()]


def alive(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def start_cluster(db_path: Path, run_dir: Path, replicas: int = 2, extra_env: dict | None = None,
                  timeout: float = 120) -> Running:
    """`python -m dashboard.cluster` on db_path; returns once the proxy is healthy."""
    (port,) = free_ports(1)
    env = dict(os.environ, ZM_DB_PATH=str(db_path), ZM_REPLICAS=str(replicas), ZM_PORT=str(port),
               ZM_BIND="127.0.0.1", ZM_REPLICA_PORT="0", ZM_RUN_DIR=str(run_dir), **(extra_env or {}))
    log = open(run_dir.parent / f"{run_dir.name}-launcher.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "dashboard.cluster"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if healthy(url) and (run_dir / "cluster.pid").exists():
            if "haproxy" in json.loads((run_dir / "cluster.pid").read_text())["children"]:
                return Running(proc, url, run_dir, env)
        time.sleep(0.5)
    proc.kill()
    text = (run_dir.parent / f"{run_dir.name}-launcher.log").read_text(errors="replace")
    raise RuntimeError(f"the cluster did not start: {text[-2000:]}")


def stop_cluster(running: Running, timeout: float = 60) -> list[int]:
    """`python -m dashboard.cluster stop` (as `make stop`); returns the pids still alive after it."""
    pids = running.pids()
    subprocess.run([sys.executable, "-m", "dashboard.cluster", "stop"], cwd=ROOT, env=running.env,
                   timeout=timeout, check=True, capture_output=True)
    running.proc.wait(timeout=10)
    return [pid for pid in pids if alive(pid)]
