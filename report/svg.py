"""A small vector bar chart for the report: one bar per year, the target as a labelled dashed
line, German or English numbers at round steps on the axis. Returns SVG text; every label is XML-escaped."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from dashboard.i18n import t
from indicators import fmt

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 230, 70, 30, 26
BAR, DEMO, TARGET = "#0072B2", "#6A3D9A", "#1a1a1a"


def bar_chart(points: list[tuple[int, float, bool]], target: float | None, unit: str, lang: str) -> str:
    """SVG of bars (year, value, is_demo) with an optional dashed target line; '' without points."""
    if not points:
        return ""
    highest = max([v for _, v, _ in points] + ([target] if target is not None else []) + [0])
    grid = tick_step(highest or 1.0)
    top = grid * max(1, math.ceil(highest / grid))
    plot_w, plot_h = WIDTH - LEFT - 10, HEIGHT - BOTTOM - TOP
    step = plot_w / len(points)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans, sans-serif" font-size="11">']
    parts += _axis(top, grid, plot_h, unit, lang)
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
        label = escape(t("goal_tr_target_level", lang, value=fmt.format_number(target, lang)))
        parts.append(f'<text x="{WIDTH - 12}" y="{y - 4:.1f}" text-anchor="end" font-weight="bold" '
                     f'stroke="#ffffff" stroke-width="3" paint-order="stroke">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def tick_step(top: float) -> float:
    """A round grid step (1, 2, 2.5 or 5 times a power of ten) giving three to five grid lines up to top."""
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(power * m for m in (1, 2, 2.5, 5, 10) if power * m >= raw)


def _axis(top: float, step: float, plot_h: float, unit: str, lang: str) -> list[str]:
    """Baseline, a grid line with its German/English label at every round step, and the unit."""
    parts = [f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" stroke="#888"/>']
    decimals = next(d for d in (0, 1, 2, 3) if float(round(step * 10 ** d, 9)).is_integer())
    for n in range(1, round(top / step) + 1):
        y = TOP + plot_h * (1 - n * step / top)
        label = escape(fmt.format_number(n * step, lang, decimals))
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    parts.append(f'<text x="{LEFT - 6}" y="{TOP + plot_h + 4:.1f}" text-anchor="end">0</text>')
    parts.append(f'<text x="4" y="12" fill="#555">{escape(unit)}</text>')
    return parts
