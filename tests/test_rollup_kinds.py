"""A roll-up (districts summed to the city) is only as trustworthy as its weakest part."""

from __future__ import annotations

import pytest

from etl.areas import load_areas
from etl.catalog import load_catalog
from etl.combine import assign_data_kinds, roll_up
from etl.stage import frame, observation
from indicators.model import weakest_kind
from tests.conftest import FIXTURE_RAW

AREAS, _ = load_areas(FIXTURE_RAW / "geo")
CATALOG, _ = load_catalog(FIXTURE_RAW)
DISTRICTS = AREAS.loc[AREAS["area_level"] == "stadtbezirk", "area_code"].tolist()


@pytest.mark.parametrize("kinds, weakest", [
    pytest.param(["amtliche_statistik"], "amtliche_statistik", id="one official figure"),
    pytest.param(["amtliche_statistik", "presse"], "presse", id="official and press: press"),
    pytest.param(["angabe_stadt", "presse", "amtliche_statistik"], "presse", id="press is weakest of real kinds"),
    pytest.param(["amtliche_statistik", "angabe_stadt"], "angabe_stadt", id="city report below official"),
    pytest.param(["beschluss_dokument", "angabe_stadt"], "angabe_stadt", id="city report below document"),
    pytest.param(["beschluss_dokument", "amtliche_statistik"], "beschluss_dokument", id="document below official"),
    pytest.param(["presse", "beispieldaten"], "beispieldaten", id="demo stays demo"),
    pytest.param(["amtliche_statistik", ""], "", id="a part without kind cannot vouch"),
    pytest.param(["amtliche_statistik", "gerücht"], "", id="an unknown kind cannot vouch"),
    pytest.param([], "", id="no parts"),
])
def test_weakest_kind(kinds, weakest):
    assert weakest_kind(kinds) == weakest


def _districts(kinds: list[str], indicator: str = "road_offensive_district_started",
               source: str = "strassenoffensive_bilanz", demo: bool = False):
    """One 2025 value per fixture Stadtbezirk with the given kinds, kinds filled as the build does."""
    rows = [observation(indicator, "stadtbezirk", code, 2025, 1, source, data_kind=kind, is_demo=demo)
            for code, kind in zip(DISTRICTS, kinds)]
    return assign_data_kinds(frame(rows), CATALOG.sources)


def _city(obs):
    return roll_up(obs, CATALOG.indicators, AREAS).query("area_level == 'city'").iloc[0]


@pytest.mark.parametrize("kinds, expected", [
    pytest.param(["presse", "presse", "presse"], "presse", id="all press: press, not the source's default"),
    pytest.param(["angabe_stadt", "presse", "angabe_stadt"], "presse", id="one press district makes a press sum"),
    pytest.param(["angabe_stadt", "angabe_stadt", "amtliche_statistik"], "angabe_stadt", id="city and official"),
    pytest.param(["", "", ""], "angabe_stadt", id="empty kinds take the source's kind first"),
])
def test_a_sum_of_districts_carries_the_weakest_kind_of_its_parts(kinds, expected):
    assert CATALOG.sources["strassenoffensive_bilanz"]["data_kind"] == "angabe_stadt"
    city = _city(_districts(kinds))
    assert (city["value"], city["data_kind"], city["ref_date"]) == (3.0, expected, "2025")


def test_a_sum_of_demo_districts_stays_demo():
    city = _city(_districts(["", "", ""], "trees_planted", "demo_generator", demo=True))
    assert city["data_kind"] == "beispieldaten" and bool(city["is_demo"])


def test_the_fixture_build_stores_the_press_kind_on_the_rolled_up_city_value(fixture_con):
    kinds = fixture_con.execute(
        "SELECT DISTINCT data_kind FROM observations WHERE indicator_id = 'road_offensive_district_started' "
        "AND area_level = 'city' AND year = 2025").fetchall()
    assert kinds == [("presse",)]
