"""Label tables: every key has German and English text, both with the same placeholders, and
every literal key used with t("...") in pages/, dashboard/ and app.py exists."""

from __future__ import annotations

import re
import string

import pytest

from dashboard.i18n import _TABLES, all_keys, lang_from, t
from tests.conftest import ROOT

# t("key", ...) or t('key') as a call of the function t (not obj.t); a key built at run
# time (t("status_" + s), t(f"...")) is not a literal and is not checked here.
T_CALL = re.compile(r"(?<![\w.])t\(\s*(['\"])([A-Za-z0-9_]+)\1\s*[,)]")


def _placeholders(text: str) -> set[str]:
    """The {names} used in a format string."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _used_keys() -> dict[str, list[str]]:
    """Every literal key passed to t() in the app's sources, with the files using it."""
    files = [ROOT / "app.py", *sorted((ROOT / "pages").rglob("*.py")),
             *sorted((ROOT / "dashboard").rglob("*.py"))]
    used: dict[str, list[str]] = {}
    for path in files:
        for match in T_CALL.finditer(path.read_text(encoding="utf-8")):
            used.setdefault(match.group(2), []).append(str(path.relative_to(ROOT)))
    return used


@pytest.mark.parametrize("key", sorted(_TABLES))
def test_both_languages_filled_with_same_placeholders(key):
    german, english = _TABLES[key]
    assert german.strip() and english.strip(), f"{key}: empty text"
    assert _placeholders(german) == _placeholders(english), f"{key}: placeholders differ"


def test_every_used_key_exists():
    missing = {key: files for key, files in _used_keys().items() if key not in all_keys()}
    assert not missing, f"t() keys without a label: {missing}"


def test_scanner_finds_keys():
    """The regex really sees the calls (guards against a scan that silently finds nothing)."""
    used = _used_keys()
    assert {"src_title", "mth_title", "nav_sources"} <= set(used)
    assert T_CALL.search('x = t("abc", lang)') and not T_CALL.search('st.t("abc")')
    assert not T_CALL.search("t('status_' + s, lang)")


def test_t_fills_placeholders_and_falls_back_to_german():
    assert t("src_line_range", "de", first=3, last=5) == "Zeilen 3–5"
    assert t("src_line_range", "en", first=3, last=5) == "lines 3–5"
    assert lang_from({"lang": "EN"}) == "en" and lang_from({"lang": "fr"}) == "de"
    with pytest.raises(KeyError):
        t("no_such_label", "de")
