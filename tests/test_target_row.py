"""One conversion from a stored goal row to the rules' Target (indicators.targets)."""

from __future__ import annotations

import math

import pytest

from etl.build import check_inputs
from etl.status import rule_target
from indicators.model import Target
from indicators.targets import target_from_row

ROW_SQL = """
SELECT t.*, u.label_de AS unit_label_de, u.label_en AS unit_label_en, u.singular_de AS unit_singular_de,
       u.singular_en AS unit_singular_en, u.decimals
FROM targets t LEFT JOIN units u USING (unit_id)"""


def test_every_stored_goal_converts_like_the_build_does(db):
    catalog, register = check_inputs()
    built = {g["id"]: rule_target(g, catalog.units) for g in register.goals}
    rows = db.execute(ROW_SQL).df().to_dict("records")
    assert rows and len(rows) == len(built)
    for row in rows:
        assert target_from_row(row) == built[row["target_id"]], row["target_id"]


@pytest.mark.parametrize("row, expected", [
    pytest.param(dict(kind="milestone", target_value=math.nan, direction=None, start_year=2024.0,
                      deadline_year=math.nan, baseline_value=None, baseline_year=math.nan),
                 Target("milestone", None, None, 2024, None), id="missing-values-are-none"),
    pytest.param(dict(kind="cumulative", target_value=12, direction="increase", start_year=2024, deadline_year=2025,
                      unit_id="districts", unit_label_de="Stadtbezirke", unit_label_en="districts",
                      unit_singular_de="Stadtbezirk", unit_singular_en="district", decimals=0),
                 Target("cumulative", 12.0, "increase", 2024, 2025, "Stadtbezirke", "districts", unit_id="districts",
                        singular_de="Stadtbezirk", singular_en="district"), id="unit-words-carried"),
])
def test_target_from_row(row, expected):
    assert target_from_row(row) == expected


def test_share_scales_the_target_for_one_district():
    row = dict(kind="budget", target_value=25_000_000, direction="increase", start_year=2024, deadline_year=2025)
    assert target_from_row(row, share=0.5).target_value == 12_500_000
