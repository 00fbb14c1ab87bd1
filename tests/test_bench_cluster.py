"""The proxy load benchmark (issue 15): its budget ratios from named cases, and one tiny run.

The ratios are what the README reports: project p95 over bare p95 at the same replicas and
viewers (≤ 1.3), throughput with N replicas over one (≥ 0.85 × N, 1.7 for two), no errors.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bench.cluster_load import ratios, table
from tests.conftest import ROOT


def row(kind, replicas, viewers, p95, throughput, errors=0):
    return dict(kind=kind, replicas=replicas, viewers=viewers, loads=3 * viewers, p50_s=p95 / 2,
                p95_s=p95, errors=errors, throughput=throughput, kb_per_load=50.0,
                server_cpu_ms=p95 * 10, client_cpu_ms=5.0)


CASES = {
    "project as fast as bare, two replicas twice the throughput: all met": (
        [row("bare", 1, 30, 2.0, 10), row("project", 1, 30, 2.0, 10),
         row("bare", 2, 30, 1.0, 20), row("project", 2, 30, 1.2, 19)],
        {"p95 project/bare, 1 replica(s), 30 viewers": (1.0, True),
         "server CPU per load project/bare, 1 replica(s), 30 viewers": (1.0, True),
         "p95 project/bare, 2 replica(s), 30 viewers": (1.2, True),
         "throughput 2/1 replicas, bare, 30 viewers": (2.0, True),
         "throughput 2/1 replicas, project, 30 viewers": (1.9, True),
         "errors (all runs)": (0, True)}),
    "project p95 1.5× bare and 1.5× scaling: both missed": (
        [row("bare", 1, 100, 4.0, 10), row("project", 1, 100, 6.0, 8),
         row("bare", 2, 100, 2.0, 20), row("project", 2, 100, 3.0, 12)],
        {"p95 project/bare, 1 replica(s), 100 viewers": (1.5, False),
         "server CPU per load project/bare, 1 replica(s), 100 viewers": (1.5, False),
         "throughput 2/1 replicas, project, 100 viewers": (1.5, False)}),
    "one error anywhere misses the error budget": (
        [row("bare", 1, 30, 2.0, 10), row("project", 1, 30, 2.0, 10, errors=1)],
        {"errors (all runs)": (1, False)}),
    "four replicas need 3.4× one": (
        [row("bare", 1, 30, 2.0, 10), row("bare", 4, 30, 1.0, 33)],
        {"throughput 4/1 replicas, bare, 30 viewers": (3.3, False)}),
}


@pytest.mark.parametrize("name", CASES)
def test_budget_ratios(name):
    rows, expected = CASES[name]
    replicas = max(r["replicas"] for r in rows)
    checks = {c["name"]: (c["value"], c["met"]) for c in ratios(rows, replicas)}
    for key, (value, met) in expected.items():
        assert checks[key][0] == pytest.approx(value), key
        assert checks[key][1] is met, key


def test_table_names_the_machine_every_run_and_every_verdict():
    rows, _ = CASES["project p95 1.5× bare and 1.5× scaling: both missed"]
    machine = dict(when="2026-11-30T12:00:00", cpus=2, load_before="1.0 1.0 1.0", load_after="2.0 1.5 1.0")
    text = "\n".join(table(rows, ratios(rows, 2), machine))
    assert "2 CPUs, load average 1.0 1.0 1.0 before / 2.0 1.5 1.0 after" in text
    assert "| project | 2 | 100 | 300 | 1.50 | 3.00 | 0 | 12.0 | 50 | 30 | 5 |" in text
    assert "| p95 project/bare, 1 replica(s), 100 viewers | 1.50 | ≤ 1.3 | MISSED |" in text


@pytest.mark.skipif(not os.path.exists("/usr/sbin/haproxy") and not os.environ.get("CI"),
                    reason="haproxy not installed (apt-get install haproxy); in CI .ci/run installs it")
def test_bench_cluster_load_runs_bare_and_project_behind_the_proxy(built_db, tmp_path):
    """`python -m bench.cluster_load` with one replica and 2 viewers on a built database (--db, as
    a user who has run `make db` passes it; the run's own build is the same ETL as the session's)."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.cluster_load", "--replicas", "1", "--viewers", "2", "--db", str(built_db),
         "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=400,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads((tmp_path / "cluster.json").read_text(encoding="utf-8"))
    runs = {r["kind"]: r for r in result["rows"]}
    assert set(runs) == {"bare", "project"} and all(r["loads"] == 6 and r["errors"] == 0 for r in runs.values())
    # the bare page replays the project's elements: about as many bytes per load, not an error note
    assert runs["bare"]["kb_per_load"] > 0.5 * runs["project"]["kb_per_load"], runs
    assert "p95 project/bare, 1 replica(s), 2 viewers" in done.stdout
    assert all(r["server_cpu_ms"] > 0 for r in runs.values())  # the replicas' CPU was read
