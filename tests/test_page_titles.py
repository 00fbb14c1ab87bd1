"""Every page declares its language (<html lang>, through the page script's data-lang) and its own
browser title ('<page> – Zielmonitor Dortmund'; a goal's page names the goal), in German and
English; the palette and .streamlit/config.toml agree; the stylesheet holds no colour literal."""

from __future__ import annotations

import re
import tomllib

import pytest
import streamlit as st

from dashboard import style
from tests.apptest import run_page
from tests.conftest import ROOT

# /datenlage is checked in the browser only (tests/browser/test_a11y.py): AppTest's switch_page
# does not reliably land on it (its html elements, header included, are missing from the tree).
PAGES = [
    # (page, URL parameters, German title, English title)
    ("pages/overview.py", {}, "Übersicht", "Overview"),
    ("pages/goal.py", {}, "Ziel im Detail", "Goal detail"),
    ("pages/goal.py", {"goal": "wohnungen_2000_pro_jahr"}, "Mindestens 2.000 neue Wohnungen pro Jahr",
     "At least 2,000 new dwellings a year"),
    ("pages/districts.py", {}, "Stadtbezirke", "Districts"),
    ("pages/sources.py", {}, "Quellen", "Sources"),
    ("pages/method.py", {}, "Methodik", "Method"),
    ("pages/document.py", {}, "Dokument", None),
]


@pytest.fixture()
def titles(monkeypatch):
    """The page titles the run asked for through st.set_page_config, in order."""
    asked: list[str] = []
    original = st.set_page_config

    def record(*args, **kwargs):
        if kwargs.get("page_title"):
            asked.append(kwargs["page_title"])
        return original(*args, **kwargs)

    monkeypatch.setattr(st, "set_page_config", record)
    return asked


def _declared_lang(at) -> set[str]:
    """The data-lang values of the page script elements of the run."""
    return {m for h in at.get("html") for m in re.findall(r'class="zm-page-script" data-lang="(\w+)"', h.proto.body)}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("page", "params", "title_de", "title_en"), PAGES,
                         ids=[f"{p[0][6:-3]}{'-' + '-'.join(p[1].values()) if p[1] else ''}" for p in PAGES])
def test_every_page_sets_its_language_and_title(built_db, titles, page, params, title_de, title_en, lang):
    at = run_page(built_db, page, params if lang == "de" else {**params, "lang": "en"})
    assert not at.exception, [e.value for e in at.exception]
    assert _declared_lang(at) == {lang}
    title = titles[-1]
    assert title.endswith(" – Zielmonitor Dortmund") and title != "Zielmonitor Dortmund"
    expected = title_de if lang == "de" else title_en
    if expected:
        assert title == f"{expected} – Zielmonitor Dortmund"


def test_config_theme_colours_are_the_palettes():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
    assert theme["primaryColor"].lower() == style.CITY_BLUE.lower()
    assert theme["textColor"].lower() == style.TEXT.lower()
    assert theme["codeTextColor"].lower() == style.PAGE_COLOURS["code-text"].lower()
    assert theme["codeBackgroundColor"].lower() == style.PAGE_COLOURS["code-bg"].lower()
    assert style.contrast(theme["codeTextColor"], theme["codeBackgroundColor"]) >= 4.5


def test_stylesheet_and_pages_hold_no_colour_literal():
    """Colours live in dashboard.style only: the stylesheet uses var(--zm-…), pages name none."""
    colour = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|rgba?\(")
    css = (ROOT / "dashboard" / "static" / "zielmonitor.css").read_text(encoding="utf-8")
    assert not colour.findall(css)
    used = set(re.findall(r"var\(--zm-([\w-]+)", css))
    declared = set(re.findall(r"--zm-([\w-]+):", style.css_variables()))
    assert used - {"print-zoom"} <= declared, used - declared
    for path in (ROOT / "pages").glob("*.py"):
        assert not colour.findall(path.read_text(encoding="utf-8")), path.name


def test_status_fills_stand_out_from_white():
    """Status fills (bars, map areas, tile edges) keep 3:1 against the white page (WCAG 1.4.11),
    except the two light 'no verdict' fills that always come with their symbol and word."""
    light = {"not_assessable", "no_data"}
    low = {s: round(style.contrast(v.fill, style.WHITE), 2) for s, v in style.STATUS_STYLE.items()
           if s not in light and style.contrast(v.fill, style.WHITE) < 3}
    assert not low


@pytest.mark.parametrize(("fill", "text"), [("#0b3d7a", style.WHITE), ("#7A1F00", style.WHITE),
                                            ("#eef3fa", style.TEXT), ("#B97F00", style.TEXT)])
def test_map_names_read_on_their_fill(fill, text):
    assert style.text_on(fill) == text
    assert style.contrast(style.text_on(fill), fill) >= 4.5
