"""`UploadProblem`, one problem found in a planner's file: a message code, where it is (row,
column as written in the file), the cell value and the values for the message's placeholders.
Used by planner.parse (file-level problems), planner.validate (indicator rows) and
planner.evidence (evidence rows); shown by the upload page and the command line. The sentences
are the label table texts/upload_checks.py (key `upc_<code>`) of the one text system.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from texts import t
from texts.visible import CONTROL_CHARS, char_name, visible  # noqa: F401 (re-exported for the checks)

COLUMNS = ("indicator", "area", "period", "value", "unit", "note")


@dataclass(frozen=True)
class UploadProblem:
    """One problem: a message code, where (row, column as written in the file), the cell value
    and the values for the message's placeholders."""

    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict = field(default_factory=dict)

    def body(self, lang: str = "de") -> str:
        """What is wrong and what is expected, without the place (for tables with own columns)."""
        params = dict(self.params)
        if params.get("column") in COLUMNS:
            params["column"] = t(f"upc_col_{params['column']}", lang)
        return t(f"upc_{self.code}", lang, **params)

    def text(self, lang: str = "de") -> str:
        """The full sentence in German ('de') or English ('en'), naming row, column and value."""
        where = []
        if self.row is not None:
            where.append(t("upc_where_row", lang, row=self.row))
        if self.column:
            where.append(t("upc_where_column", lang, column=self.column))
        if self.value is not None:
            where.append(t("upc_where_value", lang, value=self.value))
        body = self.body(lang)
        return f"{', '.join(where)}: {body}" if where else body


def problem_count(n: int, lang: str = "de") -> str:
    """'1 Problem' / '11 Probleme' ('1 problem' / '11 problems' in English)."""
    return t("upc_count_1", lang) if n == 1 else t("upc_count", lang, n=n)
