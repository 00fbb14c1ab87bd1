"""Number, percent, money, date and quantity formatting for German ("de") and English ("en").

Pure stdlib; the money and percent patterns come from the one text system (texts/rules.py),
separators and date order stay here. The status rules and the dashboard share these functions
so that a number reads the same in a reason sentence, a table and a chart label. A value with
its unit goes through format_quantity only ("1 Baum", "2 Bäume", "70,3 %", "12,5 Mio. €").

Rounding is half away from zero on the decimal value as written (2.5 -> "3",
1.005 -> "1,01"), not Python's round-half-even on the binary float.
A missing value (None or NaN) is shown as an en dash "–".
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from texts import t

LANGS = ("de", "en")
MISSING = "–"
_SEPARATORS = {"de": (".", ","), "en": (",", ".")}  # (thousands, decimal point)
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONEY_SCALES = ((10**9, "fmt_money_billions"), (10**6, "fmt_money_millions"))  # (factor, label)


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
    return _percent_sign(_format_decimal(_to_decimal(share) * 100, lang, decimals), lang)


def _percent_sign(number: str, lang: str) -> str:
    """'70,3 %' (German, with a space) / '70.3%' (English)."""
    return t("fmt_percent", lang, number=number)


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
    for factor, key in _MONEY_SCALES:
        # compare the amount as it would be shown, so 999_999_999.9 is not "1.000 Mio. €"
        scaled = (amount / factor).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        if abs(scaled) >= 1:
            places = 0 if scaled == scaled.to_integral_value() else 1
            return _money(key, _format_decimal(scaled, lang, places), lang)
    return _money("fmt_money", _format_decimal(amount, lang, decimals), lang)


def _money(key: str, number: str, lang: str) -> str:
    """An amount (written with the language's separators) in the language's money pattern; the
    minus sign goes first ("-€12.5 million"), so the pattern gets it apart as {sign} and {digits}."""
    sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    return t(key, lang, sign=sign, digits=digits)


def format_date(d: datetime.date | None, lang: str = "de") -> str:
    """Format a date: "21.11.2026" (de) / "21 Nov 2026" (en); None -> "–"."""
    _check_lang(lang)
    if d is None:
        return MISSING
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


MONEY_UNIT = "eur"
PERCENT_UNIT = "percent"
_MONEY_WORDS = frozenset({"€", "eur", "euro", "euros"})
_PERCENT_WORDS = frozenset({"%", "prozent", "per cent", "percent"})


@dataclass(frozen=True)
class Unit:
    """A unit of the catalogue (data/raw/catalog/units.yaml) as the formatter needs it.

    label_*: plural word ("Bäume"); singular_*: the word for exactly one ("Baum");
    symbol_*: short form for cards, tables and maps ("kt CO₂"); decimals: places shown.
    """

    unit_id: str = ""
    label_de: str = ""
    label_en: str = ""
    singular_de: str = ""
    singular_en: str = ""
    symbol_de: str = ""
    symbol_en: str = ""
    decimals: int = 0

    @property
    def is_money(self) -> bool:
        """True for the euro (by id, or by its word when no id is known)."""
        words = {self.label_de.strip().lower(), self.label_en.strip().lower()}
        return self.unit_id == MONEY_UNIT or bool(words & _MONEY_WORDS)

    @property
    def is_percent(self) -> bool:
        """True for percent (by id, or by its word when no id is known)."""
        words = {self.label_de.strip().lower(), self.label_en.strip().lower()}
        return self.unit_id == PERCENT_UNIT or bool(words & _PERCENT_WORDS)

    def word(self, value: float | None, lang: str, short: bool = False) -> str:
        """The unit word for a value: singular for exactly 1, else plural; short: the symbol
        (which also takes the singular when it is the plural word, "1 Wohnung")."""
        _check_lang(lang)
        plural, one = getattr(self, f"label_{lang}"), getattr(self, f"singular_{lang}")
        text = getattr(self, f"symbol_{lang}") if short else plural
        return one if value == 1 and one and text == plural else text


def _text(row: Mapping, key: str) -> str:
    """A text column of a row; '' for missing values (None, NaN)."""
    value = row.get(key)
    return value if isinstance(value, str) else ""


def unit_from_row(row: Mapping) -> Unit:
    """The unit of a query row with columns unit_id, unit_label_de/en, unit_singular_de/en,
    symbol_de/en and decimals (any may be missing: empty words, 0 decimals)."""
    decimals = row.get("decimals")
    return Unit(
        unit_id=_text(row, "unit_id"), label_de=_text(row, "unit_label_de"),
        label_en=_text(row, "unit_label_en"), singular_de=_text(row, "unit_singular_de"),
        singular_en=_text(row, "unit_singular_en"), symbol_de=_text(row, "symbol_de"),
        symbol_en=_text(row, "symbol_en"), decimals=0 if _is_missing(decimals) else int(decimals),
    )


def format_quantity(value: float | int | None, unit: Unit, lang: str = "de", *, decimals: int | None = None,
                    short: bool = False, word: bool = True, whole: bool = False) -> str:
    """A value with its unit: "1 Baum", "1.379 Wohnungen", "70,3 %" / "70.3%", "12,5 Mio. €".

    decimals: places (default: the unit's); whole: no places for a whole number ("100 %");
    short: the unit's symbol instead of its word ("4.123 kt CO₂"); word=False: the number
    alone (money keeps its € sign, percent its % sign). None/NaN -> "–".
    """
    _check_lang(lang)
    if _is_missing(value):
        return MISSING
    if unit.is_money:
        return format_money(value, lang)
    places = unit.decimals if decimals is None else decimals
    if whole and float(value).is_integer():
        places = 0
    number = format_number(value, lang, places)
    if unit.is_percent:
        return _percent_sign(number, lang)
    text = unit.word(value, lang, short) if word else ""
    return f"{number} {text}" if text else number


PERCENT = Unit(unit_id=PERCENT_UNIT, label_de="Prozent", label_en="per cent", symbol_de="%", symbol_en="%")
