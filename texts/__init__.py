"""The one text system: German (default) and English labels for pages, validation messages,
rule sentences and the command line.

`t(key, lang, **values)` looks a label up and fills its {placeholders}. Label tables are small
modules, each defining TEXTS = {key: (german, english)}, added with `register`. Pages' tables live in
`dashboard/i18n/`; tables for layers below the dashboard (command line, upload validation, rule
sentences) live in this package, so that `etl` and `indicators`-level code can use them without
importing the dashboard. A missing key raises KeyError at once, so a typo shows up in tests rather
than as a blank label. This package imports no other package of the project.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    """The language chosen in the URL (?lang=en) or on the command line, German otherwise."""
    value = str(params.get("lang", DEFAULT_LANG)).lower()
    return value if value in LANGS else DEFAULT_LANG


def all_keys() -> set[str]:
    """Every registered label key (for tests)."""
    return set(_TABLES)


# Label tables below the dashboard, registered once the functions above exist (one pair of lines each).
from texts import cli  # noqa: E402
register(cli.TEXTS)
from texts import rules  # noqa: E402
register(rules.TEXTS)
from texts import upload_checks  # noqa: E402
register(upload_checks.TEXTS)
from texts import users  # noqa: E402
register(users.TEXTS)
from texts import obs_notes  # noqa: E402
register(obs_notes.TEXTS)
