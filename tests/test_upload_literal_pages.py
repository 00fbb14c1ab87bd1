"""Text from uploads is shown literally on every page (issue 16): a planner's note with a
Markdown link and image, or with HTML tags, never becomes a link, an image or markup – in
Markdown elements, st.table cells, st.html blocks and chart hovers. On the fixture folder
(tests/fixtures/data: completions for the city, trees per Stadtbezirk)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from dashboard import literal
from tests.apptest import run_page, shown
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.hostile_files import csv_bytes
from tests.fixtures.uploads.support import built_with_upload

MD_NOTE = "[Bitte hier neu anmelden](https://example.org) ![b](http://example.org/beacon.png)"
HTML_NOTE = '<a href="https://example.org/x">Hier klicken</a> <img src="http://example.org/pixel.png">'
MARKDOWN_KINDS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error",
                  "success")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory, fixture_db):
    """A database with an applied upload whose notes are hostile (city and two district values)."""
    data = csv_bytes(f"completed_dwellings;Dortmund;2024;2.345;Wohnungen;{HTML_NOTE} {MD_NOTE}",
                     f"trees_planted;Innenstadt-Nord;2024;1.234;Bäume;{MD_NOTE}",
                     f"trees_planted;Innenstadt-Ost;2024;980;Bäume;{HTML_NOTE}")
    return built_with_upload(tmp_path_factory.mktemp("hostile"), FIXTURE_RAW, data, "werte.csv",
                             "Quelle: [x](https://example.org)", built=fixture_db)


def unescaped_markup(markdown: str) -> list[str]:
    """Markdown link, image, autolink or HTML syntax that is not backslash-escaped."""
    bare = re.sub(r"\\.", "", markdown)
    return re.findall(r"\]\(|!\[|https?://|<[a-z]", bare)


class Tags(HTMLParser):
    """Collects the URLs of <a href> and <img src> tags."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("a", "img"):
            self.urls += [v or "" for k, v in attrs if k in ("href", "src")]


def linked_urls(html_text: str) -> list[str]:
    parser = Tags()
    parser.feed(html_text)
    return parser.urls


def strings(node) -> list[str]:
    """Every string in a JSON structure (a plotly spec: hover texts, labels, annotations)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        node = list(node.values())
    return [s for item in node for s in strings(item)] if isinstance(node, list) else []


def hostile_places(at) -> dict[str, int]:
    """Check every element that shows a hostile note; return how many of each kind were seen."""
    seen = {"markdown": 0, "table": 0, "html": 0, "chart": 0, "dataframe": 0}
    for kind in MARKDOWN_KINDS:
        for el in getattr(at, kind):
            if "example.org" in shown(str(el.value)):
                assert unescaped_markup(str(el.value)) == [], (kind, el.value)
                seen["markdown"] += 1
    for tbl in at.table:
        for cell in tbl.value.astype(str).to_numpy().ravel():
            if "example.org" in shown(cell):
                assert unescaped_markup(cell) == [], cell
                seen["table"] += 1
    for el in at.get("html"):
        body = str(el.proto.body)
        if "example.org" in body:
            assert not any("example.org" in u for u in linked_urls(body)), body
            seen["html"] += 1
    for chart in at.get("plotly_chart"):
        for text in strings(json.loads(chart.proto.spec)):
            if "example.org" in text:
                assert not any("example.org" in u for u in linked_urls(text)), text
                seen["chart"] += 1
    seen["dataframe"] = sum("example.org" in df.value.to_string() for df in at.dataframe)
    return seen


def test_literal_text_escapes_markdown_and_html():
    assert unescaped_markup(literal.md(MD_NOTE)) == []
    assert shown(literal.md(MD_NOTE)) == MD_NOTE  # shown exactly as typed
    assert linked_urls(literal.html_text(HTML_NOTE)) == []
    assert literal.md("Bezirk\u202eX") == "Bezirk⟨U\\+202E⟩X"


def test_district_page_shows_notes_as_plain_text(hostile_db):
    at = run_page(hostile_db, "pages/districts.py",
                  {"indicator": "trees_planted", "year": "2024", "district": "innenstadt-nord"})
    assert not at.exception
    seen = hostile_places(at)
    assert seen["table"] + seen["markdown"] >= 2  # the map table's source and the profile's


def test_district_page_echoes_a_hostile_url_parameter_literally(hostile_db):
    at = run_page(hostile_db, "pages/districts.py", {"district": MD_NOTE})
    assert not at.exception
    assert hostile_places(at)["markdown"] == 1  # "unknown district" names it, as text


def test_goal_page_shows_the_note_as_plain_text(hostile_db):
    at = run_page(hostile_db, "pages/goal.py", {"goal": "wohnungen_2000_pro_jahr"})
    assert not at.exception
    seen = hostile_places(at)
    assert seen["table"] >= 1 and seen["chart"] >= 1  # the data table (wrapping HTML table) and the chart hover


def test_upload_page_shows_file_text_in_problems_and_history_literally(hostile_db, tmp_path, monkeypatch):
    from planner.auth import add_user

    add_user(tmp_path / "users.toml", "anna", "richtig-langes-passwort")
    monkeypatch.setenv("ZM_USERS_FILE", str(tmp_path / "users.toml"))
    monkeypatch.setenv("ZM_UPLOAD_DIR", str(hostile_db.parent / "up"))
    at = run_page(hostile_db, "pages/upload.py")
    at.text_input(key="zm_signin_user").input("anna")
    at.text_input(key="zm_signin_password").input("richtig-langes-passwort")
    at.button[0].click().run()
    bad = csv_bytes(f"trees_planted;{MD_NOTE};2024;5;Bäume;x", header=f"Indikator;Gebiet;Jahr;Wert;{MD_NOTE}")
    at.file_uploader[0].set_value(("x.csv", bad, "text/csv")).run()
    assert not at.exception
    seen = hostile_places(at)
    assert seen["table"] >= 1  # the problem table quotes the cell, escaped
    assert seen["dataframe"] >= 1  # the history's comment (a dataframe: plain text)


@pytest.mark.parametrize("page, params", [("pages/overview.py", None), ("pages/sources.py", None),
                                          ("pages/method.py", None), ("pages/overview.py", {"kiosk": "1"})])
def test_other_pages_never_render_the_note_as_markup(hostile_db, page, params):
    at = run_page(hostile_db, page, params)
    assert not at.exception
    hostile_places(at)  # wherever the note shows up, it is inert text
