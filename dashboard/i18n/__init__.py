"""Texts in German (default) and English. `t(key, lang)` looks a label up.

Label tables live in small modules per area (common, overview, goal, map, sources, method);
each defines TEXTS = {key: (german, english)}. A missing key raises KeyError at once, so a
typo shows up in tests rather than as a blank label.
"""

from __future__ import annotations

from collections.abc import Mapping

from dashboard.i18n import (
    common, datenlage, goal, implementation, kiosk, map, method, method_rules, overview, report,
    sources, upload,
)

LANGS = ("de", "en")
DEFAULT_LANG = "de"
_TABLES: dict[str, tuple[str, str]] = {}


def register(texts: Mapping[str, tuple[str, str]]) -> None:
    """Add a module's label table; a key defined twice with different texts is an error."""
    for key, pair in texts.items():
        if key in _TABLES and _TABLES[key] != pair:
            raise ValueError(f"label {key!r} defined twice with different texts")
        _TABLES[key] = pair


def t(key: str, lang: str, **values) -> str:
    """The label for `key` in `lang` ('de' or 'en'), with {placeholders} filled from values."""
    german, english = _TABLES[key]
    text = english if lang == "en" else german
    return text.format(**values) if values else text


def lang_from(params: Mapping[str, str]) -> str:
    """The language chosen in the URL (?lang=en), German otherwise."""
    value = str(params.get("lang", DEFAULT_LANG)).lower()
    return value if value in LANGS else DEFAULT_LANG


def all_keys() -> set[str]:
    """Every registered label key (for tests)."""
    return set(_TABLES)


for _module in (common, overview, goal, map, sources, method, method_rules, upload, kiosk,
                datenlage, implementation, report):
    register(_module.TEXTS)
