"""Page sections shared by several pages, each a function that reads its data (dashboard.data)
and renders it: the implementation balance of the deliverables, a goal's evidence timeline and
a goal's figures on the topic. Texts come from the view models; every document or file text is
shown literally (escaped, never as Markdown).

Only this module, dashboard.components and pages/ import Streamlit for layout.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import components, goal_view, headline, implementation_model, literal, markup
from dashboard.data import derived, query
from dashboard.i18n import t
from dashboard.queries import implementation as implementation_q
from dashboard.sources_model import line_range
from indicators.model import DATA_KINDS


def goal_status_head(detail: dict, lang: str) -> str:
    """The ONE status badge of the goal page's title line (dashboard.headline.page_status: the
    verdict, or what the evidence supports), with the mark for old evidence when it rests on it."""
    status = headline.page_status(detail)
    badge = components.status_badge(status, lang)
    if headline.judged_by_evidence(detail) and status == detail.get("implementation") and \
            headline.is_true(detail.get("evidence_old")):
        badge += " " + components.muted_badge(t("impl_old", lang))
    return badge


def implementation_balance(balance, lang: str) -> None:
    """Overview section: the balance per document of the deliverables among the overview's
    filtered goals (implementation_model.balance: None draws nothing), as sentences and a table.
    The counts per status are the overview's tiles (same rule), so they are not repeated."""
    if balance is None:
        return
    st.header(t("impl_title", lang), anchor=False)
    st.caption(t("impl_intro", lang))
    st.caption(t("impl_balance_note", lang, n=balance["with_evidence"], total=balance["total"]))
    st.html(balance_list(balance["sentences"]))
    with st.expander(t("impl_by_document", lang)):
        table = balance["table"]
        st.table(table.set_index(table.columns[0]))


def balance_list(sentences: list[str]) -> markup.Markup:
    """The balance sentences as one HTML list ('<ul class="zm-list"><li>…</li>…</ul>'), each
    sentence escaped (document titles in it are shown as text)."""
    items = markup.join(markup.html("<li>{sentence}</li>", sentence=s) for s in sentences)
    return markup.html('<ul class="zm-list">{items}</ul>', items=items)


def evidence_item(item: dict) -> markup.Markup:
    """One piece of evidence of the timeline (implementation_model.timeline_items) as HTML: date
    and stage in bold, its basis, the quote and the note when given; every text escaped."""
    quote = (markup.html('<blockquote class="zm-evidence-quote">„{quote}“</blockquote>', quote=item["quote"])
             if item["quote"] else "")
    note = markup.html("<div>{note}</div>", note=item["note"]) if item["note"] else ""
    return markup.html('<b>{date} · {stage}</b><br><span class="zm-muted">{basis}</span>{quote}{note}',
                       date=item["date"], stage=item["stage"], basis=item["basis"], quote=quote, note=note)


def evidence_decides(detail: dict) -> bool:
    """True when the goal page's status is the goal's evidence status (so its evidence comes
    first and the indicator rule's panel, which does not decide it, is left out)."""
    return headline.page_status(detail) == detail.get("implementation")


def skip_progress(detail: dict, progress: dict) -> bool:
    """True when the goal page leaves out its progress section: the evidence decides the status,
    there is evidence, and there are no numbers to chart (the section would only say that no
    status was reported). A deliverable without evidence keeps it: it says which data would help."""
    return (evidence_decides(detail) and progress.get("fig") is None
            and (detail.get("n_evidence") or 0) > 0)


def evidence_timeline(goal_id: str, lang: str) -> None:
    """Goal page section: the dated evidence with quotes and links to the cited lines. When the
    goal's status (title line) is not its evidence status – numbers decide it – says what the
    evidence alone shows, so no second status stands beside the first (goal_view.timeline)."""
    view = derived(goal_view.timeline, goal_id, lang)
    items = view["items"]
    if view["status"] is None and not items:
        return
    st.subheader(t("impl_timeline", lang), anchor=False)
    if view["other"]:
        st.caption(t("impl_not_the_status", lang, status=implementation_model.label(view["status"], lang)))
    elif view["sentence"] is not None:
        st.markdown(literal.md(view["sentence"]))
    if not items:
        st.caption(t("impl_no_evidence", lang))
    for item in items:
        with st.container(border=True):
            st.html(evidence_item(item))
            if item["link"]:
                st.page_link("pages/document.py", label=t("impl_open_document", lang), query_params=item["link"])


def context_figures(goal_id: str, lang: str) -> None:
    """Goal page section: the series that describe the goal's topic, each value with its data
    kind, reference date and source; says that they decide no verdict (goal_view.context)."""
    blocks = derived(goal_view.context, goal_id, lang)
    if not blocks:
        return
    st.subheader(t("ctx_title", lang), anchor=False)
    st.caption(t("ctx_intro", lang))
    for block in blocks:
        st.markdown(f"**{literal.md(block['name'])}**")
        st.text(block["definition"])
        st.table(block["table"])
        if block["press"]:
            st.caption(t("ctx_press_note", lang))


def newer_figures(goal_id: str, lang: str) -> None:
    """Goal page, right after the goal's series: figures of the same quantity in another form
    that are newer than the series (context_model.newer_figures), each with year, value, kind
    and source, in a box that says they are not part of the series. Nothing when there are none."""
    box = derived(goal_view.newer, goal_id, lang)
    if box is None:
        return
    intro = (t("newer_intro", lang, year=box["series_end"]) if box["series_end"] is not None
             else t("newer_intro_empty", lang))
    items = "\n".join(f"- {literal.md(t('newer_item', lang, **item))}" for item in box["items"])
    press = f"\n\n{t('ctx_press_note', lang)}" if any(i["press"] for i in box["items"]) else ""
    st.info(f"**{t('newer_title', lang)}**\n\n{intro}\n\n{items}{press}")


def method_sections(lang: str) -> None:
    """Methodik sections: the deliverable rule (table computed by the rule, worked example) and
    the kinds of figure (trust levels)."""
    st.subheader(t("mth_impl_title", lang), anchor=False)
    st.markdown(t("mth_impl_intro", lang))
    st.markdown(t("mth_impl_one_status", lang))
    table = implementation_model.rule_table(lang)
    st.table(table.set_index(table.columns[0]))
    st.markdown(t("mth_impl_example", lang))
    st.subheader(t("mth_kinds_title", lang), anchor=False)
    st.markdown(t("mth_kinds_intro", lang))
    kinds = [(t(f"data_kind_{k}", lang), t(f"mth_kind_{k}", lang)) for k in DATA_KINDS]
    st.table(pd.DataFrame(kinds, columns=[t("dl_col_kind", lang), ""]).set_index(t("dl_col_kind", lang)))


def register_entry(goal_id: str, lang: str) -> bool:
    """Goal page for a register entry that is not a promise: what it is, why it has no status,
    its quotes with links to the lines. Returns False (nothing shown) for any other id."""
    rows = query(implementation_q.register_entry, goal_id)
    if rows.empty:
        return False
    first = rows.iloc[0]
    st.header(first["title_en" if lang == "en" else "title_de"], anchor=False)
    st.subheader(t("nature_heading", lang), anchor=False)
    st.markdown(t("nature_text", lang, nature=t(f"nature_{first['nature']}", lang)))
    note = first["note_en" if lang == "en" else "note_de"]
    if isinstance(note, str) and note:
        st.text(note)
    for cit in rows.to_dict("records"):
        lines = line_range(cit["line_from"], cit["line_to"], lang)
        st.html(markup.html('<blockquote class="zm-quote">„{quote}“</blockquote><div class="zm-muted">{author}, '
                            '{title} · {lines}</div>', quote=cit["quote"], author=cit["document_author"],
                            title=cit["document_title"], lines=lines))
        st.page_link("pages/document.py", label=t("impl_open_document", lang), query_params={
            "doc": cit["source_id"], "von": str(cit["line_from"]), "bis": str(cit["line_to"]),
            **({"lang": "en"} if lang == "en" else {})})
    return True
