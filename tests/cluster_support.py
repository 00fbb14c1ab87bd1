"""Start and stop `make serve`'s cluster (`python -m dashboard.cluster`) for tests, on free ports.

start_cluster: the launcher as a user starts it, in its own process, with replicas on free ports,
the proxy on a free port on 127.0.0.1 and a private runtime folder; returns once the proxy answers.
stop_cluster: `make stop`, returning what it said and the processes it left. open_viewers:
viewers' sessions (websockets), one per replica, open until closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from websockets.sync.client import ClientConnection, connect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from dashboard.cluster import alive, free_ports, healthy
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


def stop_cluster(running: Running, timeout: float = 60) -> tuple[str, list[int]]:
    """`python -m dashboard.cluster stop` (as `make stop`); returns what it printed and the pids
    (launcher, replicas, proxy) still running after it."""
    pids = running.pids()
    done = subprocess.run([sys.executable, "-m", "dashboard.cluster", "stop"], cwd=ROOT, env=running.env,
                          timeout=timeout, check=True, capture_output=True, text=True)
    running.proc.wait(timeout=10)
    return done.stdout.strip(), [pid for pid in pids if alive(pid)]


@contextmanager
def open_viewers(running: Running, replicas=("r1", "r2"), timeout: float = 60) -> Iterator[list[ClientConnection]]:
    """One viewer on each of `replicas` through the proxy, as browser tabs: websocket sessions that
    have loaded the overview (all at once), open until the block ends or the server closes them."""
    url = running.url.replace("http://", "ws://") + "/_stcore/stream"
    rerun = BackMsg()
    rerun.rerun_script.query_string = ""
    with ExitStack() as stack:
        tabs = [stack.enter_context(connect(url, subprotocols=["streamlit"], proxy=None, max_size=None,
                                            additional_headers={"Cookie": f"zm_replica={replica}"},
                                            open_timeout=timeout)) for replica in replicas]
        for ws in tabs:
            ws.send(rerun.SerializeToString())
        for ws in tabs:
            msg = ForwardMsg()
            while msg.WhichOneof("type") != "script_finished":
                msg.ParseFromString(ws.recv(timeout=timeout))
            assert msg.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY, msg
        yield tabs
