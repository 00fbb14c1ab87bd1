"""Same texts and numbers before and after a speed change: the element lists of a set of views.

A change that makes page loads cheaper must not change what a viewer sees. This records every
element of VIEWS (overview with filters, sort, Stand date and in English; a goal page of each
kind; the map at two levels, in status mode and with a district's profile), each run in two new
sessions one after the other (the second on warm caches, as a viewer's page load), and compares
two such recordings element by element: kind, the element's message (labels, bodies, options,
widget ids), plotly specs as parsed JSON, tables and dataframes as their values.

    python -m bench.same_elements dump DB before.json    # on the old code
    python -m bench.same_elements dump DB after.json     # on the new code
    python -m bench.same_elements compare before.json after.json

Output of compare: one line per view (same / the first differing element), exit code 1 on any
difference.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from google.protobuf.json_format import MessageToDict

from bench.cluster_load import quiet_streamlit
from bench.render import ROOT

HOUSING = "wohnungen_2000_pro_jahr"
VIEWS = (  # name, page script, URL parameters
    ("overview", "pages/overview.py", {}),
    ("overview_missed", "pages/overview.py", {"status": ["missed", "at_risk"]}),
    ("overview_en_theme_sort", "pages/overview.py", {"lang": "en", "theme": ["wohnen"], "sort": "deadline"}),
    ("overview_stand", "pages/overview.py", {"stand": "2025-06-30"}),
    ("overview_all", "pages/overview.py", {"all": ["wohnen"]}),
    ("goal_chooser", "pages/goal.py", {}),
    ("goal_numeric", "pages/goal.py", {"goal": HOUSING}),
    ("goal_numeric_en", "pages/goal.py", {"goal": HOUSING, "lang": "en"}),
    ("goal_deliverable", "pages/goal.py", {"goal": "baeume_5000"}),
    ("goal_evidence", "pages/goal.py", {"goal": "glasfaser_alle_schulen_dos"}),
    ("goal_districts", "pages/goal.py", {"goal": "strassenoffensive_alle_12_bezirke"}),
    ("goal_climate", "pages/goal.py", {"goal": "klimaneutral_vor_2038_dos"}),
    ("goal_register_entry", "pages/goal.py", {"goal": "angstraeume_karte"}),
    ("goal_unknown", "pages/goal.py", {"goal": "gibt_es_nicht"}),
    ("map", "pages/districts.py", {}),
    ("map_unterbezirk", "pages/districts.py", {"level": "unterbezirk", "indicator": "unemployed_pct"}),
    ("map_district_en", "pages/districts.py", {"district": "Innenstadt-West", "lang": "en"}),
    ("map_status", "pages/districts.py", {"mode": "status", "goal": "strassenoffensive_alle_12_bezirke"}),
)


def _node(node) -> list:
    """The elements under an AppTest tree node in order, blocks with their own message."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        proto = getattr(node, "proto", None)
        head = [("block", MessageToDict(proto))] if proto is not None else []
        return head + [item for key in sorted(children) for item in _node(children[key])]
    kind = getattr(node, "type", None)
    if node is None or kind is None:
        return []
    return [(kind, _payload(node, kind))]


def _payload(el, kind: str):
    """One element as plain JSON-able data."""
    if kind in ("table", "dataframe", "arrow_data_frame"):
        frame = el.value
        return dict(columns=[str(c) for c in frame.columns], index=[str(i) for i in frame.index],
                    rows=json.loads(frame.to_json(orient="values", date_format="iso", default_handler=str)))
    data = MessageToDict(el.proto)
    if kind == "plotly_chart":
        data["spec"] = json.loads(el.proto.spec)
    return data


def elements(db: Path, page: str, params: dict) -> list:
    """The element list of one page view in a new session (tests/apptest.run_page's way)."""
    from tests.apptest import run_page

    at = run_page(db, page, params, timeout=120)
    if at.exception:
        return [("exception", [str(e.value) for e in at.exception])]
    return _node(at._tree)


def dump(db: Path, out: Path) -> None:
    """Record VIEWS, two sessions each, into `out` (JSON)."""
    os.environ["ZM_DB_PATH"] = str(db)
    record = {}
    for name, page, params in VIEWS:
        runs = [elements(db, page, params) for _ in range(2)]
        record[name] = json.loads(json.dumps(runs, default=str))
        print(name, len(runs[0]), "elements", "(sessions differ)" if runs[0] != runs[1] else "")
    out.write_text(json.dumps(record, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"written: {out}")


def compare(before: Path, after: Path) -> int:
    """Print per view whether both recordings are the same; 1 when any differs."""
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    differ = 0
    for name in list(old) + [n for n in new if n not in old]:
        first = _first_difference(old.get(name), new.get(name))
        differ += first is not None
        print(f"{name}: {'same' if first is None else first}")
    return 1 if differ else 0


def _comparable(value):
    """`value` without what differs between two checkouts of the same page: widget ids (they hash
    the script's path) and the file hash in an XLSX download's URL (a workbook holds the time it
    was written; CSV URLs are compared as they are)."""
    if isinstance(value, dict):
        out = {k: _comparable(v) for k, v in value.items() if k != "id"}
        if str(out.get("url", "")).endswith(".xlsx"):
            out["url"] = "(xlsx)"
        return out
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


def _first_difference(a, b) -> str | None:
    if a is None or b is None:
        return "missing in one recording"
    a, b = _comparable(a), _comparable(b)
    for session, (run_a, run_b) in enumerate(zip(a, b)):
        for n, (x, y) in enumerate(zip(run_a, run_b)):
            if x != y:
                return f"session {session + 1}, element {n}: {json.dumps(x)[:300]} != {json.dumps(y)[:300]}"
        if len(run_a) != len(run_b):
            return f"session {session + 1}: {len(run_a)} != {len(run_b)} elements"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.same_elements", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("dump", "compare"))
    parser.add_argument("paths", nargs=2, type=Path)
    args = parser.parse_args(argv)
    quiet_streamlit()
    sys.path.insert(0, str(ROOT))
    if args.what == "dump":
        dump(*args.paths)
        return 0
    return compare(*args.paths)


if __name__ == "__main__":
    sys.exit(main())
