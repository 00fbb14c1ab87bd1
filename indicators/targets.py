"""One conversion from a stored goal row to the rules' Target.

Pure: takes a Mapping (a DuckDB/pandas row as dict) and returns indicators.model.Target.
The row has the targets table's columns (kind, target_value, direction, start_year,
deadline_year, baseline_value, baseline_year) and its unit's (unit_id, unit_label_de/en,
unit_singular_de/en, decimals). Missing values (None, NaN) become None.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from indicators.fmt import unit_from_row
from indicators.model import Target


def _present(value: object) -> bool:
    """False for None and NaN (pandas' missing values included), else True."""
    if value is None:
        return False
    try:
        return not math.isnan(float(value))
    except (TypeError, ValueError):
        return True


def _number(value: object) -> float | None:
    """A float, or None for a missing value."""
    return float(value) if _present(value) else None


def _year(value: object) -> int | None:
    """An int year, or None for a missing value."""
    return int(value) if _present(value) else None


def target_from_row(row: Mapping, share: float = 1.0) -> Target:
    """The goal row as the rules' Target; `share` scales the target value for one sub-area."""
    unit = unit_from_row(row)
    value = _number(row.get("target_value"))
    direction = row.get("direction")
    return Target(
        kind=str(row["kind"]), target_value=None if value is None else value * share,
        direction=direction if isinstance(direction, str) else None, start_year=int(row["start_year"]),
        deadline_year=_year(row.get("deadline_year")), unit_de=unit.label_de, unit_en=unit.label_en,
        baseline_value=_number(row.get("baseline_value")), baseline_year=_year(row.get("baseline_year")),
        decimals=unit.decimals, unit_id=unit.unit_id, singular_de=unit.singular_de,
        singular_en=unit.singular_en,
    )
