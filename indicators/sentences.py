"""Building blocks of the one-sentence explanations, in German and English.

Numbers go through indicators.fmt; a value with its unit through fmt.format_quantity with the
target's unit (unit_id, plural and singular words from the unit catalogue): euros as money
("12,5 Mio. €" / "€12.5 million"), percent with a % sign, exactly one in the singular.
"""

from __future__ import annotations

from indicators.common import AT_RISK_MAX_GAP, ON_TRACK_MAX_GAP, STALE_AFTER_YEARS
from indicators.fmt import Unit, format_number, format_percent, format_quantity
from indicators.model import INCREASE, Target

def unit_of(target: Target) -> Unit:
    """The target's unit for indicators.fmt.format_quantity."""
    return Unit(unit_id=target.unit_id, label_de=target.unit_de, label_en=target.unit_en,
                singular_de=target.singular_de, singular_en=target.singular_en, decimals=target.decimals)


def is_money(target: Target) -> bool:
    """True when the target's unit is the euro."""
    return unit_of(target).is_money


def num(value: float, target: Target, lang: str) -> str:
    """A number in the target's style without unit word; money keeps its € sign, percent its %."""
    return format_quantity(value, unit_of(target), lang, word=False)


def qty(value: float, target: Target, lang: str) -> str:
    """A number with the target's unit: "1.379 Wohnungen" / "1,379 dwellings" / "12,5 Mio. €" /
    "70,3 %"; exactly one takes the singular from the unit catalogue ("1 Stadtbezirk")."""
    return format_quantity(value, unit_of(target), lang)


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
