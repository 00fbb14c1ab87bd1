"""Layer rules between the top-level packages, read from the code's imports with ast.

Layers (lowest first): config and texts (the one text system, importing nothing of the project);
indicators (pure rules); etl (raw + upload store -> database); dashboard (view models, queries,
charts); planner (the upload workflow and sign-in: it rebuilds with etl and reads through
dashboard.queries); pages (thin Streamlit wiring). A package may import a lower one, never one
that imports it back. The test reports every import cycle between top-level packages; there is
no known (tolerated) cycle.

Entry points are not part of a package's import graph: `<package>/__main__.py` runs only as
`python -m <package>` and no module can import it, like app.py. The command line
`etl/__main__.py` therefore sits above every package (it wires etl's own commands and the upload
commands of planner.cli); a test checks that no module imports an entry point.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("config", "texts", "indicators", "etl", "dashboard", "planner", "pages")

# (importer, imported) pairs that must never occur, cycle or not.
FORBIDDEN = [
    ("indicators", "etl"), ("indicators", "dashboard"), ("indicators", "pages"), ("indicators", "config"),
    ("dashboard", "pages"), ("etl", "pages"), ("config", "etl"), ("config", "dashboard"),
    ("etl", "dashboard"), ("etl", "planner"), ("dashboard", "planner"), ("indicators", "planner"),
    ("planner", "pages"), ("texts", "planner"), ("config", "planner"),
    ("config", "indicators"), ("config", "pages"),
    ("texts", "config"), ("texts", "indicators"), ("texts", "etl"), ("texts", "dashboard"), ("texts", "pages"),
]


def _files(package: str) -> list[Path]:
    """The importable Python files of a top-level package (config is the module config.py);
    entry points (`__main__.py`) are left out: nothing imports them."""
    if package == "config":
        return [ROOT / "config.py"]
    return sorted(p for p in (ROOT / package).rglob("*.py") if p.name != "__main__.py")


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


def test_no_import_cycle_between_packages():
    edges = import_edges()
    cycles = cycle_edges(edges)
    report = "; ".join(f"{a} -> {b} ({', '.join(edges[a, b])})" for a, b in sorted(cycles))
    assert not cycles, f"import cycle between top-level packages: {report}"


def test_no_module_imports_an_entry_point():
    """`__main__` modules may import anything only because nothing imports them."""
    importers = []
    code = [p for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".")
            and p.name not in ("tests", "data") and (p / "__init__.py").is_file()]
    for path in sorted(ROOT.glob("*.py")) + sorted(f for d in code for f in d.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.endswith(".__main__") for n in names):
                importers.append(str(path.relative_to(ROOT)))
    assert not importers, f"entry points imported by: {', '.join(importers)}"


def test_the_command_line_reaches_the_upload_commands():
    """The upload commands stay under `python -m etl` (through planner.cli)."""
    from etl.__main__ import _command, _parser

    for name in ("ingest", "template", "uploads", "rollback", "add-user", "repair", "evidence"):
        assert callable(_command(name))
    assert _parser().parse_args(["ingest", "x.csv", "--lang", "en"]).lang == "en"


@pytest.mark.parametrize("importer, imported", FORBIDDEN, ids=[f"{a}-not-{b}" for a, b in FORBIDDEN])
def test_layer_rule(importer, imported):
    files = import_edges().get((importer, imported), [])
    assert not files, f"{importer} must not import {imported}: {', '.join(files)}"


def test_the_scan_sees_real_imports():
    edges = import_edges()
    assert ("pages", "dashboard") in edges and ("dashboard", "indicators") in edges
