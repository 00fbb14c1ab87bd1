"""Layer rules between the top-level packages, read from the code's imports with ast.

Layers (lowest first): config and texts (the one text system, importing nothing of the project);
indicators (pure rules); etl (raw -> store); dashboard (view
models, queries, charts); pages (thin Streamlit wiring). A package may import a lower one, never
one that imports it back. The test reports every import cycle between top-level packages.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("config", "texts", "indicators", "etl", "dashboard", "pages")

# Known cycle, to be removed by issue 9 item 4 (the planner upload and sign-in code lives under
# etl/ but serves a page: etl/__main__.py imports dashboard, dashboard/upload_model.py and
# dashboard/map_model.py import etl). Exactly today's cycle edges: any NEW cycle fails.
KNOWN_CYCLE_EDGES = frozenset({("etl", "dashboard"), ("dashboard", "etl")})

# (importer, imported) pairs that must never occur, cycle or not.
FORBIDDEN = [
    ("indicators", "etl"), ("indicators", "dashboard"), ("indicators", "pages"), ("indicators", "config"),
    ("dashboard", "pages"), ("etl", "pages"), ("config", "etl"), ("config", "dashboard"),
    ("config", "indicators"), ("config", "pages"),
    ("texts", "config"), ("texts", "indicators"), ("texts", "etl"), ("texts", "dashboard"), ("texts", "pages"),
]


def _files(package: str) -> list[Path]:
    """The Python files of a top-level package (config is the module config.py)."""
    return [ROOT / "config.py"] if package == "config" else sorted((ROOT / package).rglob("*.py"))


def _imported_packages(path: Path) -> set[str]:
    """The top-level packages a file imports anywhere in it (function-level imports included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {name.split(".")[0] for name in names} & set(PACKAGES)
    return found


def import_edges() -> dict[tuple[str, str], list[str]]:
    """{(importer, imported): [files that make the edge]} between different top-level packages."""
    edges: dict[tuple[str, str], list[str]] = {}
    for package in PACKAGES:
        for path in _files(package):
            for other in _imported_packages(path) - {package}:
                edges.setdefault((package, other), []).append(str(path.relative_to(ROOT)))
    return edges


def cycle_edges(edges) -> set[tuple[str, str]]:
    """The edges that lie on a cycle: (a, b) where a is reachable again from b."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                todo += graph.get(node, ())
        return False

    return {(a, b) for a, b in edges if reaches(b, a)}


@pytest.mark.parametrize("edges, expected", [
    pytest.param({("a", "b"), ("b", "c")}, set(), id="chain-no-cycle"),
    pytest.param({("a", "b"), ("b", "a")}, {("a", "b"), ("b", "a")}, id="two-packages"),
    pytest.param({("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}, {("a", "b"), ("b", "c"), ("c", "a")},
                 id="three-packages-and-a-tail"),
])
def test_cycle_finder(edges, expected):
    assert cycle_edges(edges) == expected


def test_no_new_import_cycle_between_packages():
    edges = import_edges()
    new = cycle_edges(edges) - KNOWN_CYCLE_EDGES
    report = "; ".join(f"{a} -> {b} ({', '.join(edges[a, b])})" for a, b in sorted(new))
    assert not new, f"import cycle between top-level packages: {report}"


@pytest.mark.parametrize("importer, imported", FORBIDDEN, ids=[f"{a}-not-{b}" for a, b in FORBIDDEN])
def test_layer_rule(importer, imported):
    files = import_edges().get((importer, imported), [])
    assert not files, f"{importer} must not import {imported}: {', '.join(files)}"


def test_the_scan_sees_real_imports():
    edges = import_edges()
    assert ("pages", "dashboard") in edges and ("dashboard", "indicators") in edges
