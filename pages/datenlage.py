"""Datenlage: per theme and per document, what the goals' statuses rest on; every series with
source, kind and latest value; the goals that lack a measure; what is still generated.

In: URL parameter lang. Out: the rendered page. Data via dashboard.data.query, tables via
dashboard.datenlage_model; no SQL and no rules here.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components
from dashboard import datenlage_model as model
from dashboard.data import query
from dashboard.i18n import t
from dashboard.queries import datenlage as q
from dashboard.queries import sources as qs
from indicators import fmt

lang = components.current_lang()


def _table(table) -> None:
    """A real HTML table (wraps on narrow screens, read by screen readers), first column as index."""
    st.table(table.set_index(table.columns[0]))


def _counts(goals, docs, as_of) -> None:
    """The two count tables: by theme and by document."""
    themes = dict(zip(goals["theme_id"], goals["theme_en" if lang == "en" else "theme_de"]))
    st.header(t("dl_by_theme", lang), anchor=False)
    _table(model.counts_table(goals, "theme_id", themes, lang))
    st.header(t("dl_by_document", lang), anchor=False)
    titles = {d["source_id"]: f"{d['author']}: {d['title']}" for d in docs.to_dict("records")}
    _table(model.counts_table(goals, "documents", titles, lang))
    st.caption(t("dl_counts_note", lang, as_of=fmt.format_date(as_of, lang)))


def _series(series) -> None:
    """Every series with source, kind, years and latest value."""
    st.header(t("dl_series", lang), anchor=False)
    st.markdown(t("dl_series_intro", lang))
    _table(model.series_table(series, lang))


def _todo(goals) -> None:
    """Numeric goals that lack real values of their own measure."""
    st.header(t("dl_todo", lang), anchor=False)
    st.markdown(t("dl_todo_intro", lang))
    todo = model.planner_todo(goals, lang)
    if todo.empty:
        st.info(t("dl_todo_none", lang))
    else:
        _table(todo.drop(columns="target_id"))


def _demo(series) -> None:
    """The series that are still generated."""
    st.header(t("dl_demo", lang), anchor=False)
    names = model.demo_series(series, lang)
    if not names:
        st.info(t("dl_demo_none", lang))
        return
    st.markdown(t("dl_demo_intro", lang))
    st.text("\n".join(f"• {name}" for name in names))


st.title(t("dl_title", lang), anchor=False)
st.markdown(t("dl_intro", lang))
with components.data_edge(lang):
    build = query(qs.build_summary)
    goals = query(q.goal_coverage)
    series = query(q.series)
    _counts(goals, query(q.document_titles), build.get("as_of"))
    _series(series)
    _todo(goals)
    _demo(series)
