"""Render a report model (plain data, see report.model) to PDF bytes with Typst.

The model is written as report.json next to a copy of the template, charts as SVG files; Typst
reads the JSON as data, so no text becomes markup. Works offline (Typst's own fonts, or DejaVu).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import typst

TEMPLATE = Path(__file__).with_name("template.typ")


class ReportError(RuntimeError):
    """The report could not be rendered (a template or data error, named in the message)."""


def render_pdf(model: dict, charts: dict[str, str]) -> bytes:
    """PDF bytes of the report. charts: file name -> SVG text, referenced by the goals' 'chart'."""
    with tempfile.TemporaryDirectory(prefix="zm-report-") as tmp:
        folder = Path(tmp)
        shutil.copy(TEMPLATE, folder / "report.typ")
        for name, svg in charts.items():
            (folder / name).write_text(svg, encoding="utf-8")
        (folder / "report.json").write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
        try:
            return typst.compile(str(folder / "report.typ"), root=str(folder))
        except typst.TypstError as err:
            raise ReportError(f"Typst konnte den Bericht nicht setzen: {err}") from err
