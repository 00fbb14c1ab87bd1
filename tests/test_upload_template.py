"""Templates (CSV and .xlsx) and the history export: contents, round trip, escaping."""

from __future__ import annotations

import io

import pytest

from planner.workflow import check_file
from planner.template import history_csv, template_csv, template_xlsx
from tests.fixtures.uploads.support import AS_OF, reference

MB = 1024 * 1024


@pytest.fixture(scope="module")
def parts(built_db):
    import duckdb

    from dashboard.queries.uploads import upload_areas, upload_indicators

    con = duckdb.connect(str(built_db), read_only=True)
    inds, areas = upload_indicators(con), upload_areas(con)
    con.close()
    ind = inds[inds["indicator_id"] == "completed_dwellings"].iloc[0].to_dict()
    return ind, areas, reference(built_db)


def test_csv_template_names_columns_unit_and_all_districts(parts):
    ind, areas, ref = parts
    text = template_csv(ind, areas, AS_OF.year).decode("utf-8-sig")
    assert "Indikator;Gebiet;Jahr;Wert;Einheit;Bemerkung" in text
    assert "Einheit: Wohnungen" in text and "05913000" in text
    for name in ("1 Innenstadt-West", "8 Hörde", "12 Mengede"):
        assert name in text


def test_untouched_template_is_refused_and_filled_one_accepted(parts):
    ind, areas, ref = parts
    data = template_csv(ind, areas, AS_OF.year)
    checked = check_file(data, "vorlage.csv", ref, 5 * MB)
    assert [p.code for p in checked.problems] == ["example_row"]
    filled = data.replace("2025;0;Wohnungen;Beispielzeile – bitte mit eigenen Zahlen überschreiben".encode(),
                          "2024;2.345;Wohnungen;IT.NRW".encode())
    checked = check_file(filled, "vorlage.csv", ref, 5 * MB)
    assert checked.ok and checked.rows[0].value == 2345.0 and checked.rows[0].row == 4


def test_xlsx_template_has_data_districts_and_hints(parts):
    from openpyxl import load_workbook

    ind, areas, ref = parts
    data = template_xlsx(ind, areas, AS_OF.year)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Daten", "Gebiete", "Hinweise"]
    assert [c.value for c in book["Daten"][2]] == ["Indikator", "Gebiet", "Jahr", "Wert", "Einheit", "Bemerkung"]
    assert book["Gebiete"].max_row == 14  # header, city, 12 Stadtbezirke
    sheet = book["Daten"]
    sheet["C3"], sheet["D3"], sheet["F3"] = 2024, 2345, "IT.NRW"
    out = io.BytesIO()
    book.save(out)
    checked = check_file(out.getvalue(), "vorlage.xlsx", ref, 5 * MB)
    assert checked.ok and checked.rows[0].value == 2345.0 and checked.rows[0].row == 3


def test_history_export_escapes_formula_like_text():
    uploads = [dict(id="U-0001", user="anna", time="2026-11-21T10:00:00", filename="=HYPERLINK(1).csv",
                    indicators=["completed_dwellings"], rows=[{}], comment="@SUM(A1)", status="applied",
                    rolled_back_by=None, rolled_back_at=None, hash="ab")]
    text = history_csv(uploads).decode("utf-8-sig")
    assert "'=HYPERLINK(1).csv" in text and "'@SUM(A1)" in text
    assert ";=" not in text and ";@" not in text
