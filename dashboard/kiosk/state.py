"""The kiosk's memory between rotations: the last good slides and the rotation tick.

One KioskState lives in a session (st.session_state["zm_kiosk"]) and is replaced, never
appended to, on every rotation, so memory stays flat over weeks. `refresh` re-reads the
database only when its signature changed (a rebuild or upload swaps the file) and keeps
the last good deck when the file is missing, being rebuilt or broken.
Pure: the signature and the loader are passed in as functions.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from dashboard.data import DatabaseMissing, DataUnavailable
from dashboard.kiosk.options import KioskOptions
from dashboard.kiosk.slides import Deck

log = logging.getLogger(__name__)
MISSING = "missing"
UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class KioskState:
    """signature: of the database the deck was read from (None before the first good read).
    deck: the last good slides. options: the options the deck was built for.
    tick: rotations so far (the slide shown is tick % number of slides).
    problem: '' when the last read worked, else MISSING or UNAVAILABLE.
    loaded_at: when the deck was last read successfully.
    """

    signature: str | None = None
    deck: Deck = Deck(slides=())
    options: KioskOptions | None = None
    tick: int = 0
    problem: str = ""
    loaded_at: dt.datetime | None = None

    @property
    def showing_old(self) -> bool:
        """True when the screen shows kept slides because the current data cannot be read."""
        return bool(self.problem) and bool(self.deck.slides)


def refresh(state: KioskState, signature: Callable[[], str], load: Callable[[], Deck],
            options: KioskOptions, now: dt.datetime) -> KioskState:
    """The state after checking the database once.

    Unchanged signature and options and no earlier problem: the same state (no query).
    Otherwise load() builds a new deck. DatabaseMissing / DataUnavailable from signature()
    or load() keep the old deck and record the problem; the next good read clears it.
    """
    try:
        sig = signature()
        if sig == state.signature and options == state.options and not state.problem:
            return state
        deck = load()
    except DatabaseMissing as err:
        log.error("kiosk: database file missing (%s); keeping the last good slides. "
                  "Run `python -m etl build`.", err)
        return replace(state, problem=MISSING)
    except DataUnavailable as err:
        log.error("kiosk: data unavailable (%s); keeping the last good slides. "
                  "Rebuild with `python -m etl build`.", err)
        return replace(state, problem=UNAVAILABLE)
    return replace(state, signature=sig, deck=deck, options=options, problem="", loaded_at=now)


def current(state: KioskState):
    """The slide to show now (None when there has never been a good read)."""
    slides = state.deck.slides
    return slides[state.tick % len(slides)] if slides else None


def position(state: KioskState) -> tuple[int, int]:
    """(1-based number of the current slide, number of slides); (0, 0) without slides."""
    slides = state.deck.slides
    return ((state.tick % len(slides)) + 1, len(slides)) if slides else (0, 0)


def step(state: KioskState) -> KioskState:
    """The state for the next rotation (tick + 1, wrapping so the number stays small)."""
    count = max(1, len(state.deck.slides))
    return replace(state, tick=(state.tick + 1) % count)
