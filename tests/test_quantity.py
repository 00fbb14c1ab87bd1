"""The one formatter for a value with its unit (indicators.fmt.format_quantity) and the unit
catalogue's singular words, as every surface shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dashboard import goal_model, map_model
from dashboard.kiosk.slides import format_amount
from indicators.fmt import PERCENT, Unit, format_quantity, unit_from_row
from indicators.model import CUMULATIVE, INCREASE, Target
from indicators.sentences import qty

ROOT = Path(__file__).resolve().parents[1]
TREES = Unit("trees", "Bäume", "trees", "Baum", "tree", "Bäume", "trees", 0)
CO2 = Unit("kt_co2", "Kilotonnen CO₂", "kilotonnes CO₂", "Kilotonne CO₂", "kilotonne CO₂", "kt CO₂", "kt CO₂", 0)
EURO = Unit("eur", "Euro", "euros", "Euro", "euro", "€", "€", 0)
SHARE = Unit("percent", "Prozent", "per cent", "Prozent", "per cent", "%", "%", 1)


@pytest.mark.parametrize("value, unit, lang, options, expected", [
    pytest.param(1, TREES, "de", {}, "1 Baum", id="one-singular"),
    pytest.param(2, TREES, "de", {}, "2 Bäume", id="two-plural"),
    pytest.param(1, TREES, "en", {}, "1 tree", id="one-singular-en"),
    pytest.param(5702, TREES, "en", {}, "5,702 trees", id="plural-en"),
    pytest.param(0, TREES, "de", {}, "0 Bäume", id="zero-plural"),
    pytest.param(70.3, SHARE, "de", {}, "70,3 %", id="percent-sign-never-prozent"),
    pytest.param(70.3, SHARE, "en", {}, "70.3%", id="percent-en"),
    pytest.param(100.0, SHARE, "de", {"whole": True}, "100 %", id="whole-target"),
    pytest.param(12_500_000, EURO, "de", {}, "12,5 Mio. €", id="money"),
    pytest.param(12_500_000, EURO, "de", {"word": False}, "12,5 Mio. €", id="money-keeps-sign"),
    pytest.param(4123, CO2, "de", {"short": True}, "4.123 kt CO₂", id="short-symbol"),
    pytest.param(1, Unit("dwellings", "Wohnungen", "dwellings", "Wohnung", "dwelling", "Wohnungen", "dwellings"),
                 "de", {"short": True}, "1 Wohnung", id="short-symbol-that-is-the-word-takes-singular"),
    pytest.param(1379, TREES, "de", {"word": False}, "1.379", id="number-alone"),
    pytest.param(None, TREES, "de", {}, "–", id="missing"),
    pytest.param(float("nan"), SHARE, "de", {}, "–", id="nan"),
])
def test_format_quantity(value, unit, lang, options, expected):
    assert format_quantity(value, unit, lang, **options) == expected


def test_every_catalogue_unit_has_a_singular_word():
    units = yaml.safe_load((ROOT / "data/raw/catalog/units.yaml").read_text(encoding="utf-8"))["units"]
    for unit in units:
        assert unit["singular_de"].strip() and unit["singular_en"].strip(), unit["id"]


def test_rows_from_the_database_carry_the_singular(db):
    row = db.execute("SELECT unit_id, label_de AS unit_label_de, label_en AS unit_label_en, "
                     "singular_de AS unit_singular_de, singular_en AS unit_singular_en, symbol_de, symbol_en, "
                     "decimals FROM units WHERE unit_id = 'trees'").df().iloc[0].to_dict()
    assert unit_from_row(row) == TREES


@pytest.mark.parametrize("value, unit_id, expected", [(1, "trees", "1 Baum"), (2, "trees", "2 Bäume"),
                                                     (70.3, "percent", "70,3 %")])
def test_goal_page_map_kiosk_and_sentences_say_the_same(value, unit_id, expected):
    unit = TREES if unit_id == "trees" else SHARE
    row = dict(unit_id=unit.unit_id, unit_label_de=unit.label_de, unit_label_en=unit.label_en,
               unit_singular_de=unit.singular_de, unit_singular_en=unit.singular_en,
               symbol_de=unit.label_de if unit_id == "trees" else "%", symbol_en="%", decimals=unit.decimals)
    target = Target(CUMULATIVE, 5000, INCREASE, 2023, 2025, unit.label_de, unit.label_en, decimals=unit.decimals,
                    unit_id=unit.unit_id, singular_de=unit.singular_de, singular_en=unit.singular_en)
    number, word = format_amount(value, unit_from_row(row), "de")
    assert goal_model.amount(value, row, "de") == expected
    assert map_model.format_value(value, row, "de") == expected
    assert f"{number} {word}".strip() == expected
    assert qty(value, target, "de") == expected


def test_percent_unit_constant():
    assert format_quantity(40, PERCENT, "de", decimals=0) == "40 %"
