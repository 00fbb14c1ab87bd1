"""Was hat sich geändert?: changed verdicts, new data, new evidence and new goals between two days.

Thin page: reads the days from the URL (?since=, ?until=, default: since the last council session
up to the build's Stand), calls dashboard.changes_view and renders; rules in dashboard.changes_model.
"""

from __future__ import annotations

import streamlit as st

from dashboard import changes_model as cm
from dashboard import changes_view as view
from dashboard import components
from dashboard.i18n import t
from dashboard.markup import html, join
from dashboard.overview_cards import goal_href


def _dates(first, last) -> cm.Window:
    """The two date inputs, seeded from the URL; a change writes the URL."""
    until = cm.parse_day(st.query_params.get("until"), first, last) or last
    window = view.default_window(until)
    since = cm.parse_day(st.query_params.get("since"), first, last)
    if since is None and window.since < first:  # the session lies before the history: its start
        since = first
    if since is not None and since != window.since:
        window = cm.Window(since, until)
    left, right = st.columns(2)
    picked_since = left.date_input(t("ch_since", lang), window.since, min_value=first, max_value=last,
                                   format="DD.MM.YYYY", key="ch_since")
    picked_until = right.date_input(t("ch_until", lang), until, min_value=first, max_value=last,
                                    format="DD.MM.YYYY", key="ch_until")
    if picked_since != window.since or picked_until != until:
        st.query_params["since"], st.query_params["until"] = picked_since.isoformat(), picked_until.isoformat()
        return cm.Window(picked_since, picked_until)
    return window


def _goal_list(items: list[dict]) -> None:
    """Linked goal titles, each with its line of text."""
    shown, more = cm.limited(items)
    st.html(html('<ul class="zm-list">{items}</ul>', items=join(
        html('<li><a href="{href}" target="_self">{title}</a> – {text}{reason}</li>',
             href=goal_href(i["target_id"], lang), title=i["title"], text=i.get("change") or i["text"],
             reason=html('<br><span class="zm-muted">{reason}</span>', reason=i["reason"]) if i.get("reason") else "")
        for i in shown)))
    if more:
        st.caption(t("ch_more", lang, n=more))


def _section(key: str, items: list) -> None:
    st.header(t(key, lang), anchor=False)
    if not items:
        st.markdown(t("ch_none", lang))
    elif isinstance(items[0], str):
        shown, more = cm.limited(items)
        st.markdown("\n".join(f"- {line}" for line in shown))
        if more:
            st.caption(t("ch_more", lang, n=more))
    else:
        _goal_list(items)


lang = components.current_lang()
with components.data_edge(lang):
    st.title(t("ch_title", lang), anchor=False)
    st.markdown(t("ch_intro", lang))
    first, last = view.history_range()
    window = _dates(first, last)
    if window.since >= window.until:
        st.warning(t("ch_bad_window", lang))
        st.stop()
    for line in cm.window_texts(window, lang):
        st.caption(line)
    found = view.changes(window, lang)
    _section("ch_status_heading", found["status"])
    _section("ch_data_heading", found["data"])
    _section("ch_evidence_heading", found["evidence"])
    _section("ch_goals_heading", found["goals"])
    st.caption(t("ch_corrections_note", lang))
