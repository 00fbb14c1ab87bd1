"""Number, percent, money and date formatting for German ("de") and English ("en").

Pure stdlib. The status rules and the dashboard share these functions so that a
number reads the same in a reason sentence, a table and a chart label.

Rounding is half away from zero on the decimal value as written (2.5 -> "3",
1.005 -> "1,01"), not Python's round-half-even on the binary float.
A missing value (None or NaN) is shown as an en dash "–".
"""

from __future__ import annotations

import datetime
import math
from decimal import ROUND_HALF_UP, Decimal

LANGS = ("de", "en")
MISSING = "–"
_SEPARATORS = {"de": (".", ","), "en": (",", ".")}  # (thousands, decimal point)
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONEY_SCALES = (  # (factor, German suffix, English word)
    (10**9, "Mrd. €", "billion"),
    (10**6, "Mio. €", "million"),
)


def _check_lang(lang: str) -> None:
    """Raise ValueError unless lang is one of LANGS."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")


def _is_missing(value: object) -> bool:
    """True for None and float NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _to_decimal(value: float | int) -> Decimal:
    """Exact decimal of a number as written (repr of a float); ValueError for infinity."""
    if isinstance(value, int):
        return Decimal(value)
    number = float(value)
    if math.isinf(number):
        raise ValueError("cannot format an infinite number")
    return Decimal(repr(number))


def _format_decimal(value: Decimal, lang: str, decimals: int) -> str:
    """Round value to `decimals` places and write it with the language's separators."""
    if decimals < 0:
        raise ValueError(f"decimals must be 0 or more, got {decimals}")
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    negative = rounded < 0  # a rounded -0 is not negative, so no "-0"
    text = f"{abs(rounded):,.{decimals}f}"
    thousands, point = _SEPARATORS[lang]
    text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
    return f"-{text}" if negative else text


def format_number(value: float | int | None, lang: str = "de", decimals: int = 0) -> str:
    """Format a number: 1234.5 -> "1.234,5" (de) / "1,234.5" (en); None -> "–".

    value: any real number or None/NaN. decimals: places after the point (>= 0).
    Raises ValueError for an unknown language, negative decimals or infinity.
    """
    _check_lang(lang)
    if _is_missing(value):
        return MISSING
    return _format_decimal(_to_decimal(value), lang, decimals)


def format_percent(share: float | None, lang: str = "de", decimals: int = 0) -> str:
    """Format a share as percent: 0.6895 -> "69 %" (de) / "69%" (en); None -> "–".

    share: 1.0 means 100 %. decimals: places after the point of the percent number.
    """
    _check_lang(lang)
    if _is_missing(share):
        return MISSING
    number = _format_decimal(_to_decimal(share) * 100, lang, decimals)
    return f"{number} %" if lang == "de" else f"{number}%"


def format_money(value: float | int | None, lang: str = "de", decimals: int = 0) -> str:
    """Format an amount in euros, in millions/billions from one million on.

    12_500_000 -> "12,5 Mio. €" (de) / "€12.5 million" (en); 25_000_000 -> "25 Mio. €";
    12_345 -> "12.345 €" / "€12,345". Millions and billions get one decimal, dropped
    when it is zero; smaller amounts get `decimals` places. None -> "–".
    """
    _check_lang(lang)
    if _is_missing(value):
        return MISSING
    amount = _to_decimal(value)
    for factor, suffix_de, word_en in _MONEY_SCALES:
        # compare the amount as it would be shown, so 999_999_999.9 is not "1.000 Mio. €"
        scaled = (amount / factor).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        if abs(scaled) >= 1:
            places = 0 if scaled == scaled.to_integral_value() else 1
            number = _format_decimal(scaled, lang, places)
            return f"{number} {suffix_de}" if lang == "de" else _euro_en(number, f" {word_en}")
    number = _format_decimal(amount, lang, decimals)
    return f"{number} €" if lang == "de" else _euro_en(number, "")


def _euro_en(number: str, suffix: str) -> str:
    """English money: the euro sign goes after a minus sign and before the digits."""
    if number.startswith("-"):
        return f"-€{number[1:]}{suffix}"
    return f"€{number}{suffix}"


def format_date(d: datetime.date | None, lang: str = "de") -> str:
    """Format a date: "21.11.2026" (de) / "21 Nov 2026" (en); None -> "–"."""
    _check_lang(lang)
    if d is None:
        return MISSING
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
