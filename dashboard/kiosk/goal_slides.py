"""Goal and map slides: pure functions from one goal's query rows to a frozen slide model.

In: a goal's overview row (dashboard.queries.kiosk.kiosk_goals) and its city series, or the
district rows of the map goal. Out: GoalSlide / MapSlide, or SlideError when the data cannot be
shown on a public screen (no finite value, unknown status or kind). No Streamlit, no database.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from urllib.parse import urlencode

import pandas as pd

from dashboard.headline import headline_status
from dashboard.i18n import t
from dashboard.kiosk.models import District, GoalSlide, MapSlide, SlideError
from dashboard.kiosk.options import KioskOptions
from indicators.fmt import Unit, format_quantity, unit_from_row
from indicators.model import ANNUAL_FLOW, BUDGET, CUMULATIVE, KINDS, STATUSES
from indicators.sentences import upper_first
from indicators.sums import running_totals, sum_end_year


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
    language: qr_target('https://x', 'ziel', 'de', goal='a') -> 'https://x/ziel?goal=a';
    '' when public_url is '' (no address a phone can open: no QR code, dashboard.qr)."""
    if not public_url:
        return ""
    if lang != "de":
        params["lang"] = lang
    query = f"?{urlencode(params)}" if params else ""
    return f"{public_url.rstrip('/')}/{page}{query}"


def goal_source(row: dict, lang: str) -> str:
    """Where the goal is stated: '<author>, „<document>“ (Z. a–b)'."""
    lines = ""
    if not pd.isna(row.get("line_from")):
        first, last = _whole(row["line_from"]), _whole(row["line_to"])
        lines = " (" + (t("kiosk_line", lang, first=first) if first == last
                        else t("kiosk_lines", lang, first=first, last=last)) + ")"
    return f"{row['goal_source_author']}, „{short_title(row['goal_source_title'])}“{lines}"


def _source_line(goal: str, series: pd.DataFrame, lang: str) -> str:
    """'Quelle: <goal source> · Daten: <attribution of the latest value>' ('Quelle: …' alone
    without a series)."""
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
        as_of=_date(row.get("as_of")), source_line=_source_line(goal_source(row, lang), series, lang),
        goal_source=goal_source(row, lang), data_source=data_credit(series, lang),
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

