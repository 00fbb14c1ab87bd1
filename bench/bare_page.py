"""The framework floor: a bare Streamlit page that replays a list of elements from precomputed data.

Input: the pickle named by ZM_BENCH_BARE_SPEC, a list of (kind, payload) pairs written by
bench/render.py from a real page's run (bench/bare_app.py calls replay() for a server instead). Output: the same number and kinds of elements, with no
database, no queries and no project code. Figures are built once (cache_resource), so a warm
run measures only what Streamlit itself needs to send them.
"""

from __future__ import annotations

import json
import os
import pickle

import plotly.graph_objects as go
import streamlit as st


@st.cache_resource
def _load(path: str) -> list:
    with open(path, "rb") as handle:
        elements = pickle.load(handle)
    return [(kind, go.Figure(json.loads(payload)) if kind == "plotly_chart" else payload)
            for kind, payload in elements]


def replay(elements: list) -> None:
    """Draw the (kind, payload) elements with plain Streamlit calls."""
    for n, (kind, payload) in enumerate(elements):
        _element(n, kind, payload)


def _element(n: int, kind: str, payload) -> None:
    if kind == "block":
        st.container()
    elif kind == "expander":
        st.expander(payload[0], expanded=payload[1])
    elif kind == "page_link":
        st.page_link(f"http://localhost/{n}", label=payload[0] or "link")
    elif kind in ("button", "download_button", "checkbox", "toggle"):
        getattr(st, "button" if kind == "download_button" else kind)(payload[0] or kind, key=f"w{n}")
    elif kind in ("radio", "selectbox", "multiselect", "segmented_control", "pills"):
        getattr(st, kind)(payload[0] or kind, payload[1] or ["–"], key=f"w{n}")
    elif kind == "table":
        st.table(payload)
    elif kind == "plotly_chart":
        st.plotly_chart(payload)
    elif kind == "metric":
        st.metric(payload[0], payload[1])
    elif kind == "dataframe":
        st.dataframe(payload)
    elif kind == "html":
        st.html(payload)
    elif kind in ("info", "warning", "error", "success"):
        getattr(st, kind)(payload)
    elif kind in ("title", "header", "subheader", "caption", "code"):
        getattr(st, kind)(payload)
    else:
        st.markdown(payload)


if os.environ.get("ZM_BENCH_BARE_SPEC"):
    replay(_load(os.environ["ZM_BENCH_BARE_SPEC"]))
