"""The framework floor as a server, for the load benchmark behind the proxy (bench/cluster_load.py).

Input: ZM_BENCH_BARE_DIR, a folder of element lists `<page>.pkl` recorded from the real pages by
bench/render.py; the URL's `?page=<page>` picks one (overview, goal, map). Output: the same
elements drawn by plain Streamlit calls (bench/bare_page.py), no database and no project code.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from bench.bare_page import _load, replay

_folder = Path(os.environ["ZM_BENCH_BARE_DIR"])
_name = st.query_params.get("page", "overview")
_spec = _folder / f"{_name}.pkl"
if _name.isidentifier() and _spec.exists():
    replay(_load(str(_spec)))
else:
    st.error(f"no bare page {_name!r} in {_folder}")
