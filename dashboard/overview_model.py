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
from dashboard.style import STATUS_ORDER, STATUS_STYLE, status_label
from indicators.fmt import PERCENT, format_date, format_quantity, unit_from_row

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
    statuses = tuple((s, status_label(s, lang))
                     for s in sorted(STATUS_ORDER, key=STATUS_ORDER.get))
    years = sorted({_year_key(y) for y in goals["deadline_year"]}, key=lambda y: (y == NO_DEADLINE, y))
    year_pairs = tuple((y, t("ov_no_deadline", lang) if y == NO_DEADLINE else y) for y in years)
    return FilterOptions(tuple(themes), sources, statuses, year_pairs)


def prepare(goals: pd.DataFrame, values: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """One row per goal with the value columns merged in, plus `source_ids` (every citing
    document), `year_key` (deadline filter id) and `has_value` (a latest value exists)."""
    merged = goals.merge(values, on="target_id", how="left")
    docs: dict[str, tuple[str, ...]] = {}
    for target_id, source_id in sorted(set(zip(citations["target_id"], citations["source_id"]))):
        docs[target_id] = (*docs.get(target_id, ()), source_id)
    merged["source_ids"] = [docs.get(target_id, ()) for target_id in merged["target_id"]]
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


def theme_sections(goals: pd.DataFrame, lang: str, limit: int | None = None,
                   expanded: Sequence[str] = ()) -> list[tuple[str, str, list[dict], int, list[dict]]]:
    """(theme id, label, rows with a value, how many have one, rows without) per theme in theme
    order, rows (dicts) in the goals' current order; with `limit`, at most `limit` rows with a
    value per theme (all for themes in `expanded`), so hidden rows are never converted."""
    has = goals["has_value"].astype(bool)
    rank = has.groupby(goals["theme_id"]).cumsum()
    keep = ~has | goals["theme_id"].isin(expanded) | (rank <= (limit or len(goals)))
    counts, sections = has.groupby(goals["theme_id"]).sum(), {}
    for row in goals[keep].to_dict("records"):
        label, with_value, without = sections.setdefault(row["theme_id"], (str(row[f"theme_{lang}"]), [], []))
        (with_value if row["has_value"] else without).append(row)
    order = dict(zip(goals["theme_id"], goals["theme_order"]))
    return [(tid, label, with_value, int(counts[tid]), without)
            for tid, (label, with_value, without) in sorted(sections.items(), key=lambda item: order[item[0]])]


def attention(goals: pd.DataFrame, lang: str,
              statuses: tuple[str, ...] = ("off_track", "at_risk")) -> list[tuple[str, list[tuple[str, str]]]]:
    """The goals that need attention first: (status, [(target id, title)]) for each of
    `statuses` that has goals, in the goals' current order."""
    out = []
    for status in statuses:
        part = goals.loc[goals["status"] == status, ["target_id", f"title_{lang}"]]
        if len(part):
            out.append((status, [(tid, str(title)) for tid, title in part.itertuples(index=False, name=None)]))
    return out


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


def stand_text(build: Mapping, lang: str) -> str:
    """ "Stand: 21.11.2026 · Datenstand (Aufbau der Datenbank): 21.11.2026 20:10"."""
    as_of, built = build.get("as_of"), build.get("built_at")
    as_of_text = format_date(pd.Timestamp(as_of).date(), lang) if as_of is not None else "–"
    built_text = "–"
    if built is not None:
        stamp = pd.Timestamp(built)
        built_text = f"{format_date(stamp.date(), lang)} {stamp:%H:%M}"
    return t("ov_stand", lang, as_of=as_of_text, built=built_text)
