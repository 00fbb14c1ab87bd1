"""Text made visible before it is quoted in a message or shown: control characters and invisible
text-direction marks are named by code point (`⟨U+202E⟩`), never shown themselves. Used by the
upload checks (planner), the command line and dashboard.literal. Imports nothing of the project.
"""

from __future__ import annotations

import re

# C0/C1 control characters (tab, line feed and carriage return allowed: they separate cells and
# rows) and the invisible text-direction marks and overrides (U+061C, U+200E/F, U+202A–E, U+2066–9)
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def char_name(char: str) -> str:
    """A character as code point, e.g. 'U+202E', for messages (never the character itself)."""
    return f"U+{ord(char):04X}"


def visible(text: object, limit: int = 80) -> str:
    """Text made safe to quote in a message: control and direction characters as '⟨U+001B⟩',
    cut to `limit` characters with '…'."""
    shown = CONTROL_CHARS.sub(lambda m: f"⟨{char_name(m.group())}⟩", str(text))
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"
