"""View-model of the Übersicht page: URL state, filters, sorting, headline counts and lists.

Pure: pandas in, plain values out; no Streamlit, no database. The page reads the URL and the
query results, calls these functions and renders what they return. Card text and HTML live in
dashboard.overview_cards; what a headline may count (demo data, series groups) in
dashboard.headline.

Inputs are the frames of dashboard.queries: `targets_overview` (one row per goal),
`overview_values` (inputs_json, the source of the latest value, the starting point before the
goal's period and the indicator's name) and `overview_citations` (one row per goal and citing
document).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlencode

import pandas as pd

from dashboard import headline
from dashboard.i18n import t
from dashboard.style import IMPLEMENTATION_STYLE, STATUS_ORDER, status_label
from indicators.fmt import format_date
from indicators.model import ACHIEVED, AT_RISK, MISSED, NO_DATA, NOT_ASSESSABLE, OFF_TRACK, ON_TRACK

PARAM_KEYS = ("theme", "source", "status", "year", "sort", "all")
SORTS = ("status", "deadline")
DEFAULT_SORT = "status"
NO_DEADLINE = "none"
ATTENTION = (MISSED, OFF_TRACK, AT_RISK)  # headline statuses named at the top of the overview
# The headline tiles in two rows: verdicts on measured goals, and what evidence shows about
# deliverables (dashboard.headline.headline_status decides which row a goal counts in).
MEASURED_TILES = (MISSED, OFF_TRACK, AT_RISK, ON_TRACK, ACHIEVED, NOT_ASSESSABLE, NO_DATA)
EVIDENCE_TILES = tuple(IMPLEMENTATION_STYLE)  # umgesetzt, in Umsetzung, beschlossen, …
CARD_LIMIT = 12  # cards per theme before "Alle N anzeigen" (URL param all=<theme id> shows every card)


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
    document), `year_key` (deadline filter id) and `has_value` (a latest value, a starting
    point before the goal's period or a dated evidence entry exists, so the goal gets a card)."""
    merged = goals.merge(values, on="target_id", how="left")
    docs: dict[str, tuple[str, ...]] = {}
    for target_id, source_id in sorted(set(zip(citations["target_id"], citations["source_id"]))):
        docs[target_id] = (*docs.get(target_id, ()), source_id)
    merged["source_ids"] = [docs.get(target_id, ()) for target_id in merged["target_id"]]
    merged["year_key"] = merged["deadline_year"].apply(_year_key)
    start = merged["start_point_value"] if "start_point_value" in merged else pd.Series(None, index=merged.index)
    evidence = merged["n_evidence"].fillna(0) > 0 if "n_evidence" in merged else False
    merged["has_value"] = merged["latest_value"].notna() | start.notna() | evidence
    return merged


def apply_filters(goals: pd.DataFrame, state: ViewState, with_status: bool = True) -> pd.DataFrame:
    """The goals that match every chosen filter (a goal matches a document if any citation
    is from it). with_status=False ignores the status filter (for the headline counts).

    Adds `counted_status` (headline.counted_statuses over the goals left by the other filters:
    Beispieldaten count as "keine Daten", a series group under one status) and `series` (the
    goal's series group among them, "" if none); the status filter matches counted_status."""
    keep = pd.Series(True, index=goals.index)
    if state.themes:
        keep &= goals["theme_id"].isin(state.themes)
    if state.sources:
        chosen = set(state.sources)
        keep &= goals["source_ids"].apply(lambda ids: bool(chosen.intersection(ids)))
    if state.years:
        keep &= goals["year_key"].isin(state.years)
    kept = goals[keep].copy()
    kept["counted_status"] = headline.counted_statuses(kept)
    kept["series"] = headline.series_labels(kept)
    if with_status and state.statuses:
        kept = kept[kept["counted_status"].isin(state.statuses)]
    return kept


def count_by_status(goals: pd.DataFrame) -> dict[str, int]:
    """The headline tiles: count per status, every status present (0 if none), most urgent
    first, by the one headline rule (dashboard.headline.headline_counts)."""
    return headline.headline_counts(goals)


def tile_rows(counts: Mapping[str, int]) -> list[tuple[str, dict[str, int]]]:
    """The tiles as two labelled rows: ("measured", verdict counts) and ("evidence", counts of
    the evidence statuses, furthest first). Every status in exactly one row."""
    return [("measured", {s: counts.get(s, 0) for s in MEASURED_TILES}),
            ("evidence", {s: counts.get(s, 0) for s in EVIDENCE_TILES})]


def sort_goals(goals: pd.DataFrame, sort: str) -> pd.DataFrame:
    """Goals in display order. "status": verfehlt, nicht auf Kurs, gefährdet, auf Kurs, erreicht,
    noch nicht bewertbar, keine Daten by counted_status (goals with a value before those
    without), then deadline; "deadline": earliest deadline first, goals without deadline last,
    then status. Ties keep the register order."""
    status = goals["counted_status"] if "counted_status" in goals else goals["status"]
    keys = pd.DataFrame({
        "status": status.map(STATUS_ORDER).fillna(len(STATUS_ORDER)),
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
              statuses: tuple[str, ...] = ATTENTION) -> list[tuple[str, list[list[tuple[str, str]]]]]:
    """The goals that need attention first: (status, entries) for each of `statuses` that has
    goals by counted_status, in the goals' current order. An entry is [(target id, title)], one
    pair per goal; the goals of one series group share one entry (counted once)."""
    out = []
    for status in statuses:
        part = goals[goals["counted_status"] == status]
        entries: dict[str, list[tuple[str, str]]] = {}
        for row in part.to_dict("records"):
            key = row.get("series") or "goal:" + str(row["target_id"])
            entries.setdefault(key, []).append((str(row["target_id"]), str(row[f"title_{lang}"])))
        if entries:
            out.append((status, list(entries.values())))
    return out


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


def stand_text(build: Mapping, lang: str) -> str:
    """ "Stand: 21.11.2026 · Datenstand (Aufbau der Datenbank): 21.11.2026 20:10"."""
    as_of, built = build.get("as_of"), build.get("built_at")
    as_of_text = format_date(pd.Timestamp(as_of).date(), lang) if as_of is not None else "–"
    built_text = "–"
    if built is not None:
        stamp = pd.Timestamp(built)
        built_text = f"{format_date(stamp.date(), lang)} {stamp:%H:%M}"
    return t("ov_stand", lang, as_of=as_of_text, built=built_text)
