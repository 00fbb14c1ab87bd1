"""Pure view-model of the Quellen (sources) page: turns query results into rows and texts.

In: DataFrames and dicts from dashboard.queries.sources and a language ('de' or 'en').
Out: plain dicts and strings, numbers and dates already formatted with indicators.fmt.
No Streamlit, no database: tested directly.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from dashboard.i18n import t
from dashboard.style import status_label
from indicators import fmt
from indicators.model import STATUSES


@dataclass(frozen=True)
class Side:
    """One side of a conflict: the goal, its document and the verbatim quote."""

    target_id: str
    title: str
    status: str
    document: str
    author: str
    published: str
    lines: str
    quote: str


def published_text(published: object, lang: str) -> str:
    """A registered publication date in words: '2023-08-16' -> '16.08.2023' (de) /
    '16 Aug 2023' (en); a bare year '2025' stays '2025'; empty or unreadable -> '–'."""
    text = "" if _missing(published) else str(published).strip()
    if len(text) == 4 and text.isdigit():
        return text
    try:
        return fmt.format_date(dt.date.fromisoformat(text[:10]), lang)
    except ValueError:
        return fmt.MISSING


def kind_text(kind: str, lang: str) -> str:
    """The kind of a source in words (Parteiprogramm, Ratsvorlage, Datensatz, ...)."""
    return t(f"src_kind_{kind}", lang)


def line_range(line_from: object, line_to: object, lang: str) -> str:
    """'Zeile 57' / 'Zeilen 93–94' ('line 57' / 'lines 93–94'); '' without a line."""
    if _missing(line_from):
        return ""
    first = int(line_from)
    last = first if _missing(line_to) else int(line_to)
    if last <= first:
        return t("src_line_one", lang, line=first)
    return t("src_line_range", lang, first=first, last=last)


def selected_document(requested: object, doc_ids: list[str]) -> str | None:
    """The document chosen in the URL (?doc=<source_id>) if it exists, else the first one;
    None when there are no documents."""
    if not doc_ids:
        return None
    return str(requested) if requested in doc_ids else doc_ids[0]


def document_label(doc: dict, lang: str) -> str:
    """Short label for the document chooser: 'SPD Dortmund (2025) – Dortmund kann das …'."""
    return f"{doc['author']} ({published_text(doc['published'], lang)}) – {doc['title']}"


def documents_table(docs: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The five documents as a display table: title, date, kind, number of goals, one count
    column per status (city-wide), author. Counts are ints; dates and kinds are words."""
    rows = []
    for doc in docs.to_dict("records"):
        row = {
            t("src_col_document", lang): doc["title"],
            t("src_col_date", lang): published_text(doc["published"], lang),
            t("src_col_kind", lang): kind_text(doc["kind"], lang),
            t("src_col_goals", lang): int(doc["n_goals"]),
        }
        for status in STATUSES:
            row[status_label(status, lang)] = int(doc[f"n_{status}"])
        row[t("src_col_author", lang)] = doc["author"]  # long names last, so counts stay visible
        rows.append(row)
    return pd.DataFrame(rows)


def status_counts(doc: dict) -> list[tuple[str, int]]:
    """The non-zero status counts of one document, in the order of STATUSES."""
    return [(s, int(doc[f"n_{s}"])) for s in STATUSES if int(doc[f"n_{s}"]) > 0]


def goal_items(goals: pd.DataFrame, lang: str) -> list[dict]:
    """The goals of one document for the list: target_id, title, theme, status, lines and
    whether the status uses Beispieldaten."""
    title_col, theme_col = ("title_en", "theme_en") if lang == "en" else ("title_de", "theme_de")
    return [
        {
            "target_id": row["target_id"], "title": row[title_col], "theme": row[theme_col],
            "status": row["status"], "uses_demo": bool(row["uses_demo"]),
            "lines": line_range(row["line_from"], row["line_to"], lang),
        }
        for row in goals.to_dict("records")
    ]


def conflict_pairs(conflicts: pd.DataFrame, lang: str) -> list[tuple[str, Side, Side]]:
    """Each conflicting pair as (theme, side a, side b), in the order of the query."""
    theme_col = "theme_en" if lang == "en" else "theme_de"
    return [(row[theme_col], _side(row, "a", lang), _side(row, "b", lang))
            for row in conflicts.to_dict("records")]


def _side(row: dict, prefix: str, lang: str) -> Side:
    """One side of a conflict row (columns a_* or b_*)."""
    get = lambda name: row[f"{prefix}_{name}"]  # noqa: E731 - tiny local accessor
    return Side(
        target_id=get("target_id"), title=get("title_en" if lang == "en" else "title_de"),
        status=get("status"), document=get("source_title"), author=get("source_author"),
        published=published_text(get("source_published"), lang),
        lines=line_range(get("line_from"), get("line_to"), lang), quote=get("quote"),
    )


def dataset_items(sources: pd.DataFrame, lang: str) -> list[dict]:
    """The data sets and the demo generator: title, author, date, kind in words, licence,
    attribution, url ('' if none), indicator names it feeds and the demo flag."""
    names_col = "indicators_en" if lang == "en" else "indicators_de"
    items = []
    for row in sources.to_dict("records"):
        names = row[names_col]
        items.append({
            "source_id": row["source_id"], "title": row["title"],
            "author": "" if _missing(row["author"]) else row["author"],
            "published": published_text(row["published"], lang),
            "kind": kind_text(row["kind"], lang),
            "licence": "" if _missing(row["licence"]) else row["licence"],
            "attribution": "" if _missing(row["attribution"]) else row["attribution"],
            "url": "" if _missing(row["url"]) else row["url"],
            "indicators": [] if names is None else [str(n) for n in names],
            "is_demo": bool(row["is_demo"]),
        })
    return items


def _missing(value: object) -> bool:
    """True for None, NaN, pandas NA and empty text."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()
