"""The Übersicht page's goal cards: card text from one goal row, and the cards as HTML.

Pure: a row (dict) of the prepared overview frame in, a Card or an escaped HTML string out; no
Streamlit, no database. A broken row gives a Card with `error` set, so one bad goal never
breaks the page. Filters, sorting and URL state: dashboard.overview_model.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd

from dashboard.i18n import t
from dashboard.style import STATUS_STYLE
from indicators.fmt import PERCENT, format_date, format_quantity, unit_from_row

_VALUE_KINDS = ("annual_flow", "cumulative", "budget", "level_by_deadline", "milestone")


class CardDataError(ValueError):
    """One goal's row cannot be shown (unknown status or kind, broken inputs_json ...)."""


@dataclass(frozen=True)
class Card:
    """The text of one goal card. `error` is set (and the rest may be empty) when the goal's
    data could not be read; the page then shows that message on this card only."""

    target_id: str
    title: str
    status: str = ""
    value_text: str = ""
    reason: str = ""
    data_year_text: str = ""
    as_of_text: str = ""
    deadline_text: str = ""
    goal_author: str = ""
    data_source: str = ""
    is_demo: bool = False
    stale: bool = False
    error: str | None = None


def _int_or_none(value) -> int | None:
    """An integer from a possibly missing (NA/NaN/None) cell."""
    return None if value is None or pd.isna(value) else int(value)


def _inputs(row: Mapping) -> dict:
    """The status inputs of a row as a dict ({} when missing); CardDataError when unreadable."""
    raw = row.get("inputs_json")
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return {}
    try:
        inputs = json.loads(raw)
    except (TypeError, json.JSONDecodeError) as err:
        raise CardDataError(f"inputs_json: {err}") from err
    if not isinstance(inputs, dict):
        raise CardDataError("inputs_json is not an object")
    return inputs


def value_text(row: Mapping, lang: str) -> str:
    """The latest value against the target, e.g. "1.379 von 2.000 Wohnungen" (flows and sums),
    "4.123 kt CO₂ – Ziel: 0 kt CO₂" (levels), "Umsetzung: 40 %" (milestones); "" without a value.
    Cumulative and budget goals show the running sum the status rule used."""
    kind = row.get("kind")
    if kind not in _VALUE_KINDS:
        raise CardDataError(f"unknown kind {kind!r}")
    latest = row.get("latest_value")
    if latest is None or pd.isna(latest):
        return ""
    if kind == "milestone":
        return t("ov_value_milestone", lang, value=format_quantity(latest, PERCENT, lang, decimals=0))
    target = row.get("target_value")
    if target is None or pd.isna(target):
        raise CardDataError("target value missing")
    unit = unit_from_row(row)
    target_text = format_quantity(target, unit, lang, short=True, whole=True)
    if kind == "level_by_deadline":
        return t("ov_value_level", lang, value=format_quantity(latest, unit, lang, short=True), target=target_text)
    value = latest
    if kind in ("cumulative", "budget"):
        total = _inputs(row).get("sum")
        if total is None:  # no running sum: show the single year, never as if it were the total
            return t("ov_value_year", lang, value=format_quantity(latest, unit, lang, short=True),
                     year=_int_or_none(row.get("latest_year")))
        value = float(total)
    shown = format_quantity(value, unit, lang, short=True, word=False)
    return t("ov_value_of", lang, value=shown, target=target_text)


def data_year_text(row: Mapping, lang: str) -> str:
    """Which year(s) the shown value is from: "Wert von 2023" or "Werte 2023–2025"; "" if none."""
    years = _inputs(row).get("counted_years") if row.get("kind") in ("cumulative", "budget") else None
    if isinstance(years, list) and len(years) > 1:
        return t("ov_values_span", lang, first=min(years), last=max(years))
    year = _int_or_none(row.get("latest_year"))
    return "" if year is None else t("ov_values_of_year", lang, year=year)


def deadline_text(row: Mapping, lang: str) -> str:
    """ "Frist 2035", "Frist 2045 (abgeleitet)" or "ohne Frist"."""
    year = _int_or_none(row.get("deadline_year"))
    if year is None:
        return t("ov_no_deadline", lang)
    key = "ov_deadline_inferred" if bool(row.get("deadline_inferred")) else "ov_deadline"
    return t(key, lang, year=year)


def as_of_text(as_of, lang: str) -> str:
    """ "Stand 21.11.2026" / "As of 21 Nov 2026" for the status date; "" when missing."""
    if as_of is None or pd.isna(as_of):
        return ""
    return f"{t('as_of', lang)} {format_date(pd.Timestamp(as_of).date(), lang)}"


def build_card(row: Mapping, lang: str) -> Card:
    """The card text of one goal row (a dict of a prepared frame's row). A broken row gives a
    Card with `error` set instead of raising, so one bad goal never breaks the page."""
    target_id = str(row.get("target_id"))
    title = str(row.get(f"title_{lang}") or row.get("title_de") or target_id)
    try:
        status = row.get("status")
        if status not in STATUS_STYLE:
            raise CardDataError(f"unknown status {status!r}")
        source = row.get("data_source_title")
        return Card(
            target_id=target_id, title=title, status=status, value_text=value_text(row, lang),
            reason=str(row.get(f"reason_{lang}") or ""), data_year_text=data_year_text(row, lang),
            as_of_text=as_of_text(row.get("as_of"), lang),
            deadline_text=deadline_text(row, lang),
            goal_author=t("ov_goal_by", lang, author=row.get("source_author")),
            data_source=t("ov_data_source", lang, source=source) if isinstance(source, str) else "",
            is_demo=bool(row.get("uses_demo")) or row.get("data_is_demo") is True,
            stale=bool(row.get("stale")),
        )
    except ValueError as err:  # CardDataError, unreadable JSON, a non-finite number
        return Card(target_id=target_id, title=title, error=t("ov_card_error", lang, detail=str(err)))


def nodata_line(row: Mapping, lang: str) -> str:
    """One compact line for a goal without values: kind · deadline · author."""
    kind = t(f"kind_{row.get('kind')}", lang) if row.get("kind") in _VALUE_KINDS else str(row.get("kind"))
    return f"{kind} · {deadline_text(row, lang)} · {row.get('source_author')}"


def goal_href(target_id: str, lang: str) -> str:
    """A relative same-tab link to the goal page: "ziel?goal=<id>" (+ "&lang=en" when English)."""
    return "ziel?" + urlencode({"goal": target_id, **({"lang": lang} if lang != "de" else {})})


def card_html(card: Card, lang: str, badge: Callable[[str, str], str], demo: Callable[[str], str]) -> str:
    """One goal card as HTML, all text escaped: badge(status, lang) (symbol + word), demo(lang) and
    "Daten veraltet" marks, title, value vs target, reason, data year · Stand · deadline, sources,
    a same-tab link to the goal page; a card with `error` shows its title and message only."""
    title = f'<div class="zm-card-title">{html.escape(card.title)}</div>'
    if card.error:
        message = re.sub(r"`([^`]*)`", r"<code>\1</code>", html.escape(card.error))
        return f'<article class="zm-card zm-card-bad">{title}<div class="zm-card-error">{message}</div></article>'
    head = badge(card.status, lang) + (" " + demo(lang) if card.is_demo else "") + (
        f' <span class="zm-stale">{html.escape(t("stale_badge", lang))}</span>' if card.stale else "")
    value = f'<div class="zm-card-value">{html.escape(card.value_text)}</div>' if card.value_text else ""
    meta = " · ".join(x for x in (card.data_year_text, card.as_of_text, card.deadline_text) if x)
    sources = " · ".join(x for x in (card.data_source, card.goal_author) if x)
    link = (f'<a class="zm-card-link" href="{html.escape(goal_href(card.target_id, lang))}" target="_self">'
            f'{html.escape(t("ov_details", lang))} →</a>')
    return (f'<article class="zm-card"><div class="zm-card-head">{head}</div>{title}{value}'
            f'<div class="zm-card-reason">{html.escape(card.reason)}</div>'
            f'<div class="zm-muted">{html.escape(meta)}</div><div class="zm-muted">{html.escape(sources)}</div>'
            f'{link}</article>')


def theme_cards_html(goals: Sequence[Mapping], lang: str, badge: Callable[[str, str], str],
                     demo: Callable[[str], str], total: int = 0, more_href: str = "") -> str:
    """The cards of one theme's goal rows (display order) as ONE HTML grid, plus a link
    "Alle N anzeigen" to `more_href` when `total` goals have values but fewer rows came in."""
    if not goals:
        return ""
    cards = "".join(card_html(build_card(row, lang), lang, badge, demo) for row in goals)
    label = t("ov_show_all", lang, n=total, hidden=total - len(goals))
    more = (f'<a class="zm-more" href="{html.escape(more_href)}" target="_self">{html.escape(label)}</a>'
            if total > len(goals) else "")
    return f'<div class="zm-cards">{cards}</div>{more}'
