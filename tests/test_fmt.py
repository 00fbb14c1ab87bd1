"""Tests of the German/English number, percent, money and date formatting."""

from __future__ import annotations

import datetime

import pytest

from indicators.fmt import format_date, format_money, format_number, format_percent

NUMBER_CASES = [
    pytest.param(1234.5, "de", 1, "1.234,5", id="de-thousands-and-decimal"),
    pytest.param(1234.5, "en", 1, "1,234.5", id="en-thousands-and-decimal"),
    pytest.param(-1234.5, "de", 1, "-1.234,5", id="de-negative"),
    pytest.param(-1234.5, "en", 1, "-1,234.5", id="en-negative"),
    pytest.param(2.5, "de", 0, "3", id="half-rounds-up-not-to-even"),
    pytest.param(-2.5, "de", 0, "-3", id="negative-half-rounds-away-from-zero"),
    pytest.param(1.005, "en", 2, "1.01", id="decimal-as-written-not-binary"),
    pytest.param(1653.4, "de", 0, "1.653", id="rounds-down"),
    pytest.param(-0.4, "de", 0, "0", id="no-minus-zero"),
    pytest.param(0, "de", 0, "0", id="zero"),
    pytest.param(999.96, "de", 1, "1.000,0", id="rounding-carries-into-thousands"),
    pytest.param(1234567890.25, "de", 2, "1.234.567.890,25", id="de-large"),
    pytest.param(1234567890, "en", 0, "1,234,567,890", id="en-large-int"),
    pytest.param(10**20, "de", 0, "100.000.000.000.000.000.000", id="huge-int-exact"),
    pytest.param(1e20, "en", 0, "100,000,000,000,000,000,000", id="huge-float"),
    pytest.param(1379, "de", 0, "1.379", id="dwellings-de"),
    pytest.param(1379, "en", 0, "1,379", id="dwellings-en"),
    pytest.param(None, "de", 0, "–", id="none-de"),
    pytest.param(None, "en", 2, "–", id="none-en"),
    pytest.param(float("nan"), "de", 0, "–", id="nan-is-missing"),
]


@pytest.mark.parametrize(("value", "lang", "decimals", "expected"), NUMBER_CASES)
def test_format_number(value, lang, decimals, expected):
    assert format_number(value, lang, decimals) == expected


def test_format_number_defaults_to_german_without_decimals():
    assert format_number(1234.56) == "1.235"


PERCENT_CASES = [
    pytest.param(0.6895, "de", 0, "69 %", id="de-dwellings-share"),
    pytest.param(0.6895, "en", 0, "69%", id="en-dwellings-share"),
    pytest.param(0.6895, "de", 1, "69,0 %", id="de-one-decimal"),
    pytest.param(0.145, "en", 0, "15%", id="half-rounds-up"),
    pytest.param(1.0, "de", 0, "100 %", id="full"),
    pytest.param(12.5, "en", 0, "1,250%", id="above-100-with-separator"),
    pytest.param(-0.05, "de", 0, "-5 %", id="negative"),
    pytest.param(None, "de", 0, "–", id="none"),
]


@pytest.mark.parametrize(("share", "lang", "decimals", "expected"), PERCENT_CASES)
def test_format_percent(share, lang, decimals, expected):
    assert format_percent(share, lang, decimals) == expected


MONEY_CASES = [
    pytest.param(12_500_000, "de", "12,5 Mio. €", id="de-millions"),
    pytest.param(12_500_000, "en", "€12.5 million", id="en-millions"),
    pytest.param(25_000_000, "de", "25 Mio. €", id="de-whole-millions-drop-decimal"),
    pytest.param(1_230_000_000, "de", "1,2 Mrd. €", id="de-billions"),
    pytest.param(1_250_000_000, "en", "€1.3 billion", id="en-billions-rounded"),
    pytest.param(999_999_999.9, "de", "1 Mrd. €", id="rounds-up-into-next-scale"),
    pytest.param(12_345, "de", "12.345 €", id="de-below-a-million"),
    pytest.param(12_345, "en", "€12,345", id="en-below-a-million"),
    pytest.param(-2_500_000, "en", "-€2.5 million", id="en-negative"),
    pytest.param(None, "en", "–", id="none"),
]


@pytest.mark.parametrize(("value", "lang", "expected"), MONEY_CASES)
def test_format_money(value, lang, expected):
    assert format_money(value, lang) == expected


DATE_CASES = [
    pytest.param(datetime.date(2026, 11, 21), "de", "21.11.2026", id="de"),
    pytest.param(datetime.date(2026, 11, 21), "en", "21 Nov 2026", id="en"),
    pytest.param(datetime.date(2025, 3, 5), "de", "05.03.2025", id="de-leading-zeros"),
    pytest.param(datetime.date(2025, 3, 5), "en", "5 Mar 2025", id="en-no-leading-zero"),
    pytest.param(None, "de", "–", id="none"),
]


@pytest.mark.parametrize(("d", "lang", "expected"), DATE_CASES)
def test_format_date(d, lang, expected):
    assert format_date(d, lang) == expected


BAD_CALLS = [
    pytest.param(lambda: format_number(1, "fr"), "unknown language", id="unknown-language"),
    pytest.param(lambda: format_percent(0.5, "DE"), "unknown language", id="language-is-case-sensitive"),
    pytest.param(lambda: format_number(1, "de", -1), "decimals", id="negative-decimals"),
    pytest.param(lambda: format_number(float("inf")), "infinite", id="infinity"),
]


@pytest.mark.parametrize(("call", "message"), BAD_CALLS)
def test_bad_calls_raise_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()
