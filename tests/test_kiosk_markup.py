"""The kiosk's HTML goes through the one template helper (dashboard.markup) and its colours
through the palette's CSS variables: text from the register is escaped on every slide, and
neither the kiosk stylesheet nor its render modules hold a colour literal."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from dashboard import style
from dashboard.kiosk import render, render_promises
from dashboard.kiosk.css import CSS

ROOT = Path(__file__).resolve().parents[1]
COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|rgba?\(")
HOSTILE = '<img src=x onerror="alert(1)"> & „Bäume“'


def test_kiosk_stylesheet_uses_only_declared_palette_variables():
    root, rules = CSS.split("}", 1)
    assert ":root{" in root and not COLOUR.findall(rules)
    used = set(re.findall(r"var\(--zm-([\w-]+)", rules))
    declared = set(re.findall(r"--zm-([\w-]+):", style.css_variables()))
    assert used and used <= declared, used - declared


def test_kiosk_render_modules_name_no_colour():
    for module in (render, render_promises):
        assert not COLOUR.findall(Path(module.__file__).read_text(encoding="utf-8")), module.__name__


def test_title_slide_escapes_text_and_colours_tiles_by_status_variable():
    slide = SimpleNamespace(key="title", counts=[("off_track", 2), ("achieved", 1)], total=3, grouped=0,
                            evidenced=0, uses_demo=False, qr_url=HOSTILE)
    out = render.title_html(slide, "de", 1, 5, HOSTILE)
    assert "<img src=x" not in out and "&lt;img src=x" in out
    assert 'style="color:var(--zm-off_track-text)" data-status="off_track"' in out
    assert "✖" in out and "nicht auf Kurs" in out and "zk-h1-title" in out


def test_recent_slide_escapes_the_quote_and_boxes_the_implementation_status():
    slide = SimpleNamespace(key="recent-x", theme=HOSTILE, title=HOSTILE, quote=HOSTILE, status="under_way",
                            stage="beschlossen", date="2026-03-01", old=True, evidence_source=HOSTILE, qr_url="")
    out = render_promises.recent_html(slide, "en", 2, 5, "Stand")
    assert "<img src=x" not in out and out.count("&lt;img src=x") >= 4
    assert f'data-impl="under_way">{style.status_label("under_way", "en")}</span>' in out
