"""Parser and validator on every fixture case (files as planners' exports look)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.workflow import check_file
from export.cells import safe_cell
from planner.validate import parse_number, parse_year
from tests.fixtures.uploads import make_fixtures
from tests.fixtures.uploads.support import reference

MB = 1024 * 1024


@pytest.fixture(scope="module")
def ref(built_db):
    return reference(built_db)


@pytest.fixture(scope="module")
def files():
    return make_fixtures.files()


def check(files, ref, name, lang="de", limit=5 * MB):
    return check_file(files[name], name, ref, limit, lang)


def keys(checked):
    return [(r.indicator_id, r.area_level, r.area_code, r.year, r.value) for r in checked.rows]


def test_semicolon_decimal_comma_spellings_and_dates(files, ref):
    c = check(files, ref, "semicolon_decimal_comma.csv")
    assert c.problems == []
    assert keys(c) == [("trees_planted", "stadtbezirk", "1", 2024, 1234.0),   # Innenstadt West
                       ("trees_planted", "stadtbezirk", "8", 2024, 980.0),    # Hoerde, 31.12.2024
                       ("trees_planted", "stadtbezirk", "6", 2024, 1001.5),   # 2024-12-31, 1.001,5
                       ("trees_planted", "stadtbezirk", "10", 2024, 77.0)]    # number 10


def test_bom_and_comma_separator(files, ref):
    c = check(files, ref, "bom_comma.csv")
    assert c.problems == []
    assert keys(c) == [("completed_dwellings", "city", "05913000", 2024, 2345.0),
                       ("trees_planted", "stadtbezirk", "8", 2023, 1100.0)]
    assert c.rows[1].note == "mit Komma, in Anführungszeichen"


def test_windows_1252(files, ref):
    c = check(files, ref, "windows1252.csv")
    assert c.problems == []
    assert keys(c)[0] == ("trees_planted", "stadtbezirk", "10", 2024, 1234.5)
    assert c.rows[0].note == "Straßenbäume"


def test_excel_with_title_row_and_empty_trailing_rows(files, ref):
    c = check(files, ref, "title_rows.xlsx")
    assert c.problems == []
    assert keys(c) == [("trees_planted", "stadtbezirk", "1", 2024, 1234.0),
                       ("trees_planted", "stadtbezirk", "2", 2024, 456.0),
                       ("trees_planted", "stadtbezirk", "7", 2024, 1050.0)]
    assert [r.row for r in c.rows] == [4, 5, 6]  # the rows Excel shows (header in row 3)


@pytest.mark.parametrize("name, code", [
    ("truncated.xlsx", "file_truncated"), ("empty.csv", "file_empty"),
    ("header_only.csv", "file_no_rows"), ("not_a_table.txt", "file_not_table"),
    ("binary.png", "file_not_table"), ("old_format.xls", "file_old_xls"),
])
def test_unreadable_files_get_one_clear_problem(files, ref, name, code):
    c = check(files, ref, name)
    assert [p.code for p in c.problems] == [code]
    assert not c.ok and c.rows == []


def test_oversize_file_refused_before_parsing(files, ref):
    c = check(files, ref, "semicolon_decimal_comma.csv", limit=100)
    assert [p.code for p in c.problems] == ["file_too_large"]
    assert "erlaubt sind höchstens" in c.report()[0]


def test_every_problem_at_once_with_row_column_value(files, ref):
    c = check(files, ref, "all_errors.csv")
    found = [(p.row, p.column, p.code) for p in c.problems]
    assert found == [
        (2, "Indikator", "indicator_unknown"), (3, "Gebiet", "area_unknown"),
        (4, "Einheit", "unit_wrong"), (5, "Wert", "value_not_number"),
        (6, "Wert", "value_negative"), (7, "Jahr", "period_out_of_range"),
        (8, "Jahr", "period_invalid"), (10, "Indikator", "duplicate_key"),
        (11, "Gebiet", "value_missing"), (11, "Wert", "value_missing"), (12, "Gebiet", "area_unknown"),
    ]
    report = c.report()
    assert report[2].startswith("Zeile 4, Spalte „Einheit“, „Euro“: falsche Einheit")
    assert "„Wohnungen“" in report[2]
    assert "1990–2026" in report[5]
    assert "steht schon in Zeile 9" in report[7]


def test_messages_in_english(files, ref):
    c = check(files, ref, "all_errors.csv", lang="en")
    assert c.report("en")[1].startswith("Row 3, column “Gebiet”, “Hörder Bucht”: unknown area.")
    assert "Expected" in c.report("en")[4]


def test_formula_like_notes_are_kept_as_typed_and_escaped_on_export(files, ref):
    """The store keeps what the planner typed; the one escaping rule (export.cells.safe_cell)
    applies when the note leaves the system as a spreadsheet cell."""
    c = check(files, ref, "hostile_note.csv")
    assert c.problems == []
    assert [r.note for r in c.rows] == ["=cmd|' /C calc'!A0", "@SUM(A1:A9)", "+49 231 500"]
    assert [safe_cell(r.note) for r in c.rows] == ["'=cmd|' /C calc'!A0", "'@SUM(A1:A9)", "'+49 231 500"]
    assert c.rows[2].value == 0.0


@pytest.mark.parametrize("text, value", [
    ("1.234,5", 1234.5), ("1234,5", 1234.5), ("1.234", 1234.0), ("1,234.5", 1234.5),
    ("4123.33", 4123.33), ("1.234.567", 1234567.0), ("-12", -12.0), ("\u22123,5", -3.5),
    (" 2 345 ", 2345.0), (1651, 1651.0), (2.5, 2.5), ("abc", None), ("1,2,3", None),
    ("12.34,5", None), ("", None), (float("nan"), None), (True, None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("cell, year", [
    ("2024", 2024), (2024, 2024), (2024.0, 2024), ("2024.0", 2024), ("31.12.2024", 2024),
    ("2024-12-31", 2024), ("12/2024", 2024), (dt.datetime(2023, 6, 30), 2023), ("Q5", None),
    (2024.5, None), ("24", None),
])
def test_parse_year(cell, year):
    assert parse_year(cell) == year
