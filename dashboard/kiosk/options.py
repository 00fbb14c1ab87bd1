"""Kiosk options read from the URL: ?kiosk=1&themes=a,b&goals=x,y&seconds=N&lang=en&demo=0.

Pure: takes a mapping of query parameters, returns a frozen KioskOptions. A wrong value never
raises (a public screen must not show an error for a typo in its URL): it falls back to the
default, and `problems` lists what was ignored so docs and tests can show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from dashboard.i18n import lang_from

TRUE_WORDS = ("1", "true", "yes", "ja", "on")
FALSE_WORDS = ("0", "false", "no", "nein", "off")
MIN_SECONDS = 3
MAX_SECONDS = 60  # new data must show within a minute, and the data check runs once per slide
DEFAULT_SECONDS = 15


@dataclass(frozen=True)
class KioskOptions:
    """What one screen shows.

    themes/goals: ids to keep (empty = all). seconds: time per slide (3-60).
    lang: 'de' or 'en'. demo: False leaves goals that use Beispieldaten out.
    problems: the URL values that were ignored, as "name=value" strings.
    """

    themes: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    seconds: int = DEFAULT_SECONDS
    lang: str = "de"
    demo: bool = True
    problems: tuple[str, ...] = ()


def _get(params: Mapping, name: str) -> str:
    """One parameter as a stripped string ('' if absent); lists take their first value."""
    value = params.get(name, "")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return str(value).strip()


def is_kiosk(params: Mapping) -> bool:
    """True when the URL asks for the kiosk view (?kiosk=1, also true/ja/yes)."""
    return _get(params, "kiosk").lower() in TRUE_WORDS


def _ids(text: str) -> tuple[str, ...]:
    """'a, b,,c' -> ('a', 'b', 'c'), lower-cased, order kept, duplicates dropped."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        if part.strip():
            seen[part.strip().lower()] = None
    return tuple(seen)


def parse_options(params: Mapping, default_seconds: int = DEFAULT_SECONDS) -> KioskOptions:
    """KioskOptions from URL parameters; default_seconds comes from ZM_KIOSK_SECONDS."""
    problems = []
    seconds = min(max(int(default_seconds), MIN_SECONDS), MAX_SECONDS)
    raw_seconds = _get(params, "seconds")
    if raw_seconds:
        try:
            seconds = min(max(int(float(raw_seconds)), MIN_SECONDS), MAX_SECONDS)
        except ValueError:
            problems.append(f"seconds={raw_seconds}")
    raw_demo = _get(params, "demo").lower()
    demo = True
    if raw_demo in FALSE_WORDS:
        demo = False
    elif raw_demo and raw_demo not in TRUE_WORDS:
        problems.append(f"demo={raw_demo}")
    return KioskOptions(
        themes=_ids(_get(params, "themes") or _get(params, "theme")),
        goals=_ids(_get(params, "goals") or _get(params, "goal")),
        seconds=seconds,
        lang=lang_from({"lang": _get(params, "lang") or "de"}),
        demo=demo,
        problems=tuple(problems),
    )


def known_only(options: KioskOptions, theme_ids, goal_ids) -> KioskOptions:
    """The options with unknown theme and goal ids left out (compared lower-case). When none of
    the ids asked for is known, that filter falls back to its default, every theme or goal, as
    for any other wrong value (docs/kiosk.md); each ignored id is added to `problems`."""
    themes = {str(i).lower() for i in theme_ids}
    goals = {str(i).lower() for i in goal_ids}
    keep_themes = tuple(i for i in options.themes if i in themes)
    keep_goals = tuple(i for i in options.goals if i in goals)
    ignored = [f"themes={i}" for i in options.themes if i not in themes] + [
        f"goals={i}" for i in options.goals if i not in goals]
    if not ignored:
        return options
    return replace(options, themes=keep_themes, goals=keep_goals, problems=options.problems + tuple(ignored))
