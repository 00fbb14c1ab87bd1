"""Ziel im Detail: one goal (?goal=<id>) with chart, sentences, status rule, data and citations.

Reads only through dashboard.data; sentences and tables come from dashboard.goal_model,
figures from dashboard.charts.progress, assembled by dashboard.goal_view and cached with
dashboard.data.derived (a warm rerun only re-emits elements). Without ?goal or with an unknown id it shows a chooser.
"""

from __future__ import annotations

import html

import streamlit as st

from dashboard import (
    changes_view, components, downloads, goal_model, goal_tables, goal_view, history_strip, literal, panels,
)
from dashboard.data import derived
from dashboard.i18n import t
from dashboard.style import STATUS_STYLE

lang = components.current_lang()
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


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
        st.html(f'<div class="zm-muted">{components.demo_badge(lang)} {html.escape(t("demo_explainer", lang))}</div>')


def _head(detail: dict, demo: bool, meta_line: str, demo_note: str = "", press_note: str = "") -> None:
    """Title, status badge, demo and stale badges, theme/kind/as-of line, the note that a demo
    status does not count, and the register note."""
    st.header(detail[f"title_{lang}"], anchor=False)
    badges = panels.goal_status_head(detail, lang)
    if demo:
        badges += " " + components.demo_badge(lang)
    if detail.get("stale"):
        badges += f' <span class="zm-badge" style="color:#555">{html.escape(t("stale_badge", lang))}</span>'
    st.html(f'<div>{badges} <span class="zm-muted">{html.escape(meta_line)}</span></div>')
    for note in (demo_note, press_note):
        if note:
            st.html(f'<div class="zm-muted"><b>{html.escape(note)}</b></div>')
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
    """Sentences, then the what-if input, chart, data table and downloads (or what data is missing)."""
    st.subheader(t("goal_progress_heading", lang), anchor=False)
    st.markdown("  \n".join(part["sentences"]))
    _sources_caption(part["obs_titles"], False)
    if part["fig"] is None:
        _whatif(detail, offer)
        st.info(t("goal_no_chart", lang))
        st.markdown(f"**{t('goal_data_needed_heading', lang)}:** {literal.md(part['data_needed'])}")
        return
    st.subheader(t("goal_chart_heading", lang), anchor=False)
    fig = _whatif(detail, offer) or part["fig"]
    st.plotly_chart(fig, config=PLOTLY_CONFIG, theme=None, key="zm_goal_chart")
    _sources_caption(part["chart_titles"], demo)
    st.subheader(t("goal_table_heading", lang), anchor=False)
    st.dataframe(part["table"], hide_index=True, width="stretch")
    _sources_caption(part["obs_titles"], False)  # demo rows are marked in the table itself
    left, right = st.columns(2)
    left.download_button(t("goal_download", lang), part["csv"],
                         file_name=f"{detail['target_id']}.csv", mime="text/csv", on_click="ignore")
    right.download_button(t("goal_download_xlsx", lang), part["xlsx"], file_name=f"{detail['target_id']}.xlsx",
                          mime=downloads.XLSX_MIME,
                          on_click="ignore", key="zm_goal_xlsx")


def _history(goal_id: str) -> None:
    """The status strip: the verdict at council sessions and when data or evidence arrived."""
    st.subheader(t("asof_history", lang), anchor=False)
    st.html(history_strip.strip_html(derived(changes_view.history, goal_id, lang), lang))
    st.caption(t("asof_history_caption", lang))


def _districts(detail: dict, part: dict) -> None:
    """Per-Stadtbezirk status table with bars, and the indicator's values per district."""
    rows, pivot = part["rows"], part["pivot"]
    if rows is None and pivot is None:
        return
    st.subheader(t("goal_district_heading", lang), anchor=False)
    if rows is not None:
        all_demo = all(r["demo"] for r in rows)
        if all_demo:
            st.html(f'<div class="zm-muted">{components.demo_badge(lang)} {html.escape(t("demo_explainer", lang))}</div>')
        left, right = st.columns([3, 2])
        head = "".join(f"<th>{html.escape(t(k, lang))}</th>" for k in
                       ("goal_col_district", "goal_col_status", "goal_col_progress", "goal_col_reason"))
        body = "".join(
            f"<tr><td>{html.escape(r['name'])}</td><td>{components.status_badge(r['status'], lang)}"
            f"{' ' + components.demo_badge(lang) if r['demo'] and not all_demo else ''}</td>"
            f"<td style='text-align:right'>{r['progress_text']}</td><td>{html.escape(r['reason'])}</td></tr>"
            for r in rows)
        left.html(f'<table class="zm-table" style="width:100%;border-collapse:collapse;font-size:0.92rem">'
                  f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
                  "<style>.zm-table td,.zm-table th{border-bottom:1px solid #ddd;padding:0.3rem 0.4rem;"
                  "text-align:left;vertical-align:top}</style>")
        right.plotly_chart(part["bars"], config=PLOTLY_CONFIG, theme=None, key="zm_goal_districts")
    if pivot is not None:
        st.markdown(f"**{t('goal_district_values_heading', lang)}**")
        st.dataframe(pivot, hide_index=True, width="stretch", height=38 + 35 * len(pivot))
        left, right = st.columns(2)
        name = f"{detail['target_id']}_stadtbezirke"
        left.download_button(t("goal_download", lang), part["pivot_files"]["csv"], key="zm_goal_district_csv",
                             file_name=f"{name}.csv", mime="text/csv", on_click="ignore")
        right.download_button(t("goal_download_xlsx", lang), part["pivot_files"]["xlsx"], file_name=f"{name}.xlsx",
                              mime=downloads.XLSX_MIME, on_click="ignore", key="zm_goal_district_xlsx")
        _sources_caption(part["value_titles"], part["value_demo"])


def _how(how: goal_tables.HowComputed) -> None:
    """The 'So wird der Status berechnet' panel: rule, result and the numbers used."""
    with st.expander(t("goal_how_heading", lang), expanded=True):
        st.markdown(f"**{t('goal_how_rule', lang, rule=how.rule_text)}** (`{how.rule_id}`)")
        if how.result:
            st.markdown(t("goal_how_result", lang, reason=how.result))
        st.markdown(f"**{t('goal_how_inputs', lang)}**")
        st.table(how.table(lang))
        st.caption(t("goal_how_thresholds", lang))


def _quote(ref: str, quote: str) -> str:
    """HTML for one cited passage: reference line and the verbatim quote."""
    return f"<div style='margin:0.2rem 0 0.8rem 0'><div class='zm-muted'>{html.escape(ref)}</div>" \
           f"<blockquote class='zm-quote'>„{html.escape(quote)}“</blockquote></div>"


def _citations(detail: dict, citations: list[dict], related: list[dict]) -> None:
    """This goal's citations beside related and conflicting goals of other documents."""
    st.subheader(t("goal_citations_heading", lang), anchor=False)
    left, right = st.columns(2)
    left.markdown(f"**{t('goal_this_goal', lang)}: {detail[f'title_{lang}']}**")
    left.html("".join(_quote(c["ref"], c["quote"]) for c in citations))
    right.markdown(f"**{t('goal_related_heading', lang)}**")
    if not related:
        right.caption(t("goal_related_none", lang))
    for item in related:
        right.html(f"<div><b>{html.escape(item['relation_text'])}:</b> {html.escape(item['title'])} "
                   f"{components.status_badge(item['status'], lang)}</div>" + _quote(item["ref"], item["quote"]))
        right.page_link("pages/goal.py", label=f"{t('goal_open', lang)} →",
                        query_params={"goal": item["target_id"], **({"lang": "en"} if lang == "en" else {})})


def _by_theme(groups: list[tuple[str, list[dict]]]) -> None:
    """All goals as links, one collapsed section per theme, each with its status symbol and word."""
    st.subheader(t("goal_by_theme", lang), anchor=False)
    extra = {"lang": "en"} if lang == "en" else {}
    for theme, goals in groups:
        with st.expander(f"{theme} ({len(goals)})"):
            for goal in goals:
                style = STATUS_STYLE[goal["status"]]
                st.page_link("pages/goal.py", label=f"{style.symbol} {goal['title']} – {t('status_' + goal['status'], lang)}",
                             query_params={"goal": goal["id"], **extra})


with components.data_edge(lang):
    ids, labels, groups = derived(goal_view.choices, lang)
    goal_id, unknown = goal_model.resolve_goal(st.query_params.get("goal"), ids)
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
        _head(view["detail"], view["demo"], view["meta_line"], view["demo_note"], view["press_note"])
        by_evidence = panels.evidence_decides(view["detail"])
        if by_evidence:  # the evidence decides the status: it comes first
            panels.evidence_timeline(goal_id, lang)
        if not panels.skip_progress(view["detail"], view["progress"]):
            _progress(view["detail"], view["progress"], view["demo"], view["whatif"])
        _history(goal_id)
        _districts(view["detail"], view["districts"])
        if not by_evidence:
            panels.evidence_timeline(goal_id, lang)
        panels.context_figures(goal_id, lang)
        if not by_evidence:
            _how(view["how"])
        _citations(view["detail"], view["citations"], view["related"])
