"""Data to take away: the one formula rule, CSV dialects, XLSX, and the open-data package of the
test database validated with Frictionless."""

from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pytest
from frictionless import Package, validate

from export.cells import csv_bytes, safe_cell, safe_frame, xlsx_bytes
from export.opendata import export_package


@pytest.mark.parametrize(("cell", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+49 231", "'+49 231"), ("-5 Bäume", "'-5 Bäume"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("Hörde", "Hörde"), (-5.0, -5.0), (None, None),
])
def test_formula_like_text_is_escaped_and_nothing_else(cell, expected):
    assert safe_cell(cell) == expected


def hostile_table() -> pd.DataFrame:
    return pd.DataFrame({"Gebiet": ["Hörde", "=cmd|' /C calc'!A0"], "Wert": [1234.5, -3.0]})


def test_safe_frame_leaves_its_input_and_numbers_alone():
    table = hostile_table()
    safe = safe_frame(table)
    assert table.loc[1, "Gebiet"].startswith("=")
    assert safe.loc[1, "Gebiet"].startswith("'=") and safe.loc[1, "Wert"] == -3.0


def test_csv_dialects():
    german = csv_bytes(hostile_table()).decode("utf-8-sig")
    assert german.splitlines()[0] == "Gebiet;Wert" and "Hörde;1234,5" in german
    assert "'=cmd" in german
    open_data = csv_bytes(hostile_table(), dialect="open")
    assert not open_data.startswith(b"\xef\xbb\xbf") and b"1234.5" in open_data
    with pytest.raises(ValueError, match="dialect"):
        csv_bytes(hostile_table(), dialect="tsv")


def test_xlsx_opens_and_holds_the_same_rows_as_the_csv():
    table = hostile_table()
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"Werte": table})))
    rows = list(book["Werte"].values)
    csv_rows = pd.read_csv(io.BytesIO(csv_bytes(table)), sep=";", decimal=",", encoding="utf-8-sig")
    assert rows[0] == ("Gebiet", "Wert")
    assert [r[0] for r in rows[1:]] == csv_rows["Gebiet"].tolist()
    assert [r[1] for r in rows[1:]] == csv_rows["Wert"].tolist()


@pytest.fixture(scope="module")
def package(built_db, tmp_path_factory):
    return export_package(built_db, tmp_path_factory.mktemp("opendata"))


def test_open_data_package_validates(package):
    report = validate(str(package))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_package_has_every_table_as_csv_and_parquet_with_sources(package, db):
    descriptor = Package(str(package))
    names = {r.name for r in descriptor.resources}
    assert {"targets", "observations-all", "target-status", "sources"} <= names
    for resource in descriptor.resources:
        table = resource.path.removeprefix("data/").removesuffix(".csv")
        parquet = pd.read_parquet(package.parent / "data" / f"{table}.parquet")
        assert len(parquet) == db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    meta = json.loads(package.read_text(encoding="utf-8"))
    assert meta["sources"] and all(s["title"] for s in meta["sources"])
    register = json.loads((package.parent / "register.json").read_text(encoding="utf-8"))
    assert len(register) == db.execute("SELECT count(*) FROM targets").fetchone()[0]
    assert all(goal["citations"] and goal["citations"][0]["quote"] for goal in register)


def test_export_command_writes_the_package(built_db, tmp_path, monkeypatch):
    from etl.__main__ import main

    monkeypatch.setenv("ZM_DB_PATH", str(built_db))
    assert main(["export", "-o", str(tmp_path / "pkg")]) == 0
    assert (tmp_path / "pkg" / "datapackage.json").is_file()
    monkeypatch.setenv("ZM_DB_PATH", str(tmp_path / "missing.duckdb"))
    assert main(["export", "-o", str(tmp_path / "pkg2")]) == 1
