"""The validator's once-per-file indexes give the same answers as the plain rules, on every row."""

from __future__ import annotations

import pytest

from etl.areas import UnknownArea, resolve_area
from planner.workflow import check_file
from planner.validate import resolve_place
from tests.fixtures.uploads.support import reference

SPELLINGS = ["1", "01", "1.0", "12", "13", "0", "Innenstadt-West", "innenstadt west", "Stadtbezirk Hörde",
             "Hoerde", "Bezirk Mengede", "Aplerbeck", "Nirgendwo", "Dortmund", "05913000", "-1", ""]


@pytest.fixture(scope="module")
def ref(built_db):
    return reference(built_db)


@pytest.mark.parametrize("text", SPELLINGS)
def test_place_index_agrees_with_resolve_area(ref, text):
    place = resolve_place(ref, text)
    if place is not None and place[0] == "city":
        assert text in ("Dortmund", "05913000")
        return
    try:
        code = resolve_area(ref.areas, "stadtbezirk", text)
    except UnknownArea:
        assert place is None
        return
    name = ref.areas.loc[(ref.areas["area_level"] == "stadtbezirk") & (ref.areas["area_code"] == code), "name"]
    assert place == ("stadtbezirk", code, name.iloc[0])


def test_repeated_unknown_cells_are_reported_on_every_row(ref):
    lines = ["Indikator;Gebiet;Jahr;Wert"]
    lines += [f"trees_planted;Nirgendwo;{2000 + i};1" for i in range(3)]
    lines += ["trees_planted;Hörde;2001;1", "keine_kennzahl;Hörde;2002;x", "keine_kennzahl;Hörde;2003;x"]
    checked = check_file("\n".join(lines).encode(), "f.csv", ref, 10**6)
    found = [(p.code, p.row, p.value) for p in checked.problems]
    assert found == [("area_unknown", 2, "Nirgendwo"), ("area_unknown", 3, "Nirgendwo"),
                     ("area_unknown", 4, "Nirgendwo"),
                     ("indicator_unknown", 6, "keine_kennzahl"), ("value_not_number", 6, "x"),
                     ("indicator_unknown", 7, "keine_kennzahl"), ("value_not_number", 7, "x")]
    assert checked.report()[0] == "Zeile 2, Spalte „Gebiet“, „Nirgendwo“: " + checked.problems[0].body()
