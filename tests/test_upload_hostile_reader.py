"""The strict reader (issue 16): nothing lost silently, every refusal names row, column or file,
never a traceback – quoting errors, control characters, oversized cells, row limits on non-empty
rows, .xlsx with XML entities, zip bombs and huge sheets."""

from __future__ import annotations

import time

import pytest

from planner import parse
from planner.workflow import check_file
from tests.fixtures.uploads import hostile_files as hf
from tests.fixtures.uploads.support import reference

MB = 1024 * 1024


@pytest.fixture(scope="module")
def ref(built_db):
    return reference(built_db)


def check(ref, data: bytes, name: str = "werte.csv", lang: str = "de"):
    return check_file(data, name, ref, 5 * MB, lang)


def codes(checked) -> list[str]:
    return [p.code for p in checked.problems]


def test_an_unclosed_quote_is_refused_with_its_row_and_column_not_swallowing_rows(ref):
    checked = check(ref, hf.unclosed_quote())
    assert not checked.ok and checked.rows == []
    (problem,) = checked.problems
    assert problem.code == "csv_quote" and problem.row == 3 and problem.column == "F"
    assert problem.text().startswith("Zeile 3, Spalte „F“: ein Anführungszeichen")
    assert "die Zeilen 3–5 würden zu einer einzigen Zelle" in problem.text()


def test_a_quote_csv_cannot_read_is_refused_with_its_row(ref):
    checked = check(ref, hf.csv_bytes(hf.tree_row("Eving"), 'trees_planted;Hörde;2024;"100"x;Bäume;A'))
    assert codes(checked) == ["csv_quote_bad"] and checked.problems[0].row == 3


def test_a_comma_file_with_quoted_cells_still_reads(ref):
    data = ('Indikator,Gebiet,Jahr,Wert\r\ncompleted_dwellings,Dortmund,2024,"12,5"\r\n').encode()
    checked = check(ref, data)
    assert checked.problems == [] and checked.rows[0].value == 12.5


def test_a_nul_byte_after_the_first_4_kb_is_refused_with_row_and_column(ref):
    rows = hf.many_rows(80) + [hf.tree_row("Eving", 1999, note="Amt\x00für Grün")]
    data = hf.csv_bytes(*rows)
    assert data.index(b"\x00") > 4096
    checked = check(ref, data)
    assert codes(checked) == ["control_char"]
    assert (checked.problems[0].row, checked.problems[0].column) == (82, "Bemerkung")
    assert "U+0000" in checked.problems[0].text()


@pytest.mark.parametrize("char, name", [("\x1b", "U+001B"), ("\x07", "U+0007"), ("\x08", "U+0008"),
                                        ("\u202e", "U+202E"), ("\u2066", "U+2066")])
def test_control_and_direction_characters_are_refused_and_never_echoed(ref, char, name):
    checked = check(ref, hf.csv_bytes(hf.tree_row("Eving", note=f"Quelle{char}gpj.exe")))
    assert codes(checked) == ["control_char"]
    text = checked.problems[0].text()
    assert text.startswith("Zeile 2, Spalte „Bemerkung“") and name in text
    assert char not in text


def test_a_control_character_in_an_xlsx_cell_is_refused(ref):
    data = hf.xlsx_bytes([["trees_planted", "Eving", 2024, 100, "Bäume", "Amt\u202efdp.exe"]])
    checked = check(ref, data, "werte.xlsx")
    assert codes(checked) == ["control_char"] and checked.problems[0].row == 2


def test_more_than_10000_data_rows_are_refused(ref):
    checked = check(ref, hf.csv_bytes(*hf.many_rows(10_010)))
    assert codes(checked) == ["file_too_many_rows"]
    assert "mehr als 10000 Datenzeilen" in checked.problems[0].text()


def test_trailing_empty_excel_rows_do_not_count(ref):
    rows = [hf.tree_row(area) for area in hf.AREAS[:5]] + [";;;;;"] * 12_000
    checked = check(ref, hf.csv_bytes(*rows))
    assert checked.problems == [] and len(checked.rows) == 5


@pytest.mark.parametrize("length", [1_001, 100_000, 150_000])
def test_an_oversized_cell_is_refused_with_a_message(ref, length):
    checked = check(ref, hf.csv_bytes(hf.tree_row("Eving", note="x" * length)))
    assert codes(checked) == ["cell_too_long"]
    assert checked.problems[0].row == 2
    assert "höchstens 1000" in checked.problems[0].text()
    assert len(checked.problems[0].text()) < 400  # the cell is not echoed whole


def test_a_note_of_1000_characters_is_accepted(ref):
    checked = check(ref, hf.csv_bytes(hf.tree_row("Eving", note="x" * 1_000)))
    assert checked.problems == [] and len(checked.rows[0].note) == 1_000


@pytest.mark.parametrize("make", [hf.xlsx_xxe, hf.xlsx_entity_expansion, lambda: hf.xlsx_xxe(padding=8000)],
                         ids=["xxe", "entity-expansion", "doctype-after-long-comment"])
def test_xlsx_with_xml_entities_is_refused_naming_the_part(ref, make):
    checked = check(ref, make(), "werte.xlsx")
    assert codes(checked) == ["xlsx_xml_forbidden"]
    assert "„xl/worksheets/sheet1.xml“" in checked.problems[0].text()


@pytest.mark.parametrize("make", [hf.xlsx_xxe, hf.xlsx_entity_expansion])
def test_openpyxl_parses_with_defusedxml_as_a_second_guard(monkeypatch, make):
    monkeypatch.setattr(parse, "check_xlsx", lambda data: None)  # without the first guard
    table, problems = parse.parse_file(make(), "werte.xlsx")
    assert table is None and [p.code for p in problems] == ["xlsx_xml_forbidden"]


def test_a_zip_bomb_is_refused_from_the_directory_before_it_is_unpacked(ref):
    bomb = hf.zip_bomb(unpacked_mb=120)
    assert len(bomb) < 1 * MB
    started = time.process_time()
    checked = check(ref, bomb, "werte.xlsx")
    assert time.process_time() - started < 2.0
    assert codes(checked) == ["xlsx_too_big"]
    assert "„xl/worksheets/sheet1.xml“: 120,0 MB" in checked.problems[0].text()


def test_a_sheet_declaring_millions_of_rows_is_refused(ref):
    checked = check(ref, hf.huge_dimension(), "werte.xlsx")
    assert codes(checked) == ["sheet_too_large"]
    assert "2000000 Zeilen × 200 Spalten" in checked.problems[0].text()


def test_english_messages_for_the_new_refusals(ref):
    checked = check(ref, hf.unclosed_quote(), lang="en")
    assert checked.problems[0].text("en").startswith("Row 3, column “F”: a quote")
