"""Übersicht: every goal with its status (minimal version: counts per status)."""

from __future__ import annotations

import streamlit as st

from dashboard import components
from dashboard.data import query
from dashboard.i18n import t
from dashboard.queries.targets import targets_overview

lang = components.current_lang()
with components.data_edge(lang):
    targets = query(targets_overview)
    counts = targets["status"].value_counts()
    cols = st.columns(5)
    for col, status in zip(cols, ("achieved", "on_track", "at_risk", "off_track", "no_data")):
        col.metric(t(f"status_{status}", lang), int(counts.get(status, 0)))
