"""`make serve`'s proxy config (issue 15): template + settings -> HAProxy config, and the settings.

The config must give every replica a health check and its own affinity cookie, keep websockets
open, gzip static files and listen on the one user port; HAProxy itself must accept it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import config
from dashboard.cluster import replica_command
from dashboard.proxy_config import ProxySettings, render
from tests.conftest import ROOT

SETTINGS = ProxySettings(bind="127.0.0.1", port=18080, replica_ports=(18601, 18602, 18603),
                         run_dir=Path("/tmp/zm-run"))


def section(text: str, header: str) -> str:
    """The lines of one config section (from its header to the next unindented line)."""
    match = re.search(rf"^{re.escape(header)}\n((?:[ \t].*\n|\n)*)", text, re.M)
    assert match, f"no section {header!r}"
    return match.group(1)


def test_every_replica_is_a_health_checked_backend_with_its_own_affinity_cookie():
    backend = section(render(SETTINGS), "backend replicas")
    servers = re.findall(r"^\s+server (\S+) (\S+) cookie (\S+)", backend, re.M)
    assert servers == [("r1", "127.0.0.1:18601", "r1"), ("r2", "127.0.0.1:18602", "r2"),
                       ("r3", "127.0.0.1:18603", "r3")]
    assert re.search(r"^\s+cookie zm_replica insert\b", backend, re.M)  # session affinity by cookie
    assert "http-check send meth GET uri /_stcore/health" in backend
    assert re.search(r"^\s+default-server check\b", backend, re.M)
    # a replica busy under load answers slowly: only a long silence takes it out (no 503 for all)
    assert int(re.search(r"timeout check (\d+)s", backend).group(1)) >= 10
    assert int(re.search(r"\bfall (\d+)", backend).group(1)) >= 3


def test_users_reach_one_port_with_gzip_and_websockets_kept_open():
    text = render(SETTINGS)
    frontend = section(text, "frontend dashboard")
    assert re.search(r"^\s+bind 127\.0\.0\.1:18080$", frontend, re.M)
    assert "compression algo gzip" in frontend
    types = re.search(r"compression type (.*)", frontend).group(1).split()
    assert {"text/css", "application/javascript", "text/html"} <= set(types)
    assert re.search(r"^\s+timeout tunnel 1h$", section(text, "defaults"), re.M)  # websocket lifetime
    assert "option forwardfor" in text  # the client's address reaches the dashboard
    assert "stats socket /tmp/zm-run/haproxy.sock" in text


def test_one_replica_gives_one_backend_and_none_is_refused():
    one = render(ProxySettings("0.0.0.0", 8080, (8601,), Path("/tmp/r")))
    assert len(re.findall(r"^\s+server ", one, re.M)) == 1
    assert re.search(r"^\s+bind 0\.0\.0\.0:8080$", one, re.M)
    with pytest.raises(ValueError, match="at least one replica"):
        render(ProxySettings("0.0.0.0", 8080, (), Path("/tmp/r")))
    with pytest.raises(ValueError, match="70000"):
        render(ProxySettings("0.0.0.0", 70000, (8601,), Path("/tmp/r")))


def test_a_template_placeholder_without_a_setting_is_an_error_not_silent_text():
    with pytest.raises(KeyError):
        render(SETTINGS, template="bind $bind:$port\n$unknown\n")


def test_haproxy_accepts_the_generated_config(tmp_path):
    binary = shutil.which("haproxy") or ("/usr/sbin/haproxy" if os.path.exists("/usr/sbin/haproxy") else None)
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("haproxy is missing in CI: .ci/run must install it")
        pytest.skip("haproxy not installed (apt-get install haproxy)")
    cfg = tmp_path / "haproxy.cfg"
    cfg.write_text(render(ProxySettings("127.0.0.1", 18080, (18601, 18602), tmp_path)))
    done = subprocess.run([binary, "-c", "-f", str(cfg)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_replicas_default_to_one_per_cpu_and_refuse_nonsense(monkeypatch):
    monkeypatch.delenv("ZM_REPLICAS", raising=False)
    assert config.replicas() == len(os.sched_getaffinity(0))
    monkeypatch.setenv("ZM_REPLICAS", "3")
    assert config.replicas() == 3
    for bad in ("0", "zwei", "-1"):
        monkeypatch.setenv("ZM_REPLICAS", bad)
        with pytest.raises(ValueError, match="ZM_REPLICAS"):
            config.replicas()
    monkeypatch.delenv("ZM_PORT", raising=False)
    assert config.port() == 8080


def test_a_replica_is_the_dashboard_as_make_run_starts_it_on_loopback():
    cmd = replica_command(18601)
    assert cmd[1:3] == ["-m", "dashboard.serve"]
    assert cmd[cmd.index("--server.port") + 1] == "18601"
    assert cmd[cmd.index("--server.address") + 1] == "127.0.0.1"


def test_every_setting_is_documented_in_the_readme_settings_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    missing = [s.env for s in config.SETTINGS.values() if f"| `{s.env}` |" not in table]
    assert not missing, f"settings missing from README's table: {missing}"


def test_without_haproxy_make_serve_says_how_to_install_it_and_starts_nothing(monkeypatch, tmp_path):
    import dashboard.cluster as cluster

    monkeypatch.setattr(cluster.shutil, "which", lambda name: None)
    monkeypatch.setattr(cluster.os, "access", lambda path, mode: False)
    launcher = cluster.Cluster(replicas=1, first_port=0, run_dir=tmp_path / "run")
    with pytest.raises(cluster.ClusterError, match="apt-get install haproxy"):
        launcher.start()
    assert launcher.procs == {} and not (tmp_path / "run" / "cluster.pid").exists()
