"""Data to take away: the overview table and a goal's data as German-Excel CSV and XLSX with
the same rows, values as numbers, status words by the headline rule, formulas neutralised."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from dashboard import downloads, headline
from dashboard.goal_model import clean_detail
from dashboard.queries import targets as q
from report.model import goals_for
from tests.apptest import run_page


def _csv(data: bytes) -> pd.DataFrame:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the umlauts
    return pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig", dtype=object,
                       keep_default_na=False)


def _xlsx_rows(data: bytes) -> list[tuple]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert len(book.sheetnames) == 1
    return list(book[book.sheetnames[0]].values)


def _same_rows(files: dict[str, bytes]) -> list[tuple]:
    """Assert the CSV and the XLSX hold the same header and rows (numbers compared as numbers)."""
    csv, rows = _csv(files["csv"]), _xlsx_rows(files["xlsx"])
    assert list(rows[0]) == list(csv.columns)
    assert len(rows) - 1 == len(csv)
    for sheet_row, csv_row in zip(rows[1:], csv.itertuples(index=False)):
        for cell, text in zip(sheet_row, csv_row):
            if isinstance(cell, (int, float)):
                assert float(text.replace(",", ".")) == pytest.approx(cell)
            else:
                assert (cell or "") == text
    return rows


@pytest.mark.parametrize("lang", ["de", "en"])
def test_overview_download_holds_every_goal_with_its_headline_status(db, lang):
    goals = goals_for(db)
    table = downloads.overview_table(goals, lang)
    rows = _same_rows(downloads.files(table, "Übersicht"))
    assert len(rows) - 1 == len(goals)
    words = {"de": {"no_data": "keine Daten"}, "en": {"no_data": "no data"}}[lang]
    status = dict(zip(goals["target_id"], headline.headline_statuses(goals)))
    for row in rows[1:]:
        if status[row[-1]] == "no_data":
            assert row[2] == words["no_data"]  # a status resting on demo data never shows as a verdict


def test_overview_download_has_numbers_not_page_text(db):
    goals = goals_for(db)
    rows = _xlsx_rows(downloads.files(downloads.overview_table(goals, "de"), "Übersicht")["xlsx"])
    head = rows[0]
    housing = next(r for r in rows[1:] if r[-1] == "wohnungen_2000_pro_jahr")
    assert housing[head.index("Zielwert")] == 2000 and isinstance(housing[head.index("Frist")], int)
    latest = housing[head.index("Letzter Jahreswert")]
    assert latest is None or isinstance(latest, (int, float))
    csv_text = downloads.files(downloads.overview_table(goals, "de"), "Ü")["csv"].decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Thema;Ziel;Status;")
    csv = _csv(downloads.files(downloads.overview_table(goals, "de"), "Ü")["csv"])
    target = csv.loc[csv["Kennung"] == "wohnungen_2000_pro_jahr", "Zielwert"].item()
    assert target in ("2000", "2000,0")  # a number in the German dialect, no thousands dot


def test_goal_download_values_are_numbers_in_both_files(db):
    detail = clean_detail(q.target_detail(db, "wohnungen_2000_pro_jahr"))
    obs = q.target_observations(db, "wohnungen_2000_pro_jahr")
    files = downloads.files(downloads.observation_download(obs, detail, "de"), detail["target_id"])
    rows = _same_rows(files)
    assert rows[0][:2] == ("Jahr", "Wert (Wohnungen)")
    values = {(r[0], r[2]): r[1] for r in rows[1:]}
    assert values[(2023, None)] == 1379 and values[(2018, "ersetzt")] == 213
    assert len(rows) - 1 == len(obs)  # every revision, as on the page


def test_a_formula_in_a_source_text_is_neutralised_in_csv_and_xlsx():
    detail = {"unit_id": "count", "symbol_de": "Stück"}
    obs = pd.DataFrame({"year": [2024], "value": [-5.0], "is_current": [True], "is_final": [True],
                        "is_demo": [False], "source_detail": ["=HYPERLINK(\"http://x\")"],
                        "source_title": ["@evil"], "data_kind": ["angabe_stadt"], "ref_date": [None]})
    files = downloads.files(downloads.observation_download(obs, detail, "de"), "x")
    rows = _xlsx_rows(files["xlsx"])
    assert rows[1][1] == -5  # a negative number stays a number, not the text "'-5"
    assert rows[1][5].startswith("'=") and rows[1][6] == "'@evil"
    assert "'=HYPERLINK" in files["csv"].decode("utf-8-sig")


def test_district_download_one_row_per_district_and_year():
    values = pd.DataFrame({"area_code": ["01", "02", "01"], "name": ["Innenstadt-West", "Hörde", "Innenstadt-West"],
                           "year": [2023, 2023, 2024], "value": [1234.5, 17.0, 1300.0],
                           "is_demo": [False, True, False], "source_title": ["Statistik", "Statistik", "Statistik"]})
    detail = {"unit_id": "count", "symbol_en": "dwellings"}
    rows = _same_rows(downloads.files(downloads.district_download(values, detail, "en"), "Districts"))
    assert rows[0][:3] == ("District", "Year", "Value (dwellings)")
    assert rows[1:] == [("Innenstadt-West", 2023, 1234.5, None, "Statistik"),
                        ("Hörde", 2023, 17, "yes", "Statistik"), ("Innenstadt-West", 2024, 1300, None, "Statistik")]


def test_overview_page_offers_the_table_as_csv_and_xlsx(built_db_nodemo):
    at = run_page(built_db_nodemo, "pages/overview.py")
    labels = [el.proto.label for el in at.get("download_button")]
    assert "Übersicht als CSV (Excel, deutsch)" in labels and "Übersicht als Excel-Datei (XLSX)" in labels
