"""What the overview page works from, assembled from queries once per database version.

Called through dashboard.data.derived, so a warm rerun (a filter click, a second visitor) reuses
the prepared goals table and the filter options instead of merging and scanning them again.
In: nothing or the UI language. Out: the objects dashboard.overview_model builds.
"""

from __future__ import annotations

import pandas as pd

from dashboard import overview_model as om
from dashboard.data import query
from dashboard.queries.overview import overview_citations, overview_values
from dashboard.queries.targets import targets_overview


def goals_table() -> pd.DataFrame:
    """One row per goal with its values and citing documents (overview_model.prepare)."""
    return om.prepare(query(targets_overview), query(overview_values), query(overview_citations))


def filter_options(lang: str) -> om.FilterOptions:
    """The choices of the overview's filters in `lang` (overview_model.filter_options)."""
    return om.filter_options(query(targets_overview), query(overview_citations), lang)
