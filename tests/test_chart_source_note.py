"""The source note under a chart (dashboard.charts.source_note): wrapped so that no line runs past
a phone's screen, every word kept, shown literally, and the figure's bottom margin makes room for
all its lines (the browser check is tests/browser/test_phone.py)."""

from __future__ import annotations

import html

import plotly.graph_objects as go
import pytest

from dashboard.charts import NOTE_CHARS, source_note

LONG = ("Quelle: Straßenoffensive: erste Bilanz der Stadt und Presseberichte über die Arbeiten "
        "in den zwölf Stadtbezirken\nGrenzen: Stadt Dortmund (Open Data)")


def _note_lines(fig: go.Figure) -> list[str]:
    return [html.unescape(line) for line in fig.layout.annotations[-1].text.split("<br>")]


@pytest.mark.parametrize("name, text, n_lines", [
    ("short line stays one line", "Quelle: IT.NRW", 1),
    ("own line breaks kept", "Quelle: IT.NRW\nGrenzen: Stadt Dortmund (Open Data)", 2),
    ("long source wrapped", LONG, 4),
])
def test_note_lines_fit_a_phone_and_keep_every_word(name, text, n_lines):
    fig = source_note(go.Figure(), text)
    lines = _note_lines(fig)
    assert len(lines) == n_lines, name
    assert all(len(line) <= NOTE_CHARS for line in lines), (name, lines)
    assert " ".join(lines).split() == text.split(), name


def test_bottom_margin_grows_with_the_number_of_lines():
    one = source_note(go.Figure(), "Quelle: IT.NRW", bottom=10).layout.margin.b
    four = source_note(go.Figure(), LONG, bottom=10).layout.margin.b
    assert one > 10 and four >= one + 3 * (one - 10)


def test_note_is_shown_literally_not_as_markup():
    fig = source_note(go.Figure(), "Quelle: <b>Amt</b> & Co")
    assert "<b>" not in fig.layout.annotations[0].text
    assert _note_lines(fig) == ["Quelle: <b>Amt</b> & Co"]
