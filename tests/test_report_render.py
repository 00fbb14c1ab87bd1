"""The report renderer: a small model made here becomes a PDF whose text holds every field
literally (no markup from data), with page numbers; the chart is SVG with local numbers."""

from __future__ import annotations

import subprocess

from report.render import render_pdf
from report.svg import bar_chart

STATUS = {"symbol": "◌", "word": "noch nicht bewertbar", "colour": "#1F5F86"}
LABELS = {"city": "Stadt Dortmund", "page": "Seite", "of": "von", "demo": "Beispieldaten",
          "demo_note": "enthält Beispieldaten", "contents": "Inhalt", "summary": "Übersicht",
          "summary_columns": ["Ziel", "Bewertung", "Letzter Wert", "Quelle"], "evidence": "Belege",
          "sources": "Quellen"}


def model(title: str = "Mindestens 2.000 neue Wohnungen pro Jahr") -> dict:
    goal = {"title": title, "status": STATUS, "demo": False, "reason": "Ausgangslage 2023: 1.379 Wohnungen",
            "pace": "", "chart": "c.svg", "quotes": [{"quote": "Einwohner*innen #pagebreak() $x$", "ref": "Zeile 27"}],
            "evidence": [{"date": "2025", "stage": "begonnen", "basis": "SPD 2025, Zeile 89"}],
            "sources": ["IT.NRW"]}
    return {"lang": "de", "title": "Sachstandsbericht", "scope": "Alle Ziele", "stand_text": "Stand 30.11.2026",
            "demo": False, "header_left": "Zielmonitor", "footer_left": "Zielmonitor Dortmund",
            "method_note": "Regeln: Methodik.", "labels": LABELS, "counts": [{**STATUS, "n": "1"}],
            "summary": [{"title": title, "status": STATUS, "latest": "1.379 (2023)", "source": "IT.NRW"}],
            "themes": [{"title": "Wohnen", "goals": [goal]}]}


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_holds_every_text_literally_with_page_numbers(tmp_path):
    charts = {"c.svg": bar_chart([(2022, 2121, False), (2023, 1379, False)], 2000, "Wohnungen", "de")}
    text = pdf_text(render_pdf(model(), charts), tmp_path)
    for needle in ("Sachstandsbericht", "Stand 30.11.2026", "Mindestens 2.000 neue Wohnungen pro Jahr",
                   "noch nicht bewertbar", "Einwohner*innen #pagebreak() $x$", "Seite 1 von", "Inhalt",
                   "2.500", "Ziel: 2.000"):  # the chart: round German grid labels, the target labelled
        assert needle in text, needle


def test_chart_is_svg_with_german_numbers_and_escaped_unit():
    svg = bar_chart([(2022, 2121.0, False), (2023, 1379.0, True)], 2000.0, "<Wohnungen>", "de")
    # round German grid labels up to the highest bar (2.121 -> 2.500), the target line labelled
    assert svg.startswith("<svg") and ">2.500<" in svg and ">1.000<" in svg and "&lt;Wohnungen&gt;" in svg
    assert ">Ziel: 2.000<" in svg and ">2,121<" not in svg
    assert svg.count("<rect") == 2 and "stroke-dasharray" in svg
    assert bar_chart([], 1.0, "x", "de") == ""
