"""Dokument: a bundled source document with line numbers, opened at a cited passage
(?doc=<source_id>&von=<line>&bis=<line>), every line shown exactly as written.

In: URL parameters doc, von, bis, lang. Out: the rendered page. Data via dashboard.data.query,
the window and the escaped lines via dashboard.document_model; no SQL and no rules here.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components, literal
from dashboard import document_model as model
from dashboard.data import query
from dashboard.i18n import t
from dashboard.queries import documents as q
from dashboard.sources_model import line_range

lang = components.current_lang()


def _choose(choices) -> str | None:
    """The document from the URL, else a chooser; returns its source_id (None: nothing to show)."""
    ids = choices["source_id"].tolist()
    requested = st.query_params.get("doc")
    if requested in ids:
        return requested
    if requested:
        st.info(t("doc_unknown", lang, doc=requested))
    labels = {r["source_id"]: f"{r['author']}: {r['title']}" for r in choices.to_dict("records")}
    chosen = st.selectbox(t("doc_choose", lang), ids, format_func=labels.get, index=None)
    if chosen:
        st.query_params["doc"] = chosen
    return chosen


def _show(doc: dict) -> None:
    """The document's facts, the window of lines and a note on what is shown."""
    st.header(literal.md(doc["title"]), anchor=False)
    st.text(f"{doc['author']} · {doc['published']}")
    st.caption(t("doc_licence", lang, licence=doc["licence"]))
    win = model.window(int(doc["n_lines"]), model.parse_line(st.query_params.get("von")),
                       model.parse_line(st.query_params.get("bis")))
    if win.cited_from is not None:
        st.markdown(t("doc_passage", lang, lines=line_range(win.cited_from, win.cited_to, lang)))
    else:
        st.markdown(t("doc_whole", lang, last=win.last, n=doc["n_lines"]))
    lines = query(q.document_lines, doc["source_id"], win.first, win.last)
    st.html(model.lines_html(list(zip(lines["line_no"], lines["text"])), win))


st.title(t("doc_title", lang), anchor=False)
st.markdown(t("doc_intro", lang))
with components.data_edge(lang):
    source_id = _choose(query(q.document_choices))
    doc = query(q.document, source_id) if source_id else None
    if doc:
        _show(doc)
