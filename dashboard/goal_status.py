"""What the goal page says where it gives no verdict: the starting point of a goal that is not
yet assessable, and the note on a status that rests on Beispieldaten.

Pure: a cleaned goal detail (dashboard.goal_model.clean_detail) and its starting point
(dashboard.queries.overview.start_point: start_point_year, start_point_value,
start_point_is_demo) in, German or English sentences out. No Streamlit, no database.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.goal_model import amount, missing
from dashboard.headline import counts_in_headline
from dashboard.i18n import t
from indicators.fmt import PERCENT, format_quantity
from indicators.model import MILESTONE, NOT_ASSESSABLE


def start_point_sentence(detail: Mapping, start: Mapping, lang: str) -> str:
    """ "Ausgangslage 2023: 1.379 Wohnungen – der letzte Wert vor dem Zielzeitraum, der 2025
    beginnt." (marked "(Beispieldaten)" when the value is generated); "" without a start point."""
    year, value = start.get("start_point_year"), start.get("start_point_value")
    if missing(year) or missing(value):
        return ""
    if detail.get("kind") == MILESTONE:
        shown = format_quantity(value, PERCENT, lang)
    else:
        shown = amount(value, dict(detail), lang)
    if start.get("start_point_is_demo"):
        shown += t("goal_start_point_demo", lang)
    return t("goal_start_point", lang, year=int(year), value=shown, start=detail.get("start_year") or "–")


def not_assessable_sentences(detail: Mapping, goal_sentence: str, start: Mapping, lang: str) -> list[str]:
    """For a goal that is not yet assessable: the goal itself (`goal_sentence`), its starting
    point and the plain statement (the status row's reason, or "Noch keine Werte aus dem
    Zielzeitraum (ab 2025): noch nicht bewertbar."). Never a comparison or a pace."""
    reason = detail.get(f"reason_{lang}") or t("goal_not_assessable", lang, start=detail.get("start_year") or "–")
    point = start_point_sentence(detail, start, lang)
    if point and reason.startswith(point.split(" – ")[0].split(":")[0]):
        point = ""  # the rule's reason already names the starting point
    return [text for text in (goal_sentence, point, reason) if text]


def progress_sentences(detail: Mapping, sentences: list[str], start: Mapping, lang: str) -> list[str]:
    """The progress sentences to show: goal_model.goal_sentences(...) as given, except for a goal
    that is not yet assessable, which keeps only its goal sentence (the first) and says
    not_assessable_sentences instead of the rest."""
    if detail.get("status") != NOT_ASSESSABLE:
        return sentences
    return not_assessable_sentences(detail, sentences[0] if sentences else "", start, lang)


def demo_status_note(detail: Mapping, lang: str) -> str:
    """The note for a status that rests on Beispieldaten (it counts in no headline); "" otherwise."""
    return "" if counts_in_headline(detail) else t("goal_demo_status_note", lang)


VERDICTS = frozenset({"achieved", "on_track", "at_risk", "off_track", "missed"})


def press_note(detail: dict, obs: pd.DataFrame, lang: str) -> str:
    """„Diese Bewertung beruht auf einer Presseangabe (Wert von 2024).“ when the status is a
    verdict and the latest current value it rests on is a press report; "" otherwise."""
    year = detail.get("latest_year")
    if detail.get("status") not in VERDICTS or year is None or obs.empty or "data_kind" not in obs:
        return ""
    rows = obs[(obs["year"] == year) & obs["is_current"].astype(bool)]
    if rows.empty or rows.iloc[0]["data_kind"] != "presse":
        return ""
    return t("goal_press_note", lang, year=int(year))
