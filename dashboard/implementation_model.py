"""Implementation status of deliverables for the pages: the balance per document and per
status, and a goal's dated evidence as timeline items.

Pure functions on the frames of dashboard.queries.implementation; no Streamlit, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

import pandas as pd

from dashboard.i18n import t
from dashboard.sources_model import line_range
from dashboard.style import IMPLEMENTATION_STYLE, status_label
from indicators import fmt
from indicators.evidence import IMPLEMENTATION_STATUSES, STAGES, Evidence, assess_implementation

ORDER = tuple(IMPLEMENTATION_STYLE)  # furthest first: done, under way, decided, …
QUOTE_CHARS = 180  # a card shows at most this much of the quote; the goal page shows it whole


def label(status: str, lang: str) -> str:
    """Symbol and word of an implementation status: „◆ umgesetzt“ (the one status label,
    dashboard.style.status_label: the implementation statuses are statuses a goal shows)."""
    if status not in IMPLEMENTATION_STYLE:
        raise KeyError(status)
    return status_label(status, lang)


def judged(goals: pd.DataFrame) -> pd.DataFrame:
    """The goals whose shown status (column counted_status, dashboard.headline) is an
    implementation status, with that status in column `implementation` and their citing
    documents in `documents` (from source_ids): the promises the balance counts."""
    mine = goals[goals["counted_status"].isin(ORDER)].copy()
    mine["implementation"] = mine["counted_status"]
    mine["documents"] = mine["source_ids"].map(list)
    return mine


def counts(goals: pd.DataFrame) -> dict[str, int]:
    """Deliverables per implementation status, in ORDER (zeros included)."""
    found = goals["implementation"].value_counts()
    return {s: int(found.get(s, 0)) for s in ORDER}


def document_balance(goals: pd.DataFrame, titles: dict[str, str], lang: str) -> pd.DataFrame:
    """One row per document (in the order of `titles`) that states deliverables: its
    deliverables per status and total. In: judged(goals).

    A goal stated in several documents counts in each. Columns: document, one per status
    (symbol + word), total; numbers in the page language."""
    exploded = goals.explode("documents")
    rows = []
    for source_id, title in titles.items():
        mine = exploded[exploded["documents"] == source_id]
        if mine.empty:
            continue
        per = counts(mine)
        rows.append({t("impl_col_document", lang): title,
                     **{label(s, lang): fmt.format_number(per[s], lang) for s in ORDER},
                     t("impl_col_total", lang): fmt.format_number(len(mine), lang)})
    return pd.DataFrame(rows)


def document_sentences(goals: pd.DataFrame, titles: dict[str, str], lang: str) -> list[str]:
    """„Projektpapier …: 7 von 35 umgesetzt, 3 in Umsetzung, 2 beschlossen“ per document that
    states deliverables (In: judged(goals))."""
    exploded = goals.explode("documents")
    out = []
    for source_id, title in titles.items():
        mine = exploded[exploded["documents"] == source_id]
        if len(mine):
            per = {s: fmt.format_number(n, lang) for s, n in counts(mine).items()}
            out.append(t("impl_doc_sentence", lang, doc=title, done=per["done"], under_way=per["under_way"],
                         decided=per["decided"], n=fmt.format_number(len(mine), lang)))
    return out


def balance(goals: pd.DataFrame, titles: dict[str, str], lang: str) -> Mapping | None:
    """The overview's implementation balance of `goals` (with counted_status and source_ids):
    None when none of them is judged by evidence, else a read-only mapping with
    with_evidence (deliverables with at least one piece of evidence), total, sentences (one per
    document, document_sentences) and table (document_balance)."""
    mine = judged(goals)
    if mine.empty:
        return None
    return MappingProxyType({
        "with_evidence": int((mine["n_evidence"].fillna(0) > 0).sum()), "total": len(mine),
        "sentences": tuple(document_sentences(mine, titles, lang)), "table": document_balance(mine, titles, lang)})


def date_text(value: object, lang: str) -> str:
    """An evidence date as written: '2025', '05/2025' (May 2025), '16.08.2023' / '16 Aug 2023'."""
    text = _text(value)
    if len(text) == 10:
        return fmt.format_date(dt.date.fromisoformat(text), lang)
    return f"{text[5:7]}/{text[:4]}" if len(text) == 7 else text


def card_texts(row: dict, status: str, lang: str) -> dict[str, str]:
    """The overview card of a goal shown by its evidence status `status` (row of
    targets_overview: ev_* columns of the entry the status rests on). Out: value ('Beleg 2025:
    teilweise umgesetzt', and after the deadline why that is not enough), reason (the quote,
    shortened; '' for a source) and source (document and lines, or title and reference);
    without evidence value and source are '' and reason says so."""
    if not _present(row.get("ev_stage")):
        return {"value": "", "reason": t("impl_card_none", lang), "source": ""}
    value = t("impl_card_value", lang, date=date_text(row.get("ev_date"), lang),
              stage=t(f"stage_{row['ev_stage']}", lang))
    why = ""
    if status in ("not_evidenced", "not_done") and row["ev_stage"] not in ("abandoned", "done"):
        why = t(f"impl_card_after_{status}", lang, year=_text(row.get("deadline_year"))) + " "
    if row.get("ev_basis") == "citation":
        quote = _text(row.get("ev_quote"))
        quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        source = t("impl_card_source", lang, where=t("impl_basis_citation", lang, doc=_text(row.get("ev_author")),
                   lines=line_range(row.get("ev_line_from"), row.get("ev_line_to"), lang)))
        return {"value": value, "reason": f"{why}„{quote}“", "source": source}
    where = " ".join(x for x in (_text(row.get("ev_source_title")), _text(row.get("ev_reference"))) if x)
    return {"value": value, "reason": why.strip(), "source": t("impl_card_source", lang, where=where or "–")}


def status_sentence(row: dict, lang: str) -> str:
    """How the evidence status of one goal (a row of queries.implementation) comes about:
    '? Umsetzung nicht belegt: der neueste Beleg (2025) zeigt „teilweise umgesetzt“; die Frist
    2025 ist abgelaufen. …'"""
    deadline = row.get("deadline_year")
    if not _present(deadline):
        when = t("impl_why_no_deadline", lang)
    else:
        key = "impl_why_passed" if bool(row.get("deadline_passed")) else "impl_why_running"
        when = t(key, lang, year=int(deadline))
    if not _present(row.get("stage")):
        return t("impl_why_none", lang, status=label(row["implementation"], lang), when=when)
    return t("impl_why", lang, status=label(row["implementation"], lang), when=when,
             date=date_text(row.get("evidence_date_text"), lang), stage=t(f"stage_{row['stage']}", lang))


def timeline_items(evidence: pd.DataFrame, lang: str) -> list[dict]:
    """The goal's evidence as items: date, stage word, basis line, quote, note, and for a
    document quote the document view's link parameters (doc, von, bis)."""
    items = []
    for rec in evidence.to_dict("records"):
        items.append({
            "date": date_text(rec["date_text"], lang), "stage": t(f"stage_{rec['stage']}", lang),
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
