"""Implementation status of deliverables for the pages: the balance per document and per
status, and a goal's dated evidence as timeline items.

Pure functions on the frames of dashboard.queries.implementation; no Streamlit, no SQL.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.i18n import t
from dashboard.sources_model import line_range
from dashboard.style import IMPLEMENTATION_STYLE
from indicators import fmt
from indicators.evidence import IMPLEMENTATION_STATUSES, STAGES, Evidence, assess_implementation

ORDER = tuple(IMPLEMENTATION_STYLE)  # furthest first: done, under way, decided, …


def label(status: str, lang: str) -> str:
    """Symbol and word of an implementation status: „★ umgesetzt“."""
    return f"{IMPLEMENTATION_STYLE[status].symbol} {t(f'impl_{status}', lang)}"


def counts(goals: pd.DataFrame) -> dict[str, int]:
    """Deliverables per implementation status, in ORDER (zeros included)."""
    found = goals["implementation"].value_counts()
    return {s: int(found.get(s, 0)) for s in ORDER}


def document_balance(goals: pd.DataFrame, titles: dict[str, str], lang: str) -> pd.DataFrame:
    """One row per document (in the order of `titles`): its deliverables per status and total.

    A goal stated in several documents counts in each. Columns: document, one per status
    (symbol + word), total; numbers in the page language."""
    exploded = goals.explode("documents")
    rows = []
    for source_id, title in titles.items():
        mine = exploded[exploded["documents"] == source_id]
        per = counts(mine)
        rows.append({t("impl_col_document", lang): title,
                     **{label(s, lang): fmt.format_number(per[s], lang) for s in ORDER},
                     t("impl_col_total", lang): fmt.format_number(len(mine), lang)})
    return pd.DataFrame(rows)


def document_sentences(goals: pd.DataFrame, titles: dict[str, str], lang: str) -> list[str]:
    """„Projektpapier …: 7 von 35 umgesetzt“ per document that states deliverables."""
    exploded = goals.explode("documents")
    out = []
    for source_id, title in titles.items():
        mine = exploded[exploded["documents"] == source_id]
        if len(mine):
            done = int((mine["implementation"] == "done").sum())
            out.append(t("impl_doc_sentence", lang, doc=title, done=fmt.format_number(done, lang),
                         n=fmt.format_number(len(mine), lang)))
    return out


def timeline_items(evidence: pd.DataFrame, lang: str) -> list[dict]:
    """The goal's evidence as items: date, stage word, basis line, quote, note, and for a
    document quote the document view's link parameters (doc, von, bis)."""
    items = []
    for rec in evidence.to_dict("records"):
        items.append({
            "date": rec["date_text"], "stage": t(f"stage_{rec['stage']}", lang),
            "basis": _basis(rec, lang), "quote": rec["quote"] if _present(rec["quote"]) else None,
            "note": _text(rec.get(f"note_{lang}")) or _text(rec.get("note_de")),
            "link": _link(rec, lang),
        })
    return items


def rule_table(lang: str) -> pd.DataFrame:
    """The published rule, computed by the rule itself: for no evidence and each stage of the
    latest entry, the status before and after the deadline (entry dated within the deadline year)."""
    rows = []
    for stage in (None, *STAGES):
        entries = [] if stage is None else [Evidence(dt.date(2025, 6, 1), stage)]
        before = assess_implementation(entries, 2030, dt.date(2026, 1, 1)).status
        after = assess_implementation(entries, 2025, dt.date(2026, 1, 1)).status
        rows.append({
            t("mth_impl_col_latest", lang): t("mth_impl_none", lang) if stage is None else t(f"stage_{stage}", lang),
            t("mth_impl_col_before", lang): label(before, lang),
            t("mth_impl_col_after", lang): label(after, lang),
        })
    return pd.DataFrame(rows)


def _basis(rec: dict, lang: str) -> str:
    """Where the entry comes from, in words."""
    if rec["basis"] == "citation":
        return t("impl_basis_citation", lang, doc=f"{rec['document_author']}, {rec['document_title']}",
                 lines=line_range(rec["line_from"], rec["line_to"], lang))
    if rec["basis"] == "source":
        return t("impl_basis_source", lang, title=rec["source_title"], reference=_text(rec["reference"]))
    return t("impl_basis_planner", lang, user=rec["planner_user"], time=rec["planner_time"],
             comment=rec["comment"])


def _link(rec: dict, lang: str) -> dict | None:
    """Document view parameters for a quote, else None."""
    if rec["basis"] != "citation":
        return None
    params = {"doc": rec["source_id"], "von": str(int(rec["line_from"])), "bis": str(int(rec["line_to"]))}
    return {**params, "lang": "en"} if lang == "en" else params


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value))


def _text(value: object) -> str:
    return str(value) if _present(value) else ""


assert set(ORDER) == set(IMPLEMENTATION_STATUSES)
