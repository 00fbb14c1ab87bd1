"""German and English texts of the reported files' notes (stats/reported_notes.yaml).

The reported CSVs (stats/reported/*.csv, unchanged copies of the shared source) write their `note`
column in English; pages show each note in the reader's language. The table gives every note shown
its two texts, keyed by the note exactly as the CSV writes it; an entry with `file` holds only for
that file (a note such as "as above" means something else in each file). etl.reported refuses a
loaded row whose note has no entry, so the build stops with the note and the table named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from etl.errors import Problem
from etl.records import Field, check_record, load_yaml_list

NOTES = "stats/reported_notes.yaml"
ENTRY_SPEC = {"note": Field((str,), True), "de": Field((str,), True), "en": Field((str,), True),
              "file": Field((str,))}


@dataclass(frozen=True)
class NoteTexts:
    """(file or None, note) -> (German, English). Empty notes need no entry."""

    texts: dict[tuple[str | None, str], tuple[str, str]] = field(default_factory=dict)

    def lookup(self, file: str, note: str) -> tuple[str, str] | None:
        """(de, en) of a note from `file`: the file's own entry first, then the general one;
        ("", "") for an empty note; None when the table has no entry."""
        note = note.strip()
        if not note:
            return "", ""
        return self.texts.get((file, note)) or self.texts.get((None, note))


def load_note_texts(raw: Path) -> tuple[NoteTexts, list[Problem]]:
    """The checked translation table of raw/stats/reported_notes.yaml. Returns (table, problems):
    an entry without both texts, with an unknown key, or given twice is a problem."""
    entries, problems = load_yaml_list(raw / NOTES, "notes", NOTES)
    texts: dict[tuple[str | None, str], tuple[str, str]] = {}
    for n, entry in enumerate(entries, start=1):
        label = f"#{n}"
        found = check_record(entry, ENTRY_SPEC, NOTES, label)
        if not found and not (entry["de"].strip() and entry["en"].strip()):
            found = [Problem(NOTES, label, "de", "give both a German and an English text")]
        key = (entry.get("file"), str(entry.get("note", "")).strip())
        if not found and key in texts:
            found = [Problem(NOTES, label, "note", f"note {key[1]!r} given twice")]
        problems += found
        if not found:
            texts[key] = (entry["de"].strip(), entry["en"].strip())
    return NoteTexts(texts), problems


def missing_note(rel: str, row: int, note: str) -> Problem:
    """The problem for a loaded row whose note has no German/English text in the table."""
    return Problem(rel, row, "note", f"note {note.strip()!r} has no German and English text: add "
                                     f"an entry (note, de, en) to {NOTES}")
