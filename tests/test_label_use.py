"""Every registered label is used somewhere in the code: a key no code asks for is dead text that
drifts from what the pages say. A key counts as used when the code names it as a string literal,
or when the code builds keys at run time from a literal prefix (t(f"kind_{kind}"), f"goal_in_{key}")
that the key starts with."""

from __future__ import annotations

import re

import dashboard.i18n  # noqa: F401  (registers the pages' tables)
from tests.conftest import ROOT
from texts import all_keys

CODE_DIRS = ("pages", "dashboard", "etl", "planner", "indicators", "report", "export", "texts")
LITERAL = re.compile(r"""["']([A-Za-z0-9_]+)["']""")
# f"prefix_{...}" or "prefix_" + ... : keys built at run time from a literal prefix ending in "_"
PREFIX = re.compile(r"""f["']([A-Za-z0-9]+_[A-Za-z0-9_]*)\{|["']([A-Za-z0-9]+_[A-Za-z0-9_]*)["']\s*\+""")


def _code() -> str:
    """The project's code without the label tables themselves (a key's own definition is no use)."""
    files = [ROOT / "app.py", *(p for d in CODE_DIRS for p in sorted((ROOT / d).rglob("*.py")))]
    tables = ROOT / "dashboard" / "i18n", ROOT / "texts"
    return "\n".join(p.read_text(encoding="utf-8") for p in files
                     if not (p.parent in tables and p.name != "__init__.py"))


def unused(keys: set[str], code: str) -> list[str]:
    """The keys neither named as a literal in `code` nor starting with a run-time prefix in it."""
    literals = set(LITERAL.findall(code))
    prefixes = {a or b for a, b in PREFIX.findall(code)}
    return sorted(k for k in keys if k not in literals and not k.startswith(tuple(prefixes)))


def test_unused_sees_literals_and_built_keys():
    code = 'x = t("ov_title", lang)\ny = t(f"kind_{kind}", lang)\nz = t("status_" + s, lang)\n'
    keys = {"ov_title", "kind_cumulative", "status_missed", "ov_gone"}
    assert unused(keys, code) == ["ov_gone"]


def test_every_registered_label_is_used():
    dead = unused(all_keys(), _code())
    assert not dead, f"labels no code uses (remove them from their table): {dead}"
