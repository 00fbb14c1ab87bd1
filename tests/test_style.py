"""The one palette and the one status label (dashboard.style)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from dashboard.style import CITY_BLUE, STATUS_STYLE, status_label, status_word
from indicators.model import STATUSES

ROOT = Path(__file__).resolve().parents[1]


def test_streamlit_theme_uses_the_city_blue():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
    assert theme["primaryColor"].lower() == CITY_BLUE.lower()


def test_no_python_module_writes_the_city_blue_as_a_literal():
    literal = re.compile(re.escape(CITY_BLUE), re.IGNORECASE)
    found = [str(path.relative_to(ROOT)) for folder in ("dashboard", "pages", "indicators", "etl")
             for path in (ROOT / folder).rglob("*.py") if literal.search(path.read_text(encoding="utf-8"))]
    assert found == ["dashboard/style.py"]


def test_pages_the_kiosk_chart_and_the_qr_code_write_no_colour_literal():
    colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|rgba?\(")
    files = [*sorted((ROOT / "pages").glob("*.py")), ROOT / "dashboard/charts/kiosk.py", ROOT / "dashboard/qr.py"]
    found = {str(p.relative_to(ROOT)): colour.findall(p.read_text(encoding="utf-8")) for p in files}
    assert len(found) > 3 and not any(found.values()), found


@pytest.mark.parametrize("status, lang, expected", [
    ("off_track", "de", "✖ nicht auf Kurs"), ("off_track", "en", "✖ off track"),
    ("achieved", "de", "★ erreicht"), ("not_assessable", "de", "◌ noch nicht bewertbar"),
])
def test_status_label_is_symbol_and_word(status, lang, expected):
    assert status_label(status, lang) == expected


def test_every_status_has_a_label_that_starts_with_its_symbol():
    for status in STATUSES:
        for lang in ("de", "en"):
            assert status_label(status, lang) == f"{STATUS_STYLE[status].symbol} {status_word(status, lang)}"
    with pytest.raises(KeyError):
        status_label("bogus", "de")
