"""Reference dates („Stichtag laut Quelle“) in the page's language: a table of named cases, the
Datenlage table on the fixture database, and an invariant of the real build (no reference date
is shown to a German reader in English words)."""

from __future__ import annotations

import re

import pytest

from dashboard import datenlage_model as model
from dashboard.queries import datenlage as q
from dashboard.ref_dates import ref_date_text

CASES = [
    ("ISO day", "2024-12-31", "31.12.2024", "31 Dec 2024"),
    ("ISO month", "2022-06", "Juni 2022", "June 2022"),
    ("year only", "2023", "2023", "2023"),
    ("empty", "", "", ""),
    ("before a day", "before 2025-04-09", "vor 09.04.2025", "before 9 Apr 2025"),
    ("season", "summer 2024", "Sommer 2024", "summer 2024"),
    ("mid-month", "mid-March 2025", "Mitte März 2025", "mid-March 2025"),
    ("end of a year", "end of 2017", "Ende 2017", "end of 2017"),
    ("school year", "school year 2018/19", "Schuljahr 2018/19", "school year 2018/19"),
    ("German source word", "2021 (Jahresdurchschnitt)", "2021 (Jahresdurchschnitt)", "2021 (annual average)"),
    ("remark", "2023 (article date not in excerpt)", "2023 (Artikeldatum nicht im Auszug)",
     "2023 (article date not in excerpt)"),
    ("month with remark", "2024-09 (after summer holidays)", "September 2024 (nach den Sommerferien)",
     "September 2024 (after the summer holidays)"),
    ("two remarks", "first Bilanz, 2024 (programme started June 2024; exact date not in excerpt)",
     "erste Bilanz, 2024 (Programmstart Juni 2024; genaues Datum nicht im Auszug)",
     "first review, 2024 (programme started June 2024; exact date not in excerpt)"),
    ("unknown wording stays as the source has it", "Q3 2025", "Q3 2025", "Q3 2025"),
]


@pytest.mark.parametrize(("name", "raw", "german", "english"), CASES, ids=[c[0] for c in CASES])
def test_reference_date_in_the_pages_language(name, raw, german, english):
    assert (ref_date_text(raw, "de"), ref_date_text(raw, "en")) == (german, english), name


def test_datenlage_series_show_the_reference_date_in_german(fixture_con):
    table = model.series_table(q.series(fixture_con), "de").set_index("Reihe")
    tendered = table.loc["Straßenoffensive: ausgeschrieben oder abgeschlossen", "Letzter Wert (Stichtag)"]
    assert tendered.endswith("(erste Bilanz, 2024)")  # the source says "first Bilanz, 2024"
    english = model.series_table(q.series(fixture_con), "en").set_index("Series")
    assert english.loc["Road offensive: tendered or completed", "Latest value (reference date)"] \
        .endswith("(first review, 2024)")


ENGLISH_WORDS = re.compile(r"\b(before|summer|late|end of|mid|school year|excerpt|after|first|decision|"
                           r"article|programme|holidays|city news)\b", re.IGNORECASE)


def test_no_real_reference_date_reads_english_on_a_german_page(db):
    """Invariant of the real data: a new reported file with new wording fails here until its words
    are in dashboard/i18n/ref_dates.py."""
    dates = {d for (d,) in db.execute("SELECT DISTINCT ref_date FROM observations_all").fetchall()}
    english = sorted(d for d in dates if ENGLISH_WORDS.search(ref_date_text(d, "de")))
    assert english == []
