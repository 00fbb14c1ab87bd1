"""The overview's goal cards: text of one goal row, and the cards and series groups as HTML.

Pure: a goal row (a dict of a frame prepared by dashboard.overview_model.prepare) in, a Card or
escaped HTML out; badge functions are passed in, so no Streamlit is needed. No database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd

from dashboard import implementation_model
from dashboard.headline import counts_in_headline, headline_status, is_true
from dashboard.i18n import t
from dashboard.markup import Markup, escape, html, join
from indicators.evidence import IMPLEMENTATION_STATUSES
from dashboard.style import STATUS_STYLE
from indicators.fmt import PERCENT, format_date, format_number, format_quantity, unit_from_row
from indicators.inputs import RuleInputs, RuleInputsError
from indicators.model import NOT_ASSESSABLE

_VALUE_KINDS = ("annual_flow", "cumulative", "budget", "level_by_deadline", "milestone")


class CardDataError(ValueError):
    """One goal's row cannot be shown (unknown status or kind, broken inputs_json ...)."""


@dataclass(frozen=True)
class Card:
    """The text of one goal card. `error` is set (and the rest may be empty) when the goal's
    data could not be read; the page then shows that message on this card only."""

    target_id: str
    title: str
    status: str = ""  # the status its badge shows (no_data where demo data would decide)
    value_text: str = ""  # "5.702 von 5.000 Bäume" (value_text())
    reason: str = ""  # the rule's sentence, or why demo data do not count
    data_year_text: str = ""  # "Werte 2023–2025"
    as_of_text: str = ""  # "Stand 21.11.2026"
    deadline_text: str = ""  # "Frist 2025 (abgeleitet)", "ohne Frist"
    goal_author: str = ""  # "Ziel: SPD Dortmund"
    data_source: str = ""  # "Quelle der Werte: Grünflächenamt"
    is_demo: bool = False
    stale: bool = False
    error: str | None = None
    old_evidence: bool = False  # the evidence the status rests on is older than the stated age


def _int_or_none(value) -> int | None:
    """An integer from a possibly missing (NA/NaN/None) cell."""
    return None if value is None or pd.isna(value) else int(value)


def quantity(value: float, row: Mapping, lang: str, whole: bool = False) -> str:
    """A value with its unit as shown on a card: "2.000 Wohnungen", "90,1 %", "25,8 Mio. €"
    (indicators.fmt.format_quantity with the unit's short form). whole=True drops the decimals
    of a whole number (targets: "100 %", not "100,0 %")."""
    return format_quantity(value, unit_from_row(row), lang, short=True, whole=whole)


def _inputs(row: Mapping) -> RuleInputs:
    """The status inputs of a row (indicators.inputs; none when missing); CardDataError when unreadable."""
    raw = row.get("inputs_json")
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return RuleInputs()
    try:
        return RuleInputs.from_json(raw)
    except RuleInputsError as err:
        raise CardDataError(str(err)) from err


def value_text(row: Mapping, lang: str) -> str:
    """The latest value against the target, e.g. "1.379 von 2.000 Wohnungen" (flows and sums),
    "4.123 kt CO₂ – Ziel: 0 kt CO₂" (levels), "Umsetzung: 40 %" (milestones); "" without a value.
    Cumulative and budget goals show the running sum the status rule used. A goal that is not
    yet assessable shows its starting point instead (start_point_text), never a comparison."""
    kind = row.get("kind")
    if kind not in _VALUE_KINDS:
        raise CardDataError(f"unknown kind {kind!r}")
    if row.get("status") == NOT_ASSESSABLE:
        return start_point_text(row, lang)
    latest = row.get("latest_value")
    if latest is None or pd.isna(latest):
        return ""
    if kind == "milestone":
        return t("ov_value_milestone", lang, value=format_quantity(latest, PERCENT, lang))
    target = row.get("target_value")
    if target is None or pd.isna(target):
        raise CardDataError("target value missing")
    target_text = quantity(target, row, lang, whole=True)
    if kind == "level_by_deadline":
        return t("ov_value_level", lang, value=quantity(latest, row, lang), target=target_text)
    value = latest
    if kind in ("cumulative", "budget"):
        total = _inputs(row).get("sum")
        if total is None:  # no running sum: show the single year, never as if it were the total
            return t("ov_value_year", lang, value=quantity(latest, row, lang),
                     year=_int_or_none(row.get("latest_year")))
        value = float(total)
    shown = quantity(value, row, lang) if row.get("unit_id") in ("eur", "percent") else \
        format_number(value, lang, _int_or_none(row.get("decimals")) or 0)
    return t("ov_value_of", lang, value=shown, target=target_text)


def start_point_text(row: Mapping, lang: str) -> str:
    """The starting point before the goal's period: "Ausgangslage 2023: 1.379 Wohnungen" (the
    latest value before the start year, columns start_point_year/_value); "" when there is none."""
    value, year = row.get("start_point_value"), _int_or_none(row.get("start_point_year"))
    if value is None or pd.isna(value) or year is None:
        return ""
    if row.get("kind") == "milestone":
        return t("ov_start_point", lang, year=year, value=format_quantity(value, PERCENT, lang))
    return t("ov_start_point", lang, year=year, value=quantity(value, row, lang))


def data_year_text(row: Mapping, lang: str) -> str:
    """Which year(s) the shown value is from: "Wert von 2023" or "Werte 2023–2025"; "" if none
    (and for a goal not yet assessable, whose starting point names its year)."""
    if row.get("status") == NOT_ASSESSABLE:
        return ""
    years = _inputs(row).counted_years if row.get("kind") in ("cumulative", "budget") else None
    if years and len(years) > 1:
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
        if headline_status(row) in IMPLEMENTATION_STATUSES:
            return evidence_card(row, title, lang)
        source = row.get("data_source_title")
        return Card(
            target_id=target_id, title=title, status=headline_status(row), value_text=value_text(row, lang),
            reason=card_reason(row, lang), data_year_text=data_year_text(row, lang),
            as_of_text=as_of_text(row.get("as_of"), lang),
            deadline_text=deadline_text(row, lang),
            goal_author=t("ov_goal_by", lang, author=row.get("source_author")),
            data_source=t("ov_data_source", lang, source=source) if isinstance(source, str) else "",
            is_demo=bool(row.get("uses_demo")) or row.get("data_is_demo") is True,
            stale=bool(row.get("stale")),
        )
    except ValueError as err:  # CardDataError, unreadable JSON, a non-finite number
        return Card(target_id=target_id, title=title, error=t("ov_card_error", lang, detail=str(err)))


def evidence_card(row: Mapping, title: str, lang: str) -> Card:
    """The card of a goal shown by its evidence status: the stage and date of the entry it rests
    on, its quote (shortened) and where it stands, the deadline, the mark for old evidence. A
    status that Beispieldaten would give is not mentioned: it counts nowhere."""
    status = headline_status(row)
    texts = implementation_model.card_texts(dict(row), status, lang)
    return Card(target_id=str(row.get("target_id")), title=title, status=status,
                value_text=texts["value"], reason=texts["reason"], deadline_text=deadline_text(row, lang),
                goal_author=t("ov_goal_by", lang, author=row.get("source_author")), data_source=texts["source"],
                old_evidence=is_true(row.get("evidence_old")))


def card_reason(row: Mapping, lang: str) -> str:
    """The sentence under the value: the status row's reason; for a status resting on
    Beispieldaten instead a note that it does not count ("Beispieldaten ergeben „erreicht“ –
    zählt nicht in der Übersicht."); for a goal not yet assessable without a stated reason, the
    plain statement that no value from its period exists yet."""
    if not counts_in_headline(row):
        return t("ov_demo_status", lang, status=t(f"status_{row.get('status')}", lang))
    reason = str(row.get(f"reason_{lang}") or "")
    if not reason and row.get("status") == NOT_ASSESSABLE:
        return t("ov_not_assessable_reason", lang, start=_int_or_none(row.get("start_year")) or "–")
    return reason


def nodata_line(row: Mapping, lang: str) -> str:
    """One compact line for a goal without values: kind · deadline · author."""
    kind = t(f"kind_{row.get('kind')}", lang) if row.get("kind") in _VALUE_KINDS else str(row.get("kind"))
    return f"{kind} · {deadline_text(row, lang)} · {row.get('source_author')}"


def goal_href(target_id: str, lang: str) -> str:
    """A relative same-tab link to the goal page: "ziel?goal=<id>" (+ "&lang=en" when English)."""
    return "ziel?" + urlencode({"goal": target_id, **({"lang": lang} if lang != "de" else {})})



def card_html(card: Card, lang: str, badge: Callable[[str, str], str], demo: Callable[[str], str]) -> Markup:
    """One goal card as HTML (dashboard.markup: all text escaped): badge(status, lang) (symbol +
    word) and demo(lang) are HTML by contract; "Daten veraltet" marks, title, value vs target,
    reason, data year · Stand · deadline, sources, a same-tab link to the goal page; a card with
    `error` shows its title and message only (`code` in the message as <code>)."""
    title = html('<div class="zm-card-title">{title}</div>', title=card.title)
    if card.error:
        message = Markup(re.sub(r"`([^`]*)`", r"<code>\1</code>", escape(card.error)))
        return html('<article class="zm-card zm-card-bad">{title}<div class="zm-card-error">{message}</div></article>',
                    title=title, message=message)
    marks = [Markup(badge(card.status, lang))] + ([Markup(demo(lang))] if card.is_demo else []) + [
        html('<span class="zm-stale">{text}</span>', text=t(key, lang))
        for key, shown in (("stale_badge", card.stale), ("impl_old", card.old_evidence)) if shown]
    value = html('<div class="zm-card-value">{text}</div>', text=card.value_text) if card.value_text else ""
    meta = " · ".join(x for x in (card.data_year_text, card.as_of_text, card.deadline_text) if x)
    sources = " · ".join(x for x in (card.data_source, card.goal_author) if x)
    return html('<article class="zm-card"><div class="zm-card-head">{head}</div>{title}{value}'
                '<div class="zm-card-reason">{reason}</div><div class="zm-muted">{meta}</div>'
                '<div class="zm-muted">{sources}</div>{link}</article>',
                head=join(marks, " "), title=title, value=value, reason=card.reason, meta=meta,
                sources=sources, link=_details_link(card.target_id, lang))


def _details_link(target_id: str, lang: str) -> Markup:
    """The same-tab link „Details →“ to a goal's page."""
    return html('<a class="zm-card-link" href="{href}" target="_self">{text} →</a>',
                href=goal_href(target_id, lang), text=t("ov_details", lang))


def group_html(rows: Sequence[Mapping], lang: str, badge: Callable[[str, str], str],
               demo: Callable[[str], str]) -> Markup:
    """Goals judged on one series as ONE wide card: the group's counted status, "3 Ziele, eine
    Datenreihe: <indicator>", then one column per goal side by side (earliest deadline first)
    with its deadline, title, own status, value, author and link. Counted once in the headline."""
    first = rows[0]
    status = str(first.get("counted_status") or headline_status(first))
    marks = Markup(demo(lang)) if any(build_card(r, lang).is_demo for r in rows) else ""
    name = first.get(f"indicator_{lang}") or first.get("indicator_id")
    columns = join(_group_column(build_card(r, lang), lang, badge) for r in sorted(
        rows, key=lambda r: (_int_or_none(r.get("deadline_year")) or 9999, str(r.get("target_id")))))
    return html('<article class="zm-card zm-group"><div class="zm-card-head">{badge} {marks}</div>'
                '<div class="zm-card-title">{title}</div><div class="zm-card-reason">{note}</div>'
                '<div class="zm-group-cols">{columns}</div></article>',
                badge=Markup(badge(status, lang)), marks=marks, columns=columns,
                title=t("ov_group_title", lang, n=len(rows), series=name), note=t("ov_group_note", lang))


def _group_column(card: Card, lang: str, badge: Callable[[str, str], str]) -> Markup:
    """One goal of a series group: deadline (large), title, own status, value, reason, author, link."""
    if card.error:
        return html('<div class="zm-group-col">{title}: {error}</div>', title=card.title, error=card.error)
    return html('<div class="zm-group-col"><div class="zm-group-deadline">{deadline}</div>'
                '<div class="zm-card-title">{title}</div><div>{badge}</div>'
                '<div class="zm-card-value">{value}</div><div class="zm-card-reason">{reason}</div>'
                '<div class="zm-muted">{author}</div>{link}</div>',
                deadline=card.deadline_text, title=card.title, badge=Markup(badge(card.status, lang)),
                value=card.value_text, reason=card.reason, author=card.goal_author,
                link=_details_link(card.target_id, lang))


def theme_cards_html(goals: Sequence[Mapping], lang: str, badge: Callable[[str, str], str],
                     demo: Callable[[str], str], total: int = 0, more_href: str = "") -> Markup:
    """The cards of one theme's goal rows (display order) as ONE HTML grid, plus a link
    "Alle N anzeigen" to `more_href` when `total` goals have values but fewer rows came in.
    Rows of one series group (column `series`) become one group card where the first appears."""
    if not goals:
        return Markup("")
    pieces, done = [], set()
    for row in goals:
        label = row.get("series") or ""
        members = [r for r in goals if label and r.get("series") == label]
        if len(members) > 1:
            if label not in done:
                done.add(label)
                pieces.append(group_html(members, lang, badge, demo))
            continue
        pieces.append(card_html(build_card(row, lang), lang, badge, demo))
    more = html('<a class="zm-more" href="{href}" target="_self">{label}</a>', href=more_href,
                label=t("ov_show_all", lang, n=total, hidden=total - len(goals))) if total > len(goals) else ""
    return html('<div class="zm-cards">{cards}</div>{more}', cards=join(pieces), more=more)
