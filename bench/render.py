"""Server-side render time of each page (AppTest), cold and warm cache, against a bare floor.

Input: a built database and the page list. Output: per page the median seconds of a cold-cache
run, of a warm-cache run, of the bare page (the same elements replayed from precomputed data,
no database, no project code) and the ratio warm / bare (the project's overhead over the
framework floor). The bare page is bench/bare_page.py; it reads the element list that the real
page's warm run produced, so both show the same number and kinds of elements (texts, metrics,
figures, tables, widgets with their options, and one container per layout block).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import pickle
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import streamlit as st
from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest, app_test, local_script_runner

ROOT = Path(__file__).resolve().parents[1]
BARE_PAGE = Path(__file__).with_name("bare_page.py")
TEXT_KINDS = {"markdown", "caption", "title", "header", "subheader", "text", "info", "warning",
              "error", "success", "code", "latex"}
WIDGET_KINDS = {"page_link", "button", "download_button", "radio", "selectbox", "multiselect",
                "segmented_control", "pills", "checkbox", "toggle"}


@dataclass(frozen=True)
class PageSpec:
    """One page to measure: a short name, the script path under pages/, URL path and params."""

    name: str
    script: str
    url_path: str
    params: tuple[tuple[str, str], ...] = ()


PAGES = (
    PageSpec("overview", "pages/overview.py", ""),  # the default page lives at the root URL
    PageSpec("goal", "pages/goal.py", "ziel", (("goal", "wohnungen_2000_pro_jahr"),)),
    PageSpec("map", "pages/districts.py", "stadtbezirke"),
    PageSpec("map_ub", "pages/districts.py", "stadtbezirke",
             (("level", "unterbezirk"), ("indicator", "unemployed_pct"))),
)


# AppTest compiles the scripts on every run (a new ScriptCache per run); the server compiles
# once per process. One shared cache makes warm runs compare like the server does.
SCRIPT_CACHE = ScriptCache()


def _routed_by_navigation(*args, **kwargs) -> PagesManager:
    """AppTest's PagesManager, with the app routed by st.navigation as dashboard.serve declares it.
    AppTest resets the routing before every run; as the project has a pages/ folder, Streamlit
    then takes it for a legacy multipage app and runs the page of a rerun or a switch_page (e.g.
    pages/overview.py) on its own, without app.py (no stylesheet, page script, header, language
    switch or footer), which no viewer of the server ever gets."""
    manager = PagesManager(*args, **kwargs)
    PagesManager.uses_pages_directory = False
    return manager


@contextlib.contextmanager
def shared_script_cache():
    """Within this block every AppTest run reuses SCRIPT_CACHE, as a running server would, and
    runs app.py with the page it routes to, as dashboard.serve does (_routed_by_navigation)."""
    with mock.patch.object(app_test, "ScriptCache", lambda: SCRIPT_CACHE), \
            mock.patch.object(local_script_runner, "ScriptCache", lambda: SCRIPT_CACHE), \
            mock.patch.object(app_test, "PagesManager", _routed_by_navigation):
        yield


def _clear_caches() -> None:
    """Cold start: data, resources and compiled scripts forgotten."""
    st.cache_data.clear()
    st.cache_resource.clear()
    SCRIPT_CACHE.clear()


def _walk(node, root: bool = True):
    """Every element of an AppTest tree in order; layout blocks (columns, containers,
    expanders) as ("block", node) so the bare page can add as many."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        if not root:
            yield ("block", node)
        for key in sorted(children):
            yield from _walk(children[key], root=False)
    elif node is not None and getattr(node, "type", None) not in (None, "unknown_block"):
        yield node


def element_list(at: AppTest) -> list[tuple[str, object]]:
    """The elements of a run as (kind, payload) pairs the bare page can replay."""
    out = []
    for el in _walk(at._tree):
        if isinstance(el, tuple):  # a layout block: an expander keeps its label (it is sent)
            block = el[1]
            out.append(("expander", (block.label, bool(block.proto.expanded))) if getattr(block, "type", None) == "expander"
                       else ("block", None))
            continue
        kind = el.type
        proto = el.proto
        if kind in WIDGET_KINDS:
            out.append((kind, (str(getattr(proto, "label", kind)), [str(o) for o in getattr(proto, "options", [])])))
        elif kind in TEXT_KINDS:
            out.append((kind, str(getattr(el, "value", "") or getattr(proto, "body", ""))))
        elif kind == "metric":
            out.append((kind, (str(proto.label), str(proto.body))))
        elif kind == "plotly_chart":
            out.append((kind, proto.spec or proto.figure.spec))
        elif kind in ("dataframe", "arrow_data_frame"):
            out.append(("dataframe", el.value))
        elif kind == "table":
            out.append(("table", el.value))
        elif kind == "html":
            out.append((kind, str(proto.body)))
        else:
            out.append(("other", kind))
    return out


@functools.cache
def _components() -> BidiComponentManager:
    """The installed custom components, found once: a server scans the installed packages once at
    its start, AppTest on the first run of every AppTest (about 70 ms, in a thread), which would
    count in every new-session load measured here but in none of the server's."""
    manager = BidiComponentManager()
    manager.discover_and_register_components(start_file_watching=False)
    return manager


def _app_test(params: tuple, timeout: float, script: Path = ROOT / "app.py") -> AppTest:
    at = AppTest.from_file(str(script), default_timeout=timeout)
    at._bidi_component_manager = _components()  # noqa: SLF001 (scanned once, as a server does)
    for key, value in params:
        at.query_params[key] = value
    return at


def viewer_load(page: PageSpec, timeout: float = 120) -> AppTest:
    """An AppTest whose next run() is a viewer's load of `page`: app.py with the page, in a new
    session (the overview), or right after the session's first run (other pages: AppTest can
    only switch to a page that st.navigation registered in a run before). Use inside
    shared_script_cache(), which routes like the server."""
    at = _app_test(page.params, timeout)
    if page.script != "pages/overview.py":
        at.run()
        at.switch_page(page.script)
    return at


def first_load_elements(db_path: Path, page: PageSpec, timeout: float = 120) -> list[tuple[str, object]]:
    """The elements of a viewer's load of `page` on warm caches (viewer_load, element_list), the
    elements the bare page replays. Use inside shared_script_cache()."""
    os.environ["ZM_DB_PATH"] = str(db_path)
    for _ in range(2):  # the first load fills the caches
        at = viewer_load(page, timeout)
        at.run()
    return element_list(at)


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def render_page(db_path: Path, page: PageSpec, runs: int, timeout: float = 120) -> dict:
    """Median cold and warm render seconds of one page, its element count and errors shown."""
    os.environ["ZM_DB_PATH"] = str(db_path)
    cold, warm, at = [], [], None
    for _ in range(runs):
        at = _app_test(page.params, timeout)
        at.run()
        if page.script != "pages/overview.py":
            at.switch_page(page.script)
        _clear_caches()
        cold.append(_timed(at.run))
        warm.append(_timed(at.run))
    elements = element_list(at)
    return dict(cold_s=statistics.median(cold), warm_s=statistics.median(warm),
                elements=elements, n_elements=len(elements),
                exceptions=[str(e.value) for e in at.exception])


def render_bare(elements: list, runs: int, timeout: float = 120) -> float:
    """Median seconds of the bare page replaying `elements` (warm: precomputed data loaded)."""
    with tempfile.NamedTemporaryFile(suffix=".pkl", delete=False) as handle:
        pickle.dump(elements, handle)
    os.environ["ZM_BENCH_BARE_SPEC"] = handle.name
    try:
        times = []
        for _ in range(runs):
            at = _app_test((), timeout, BARE_PAGE)
            at.run()  # loads the precomputed elements once (cache_resource)
            times.append(_timed(at.run))
        return statistics.median(times)
    finally:
        Path(handle.name).unlink(missing_ok=True)


def bench_render(db_path: Path, runs: int, pages=PAGES) -> dict[str, dict]:
    """{page name: {cold_s, warm_s, bare_s, overhead, n_elements, exceptions}} for every page."""
    results = {}
    for page in pages:
        with shared_script_cache():
            real = render_page(db_path, page, runs)
            bare = render_bare(real["elements"], runs)
        results[page.name] = dict(
            cold_s=real["cold_s"], warm_s=real["warm_s"], bare_s=bare,
            overhead=real["warm_s"] / bare if bare > 0 else float("nan"),
            n_elements=real["n_elements"], exceptions=real["exceptions"],
            kinds=json.dumps(sorted({k for k, _ in real["elements"]})),
        )
    return results
