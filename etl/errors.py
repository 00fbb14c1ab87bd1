"""Named errors of the ETL. Every problem names file, row and field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: where it is and what is wrong.

    file: path relative to data/raw (or the uploaded file's name).
    row: the record's label (a goal id, a CSV line number) or None for the whole file.
    field: the column or key, or None.
    message: what is wrong and what is expected, in plain words.
    """

    file: str
    row: str | int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field is not None:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}"


class ValidationFailed(Exception):
    """Raised when inputs have problems; carries all of them, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the inputs:\n{lines}")
