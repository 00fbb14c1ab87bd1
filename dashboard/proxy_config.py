"""The proxy's configuration for `make serve`: template + settings -> HAProxy config text.

A pure function: no files written, no processes started (dashboard/cluster.py does that).
The template is deploy/haproxy.cfg.tmpl ($bind, $port, $run_dir and $servers are filled in).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[1] / "deploy" / "haproxy.cfg.tmpl"


@dataclass(frozen=True)
class ProxySettings:
    """What the proxy needs: where users connect, the replicas' ports, the runtime folder."""

    bind: str
    port: int
    replica_ports: tuple[int, ...]
    run_dir: Path


def server_name(index: int) -> str:
    """Name of replica number `index` (0-based) in the config and in its affinity cookie: r1, r2, …"""
    return f"r{index + 1}"


def render(settings: ProxySettings, template: str | None = None) -> str:
    """The HAProxy config text for these settings (one `server` line per replica port).

    In: the settings and optionally the template text (default: deploy/haproxy.cfg.tmpl).
    Out: the config. Raises ValueError without replicas or with a port outside 1-65535.
    """
    if not settings.replica_ports:
        raise ValueError("the proxy needs at least one replica port")
    for port in (settings.port, *settings.replica_ports):
        if not 0 < port < 65536:
            raise ValueError(f"port {port} is outside 1-65535")
    servers = "\n".join(
        f"    server {server_name(i)} 127.0.0.1:{port} cookie {server_name(i)}"
        for i, port in enumerate(settings.replica_ports)
    )
    text = TEMPLATE.read_text(encoding="utf-8") if template is None else template
    return string.Template(text).substitute(
        bind=settings.bind, port=settings.port, run_dir=str(settings.run_dir), servers=servers
    )
