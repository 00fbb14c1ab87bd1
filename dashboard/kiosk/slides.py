"""The kiosk's slide list: pure functions from query DataFrames to frozen slide models.

In: the frames of dashboard.queries.kiosk (goals, series, districts, build) and KioskOptions.
Out: a Deck (title slide, one slide per goal with data, the district map slide) plus the ids
of goals that were skipped because their data could not be shown. No Streamlit, no database:
`load_deck` takes the query runner as an argument.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Callable
from urllib.parse import urlencode

import pandas as pd

from dashboard.headline import headline_status
from dashboard.i18n import t
from dashboard.kiosk.models import (
    Deck, District, GoalSlide, KioskDataError, MapSlide, SlideError,
)
from dashboard.kiosk.options import KioskOptions
from dashboard.kiosk.title import TitleSlide, title_slide
from indicators import fmt
from indicators.fmt import Unit, format_quantity, unit_from_row
from indicators.model import ANNUAL_FLOW, BUDGET, CUMULATIVE, KINDS, STATUSES
from indicators.sentences import upper_first
from indicators.sums import running_totals, sum_end_year

__all__ = ["Deck", "District", "GoalSlide", "KioskDataError", "MapSlide", "SlideError", "TitleSlide",
           "build_deck", "load_deck"]
log = logging.getLogger(__name__)
TITLE_ORDER = STATUSES  # best first, "keine Daten" last
# The columns each query frame must have (a renamed column is a KioskDataError, not a blank screen).
NEEDED = {
    "goals": frozenset({"target_id", "theme_id", "theme_de", "theme_en", "title_de", "title_en", "kind", "status", "latest_value", "latest_year", "start_year",
                        "deadline_year", "target_value", "unit_id", "decimals", "uses_demo", "stale", "as_of",
                        "line_from", "line_to", "goal_source_author", "goal_source_title"}),
    "series": frozenset({"target_id", "year", "value", "is_demo", "data_attribution"}),
    "districts": frozenset({"area_code", "name", "status", "geometry", "uses_demo"}),
}


def _date(value) -> dt.date | None:
    """A date from a DuckDB/pandas value (date, Timestamp, None/NaT)."""
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _finite(value) -> float:
    """A finite float or SlideError (None, NaN, infinity are not shown on a public screen)."""
    try:
        number = float(value)
    except (TypeError, ValueError) as err:
        raise SlideError(f"not a number: {value!r}") from err
    if math.isnan(number) or math.isinf(number):
        raise SlideError(f"not a finite number: {value!r}")
    return number


def _whole(value) -> int:
    """A whole number (year, line number) as int, or SlideError for a missing or broken value."""
    number = _finite(value)
    if not number.is_integer():
        raise SlideError(f"not a whole number: {value!r}")
    return int(number)


def format_amount(value: float, unit: Unit, lang: str) -> tuple[str, str]:
    """(number, unit word) for a big number and its caption, through fmt.format_quantity:
    ('5.702', 'Bäume'), ('1', 'Baum'), ('70,3 %', ''), ('12,5 Mio. €', '')."""
    number = format_quantity(value, unit, lang, word=False)
    return number, "" if unit.is_money or unit.is_percent else unit.word(value, lang)


def qr_target(public_url: str, page: str, lang: str, **params: str) -> str:
    """The normal dashboard's URL for a page (e.g. 'ziel') with parameters, in the screen's
    language: qr_target('https://x', 'ziel', 'de', goal='a') -> 'https://x/ziel?goal=a'."""
    if lang != "de":
        params["lang"] = lang
    query = f"?{urlencode(params)}" if params else ""
    return f"{public_url.rstrip('/')}/{page}{query}"


def select_goals(goals: pd.DataFrame, options: KioskOptions, demo_ids: frozenset = frozenset()) -> pd.DataFrame:
    """The goals this screen shows: by theme ids, goal ids, and without demo goals if asked
    (a status that rests on demo data, uses_demo, or a goal whose shown series has demo values,
    demo_ids)."""
    keep = pd.Series(True, index=goals.index)
    if options.themes:
        keep &= goals["theme_id"].str.lower().isin(options.themes)
    if options.goals:
        keep &= goals["target_id"].str.lower().isin(options.goals)
    if not options.demo:
        keep &= ~goals["uses_demo"].fillna(False).astype(bool) & ~goals["target_id"].isin(demo_ids)
    return goals[keep]


def _source_line(row: dict, series: pd.DataFrame, lang: str) -> str:
    """'Quelle: <author>, „<document>“ (Z. a–b) · Daten: <attribution of the latest value>'."""
    lines = ""
    if not pd.isna(row.get("line_from")):
        first, last = _whole(row["line_from"]), _whole(row["line_to"])
        lines = " (" + (t("kiosk_line", lang, first=first) if first == last
                        else t("kiosk_lines", lang, first=first, last=last)) + ")"
    goal = f"{row['goal_source_author']}, „{short_title(row['goal_source_title'])}“{lines}"
    if series.empty:
        return t("kiosk_source_goal_only", lang, goal=goal)
    return t("kiosk_source_line", lang, goal=goal, data=data_credit(series, lang))


def short_title(title: str) -> str:
    """A document title up to its first ' – ' (so the source fits one line on a screen):
    'Dortmund kann das – Programm zur Kommunalwahl …' -> 'Dortmund kann das'."""
    return str(title).split(" – ")[0].strip()


def data_credit(series: pd.DataFrame, lang: str = "de") -> str:
    """The attribution of the latest value's data source, without a leading 'Quelle:' and
    without a trailing remark in brackets ('IT.NRW / Stadt Dortmund (je Jahr: …)' -> 'IT.NRW /
    Stadt Dortmund'), followed by the value's kind ('amtliche Statistik'); '–' for an empty series."""
    if series.empty:
        return "–"
    text = re.sub(r"^\s*(Quelle|Source)\s*:\s*", "", str(series["data_attribution"].iloc[-1]))
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text) if "(je " in text else text
    kind = series["data_kind"].iloc[-1] if "data_kind" in series else None
    return f"{text} ({t(f'data_kind_{kind}', lang)})" if isinstance(kind, str) and kind else text


def _series_shown(row: dict, years: tuple, values: tuple, lang: str) -> tuple:
    """(number, caption phrase, chart kind, chart years, chart values) of a goal slide.

    Cumulative goals and budgets show the running total of the counted years
    (indicators.sums, the status rule's count) as number and chart; a sum goal without a
    counted year shows its latest year like a flow. Levels show the latest value as a line."""
    kind, latest = row["kind"], _finite(row.get("latest_value"))
    if row.get("status") == "not_assessable" and not pd.isna(row.get("latest_year")):
        # a value from before the goal's period is its starting point, not progress
        phrase = t("kiosk_caption_start", lang, year=_whole(row["latest_year"]))
        return latest, phrase, "bar" if kind == ANNUAL_FLOW else "line", years, values
    if kind in (CUMULATIVE, BUDGET):
        deadline = None if pd.isna(row.get("deadline_year")) else _whole(row["deadline_year"])
        as_of = _date(row.get("as_of"))
        end = sum_end_year(deadline, as_of.year if as_of else max(years, default=0))
        totals = running_totals(zip(years, values), _whole(row["start_year"]), end)
        if totals:
            phrase = t("kiosk_caption_sum", lang, first=_whole(row["start_year"]), last=totals[-1][0])
            return (totals[-1][1], phrase, "sum", tuple(y for y, _ in totals),
                    tuple(v for _, v in totals))
    if kind == ANNUAL_FLOW or kind in (CUMULATIVE, BUDGET):
        phrase = t("kiosk_caption_year", lang, year=_whole(row["latest_year"]))
        return latest, phrase, "bar", years, values
    return latest, t("kiosk_caption_level", lang, year=_whole(row["latest_year"])), "line", years, values


def _target_line(row: dict, target_number: str, target_unit: str, lang: str) -> str:
    """'Ziel: 5.000 Bäume bis 2025' / 'Ziel: 2.000 Wohnungen pro Jahr (ohne Frist)'."""
    deadline = None if pd.isna(row.get("deadline_year")) else _whole(row["deadline_year"])
    key = "kiosk_target_flow" if row["kind"] == ANNUAL_FLOW else "kiosk_target_total"
    line = t(key, lang, value=target_number, unit=target_unit).replace("  ", " ").rstrip()
    return line + (t("kiosk_by_year", lang, year=deadline) if deadline else t("kiosk_no_deadline", lang))


def goal_slide(row: dict, series: pd.DataFrame, options: KioskOptions, public_url: str) -> GoalSlide:
    """One goal's slide from its overview row and its city series; SlideError if unshowable."""
    lang = options.lang
    if row.get("status") not in STATUSES or row.get("kind") not in KINDS:
        raise SlideError(f"{row.get('target_id')}: unknown status or kind")
    years = tuple(_whole(y) for y in series["year"])
    shown, phrase, chart, chart_years, chart_values = _series_shown(
        row, years, tuple(_finite(v) for v in series["value"]), lang)
    unit = unit_from_row(row)
    number, unit_word = format_amount(shown, unit, lang)
    glue = " " if chart != "line" else ", "
    caption = upper_first(f"{unit_word}{glue}{phrase}" if unit_word else phrase)
    target_value = None if pd.isna(row.get("target_value")) else _finite(row["target_value"])
    target_number, target_unit = format_amount(target_value, unit, lang) if target_value is not None else ("–", "")
    return GoalSlide(
        target_id=row["target_id"], theme=row[f"theme_{lang}"], title=row[f"title_{lang}"],
        number=number, caption=caption,
        target_line=_target_line(row, target_number, target_unit, lang), status=row["status"],
        reason=str(row.get(f"reason_{lang}") or ""),
        stale=bool(row.get("stale")) if not pd.isna(row.get("stale")) else False,
        uses_demo=bool(row.get("uses_demo")) or bool(series["is_demo"].any()),
        as_of=_date(row.get("as_of")), source_line=_source_line(row, series, lang),
        qr_url=qr_target(public_url, "ziel", lang, goal=row["target_id"]),
        chart=chart, years=chart_years, values=chart_values, target_value=target_value,
        target_label=t("kiosk_chart_target", lang, value=target_number),
    )


def map_slide(districts: pd.DataFrame, goal: dict, series: pd.DataFrame, options: KioskOptions,
              public_url: str) -> MapSlide:
    """The district map slide; SlideError if a district has no geometry or an unknown status."""
    lang = options.lang
    if districts.empty:
        raise SlideError("no district rows")
    rows = []
    for rec in districts.to_dict("records"):
        if rec["status"] not in STATUSES or not isinstance(rec["geometry"], str):
            raise SlideError(f"district {rec['area_code']}: no geometry or unknown status")
        # a district is coloured only by a status that counts (never by Beispieldaten)
        rows.append(District(str(rec["area_code"]), rec["name"], headline_status(rec), rec["geometry"]))
    data = data_credit(series, lang)
    return MapSlide(
        target_id=goal["target_id"], title=t("kiosk_map_heading", lang),
        subtitle=t("kiosk_map_sub", lang), districts=tuple(rows),
        uses_demo=bool(districts["uses_demo"].fillna(False).any()) or bool(goal.get("uses_demo")),
        as_of=_date(goal.get("as_of")), source_line=t("kiosk_map_source", lang, data=data),
        qr_url=qr_target(public_url, "stadtbezirke", lang),
    )


def check_columns(**frames: pd.DataFrame) -> None:
    """KioskDataError naming every frame and column the slides need but do not get."""
    missing = [f"{name}.{col}" for name, frame in frames.items() for col in sorted(NEEDED[name] - set(frame.columns))]
    if missing:
        raise KioskDataError(f"kiosk query frames lack columns: {', '.join(missing)}")


def build_deck(goals: pd.DataFrame, series: pd.DataFrame, districts: pd.DataFrame, build: dict,
               options: KioskOptions, public_url: str, map_target: str) -> Deck:
    """Title slide, then one slide per selected goal with a latest value, then the map slide
    (if its goal is selected). A goal whose data cannot be shown (SlideError) is skipped, named
    in Deck.skipped and logged; frames without the needed columns raise KioskDataError."""
    check_columns(goals=goals, series=series, districts=districts)
    chosen = select_goals(goals, options, frozenset(series.loc[series["is_demo"].astype(bool), "target_id"]))
    slides: list = [title_slide(chosen, _date(build.get("as_of")), qr_target(public_url, "", options.lang))]
    skipped = []
    by_goal = {tid: grp for tid, grp in series.groupby("target_id", sort=False)}
    empty = series.iloc[0:0]
    for row in chosen[chosen["latest_value"].notna()].to_dict("records"):
        try:
            slides.append(goal_slide(row, by_goal.get(row["target_id"], empty), options, public_url))
        except SlideError as err:
            log.warning("kiosk: goal %s left out: %s", row["target_id"], err)
            skipped.append(row["target_id"])
    map_rows = chosen[chosen["target_id"] == map_target].to_dict("records")
    if map_rows:
        try:
            slides.append(map_slide(districts, map_rows[0], by_goal.get(map_target, empty),
                                    options, public_url))
        except SlideError as err:
            log.warning("kiosk: district map left out: %s", err)
            skipped.append("map")
    return Deck(slides=tuple(slides), skipped=tuple(skipped))


def load_deck(run_query: Callable, options: KioskOptions, public_url: str) -> Deck:
    """The deck from the database through run_query(fn, *args) (dashboard.data.query).

    Raises whatever run_query raises (DatabaseMissing, DataUnavailable) for the caller to keep
    the last good deck.
    """
    from dashboard.queries import kiosk as q

    return build_deck(
        run_query(q.kiosk_goals), run_query(q.kiosk_series), run_query(q.kiosk_districts, q.MAP_TARGET),
        run_query(q.kiosk_build), options, public_url, q.MAP_TARGET,
    )
