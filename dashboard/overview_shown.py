"""The overview as shown for one filter state: everything pages/overview.py draws below its
filters, computed once per (filter state, language, Stand date, database version) and shared
read-only by every session (called through dashboard.data.derived).

Before, every page load filtered, sorted and converted the goals table with pandas and rebuilt
the card HTML (profile 7 in docs/benchmarks.md); a viewer's load now looks the result up, the
tiles, the attention lines, the lists of goals without values (dashboard.overview_html) and the
„Stand“ line included. The rules stay where they are (dashboard.overview_model,
dashboard.headline, dashboard.implementation_model, dashboard.overview_cards); this module only
assembles them and freezes the result: a frozen dataclass of tuples, strings and read-only
mappings, so a page cannot change what the next viewer sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pandas as pd

from dashboard import changes_view, components, downloads, implementation_model, overview_html, overview_view
from dashboard import overview_cards as cards
from dashboard import overview_model as om
from dashboard.data import derived, query
from dashboard.i18n import t
from dashboard.queries import build_info
from dashboard.queries import datenlage as datenlage_q


@dataclass(frozen=True)
class Section:
    """One theme: id, heading, the cards of its goals with values as ONE HTML grid (the first
    om.CARD_LIMIT unless the theme is expanded), its goals without values (read-only rows) and
    the same goals as one HTML list (overview_html.without_list; '' when there are none)."""

    theme_id: str
    label: str
    cards_html: str
    without: tuple[Mapping, ...]
    without_html: str = ""


@dataclass(frozen=True)
class Shown:
    """What the overview shows for one view state (all counts by the one headline rule)."""

    total: int  # goals in the register (or on the Stand date)
    counted: int  # goals left by the filters other than status: what the tiles count
    counts: Mapping[str, int]  # tiles: goals per status (om.count_by_status)
    groups: tuple[int, int] | None  # (counted goals in series groups, number of groups), None if none
    balance: Mapping | None  # implementation_model.balance of the counted goals
    shown: int  # goals after every filter
    uses_demo: bool  # a shown goal uses Beispieldaten
    expand: bool  # no shown goal has a value: the lists of goals without values open
    sections: tuple[Section, ...]
    stand_line: str = ""  # „Stand: … · Datenstand …“ of the build (om.stand_text)
    tiles_html: str = ""  # the headline tiles (overview_html.tiles)
    attention_html: tuple[str, ...] = ()  # one block per worrying status (overview_html.attention)


def goals_on(stand: dt.date | None) -> pd.DataFrame:
    """The overview's goals table: today's (overview_view.goals_table) or on a Stand date."""
    return derived(overview_view.goals_table) if stand is None else derived(changes_view.goals_table_on, stand)


def shown(state: om.ViewState, lang: str, stand: dt.date | None = None) -> Shown:
    """The overview for `state` in `lang` on `stand` (None: the build's date), frozen."""
    table = goals_on(stand)
    counted = om.apply_filters(table, state, with_status=False)
    goals = om.sort_goals(om.apply_filters(counted, state), state.sort)
    series = counted.loc[counted["series"].astype(bool), "series"]
    docs = query(datenlage_q.document_titles)
    titles = {d["source_id"]: f"{d['author']}: {d['title']}" for d in docs.to_dict("records")}
    counts = MappingProxyType(om.count_by_status(counted))
    return Shown(
        total=len(table), counted=len(counted), counts=counts,
        groups=(len(series), int(series.nunique())) if len(series) else None,
        balance=implementation_model.balance(counted, titles, lang),
        shown=len(goals), uses_demo=bool(goals["uses_demo"].any()), expand=not goals["has_value"].any(),
        sections=tuple(_section(part, state, lang)
                       for part in om.theme_sections(goals, lang, om.CARD_LIMIT, state.expanded)),
        stand_line=om.stand_text(query(build_info), lang), tiles_html=overview_html.tiles(counts, state, lang),
        attention_html=overview_html.attention(om.attention(goals, lang), state, lang))


def _section(part: tuple, state: om.ViewState, lang: str) -> Section:
    """A theme section of om.theme_sections with its cards as HTML and read-only rows."""
    theme_id, label, with_value, n_values, without = part
    html = cards.theme_cards_html(with_value, lang, components.status_badge, components.demo_badge,
                                  total=n_values, more_href=om.expand_href(state, theme_id, lang))
    rows = tuple(MappingProxyType(row) for row in without)
    return Section(theme_id, label, html, rows, overview_html.without_list(rows, lang) if rows else "")


def download_files(state: om.ViewState, lang: str, stand: dt.date | None = None) -> dict[str, bytes]:
    """The overview table as shown (the view state's filters and sort, on `stand` like the page)
    as files to take away: {"csv": German Excel CSV, "xlsx": the same rows}
    (dashboard.downloads.overview_table)."""
    shown_goals = om.sort_goals(om.apply_filters(goals_on(stand), state), state.sort)
    return downloads.files(downloads.overview_table(shown_goals, lang), t("take_sheet_overview", lang))
