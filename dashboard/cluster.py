"""Production start (`make serve`): N dashboard replicas behind HAProxy on one port.

    python -m dashboard.cluster          start in the foreground; Ctrl-C or SIGTERM stops all of it
    python -m dashboard.cluster stop     stop a running cluster (`make stop`), found by its pid file
    python -m dashboard.cluster status   each replica's health and request count, from the proxy

In: the settings ZM_REPLICAS, ZM_PORT, ZM_BIND, ZM_REPLICA_PORT, ZM_RUN_DIR (config.py) and the
usual dashboard settings, passed on to every replica. Out: replicas (`python -m dashboard.serve`,
as `make run`, on 127.0.0.1), then HAProxy with the config rendered from deploy/haproxy.cfg.tmpl
(dashboard/proxy_config.py); pid file, config and logs in ZM_RUN_DIR. Children run in their own
process group and get SIGTERM from the kernel if the launcher dies, so none is left behind.
"""

from __future__ import annotations

import ctypes
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import config
from dashboard.proxy_config import ProxySettings, render

ROOT = Path(__file__).resolve().parents[1]
PID_FILE = "cluster.pid"
MAX_RESTARTS = 5  # per replica; a replica that keeps dying is left down (the proxy skips it)


class ClusterError(RuntimeError):
    """The cluster could not be started or stopped (the message says what to do)."""


def haproxy_binary() -> str:
    """Path of Debian's haproxy; raises ClusterError if it is not installed."""
    path = shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if os.access(p, os.X_OK)), None)
    if path is None:
        raise ClusterError("haproxy is not installed: sudo apt-get install haproxy (see README, Betrieb)")
    return path


def replica_command(port: int, app: Path | None = None) -> list[str]:
    """The command of one replica on 127.0.0.1:port: the dashboard as `make run` starts it,
    or another Streamlit script `app` (the benchmark's bare page)."""
    start = ["-m", "dashboard.serve"] if app is None else ["-m", "streamlit", "run", str(app)]
    return [sys.executable, *start, "--server.port", str(port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--server.fileWatcherType", "none"]


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the launcher dies (Linux prctl PR_SET_PDEATHSIG)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)


def _spawn(cmd: list[str], log: Path, env: dict) -> subprocess.Popen:
    """Start cmd in ROOT with output appended to `log`, in its own session, ended with the launcher."""
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True,
                                preexec_fn=_die_with_parent)


def free_ports(count: int) -> tuple[int, ...]:
    """`count` distinct ports free on 127.0.0.1 right now (the OS picks them)."""
    import socket

    socks = [socket.socket() for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return tuple(sock.getsockname()[1] for sock in socks)
    finally:
        for sock in socks:
            sock.close()


def healthy(url: str) -> bool:
    """True if `url`/_stcore/health answers 200 within 2 s."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def alive(pid: int) -> bool:
    """True while process `pid` runs. A process that has ended but whose parent has not yet
    collected its exit status (a zombie, e.g. a launcher started by a script that waits for it
    only later) has ended: it holds no port, no file and no child, and SIGKILL cannot end it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    except PermissionError:  # /proc hides other users' processes: it exists
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


class Cluster:
    """Replicas and proxy of one `make serve`; start() them, supervise() until stopped, stop()."""

    def __init__(self, replicas: int | None = None, port: int | None = None, bind: str | None = None,
                 first_port: int | None = None, run_dir: Path | None = None, app: Path | None = None,
                 env: dict | None = None):
        self.replicas = config.replicas() if replicas is None else replicas
        self.port = config.port() if port is None else port
        self.bind = config.bind() if bind is None else bind
        first = config.replica_port() if first_port is None else first_port
        self.ports = (free_ports(self.replicas) if first == 0
                      else tuple(range(first, first + self.replicas)))
        self.run_dir = config.run_dir() if run_dir is None else run_dir
        self.app = app
        # one cookie secret for all replicas: a browser's signed cookies stay valid after a failover
        self.env = dict(os.environ, **(env or {}), STREAMLIT_SERVER_COOKIE_SECRET=secrets.token_hex(32))
        self.procs: dict[str, subprocess.Popen] = {}
        self.restarts: dict[str, int] = {}

    @property
    def url(self) -> str:
        """Where users (and health checks on this machine) reach the proxy."""
        host = "127.0.0.1" if self.bind in ("", "*", "0.0.0.0", "::") else self.bind
        return f"http://{host}:{self.port}"

    def start(self, timeout: float = 90) -> None:
        """Start replicas, wait until healthy, then the proxy; raises ClusterError (all stopped)."""
        haproxy_binary()  # not installed: say so before starting anything
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self._claim_pid_file()
        try:
            for i, port in enumerate(self.ports):
                self._start_replica(i, port)
            self._wait(lambda: all(healthy(f"http://127.0.0.1:{p}") for p in self.ports), timeout)
            self._start_proxy()
            self._wait(lambda: healthy(self.url), 30)
        except BaseException:
            self.stop()
            raise
        self._write_pid_file()

    def _start_replica(self, index: int, port: int) -> None:
        name = f"replica-{index + 1}"
        self.procs[name] = _spawn(replica_command(port, self.app), self.run_dir / f"{name}.log", self.env)

    def _start_proxy(self) -> None:
        cfg = self.run_dir / "haproxy.cfg"
        cfg.write_text(render(ProxySettings(self.bind, self.port, self.ports, self.run_dir)), encoding="utf-8")
        binary = haproxy_binary()
        check = subprocess.run([binary, "-c", "-q", "-f", str(cfg)], capture_output=True, text=True)
        if check.returncode != 0:
            raise ClusterError(f"the proxy config {cfg} is invalid: {check.stderr.strip()[-1500:]}")
        self.procs["haproxy"] = _spawn([binary, "-db", "-f", str(cfg)], self.run_dir / "haproxy.log", self.env)

    def _wait(self, ready, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            dead = [name for name, proc in self.procs.items() if proc.poll() is not None]
            if dead or time.monotonic() > deadline:
                why = f"{', '.join(dead)} ended" if dead else f"not healthy within {timeout:.0f} s"
                tails = "".join(f"\n--- {name}.log: {self._log_tail(name)}" for name in dead)
                raise ClusterError(f"start failed: {why}; see the logs in {self.run_dir}{tails}")
            time.sleep(0.3)

    def _log_tail(self, name: str, chars: int = 600) -> str:
        """The last `chars` characters of a child's log in the runtime folder."""
        log = self.run_dir / f"{name}.log"
        return log.read_text(errors="replace")[-chars:] if log.exists() else "(no log)"

    def supervise(self, poll: float = 1.0) -> None:
        """Until the proxy ends: restart a replica that died (at most MAX_RESTARTS times each)."""
        while self.procs["haproxy"].poll() is None:
            for i, port in enumerate(self.ports):
                name = f"replica-{i + 1}"
                if self.procs[name].poll() is not None and self.restarts.get(name, 0) < MAX_RESTARTS:
                    self.restarts[name] = self.restarts.get(name, 0) + 1
                    print(f"{name} ended (exit {self.procs[name].returncode}); restarting", file=sys.stderr)
                    self._start_replica(i, port)
                    self._write_pid_file()
            time.sleep(poll)
        raise ClusterError(f"the proxy ended (exit {self.procs['haproxy'].returncode}); "
                           f"see {self.run_dir / 'haproxy.log'}")

    def stop(self, timeout: float = 15) -> None:
        """Stop the proxy first, then every replica (SIGTERM, SIGKILL after `timeout`); remove the pid file."""
        order = sorted(self.procs, key=lambda name: name != "haproxy")
        for name in order:
            if self.procs[name].poll() is None:
                self.procs[name].terminate()
        deadline = time.monotonic() + timeout
        for name in order:
            try:
                self.procs[name].wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.procs[name].kill()
                self.procs[name].wait()
        pid_file = self.run_dir / PID_FILE
        if pid_file.exists() and json.loads(pid_file.read_text()).get("launcher") == os.getpid():
            pid_file.unlink()

    def _claim_pid_file(self) -> None:
        pid_file = self.run_dir / PID_FILE
        if pid_file.exists():
            running = json.loads(pid_file.read_text()).get("launcher", 0)
            if running != os.getpid() and alive(running):
                raise ClusterError(f"already running (pid {running}, {pid_file}); stop it with `make stop`")
        self._write_pid_file()

    def _write_pid_file(self) -> None:
        info = dict(launcher=os.getpid(), url=self.url, replica_ports=list(self.ports),
                    children={name: proc.pid for name, proc in self.procs.items()})
        (self.run_dir / PID_FILE).write_text(json.dumps(info, indent=1), encoding="utf-8")


def stop_running(run_dir: Path | None = None, timeout: float = 30) -> str:
    """`make stop`: SIGTERM to the launcher named in the pid file, wait until it has stopped its
    children (SIGKILL after `timeout`; the kernel then ends the children). Returns what happened."""
    pid_file = (run_dir or config.run_dir()) / PID_FILE
    if not pid_file.exists():
        return "not running (no pid file)"
    pid = json.loads(pid_file.read_text()).get("launcher", 0)
    if not pid or not alive(pid):
        pid_file.unlink()
        return f"not running (stale pid file of pid {pid} removed)"
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if alive(pid):
        os.kill(pid, signal.SIGKILL)
        pid_file.unlink(missing_ok=True)
        return f"killed launcher {pid} after {timeout:.0f} s"
    return f"stopped (launcher {pid})"


def replica_states(run_dir: Path | None = None) -> dict[str, dict]:
    """{replica: {"status": "UP"/"DOWN"/…, "requests": total, "sessions": current}} as the
    running proxy sees them (its stats socket in the runtime folder). Raises ClusterError."""
    import csv
    import socket

    path = (run_dir or config.run_dir()) / "haproxy.sock"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(str(path))
            sock.sendall(b"show stat\n")
            data = b"".join(iter(lambda: sock.recv(65536), b""))
    except OSError as err:
        raise ClusterError(f"no running proxy at {path}: {err}") from err
    rows = csv.DictReader(data.decode().lstrip("# ").splitlines())
    return {row["svname"]: dict(status=row["status"], requests=int(row["stot"] or 0),
                                sessions=int(row["scur"] or 0))
            for row in rows if row["pxname"] == "replicas" and row["svname"] not in ("BACKEND", "FRONTEND")}


def main(argv: list[str]) -> int:
    """Start (no argument), `stop` or `status`; returns the exit code."""
    if argv[:1] == ["stop"]:
        print(stop_running())
        return 0
    if argv[:1] == ["status"]:
        try:
            states = replica_states()
        except ClusterError as err:
            print(err, file=sys.stderr)
            return 1
        for name, state in states.items():
            print(f"{name}: {state['status']}, {state['sessions']} open, {state['requests']} requests in total")
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    cluster = Cluster()
    try:
        cluster.start()
        print(f"Zielmonitor: {cluster.url} ({cluster.replicas} replicas, logs in {cluster.run_dir}); "
              "Ctrl-C stops", flush=True)
        cluster.supervise()
    except ClusterError as err:
        print(f"make serve: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
