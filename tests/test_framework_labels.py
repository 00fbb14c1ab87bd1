"""Streamlit's own English strings in the page language (dashboard.components.framework_labels,
applied by static/page.js): German pages get a German text for each, English pages none; a
{label} hole stands for the widget's label on both sides. The browser check is
tests/browser/test_framework_language.py."""

from __future__ import annotations

import re

from dashboard.components import STATIC, framework_labels
from dashboard.i18n import framework


def test_german_pages_get_german_text_for_streamlits_strings():
    labels = framework_labels("de")
    assert labels["Link to heading"] == "Link zu dieser Überschrift"
    assert labels["Collapse sidebar"] == "Seitenleiste einklappen"
    assert labels["Download as CSV"] == "Als CSV herunterladen"
    assert labels["Help for {label}"] == "Hilfe zu {label}"
    assert len(labels) == len(framework.TEXTS)  # every German text differs from Streamlit's


def test_english_pages_keep_streamlits_own_strings():
    assert framework_labels("en") == {}


def test_a_label_hole_appears_once_on_both_sides():
    for english, german in framework_labels("de").items():
        holes = re.findall(r"\{\w+\}", english)
        assert len(holes) <= 1 and re.findall(r"\{\w+\}", german) == holes, english


def test_the_page_script_survives_the_html_sanitizer():
    """st.html's sanitizer drops a script whose text has a '<' (it looks like markup)."""
    assert "<" not in (STATIC / "page.js").read_text(encoding="utf-8")
