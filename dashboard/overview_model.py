"""View-model of the Übersicht page: URL state, filters, sorting, status counts and card text.

Pure: pandas in, plain values out; no Streamlit, no database. The page reads the URL and the
query results, calls these functions and renders what they return.

Inputs are the frames of dashboard.queries: `targets_overview` (one row per goal),
`overview_values` (inputs_json and the source of the latest value) and `overview_citations`
(one row per goal and citing document).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlencode

import pandas as pd

from dashboard.i18n import t
from dashboard.style import STATUS_ORDER, STATUS_STYLE
from indicators.fmt import format_date, format_money, format_number

PARAM_KEYS = ("theme", "source", "status", "year", "sort", "all")
SORTS = ("status", "deadline")
DEFAULT_SORT = "status"
NO_DEADLINE = "none"
_VALUE_KINDS = ("annual_flow", "cumulative", "budget", "level_by_deadline", "milestone")
CARD_LIMIT = 12  # cards per theme before "Alle N anzeigen" (URL param all=<theme id> shows every card)


class CardDataError(ValueError):
    """One goal's row cannot be shown (unknown status or kind, broken inputs_json ...)."""


@dataclass(frozen=True)
class ViewState:
    """What the user chose; empty tuples mean "no filter". Values are ids, never labels."""

    themes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    sort: str = DEFAULT_SORT
    expanded: tuple[str, ...] = ()  # themes whose cards are all shown (URL param "all")


@dataclass(frozen=True)
class FilterOptions:
    """The choices each filter offers, as (id, label) pairs in display order."""

    themes: tuple[tuple[str, str], ...]
    sources: tuple[tuple[str, str], ...]
    statuses: tuple[tuple[str, str], ...]
    years: tuple[tuple[str, str], ...]


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


def _split(values: Sequence[str] | str | None) -> list[str]:
    """URL values -> ids: accepts repeated params and comma lists; strips, drops blanks/dupes."""
    if values is None or isinstance(values, str):
        values = [values] if values else []
    parts = (part.strip() for value in values for part in str(value).split(","))
    return list(dict.fromkeys(part for part in parts if part))


def view_state(params: Mapping[str, Sequence[str] | str], options: FilterOptions) -> ViewState:
    """Read the view from URL params ({key: [values]}); unknown ids and sorts are dropped."""
    def known(key: str, choices: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
        allowed = {choice for choice, _ in choices}
        return tuple(v for v in _split(params.get(key)) if v in allowed)

    sort = next((s for s in _split(params.get("sort")) if s in SORTS), DEFAULT_SORT)
    return ViewState(
        themes=known("theme", options.themes), sources=known("source", options.sources),
        statuses=known("status", options.statuses), years=known("year", options.years), sort=sort,
        expanded=known("all", options.themes),
    )


def state_params(state: ViewState) -> dict[str, list[str]]:
    """The URL params that reproduce `state` (defaults left out, so a clean view has none)."""
    params = {"theme": list(state.themes), "source": list(state.sources),
              "status": list(state.statuses), "year": list(state.years), "all": list(state.expanded)}
    params = {key: values for key, values in params.items() if values}
    if state.sort != DEFAULT_SORT:
        params["sort"] = [state.sort]
    return params


def _year_key(row_deadline) -> str:
    """The year filter id of a deadline: "2030", or "none" without a deadline."""
    return NO_DEADLINE if pd.isna(row_deadline) else str(int(row_deadline))


def source_label(author: str, published, title: str) -> str:
    """Label of a document in the filter: author and year first (they survive truncation in a
    chip), then the title: "SPD Dortmund (2025) – Dortmund kann das – …"."""
    year = str(published)[:4] if isinstance(published, str) and published[:4].isdigit() else ""
    return f"{author} ({year}) – {title}" if year else f"{author} – {title}"


def filter_options(goals: pd.DataFrame, citations: pd.DataFrame, lang: str) -> FilterOptions:
    """Choices for the four filters, built from the goals and their citing documents."""
    themes = (goals.drop_duplicates("theme_id").sort_values("theme_order")
              [["theme_id", f"theme_{lang}"]].itertuples(index=False, name=None))
    docs = citations.drop_duplicates("source_id").sort_values(["author", "published"])
    sources = tuple((row.source_id, source_label(row.author, row.published, row.title))
                    for row in docs.itertuples())
    statuses = tuple((s, f"{STATUS_STYLE[s].symbol} {t(f'status_{s}', lang)}")
                     for s in sorted(STATUS_ORDER, key=STATUS_ORDER.get))
    years = sorted({_year_key(y) for y in goals["deadline_year"]}, key=lambda y: (y == NO_DEADLINE, y))
    year_pairs = tuple((y, t("ov_no_deadline", lang) if y == NO_DEADLINE else y) for y in years)
    return FilterOptions(tuple(themes), sources, statuses, year_pairs)


def prepare(goals: pd.DataFrame, values: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """One row per goal with the value columns merged in, plus `source_ids` (every citing
    document), `year_key` (deadline filter id) and `has_value` (a latest value exists)."""
    merged = goals.merge(values, on="target_id", how="left")
    docs = citations.groupby("target_id")["source_id"].agg(lambda ids: tuple(sorted(set(ids))))
    merged["source_ids"] = merged["target_id"].map(docs).apply(
        lambda ids: ids if isinstance(ids, tuple) else ())
    merged["year_key"] = merged["deadline_year"].apply(_year_key)
    merged["has_value"] = merged["latest_value"].notna()
    return merged


def apply_filters(goals: pd.DataFrame, state: ViewState, with_status: bool = True) -> pd.DataFrame:
    """The goals that match every chosen filter (a goal matches a document if any citation
    is from it). with_status=False ignores the status filter (for the headline counts)."""
    keep = pd.Series(True, index=goals.index)
    if state.themes:
        keep &= goals["theme_id"].isin(state.themes)
    if state.sources:
        chosen = set(state.sources)
        keep &= goals["source_ids"].apply(lambda ids: bool(chosen.intersection(ids)))
    if state.years:
        keep &= goals["year_key"].isin(state.years)
    if with_status and state.statuses:
        keep &= goals["status"].isin(state.statuses)
    return goals[keep]


def count_by_status(goals: pd.DataFrame) -> dict[str, int]:
    """Number of goals per status, every status present (0 if none), off track first."""
    counts = goals["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in sorted(STATUS_ORDER, key=STATUS_ORDER.get)}


def sort_goals(goals: pd.DataFrame, sort: str) -> pd.DataFrame:
    """Goals in display order. "status": off track, at risk, on track, achieved, no data (goals
    with a value before those without), then deadline; "deadline": earliest deadline first,
    goals without deadline last, then status. Ties keep the register order."""
    keys = pd.DataFrame({
        "status": goals["status"].map(STATUS_ORDER).fillna(len(STATUS_ORDER)),
        "no_value": ~goals["has_value"].astype(bool),
        "deadline": goals["deadline_year"].astype("Float64").fillna(math.inf),
        "theme": goals["theme_order"], "order": goals["sort_order"],
    }, index=goals.index)
    columns = (["status", "no_value", "deadline"] if sort == "status"
               else ["deadline", "status", "no_value"]) + ["theme", "order"]
    return goals.loc[keys.sort_values(columns, kind="stable").index]


def theme_groups(goals: pd.DataFrame, lang: str) -> list[tuple[str, str, pd.DataFrame]]:
    """(theme id, theme label, goals of that theme in their current order), themes in order."""
    groups = []
    for theme_id in goals.sort_values("theme_order", kind="stable")["theme_id"].unique():
        part = goals[goals["theme_id"] == theme_id]
        groups.append((theme_id, str(part.iloc[0][f"theme_{lang}"]), part))
    return groups


def attention(goals: pd.DataFrame, lang: str,
              statuses: tuple[str, ...] = ("off_track", "at_risk")) -> list[tuple[str, list[tuple[str, str]]]]:
    """The goals that need attention first: (status, [(target id, title)]) for each of
    `statuses` that has goals, in the goals' current order."""
    out = []
    for status in statuses:
        part = goals[goals["status"] == status]
        if len(part):
            out.append((status, [(row["target_id"], str(row[f"title_{lang}"]))
                                 for row in part.to_dict("records")]))
    return out


def _int_or_none(value) -> int | None:
    """An integer from a possibly missing (NA/NaN/None) cell."""
    return None if value is None or pd.isna(value) else int(value)


def quantity(value: float, row: Mapping, lang: str, whole: bool = False) -> str:
    """A value with its unit as shown on a card: "2.000 Wohnungen", "90,1 %", "25,8 Mio. €".
    whole=True drops the decimals of a whole number (targets: "100 %", not "100,0 %")."""
    decimals = _int_or_none(row.get("decimals")) or 0
    if whole and float(value).is_integer():
        decimals = 0
    if row.get("unit_id") == "eur":
        return format_money(value, lang)
    number = format_number(value, lang, decimals)
    if row.get("unit_id") == "percent":
        return f"{number} %" if lang == "de" else f"{number}%"
    symbol = row.get(f"symbol_{lang}")
    return f"{number} {symbol}" if isinstance(symbol, str) and symbol else number


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
        return t("ov_value_milestone", lang, value=format_number(latest, lang) + (" %" if lang == "de" else "%"))
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


def goal_link_params(target_id: str, lang: str) -> dict[str, str]:
    """Query params of the link to a goal page; keeps ?lang=en when English."""
    return {"goal": target_id, **({"lang": lang} if lang != "de" else {})}


def goal_href(target_id: str, lang: str) -> str:
    """A relative same-tab link to the goal page: "ziel?goal=<id>" (+ "&lang=en")."""
    return "ziel?" + urlencode(goal_link_params(target_id, lang))


def status_href(state: ViewState, status: str, lang: str) -> str:
    """A link (relative query string) to this view filtered to one status, other filters kept."""
    params = state_params(replace(state, statuses=(status,)))
    if lang != "de":
        params["lang"] = [lang]
    return "?" + urlencode(params, doseq=True)


def expand_href(state: ViewState, theme_id: str, lang: str) -> str:
    """A link (relative query string) to this view with every card of `theme_id` shown."""
    params = state_params(replace(state, expanded=tuple(dict.fromkeys((*state.expanded, theme_id)))))
    return "?" + urlencode({**params, **({"lang": [lang]} if lang != "de" else {})}, doseq=True)


def card_html(card: Card, lang: str, badge: Callable[[str, str], str], demo: Callable[[str], str]) -> str:
    """One goal card as HTML, every text escaped: status badge (symbol + word via `badge(status,
    lang)`), Beispieldaten (`demo(lang)`) and "Daten veraltet" marks, title, value against target,
    reason, data year · Stand · deadline, sources and a same-tab link to the goal page. A card
    with `error` shows its title and the message only."""
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


def theme_cards_html(goals: pd.DataFrame, lang: str, badge: Callable[[str, str], str],
                     demo: Callable[[str], str], limit: int | None = None, more_href: str = "") -> str:
    """The cards of one theme's goals (rows in display order) as ONE HTML grid; with `limit`, only
    the first `limit` cards and a link "Alle N anzeigen" to `more_href`. "" without goals."""
    if goals.empty:
        return ""
    shown = goals if limit is None else goals.head(limit)
    cards = "".join(card_html(build_card(row, lang), lang, badge, demo) for row in shown.to_dict("records"))
    label = t("ov_show_all", lang, n=len(goals), hidden=len(goals) - len(shown))
    more = (f'<a class="zm-more" href="{html.escape(more_href)}" target="_self">{html.escape(label)}</a>'
            if len(shown) < len(goals) else "")
    return f'<div class="zm-cards">{cards}</div>{more}'


def stand_text(build: Mapping, lang: str) -> str:
    """ "Stand: 21.11.2026 · Datenstand (Aufbau der Datenbank): 21.11.2026 20:10"."""
    as_of, built = build.get("as_of"), build.get("built_at")
    as_of_text = format_date(pd.Timestamp(as_of).date(), lang) if as_of is not None else "–"
    built_text = "–"
    if built is not None:
        stamp = pd.Timestamp(built)
        built_text = f"{format_date(stamp.date(), lang)} {stamp:%H:%M}"
    return t("ov_stand", lang, as_of=as_of_text, built=built_text)
