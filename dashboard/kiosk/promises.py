"""The kiosk's slides about deliverables: the implementation balance and the promises with the
most recent evidence. Pure: frames in, frozen slide models out (no Streamlit, no database).

In: the implementation frame (dashboard.queries.implementation.implementation: one row per
deliverable with its implementation status from the implementation model) and the evidence
frame (dashboard.queries.kiosk.kiosk_evidence: one row per dated entry), both already cut to
the screen's themes and goals. Rule for "recent": the RECENT_COUNT goals whose latest evidence
entry has the newest date (ties in register order), one slide each (docs/kiosk.md).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import pandas as pd

from dashboard.i18n import t
from dashboard.implementation_model import ORDER, counts
from dashboard.kiosk.models import BalanceSlide, RecentSlide, SlideError
from dashboard.sources_model import line_range
from indicators import fmt

RECENT_COUNT = 3
log = logging.getLogger(__name__)


def balance_slide(implementation: pd.DataFrame, as_of: dt.date | None, qr_url: str) -> BalanceSlide:
    """Deliverables per implementation status (every status, zeros included) and their total."""
    per = counts(implementation)
    return BalanceSlide(counts=tuple((s, per[s]) for s in ORDER), total=len(implementation),
                        as_of=as_of, qr_url=qr_url)


def latest_entries(evidence: pd.DataFrame, implementation: pd.DataFrame, n: int = RECENT_COUNT) -> pd.DataFrame:
    """Each goal's latest evidence entry (newest known_from, then highest evidence_id), for the n
    goals whose latest entry is newest; equal dates keep the order of the implementation frame."""
    if evidence.empty or implementation.empty:
        return evidence.iloc[0:0]
    order = {tid: pos for pos, tid in enumerate(implementation["target_id"])}
    mine = evidence[evidence["target_id"].isin(order)].sort_values(["known_from", "evidence_id"])
    latest = mine.groupby("target_id", sort=False).tail(1)
    latest = latest.assign(_order=latest["target_id"].map(order))
    latest = latest.sort_values(["known_from", "_order"], ascending=[False, True], kind="stable")
    return latest.head(n).drop(columns="_order")


def _date_text(text: object, lang: str) -> str:
    """An evidence date as written: '2025' stays, '2025-05-26' becomes '26.05.2025'."""
    text = str(text)
    if len(text) == 10:
        return fmt.format_date(dt.date.fromisoformat(text), lang)
    return text


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


def evidence_source(rec: dict, lang: str) -> str:
    """Where an entry comes from, in one line: the document and its lines, an external source
    with its reference, or 'Eintrag der Stadtverwaltung' (no user name on a public screen)."""
    if rec["basis"] == "citation":
        lines = line_range(rec["line_from"], rec["line_to"], lang)
        title = str(rec["document_title"]).split(" – ")[0].strip()
        return t("kiosk_recent_citation", lang, author=rec["document_author"], title=title, lines=lines)
    if rec["basis"] == "source":
        reference = f" {rec['reference']}" if _present(rec.get("reference")) else ""
        return t("kiosk_recent_source", lang, title=f"{rec['source_title']}{reference}")
    return t("kiosk_recent_planner", lang)


def recent_slide(rec: dict, goal: dict, lang: str, as_of: dt.date | None, qr_url: str) -> RecentSlide:
    """One promise's slide from its latest entry (rec) and its implementation row (goal);
    SlideError when the status is unknown or the entry has no date."""
    if goal.get("implementation") not in ORDER or not _present(rec.get("date_text")):
        raise SlideError(f"{goal.get('target_id')}: unknown implementation status or undated entry")
    try:
        date = _date_text(rec["date_text"], lang)
    except ValueError as err:
        raise SlideError(f"{goal['target_id']}: evidence date {rec['date_text']!r}") from err
    return RecentSlide(
        target_id=goal["target_id"], theme=goal[f"theme_{lang}"], title=goal[f"title_{lang}"],
        status=goal["implementation"], stage=t(f"stage_{rec['stage']}", lang), date=date,
        quote=str(rec["quote"]) if _present(rec.get("quote")) else "",
        evidence_source=evidence_source(rec, lang),
        old=bool(goal.get("evidence_old")) and goal.get("evidence_id") == rec["evidence_id"],
        as_of=as_of, qr_url=qr_url,
    )


def recent_slides(evidence: pd.DataFrame, implementation: pd.DataFrame, lang: str, as_of: dt.date | None,
                  qr_for: Callable[[str], str], skipped: list) -> list[RecentSlide]:
    """Slides for the goals with the most recent evidence (latest_entries); qr_for(goal id) gives
    a slide's QR address. A goal whose slide cannot be made is appended to skipped."""
    goals = {rec["target_id"]: rec for rec in implementation.to_dict("records")}
    slides = []
    for rec in latest_entries(evidence, implementation).to_dict("records"):
        try:
            slides.append(recent_slide(rec, goals[rec["target_id"]], lang, as_of, qr_for(rec["target_id"])))
        except SlideError as err:
            log.warning("kiosk: recent-evidence slide of %s left out: %s", rec["target_id"], err)
            skipped.append(f"recent:{rec['target_id']}")
    return slides
