"""Quellen: the five documents (who, when, what kind, goals and their statuses), the goals of
the chosen document (?doc=<source_id>), where documents disagree, and the data sets.

In: URL parameters doc and lang. Out: the rendered page. Data via dashboard.data.query,
texts via dashboard.sources_model; no SQL and no rules here.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components, literal
from dashboard import sources_model as model
from dashboard.data import query
from dashboard.i18n import t
from dashboard.markup import html, join
from dashboard.queries import sources as q
from indicators import fmt

lang = components.current_lang()


def _goal_link(target_id: str, label: str) -> None:
    """A link to the goal's detail page, keeping the language."""
    params = {"goal": target_id, **({"lang": "en"} if lang == "en" else {})}
    st.page_link("pages/goal.py", label=label, query_params=params)


def _on_doc_change() -> None:
    """Write the chosen document into the URL so the link reproduces the view."""
    st.query_params["doc"] = st.session_state["zm_src_doc"]


def _documents(docs, as_of) -> str | None:
    """The overview table and the chooser; returns the chosen source_id."""
    st.header(t("src_documents", lang), anchor=False)
    table = model.documents_table(docs, lang)
    st.table(table.set_index(table.columns[0]))  # a real HTML table: wraps, nothing cut off
    st.caption(t("src_counts_source", lang, as_of=fmt.format_date(as_of, lang)))
    ids = docs["source_id"].tolist()
    requested = st.query_params.get("doc")
    chosen = model.selected_document(requested, ids)
    if requested and requested != chosen:
        st.info(t("src_unknown_doc", lang, doc=requested))
    if st.session_state.get("zm_src_doc") not in ids or (requested in ids and requested != st.session_state.get("zm_src_doc")):
        st.session_state["zm_src_doc"] = chosen
    labels = {doc["source_id"]: model.document_label(doc, lang) for doc in docs.to_dict("records")}
    return st.selectbox(t("src_choose", lang), ids, format_func=labels.get, key="zm_src_doc",
                        on_change=_on_doc_change)


def _document(doc: dict, goals) -> None:
    """One document: facts, licence, status counts and its goals as links."""
    st.subheader(literal.md(doc["title"]), anchor=False)
    st.markdown(t("src_doc_facts", lang, kind=model.kind_text(doc["kind"], lang),
                  author=doc["author"], date=model.published_text(doc["published"], lang)))
    st.caption(t("src_licence", lang, licence=doc["licence"]) + " · "
               + t("src_attribution", lang, attribution=doc["attribution"]))
    counts = model.status_counts(doc)
    if counts:
        st.html(html("<div>{badges}</div>", badges=join(
            (html("{badge} <b>{n}</b>", badge=components.status_badge(s, lang), n=fmt.format_number(n, lang))
             for s, n in counts), " ")))
    items = model.goal_items(goals, lang)
    if not items:
        st.info(t("src_no_goals", lang))
        return
    st.markdown(f"**{t('src_goals_of', lang, n=fmt.format_number(len(items), lang))}**")
    st.caption(t("src_goals_hint", lang))
    theme = None
    for item in items:
        if item["theme"] != theme:
            theme = item["theme"]
            st.markdown(f"**{theme}**")
        left, right = st.columns([1, 6], vertical_alignment="center")
        demo = components.demo_badge(lang) if item["uses_demo"] else ""
        left.html(html("{badge} {demo}", badge=components.status_badge(item["status"], lang), demo=demo))
        with right:
            label = f"{item['title']} · {item['lines']}" if item["lines"] else item["title"]
            _goal_link(item["target_id"], label)


def _side(side: model.Side) -> None:
    """One side of a conflict: status, goal link, document, lines and the quote."""
    st.html(components.status_badge(side.status, lang))
    _goal_link(side.target_id, f"**{side.title}**")
    st.caption(f"{side.author} ({side.published}): {side.document} · {side.lines}")
    st.html(html('<blockquote class="zm-quote">„{quote}“</blockquote>', quote=side.quote))


def _conflicts(pairs) -> None:
    """The conflicting goal pairs side by side."""
    st.header(t("src_conflicts", lang), anchor=False)
    if not pairs:
        st.info(t("src_no_conflicts", lang))
        return
    st.markdown(t("src_conflicts_intro", lang, n=fmt.format_number(len(pairs), lang)))
    for theme, a, b in pairs:
        with st.container(border=True):
            st.markdown(f"**{theme}**")
            col_a, col_mid, col_b = st.columns([10, 2, 10])
            with col_a:
                _side(a)
            col_mid.html(html("<div class='zm-center'>⇄<br>{versus}</div>", versus=t("src_versus", lang)))
            with col_b:
                _side(b)


def _datasets(items) -> None:
    """The data sets and the demo generator with licence and attribution."""
    st.header(t("src_datasets", lang), anchor=False)
    st.markdown(t("src_datasets_intro", lang))
    for item in items:
        with st.container(border=True):
            demo = components.demo_badge(lang) if item["is_demo"] else ""
            st.html(html("<b>{title}</b> {demo}<br><span class='zm-muted'>{kind} · {author} · {published}</span>",
                         title=item["title"], demo=demo, kind=item["kind"], author=item["author"],
                         published=item["published"]))
            st.markdown(t("src_licence", lang, licence=item["licence"]) + "  \n"
                        + t("src_attribution", lang, attribution=item["attribution"]))
            if item["indicators"]:
                st.caption(t("src_feeds", lang, names=", ".join(item["indicators"])))
            elif item["source_id"] == "geo_boundaries":
                st.caption(t("src_feeds_none", lang))
            if item["url"]:
                st.caption(t("src_link", lang, url=item["url"]))


st.title(t("src_title", lang), anchor=False)
st.markdown(t("src_intro", lang))
with components.data_edge(lang):
    build = query(q.build_summary)
    docs = query(q.documents)
    chosen = _documents(docs, build.get("as_of"))
    if chosen is not None:
        doc = docs.loc[docs["source_id"] == chosen].iloc[0].to_dict()
        _document(doc, query(q.document_goals, chosen))
    st.divider()
    _conflicts(model.conflict_pairs(query(q.conflicts), lang))
    st.divider()
    _datasets(model.dataset_items(query(q.data_sources), lang))
