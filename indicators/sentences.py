"""Building blocks of the one-sentence explanations, in German and English.

The words come from the rules' label table (texts/rules.py, through `texts.t`); a sentence is
built once per language (`both`). Numbers go through indicators.fmt; a value with its unit
through fmt.format_quantity with the target's unit (unit_id, plural and singular words from the
unit catalogue): euros as money ("12,5 Mio. €" / "€12.5 million"), percent with a % sign,
exactly one in the singular.
"""

from __future__ import annotations

from collections.abc import Callable

from indicators.common import AT_RISK_MAX_GAP, ON_TRACK_MAX_GAP, STALE_AFTER_YEARS
from indicators.fmt import LANGS, Unit, format_number, format_percent, format_quantity
from indicators.model import INCREASE, Target
from texts import t


def both(sentence: Callable[[str], str]) -> tuple[str, str]:
    """(German, English): the sentence built by `sentence(lang)` in each language."""
    de, en = (sentence(lang) for lang in LANGS)
    return de, en


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
    if gap <= ON_TRACK_MAX_GAP:
        return t("rule_band_at_most", lang, low=low)
    if gap <= AT_RISK_MAX_GAP:
        return t("rule_band_between", lang, low=format_number(ON_TRACK_MAX_GAP * 100, lang), high=high)
    return t("rule_band_more_than", lang, high=high)


def gap_tail(gap: float, direction: str, lang: str) -> str:
    """'5 bis 20 % darunter' / '5–20% below it': the band of a positive gap and its side."""
    return t("rule_gap_tail", lang, band=gap_band(gap, lang), side=side(direction, lang))


def side(direction: str, lang: str) -> str:
    """Where a shortfall lies: below the goal for increase, above it for decrease."""
    return t("rule_side_below" if direction == INCREASE else "rule_side_above", lang)


def pace_per_year(amount: float, target: Target, until: int | None, lang: str) -> str:
    """'"2.000 Wohnungen pro Jahr" (+ " bis 2030")' / '"2,000 dwellings a year" (+ " until 2030")'."""
    if until is None:
        return t("rule_per_year", lang, amount=qty(amount, target, lang))
    return t("rule_per_year_until", lang, amount=qty(amount, target, lang), until=until)


def stale_note(year: int, lang: str) -> str:
    """The clause appended to a reason when the latest data are too old."""
    return t("rule_stale", lang, year=year, years=STALE_AFTER_YEARS)


def upper_first(text: str) -> str:
    """The text with its first letter in upper case, the rest untouched (unlike str.capitalize)."""
    return text[:1].upper() + text[1:]


def mid_sentence(text: str, lang: str) -> str:
    """A sentence start moved into the middle of a sentence: English lowers its first letter
    ("Total 2024–2025" -> "total 2024–2025"); German keeps it (nouns stay capitalised)."""
    return text if lang == "de" else text[:1].lower() + text[1:]


def with_clause(sentence: str, clause: str) -> str:
    """Insert a clause before the sentence's final full stop (one sentence stays one)."""
    return f"{sentence.rstrip().removesuffix('.')}{clause}."


def signed(value: float, target: Target, lang: str) -> str:
    """A quantity with an explicit sign: "+12 Bäume", "-100 Kilotonnen CO₂"."""
    text = qty(value, target, lang)
    return text if text.startswith("-") else f"+{text}"
