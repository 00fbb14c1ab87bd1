"""Promises located in a Stadtbezirk (dashboard.district_places): which place names count,
what stays city-wide, and the list a district profile shows. Pure, plus one run on the
test database."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import district_places as dp
from dashboard.headline import headline_status
from dashboard.queries import geo
from dashboard.queries.targets import targets_overview

AREAS = pd.DataFrame([
    {"area_level": "stadtbezirk", "name": "Hörde", "stadtbezirk_code": "8"},
    {"area_level": "statistischer_bezirk", "name": "Hörde", "stadtbezirk_code": "8"},
    {"area_level": "unterbezirk", "name": "Westfalenhütte", "stadtbezirk_code": "2"},
    {"area_level": "unterbezirk", "name": "Kirchderne", "stadtbezirk_code": "5"},
    {"area_level": "unterbezirk", "name": "Mitte", "stadtbezirk_code": "3"},
    {"area_level": "unterbezirk", "name": "Mitte", "stadtbezirk_code": "9"},
    {"area_level": "unterbezirk", "name": "Ost", "stadtbezirk_code": "3"},
    {"area_level": "city", "name": "Dortmund", "stadtbezirk_code": None},
])


def located(text: str) -> dict[str, str]:
    found = dp.located_promises(pd.DataFrame({"target_id": ["g"], "text": [text]}), dp.place_table(AREAS))
    return dict(zip(found["area_code"], found["places"]))


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("an Unterbezirk by its name", "Die U44 über die Westfalenhütte nach Kirchderne", {"2": "Westfalenhütte", "5": "Kirchderne"}),
    ("a Stadtbezirk and its namesake count once", "Ein Bad in Hörde", {"8": "Hörde"}),
    ("a well-known place (alias)", "Ein Sportplatz in der Nordstadt", {"2": "Nordstadt"}),
    ("an alias in capitals as the documents write it", "vom PHOENIX See", {"8": "PHOENIX"}),
    ("a name inside a longer word is no place", "Die Nordstadtliga und die Innenstadtparkplätze", {}),
    ("a name used in two Stadtbezirke is ambiguous", "Ein Platz in der Mitte", {}),
    ("a name shorter than four letters is ignored", "Richtung Ost", {}),
    ("a city-wide promise naming examples", "Grün in allen Stadtteilen – ob in der Nordstadt oder in Hörde", {}),
    ("connections between all neighbourhoods", "Velorouten zwischen den Stadtteilen und der Innenstadt", {}),
    ("no place at all", "Alle Schulen am Glasfasernetz", {}),
])
def test_which_promises_are_located_where(name, text, expected):
    assert located(text) == expected, name


def test_the_city_itself_is_no_place():
    assert "Dortmund" not in dp.place_table(AREAS)


def test_a_district_profile_lists_its_promises_with_the_one_status(db):
    located_ = dp.located_promises(geo.promise_texts(db), dp.place_table(geo.area_list(db)))
    goals = targets_overview(db)
    nord = dp.district_list(located_, goals, "2", "de")
    assert "u44_verlaengerung_kirchderne" in {g["target_id"] for g in nord}
    u44 = next(g for g in nord if g["target_id"] == "u44_verlaengerung_kirchderne")
    assert u44["places"] == "Westfalenhütte" and u44["title"].startswith("Verlängerung der U44")
    row = goals[goals["target_id"] == "u44_verlaengerung_kirchderne"].iloc[0].to_dict()
    assert u44["status"] == headline_status(row) != "no_data"
    assert "u44_verlaengerung_kirchderne" in {g["target_id"] for g in dp.district_list(located_, goals, "5", "en")}
    assert not dp.district_list(located_, goals, "99", "de")
