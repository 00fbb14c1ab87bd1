"""A reference date („Stichtag laut Quelle“) in the page's language.

The reported files (stats/reported/*.csv, copied unchanged from their sources) state reference
dates in English words or as ISO dates: '2024-12-31', '2022-06', 'summer 2024', 'before
2025-04-09', 'mid-March 2025', 'school year 2017/18', '2023 (article date not in excerpt)'.
ref_date_text renders such a text in German or English with the words of
dashboard/i18n/ref_dates.py; a text it does not recognise is returned unchanged. Pure: no
Streamlit, no database.
"""

from __future__ import annotations

import datetime as dt
import re

from dashboard.i18n import t
from indicators import fmt

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_PHRASES = (  # (pattern of the whole text, label key, names of the groups)
    (re.compile(r"before (.+)"), "rd_before", ("date",)),
    (re.compile(r"mid-(\w+) (\d{4})"), "rd_mid_month", ("month", "year")),
    (re.compile(r"end of (\d{4})"), "rd_end_of", ("year",)),
    (re.compile(r"late (\d{4})"), "rd_late", ("year",)),
    (re.compile(r"summer (\d{4})"), "rd_summer", ("year",)),
    (re.compile(r"school year (\d{4}/\d{2})"), "rd_school_year", ("years",)),
    (re.compile(r"kindergarten year (\d{4}/\d{2})", re.IGNORECASE), "rd_kita_year", ("years",)),
    (re.compile(r"(\d{4}) \(Jahresdurchschnitt\)"), "rd_annual_average", ("year",)),
    (re.compile(r"first Bilanz, (\d{4})"), "rd_first_bilanz", ("year",)),
    (re.compile(r"decision \"innerhalb der nächsten vier Jahre\" with 2022 target -> about 2018"),
     "rd_decision_four_years", ()),
)
_NOTES = {
    "date not in excerpt": "rd_note_not_in_excerpt",
    "article date not in excerpt": "rd_note_article_not_in_excerpt",
    "exact date not in excerpt": "rd_note_exact_not_in_excerpt",
    "after summer holidays": "rd_note_after_summer_holidays",
    "summer; city news": "rd_note_summer_city_news",
    "programme started June 2024": "rd_note_programme_started",
    "article refers to the Oct 2021 Klima-Luft package": "rd_note_klima_luft",
}


def ref_date_text(raw, lang: str) -> str:
    """The reference date `raw` (text from a source file, or empty) in German or English:
    '2024-12-31' -> '31.12.2024' / '31 Dec 2024'; 'summer 2024' -> 'Sommer 2024'; a remark in
    brackets is rendered part by part ('2023 (article date not in excerpt)' -> '2023 (Artikeldatum
    nicht im Auszug)'). Unknown wording comes back unchanged."""
    text = "" if raw is None else str(raw).strip()
    main, remark = _split_remark(text)
    shown = _main_text(main, lang)
    if remark is None:
        return shown
    pieces = [remark] if remark in _NOTES else remark.split("; ")
    parts = [t(_NOTES[p], lang) if p in _NOTES else _main_text(p, lang) for p in pieces]
    return f"{shown} ({'; '.join(parts)})"


def _split_remark(text: str) -> tuple[str, str | None]:
    """('2023', 'article date not in excerpt') from '2023 (article date not in excerpt)'."""
    match = re.fullmatch(r"(.+?) \((.+)\)", text)
    if match is None or match.group(2) in ("Jahresdurchschnitt",):
        return text, None
    return match.group(1), match.group(2)


def _main_text(text: str, lang: str) -> str:
    """A date or a known phrase in the language; anything else unchanged."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return fmt.format_date(dt.date.fromisoformat(text), lang)
    if match := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return f"{_month(int(match.group(2)), lang)} {match.group(1)}"
    for pattern, key, names in _PHRASES:
        if match := pattern.fullmatch(text):
            values = dict(zip(names, match.groups()))
            if "date" in values:
                values["date"] = _main_text(values["date"], lang)
            if "month" in values and values["month"].lower() in _MONTHS:
                values["month"] = _month(_MONTHS.index(values["month"].lower()) + 1, lang)
            return t(key, lang, **values)
    return text


def _month(number: int, lang: str) -> str:
    """The month's name: 3 -> 'März' / 'March'."""
    return t(f"rd_month_{number}", lang)
