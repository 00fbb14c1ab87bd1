"""A small vector bar chart for the report: one bar per year, the target as a dashed line,
German or English numbers on the axis. Returns SVG text; every label is XML-escaped."""

from __future__ import annotations

from xml.sax.saxutils import escape

from indicators import fmt

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 230, 70, 30, 26
BAR, DEMO, TARGET = "#0072B2", "#6A3D9A", "#1a1a1a"


def bar_chart(points: list[tuple[int, float, bool]], target: float | None, unit: str, lang: str) -> str:
    """SVG of bars (year, value, is_demo) with an optional dashed target line; '' without points."""
    if not points:
        return ""
    top = max([v for _, v, _ in points] + ([target] if target is not None else []) + [0]) or 1.0
    plot_w, plot_h = WIDTH - LEFT - 10, HEIGHT - BOTTOM - TOP
    step = plot_w / len(points)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans, sans-serif" font-size="11">']
    parts += _axis(top, plot_h, unit, lang)
    for n, (year, value, demo) in enumerate(points):
        height = max(value, 0) / top * plot_h
        x = LEFT + n * step + step * 0.15
        parts.append(f'<rect x="{x:.1f}" y="{TOP + plot_h - height:.1f}" width="{step * 0.7:.1f}" '
                     f'height="{height:.1f}" fill="{DEMO if demo else BAR}"/>')
        parts.append(f'<text x="{x + step * 0.35:.1f}" y="{HEIGHT - 12}" text-anchor="middle">{year}</text>')
    if target is not None:
        y = TOP + plot_h - target / top * plot_h
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="{TARGET}" '
                     f'stroke-width="2" stroke-dasharray="6 4"/>')
    parts.append("</svg>")
    return "".join(parts)


def _axis(top: float, plot_h: float, unit: str, lang: str) -> list[str]:
    """Baseline, three grid values with their labels and the unit."""
    parts = [f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" stroke="#888"/>']
    for share in (0.5, 1.0):
        y = TOP + plot_h * (1 - share)
        label = escape(fmt.format_number(top * share, lang))
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    parts.append(f'<text x="4" y="12" fill="#555">{escape(unit)}</text>')
    return parts
