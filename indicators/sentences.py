"""Building blocks of the one-sentence explanations, in German and English.

Numbers go through indicators.fmt; units come from the target (unit_de / unit_en).
A target whose unit is the euro (unit "Euro"/"euros"/"EUR"/"€") is written as money,
e.g. "12,5 Mio. €" / "€12.5 million".
"""

from __future__ import annotations

from indicators.common import AT_RISK_MAX_GAP, ON_TRACK_MAX_GAP, STALE_AFTER_YEARS
from indicators.fmt import format_money, format_number, format_percent
from indicators.model import INCREASE, Target

MONEY_UNITS = frozenset({"€", "eur", "euro", "euros"})


def is_money(target: Target) -> bool:
    """True when the target's unit is the euro (checked on unit_de and unit_en)."""
    units = {target.unit_de.strip().lower(), target.unit_en.strip().lower()}
    return bool(units & MONEY_UNITS)


def num(value: float, target: Target, lang: str) -> str:
    """A number in the target's style without unit word; money keeps its € sign."""
    if is_money(target):
        return format_money(value, lang)
    return format_number(value, lang, target.decimals)


SINGULAR = {
    "Wohnungen": "Wohnung", "dwellings": "dwelling", "Bäume": "Baum", "trees": "tree",
    "Stadtbezirke": "Stadtbezirk", "districts": "district", "Schulen": "Schule", "schools": "school",
    "Plätze": "Platz", "places": "place", "Stellen": "Stelle", "jobs": "job", "Flächen": "Fläche",
    "sites": "site", "Wochen": "Woche", "weeks": "week", "Jahre": "Jahr", "years": "year",
    "Personen": "Person", "people": "person", "items": "item", "Kilometer": "Kilometer",
    "kilometres": "kilometre",
}


def qty(value: float, target: Target, lang: str) -> str:
    """A number with the target's unit: "1.379 Wohnungen" / "1,379 dwellings" / "12,5 Mio. €";
    exactly one takes the singular ("1 Stadtbezirk")."""
    if is_money(target):
        return format_money(value, lang)
    unit = target.unit_de if lang == "de" else target.unit_en
    if value == 1:
        unit = SINGULAR.get(unit, unit)
    return f"{format_number(value, lang, target.decimals)} {unit}".strip()


def pct(share: float, lang: str) -> str:
    """A share as whole percent: "69 %" / "69%"."""
    return format_percent(share, lang)


def span(first: int, last: int) -> str:
    """A year range "2024–2025", or "2024" when both are the same year."""
    return str(first) if first == last else f"{first}–{last}"


def gap_band(gap: float, lang: str) -> str:
    """The threshold band a positive gap falls in: "höchstens 5 %", "5 bis 20 %", "mehr als 20 %"."""
    low, high = pct(ON_TRACK_MAX_GAP, lang), pct(AT_RISK_MAX_GAP, lang)
    low_number = format_number(ON_TRACK_MAX_GAP * 100, lang)
    if gap <= ON_TRACK_MAX_GAP:
        return f"höchstens {low}" if lang == "de" else f"at most {low}"
    if gap <= AT_RISK_MAX_GAP:
        return f"{low_number} bis {high}" if lang == "de" else f"{low_number}–{high}"
    return f"mehr als {high}" if lang == "de" else f"more than {high}"


def side(direction: str, lang: str) -> str:
    """Where a shortfall lies: below the goal for increase, above it for decrease."""
    if direction == INCREASE:
        return "darunter" if lang == "de" else "below it"
    return "darüber" if lang == "de" else "above it"


def pace_per_year(amount: float, target: Target, until: int | None, lang: str) -> str:
    """'"2.000 Wohnungen pro Jahr" (+ " bis 2030")' / '"2,000 dwellings a year" (+ " until 2030")'."""
    per_year = "pro Jahr" if lang == "de" else "a year"
    text = f"{qty(amount, target, lang)} {per_year}"
    if until is not None:
        text += f" bis {until}" if lang == "de" else f" until {until}"
    return text


def stale_note(year: int, lang: str) -> str:
    """The clause appended to a reason when the latest data are too old."""
    if lang == "de":
        return f"; die neuesten Daten stammen aus {year} und sind älter als {STALE_AFTER_YEARS} Jahre"
    return f"; the latest data are from {year}, more than {STALE_AFTER_YEARS} years old"


def upper_first(text: str) -> str:
    """The text with its first letter in upper case, the rest untouched (unlike str.capitalize)."""
    return text[:1].upper() + text[1:]


def with_clause(sentence: str, clause: str) -> str:
    """Insert a clause before the sentence's final full stop (one sentence stays one)."""
    return f"{sentence.rstrip().removesuffix('.')}{clause}."


def signed(value: float, target: Target, lang: str) -> str:
    """A quantity with an explicit sign: "+12 Bäume", "-100 Kilotonnen CO₂"."""
    text = qty(value, target, lang)
    return text if text.startswith("-") else f"+{text}"
