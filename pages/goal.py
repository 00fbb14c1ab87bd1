"""Ziel im Detail: one goal (?goal=<id>) with chart, sentences, status rule, data and citations.

Reads only through dashboard.data; sentences and tables come from dashboard.goal_model,
figures from dashboard.charts.progress, assembled by dashboard.goal_view and cached with
dashboard.data.derived (a warm rerun only re-emits elements). Without ?goal or with an unknown id it shows a chooser.
"""

from __future__ import annotations

import streamlit as st

from dashboard import (
    components, downloads, goal_model, goal_tables, goal_view, literal, panels,
)
from dashboard.data import derived
from dashboard.i18n import t
from dashboard.markup import Markup, html, join
from dashboard.overview_cards import deadline_text
from dashboard.style import status_label

lang = components.current_lang()
# no plotly toolbar: on a phone it covers the legend; the data are in the table and the downloads
PLOTLY_CONFIG = {"displaylogo": False, "displayModeBar": False}


def _choose(ids: list[str], labels: dict[str, str], current: str | None) -> None:
    """The goal chooser; a choice is written to the URL (?goal=…)."""

    def _changed() -> None:
        """Write the chosen goal into the URL."""
        chosen = st.session_state["zm_goal_choice"]
        if chosen:
            st.query_params["goal"] = chosen
        else:
            st.query_params.pop("goal", None)

    st.selectbox(t("goal_choose", lang), ids, index=ids.index(current) if current else None,
                 format_func=labels.get, key="zm_goal_choice", on_change=_changed,
                 placeholder=t("goal_choose", lang))


def _sources_caption(titles: list[str], demo: bool) -> None:
    """Source titles under a chart or table, and the demo mark when shown rows are demo."""
    if titles:
        st.caption(t("goal_sources_line", lang, sources=" · ".join(literal.md(x) for x in titles)))
    if demo:
        _demo_note()


def _demo_note() -> None:
    """The demo mark with its explanation."""
    st.html(html('<div class="zm-muted">{badge} {text}</div>', badge=components.demo_badge(lang),
                 text=t("demo_explainer", lang)))


def _head(detail: dict, demo: bool, meta_line: str, demo_note: str = "", press_note: str = "") -> None:
    """Title, status badge, demo and stale badges, theme/kind/as-of line, the note that a demo
    status does not count, and the register note."""
    st.title(literal.md(detail[f"title_{lang}"]), anchor=False)
    badges = [Markup(panels.goal_status_head(detail, lang))]  # escaped by panels
    if demo:
        badges.append(components.demo_badge(lang))
    if detail.get("stale"):
        badges.append(components.muted_badge(t("stale_badge", lang)))
    st.html(html('<div>{badges} <span class="zm-muted">{meta}</span></div>',
                 badges=join((b for b in badges if b), " "), meta=meta_line))
    for note in (demo_note, press_note):
        if note:
            st.html(html('<div class="zm-muted zm-strong">{note}</div>', note=note))
    if detail.get(f"note_{lang}"):
        st.caption(t("goal_note", lang, note=literal.md(detail[f"note_{lang}"])))


def _whatif(detail: dict, offer: dict | None):
    """The what-if input („Wenn ab jetzt jährlich N …“) and its sentence; returns the chart with
    the what-if path, or None (no offer, or the goal has no chart)."""
    if offer is None:
        return None
    st.markdown(f"**{t('whatif_heading', lang)}**")
    per_year = st.columns([2, 3])[0].number_input(
        offer["label"], min_value=0 if offer["decimals"] == 0 else 0.0, value=offer["default"],
        step=offer["step"], key=f"zm_whatif_{detail['target_id']}")
    out = derived(goal_view.whatif, detail["target_id"], float(per_year), lang)
    if out is None:
        return None
    st.markdown(literal.md(out["sentence"]))
    st.caption(t("whatif_note", lang))
    return out["fig"]


def _progress(detail: dict, part: dict, demo: bool, offer: dict | None = None) -> None:
    """Sentences, then the what-if input, chart, data table and downloads; without values (a
    deliverable) only the sentences and what data is missing, under no heading of their own."""
    if part["fig"] is None:
        st.markdown("  \n".join(part["sentences"]))
        _sources_caption(part["obs_titles"], False)
        _whatif(detail, offer)
        st.caption(f"{t('goal_data_needed_heading', lang)}: {literal.md(part['data_needed'])}")
        return
    st.header(t("goal_progress_heading", lang), anchor=False)
    st.markdown("  \n".join(part["sentences"]))
    _sources_caption(part["obs_titles"], False)
    panels.newer_figures(detail["target_id"], lang)  # the same quantity in another form, newer than the series
    st.subheader(t("goal_chart_heading", lang), anchor=False)
    fig = _whatif(detail, offer) or part["fig"]
    st.plotly_chart(fig, config=PLOTLY_CONFIG, theme=None, key="zm_goal_chart")
    _sources_caption(part["chart_titles"], demo)
    st.subheader(t("goal_table_heading", lang), anchor=False)
    # a real HTML table: long references wrap and every column shows (a data grid cut them off)
    st.table(part["table"], hide_index=True)  # text columns escaped in goal_view
    _sources_caption(part["obs_titles"], False)  # demo rows are marked in the table itself
    left, right = st.columns(2)
    left.download_button(t("goal_download", lang), part["csv"],
                         file_name=f"{detail['target_id']}.csv", mime="text/csv", on_click="ignore")
    right.download_button(t("goal_download_xlsx", lang), part["xlsx"], file_name=f"{detail['target_id']}.xlsx",
                          mime=downloads.XLSX_MIME,
                          on_click="ignore", key="zm_goal_xlsx")


def _history(strip_html: str) -> None:
    """The status strip: the verdict at council sessions and when data or evidence arrived
    (goal_view.goal's history_html)."""
    st.subheader(t("asof_history", lang), anchor=False)
    st.html(strip_html)
    st.caption(t("asof_history_caption", lang))


def _districts(detail: dict, part: dict) -> None:
    """Per-Stadtbezirk status table with bars, and the indicator's values per district."""
    rows, pivot = part["rows"], part["pivot"]
    if rows is None and pivot is None:
        return
    st.header(t("goal_district_heading", lang), anchor=False)
    if rows is not None:
        if part["all_demo"]:
            _demo_note()
        left, right = st.columns([3, 2])
        left.html(part["table_html"])
        right.plotly_chart(part["bars"], config=PLOTLY_CONFIG, theme=None, key="zm_goal_districts")
    if pivot is not None:
        st.subheader(t("goal_district_values_heading", lang), anchor=False)
        st.dataframe(pivot, hide_index=True, width="stretch", height=38 + 35 * len(pivot))
        left, right = st.columns(2)
        name = f"{detail['target_id']}_stadtbezirke"
        left.download_button(t("goal_download", lang), part["pivot_files"]["csv"], key="zm_goal_district_csv",
                             file_name=f"{name}.csv", mime="text/csv", on_click="ignore")
        right.download_button(t("goal_download_xlsx", lang), part["pivot_files"]["xlsx"], file_name=f"{name}.xlsx",
                              mime=downloads.XLSX_MIME, on_click="ignore", key="zm_goal_district_xlsx")
        _sources_caption(part["value_titles"], part["value_demo"])


def _how(how: goal_tables.HowComputed, table) -> None:
    """The 'So wird der Status berechnet' panel (closed): rule, result and the numbers used
    (`table`: goal_view.goal's how_table, None without numbers)."""
    with st.expander(t("goal_how_heading", lang), expanded=False):
        st.markdown(f"**{t('goal_how_rule', lang, rule=how.rule_text)}**")
        if how.result:
            st.markdown(t("goal_how_result", lang, reason=how.result))
        if table is not None:
            st.markdown(f"**{t('goal_how_inputs', lang)}**")
            st.table(table)
        st.caption(t("goal_how_thresholds", lang))


def _quote(item: dict) -> None:
    """One cited passage: reference line, the verbatim quote and a link to it in the document."""
    st.html(html("<div class='zm-cite'><div class='zm-muted'>{ref}</div>"
                 "<blockquote class='zm-quote'>„{quote}“</blockquote></div>", ref=item["ref"], quote=item["quote"]))
    if item.get("link"):
        st.page_link("pages/document.py", label=f"{t('impl_open_document', lang)} →", query_params=item["link"])


def _known(detail: dict, citations: list[dict]) -> None:
    """A deliverable's page leads with what is known: the promise as written, the deadline."""
    st.header(t("goal_known_heading", lang), anchor=False)
    st.markdown(f"**{t('goal_known_deadline', lang)}:** {deadline_text(detail, lang)}")
    st.markdown(f"**{t('goal_known_quote', lang)}**")
    for item in citations:
        _quote(item)


def _citations(detail: dict, citations: list[dict], related: list[dict]) -> None:
    """This goal's citations (unless shown above already) beside related and conflicting goals."""
    st.header(t("goal_citations_heading", lang), anchor=False)
    left, right = st.columns(2) if citations else (None, st.container())
    if citations:
        left.markdown(f"**{t('goal_this_goal', lang)}: {literal.md(detail[f'title_{lang}'])}**")
        with left:
            for item in citations:
                _quote(item)
    right.markdown(f"**{t('goal_related_heading', lang)}**")
    if not related:
        right.caption(t("goal_related_none", lang))
    for item in related:
        right.html(html("<div><b>{relation}:</b> {title} {badge}</div>"
                        "<div class='zm-cite'><div class='zm-muted'>{ref}</div>"
                        "<blockquote class='zm-quote'>„{quote}“</blockquote></div>",
                        relation=item["relation_text"], title=item["title"],
                        badge=components.status_badge(item["status"], lang), ref=item["ref"], quote=item["quote"]))
        right.page_link("pages/goal.py", label=f"{t('goal_open', lang)} →",
                        query_params={"goal": item["target_id"], **({"lang": "en"} if lang == "en" else {})})


def _by_theme(groups: list[tuple[str, list[dict]]]) -> None:
    """All goals as links, one collapsed section per theme, each with its status symbol and word."""
    st.header(t("goal_by_theme", lang), anchor=False)
    extra = {"lang": "en"} if lang == "en" else {}
    for theme, goals in groups:
        with st.expander(f"{theme} ({len(goals)})"):
            for goal in goals:
                st.page_link("pages/goal.py", label=f"{goal['title']} – {status_label(goal['status'], lang)}",
                             query_params={"goal": goal["id"], **extra})


with components.data_edge(lang):
    ids, labels, groups = derived(goal_view.choices, lang)
    goal_id, unknown = goal_model.resolve_goal(st.query_params.get("goal"), ids)
    if goal_id is None:
        st.title(t("nav_goal", lang), anchor=False)
    _choose(ids, labels, goal_id)
    if goal_id is None:
        if unknown and panels.register_entry(unknown, lang):
            pass  # a register entry that is not a promise: shown without a status
        elif unknown:
            st.warning(t("goal_unknown", lang, goal=unknown))
        else:
            st.info(t("goal_choose_hint", lang))
        _by_theme(groups)
    else:
        view = derived(goal_view.goal, goal_id, lang)
        components.page_title(view["detail"][f"title_{lang}"], lang)
        deliverable = view["progress"]["fig"] is None  # no values: lead with what is known
        _head(view["detail"], view["demo"], view["meta_line"], view["demo_note"], view["press_note"])
        by_evidence = panels.evidence_decides(view["detail"])
        if deliverable:
            _known(view["detail"], view["citations"])
        if by_evidence or deliverable:  # the evidence decides the status, or there are no numbers: it comes first
            panels.evidence_timeline(goal_id, lang)
        if not panels.skip_progress(view["detail"], view["progress"]):
            _progress(view["detail"], view["progress"], view["demo"], view["whatif"])
        _history(view["history_html"])
        _districts(view["detail"], view["districts"])
        if not (by_evidence or deliverable):
            panels.evidence_timeline(goal_id, lang)
        panels.context_figures(goal_id, lang)
        if not by_evidence:
            _how(view["how"], view["how_table"])
        _citations(view["detail"], [] if deliverable else view["citations"], view["related"])
