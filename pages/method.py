"""Methodik: the date and id of the last build, the statuses with symbol and colour, the
rules per kind with thresholds from indicators.common, the rules about period, starting point,
trend window, planned path, baseline and deadline with examples computed by the rules, two
worked examples recomputed live from the database, data sources and licences, the
Beispieldaten policy, and the full rule text of docs/method.md.

In: URL parameter lang. Out: the rendered page. Data via dashboard.data.query, texts via
dashboard.method_model; no SQL and no rules here.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import components, method_examples, panels
from dashboard import method_model as model
from dashboard import sources_model
from dashboard.data import query
from dashboard.i18n import t
from dashboard.markup import html, join
from dashboard.queries import sources as q
from dashboard.queries import targets as tq
from indicators import fmt

lang = components.current_lang()


def _build(summary: dict) -> None:
    """The last build: as-of date, time, id, demo flag, counts."""
    st.header(t("mth_build", lang), anchor=False)
    rows = model.build_rows(summary, lang)
    st.markdown("  \n".join(f"**{label}:** {value}" for label, value in rows))
    st.caption(t("mth_build_source", lang))


def _statuses() -> None:
    """The five statuses with symbol, word, colour and meaning."""
    st.header(t("mth_statuses", lang), anchor=False)
    st.markdown(t("mth_statuses_intro", lang))
    cells = join(
        html("<tr><td>{badge}</td><td><span class='zm-swatch' style='background:var(--zm-{status}-fill)'></span>"
             "{meaning}</td></tr>", badge=components.status_badge(r["status"], lang), status=r["status"],
             meaning=r["meaning"])
        for r in model.status_rows(lang)
    )
    st.html(html("<table class='zm-plain-table'>{cells}</table>", cells=cells))


def _rules() -> None:
    """The rules per kind and the constants table."""
    st.header(t("mth_rules", lang), anchor=False)
    st.markdown(t("mth_rules_common", lang, **model.threshold_words(lang)))
    for kind, text in model.rule_summaries(lang):
        st.markdown(f"**{kind}.** {text}")
    st.markdown(f"**{t('mth_constants', lang)}**")
    table = pd.DataFrame(model.threshold_rows(lang)).rename(columns={
        "name": t("mth_col_constant", lang), "value": t("mth_col_value", lang),
        "use": t("mth_col_use", lang)})
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(t("mth_constants_source", lang))


def _time_rules() -> None:
    """Period, starting point, trend window, planned path, baseline, deadline: rule and example."""
    st.header(t("mth_rx_heading", lang), anchor=False)
    st.markdown(t("mth_rx_intro", lang))
    for ex in method_examples.rule_examples(lang):
        with st.container(border=True):
            st.markdown(f"**{ex.title}**  \n{ex.rule}")
            st.markdown(f"*{t('mth_rx_example_label', lang)}:* {ex.example}")
            st.html(html("<div><i>{label}:</i> {badge} <code>{rule}</code> – {reason}</div>",
                         label=t("mth_rx_result_label", lang), badge=components.status_badge(ex.status, lang),
                         rule=ex.rule_id, reason=ex.reason))


def _example(target_id: str) -> None:
    """One worked example: title, status, the calculation steps and the values with sources."""
    goal = query(q.example_target, target_id)
    if goal is None:
        st.info(t("mth_example_missing", lang, goal=target_id))
        return
    planned = query(tq.planned_path, goal["indicator_id"]) if goal.get("indicator_id") else None
    ex = model.worked_example(goal, query(q.example_observations, target_id), lang, planned)
    with st.container(border=True):
        demo = components.demo_badge(lang) if ex.uses_demo else ""
        stale = html(" <span class='zm-muted'>· {text}</span>", text=t("stale_badge", lang)) if ex.stale else ""
        st.html(html("<span class='zm-example-title'>{title}</span> {badge} {demo}{stale}", title=ex.title,
                     badge=components.status_badge(ex.status, lang), demo=demo, stale=stale))
        st.markdown("\n".join(f"{n}. {step}" for n, step in enumerate(ex.steps, start=1)))
        st.markdown(t("mth_reason", lang, reason=ex.reason))
        if ex.pace:
            st.markdown(t("mth_pace", lang, pace=ex.pace))
        if ex.matches:
            st.success(t("mth_example_matches", lang))
        else:
            st.warning(t("mth_example_differs", lang, now=t(f"status_{ex.status}", lang),
                         stored=t(f"status_{ex.stored_status}", lang)))
        with st.expander(t("mth_example_values", lang)):
            st.dataframe(pd.DataFrame(ex.series).rename(columns={
                "year": t("mth_col_year", lang), "value": t("mth_col_value", lang),
                "source": t("mth_col_source", lang)}), hide_index=True, width="stretch")
            st.caption(f"{t('source', lang)}: {ex.dataset}")


def _sources() -> None:
    """Every source (documents and data sets) with licence and attribution."""
    st.header(t("mth_sources", lang), anchor=False)
    st.markdown(t("mth_sources_intro", lang))
    docs = query(q.documents)
    data = query(q.data_sources)
    rows = [
        {t("mth_col_title", lang): r["title"], t("mth_col_kind", lang): sources_model.kind_text(r["kind"], lang),
         t("mth_col_licence", lang): r["licence"], t("mth_col_attribution", lang): r["attribution"]}
        for frame in (docs, data) for r in frame.to_dict("records")
    ]
    table = pd.DataFrame(rows)
    st.table(table.set_index(table.columns[0]))  # wraps long licence texts instead of cutting them
    st.page_link("pages/sources.py", label=f"→ {t('nav_sources', lang)}",
                 query_params={"lang": "en"} if lang == "en" else None)


def _demo(summary: dict) -> None:
    """The Beispieldaten policy and what this build contains."""
    st.header(t("mth_demo", lang), anchor=False)
    st.html(components.demo_badge(lang))
    st.markdown(t("mth_demo_policy", lang))
    demo = query(q.demo_indicators)
    if summary.get("demo_included"):
        st.markdown(t("mth_demo_included", lang, n=fmt.format_number(int(demo["n_values"].sum()), lang),
                      k=fmt.format_number(int((demo["n_values"] > 0).sum()), lang)))
    else:
        st.markdown(t("mth_demo_excluded", lang))
    name = "name_en" if lang == "en" else "name_de"
    table = pd.DataFrame({
        t("mth_col_indicator", lang): demo[name],
        t("mth_col_values", lang): [fmt.format_number(n, lang) for n in demo["n_values"]],
        t("mth_col_years", lang): [fmt.MISSING if pd.isna(a) else f"{int(a)}–{int(b)}"
                                   for a, b in zip(demo["first_year"], demo["last_year"])],
        t("mth_col_goals", lang): demo["n_goals"].astype(int),
    })
    st.dataframe(table, hide_index=True, width="stretch")


def _full_rules() -> None:
    """docs/method.md, one expander per section: the single source of the full rule text."""
    st.header(t("mth_full", lang), anchor=False)
    try:
        sections = model.method_sections(model.read_method_doc())
    except model.MethodDocMissing as err:
        st.warning(t("mth_doc_missing", lang, detail=str(err)))
        return
    st.caption(t("mth_full_intro", lang))
    with st.container(key="zm-lang-en-rules"):  # docs/method.md is English: page.js sets lang="en"
        for section in sections:
            with st.expander(section.title):
                st.markdown(section.body)


st.title(t("mth_title", lang), anchor=False)
st.markdown(t("mth_intro", lang))
with components.data_edge(lang):
    summary = query(q.build_summary)
    _build(summary)
    st.divider()
    _statuses()
    st.divider()
    _rules()
    st.divider()
    _time_rules()
    st.divider()
    st.header(model.asof_rule(lang)[0], anchor=False)
    st.markdown(model.asof_rule(lang)[1])
    st.divider()
    st.header(t("mth_examples", lang), anchor=False)
    for goal_id in model.EXAMPLES:
        _example(goal_id)
    st.divider()
    panels.method_sections(lang)
    st.divider()
    _sources()
    st.divider()
    _demo(summary)
st.divider()
_full_rules()
