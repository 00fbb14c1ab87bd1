"""The Methodik page's rules about time and evidence, each with a worked example that the rules
themselves compute when the page opens (indicators.assess on small, fixed example inputs).

Rules: the goal's period, the starting point, the trend window (least squares), the planned path,
the baseline, „verfehlt“ after the deadline. Pure: no Streamlit, no database.
In: a language. Out: RuleExample objects with the rule in words, the example's inputs in words,
and the status and reason sentence the rules give for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from dashboard.i18n import t
from dashboard.method_steps import pct, threshold_words
from dashboard.style import status_label
from indicators import assess
from indicators.model import ANNUAL_FLOW, DECREASE, INCREASE, LEVEL_BY_DEADLINE, Assessment, Observation, Target

HOUSING = Target(ANNUAL_FLOW, 2000, INCREASE, 2025, None, "Wohnungen", "dwellings")
NET_ZERO = Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2018, 2028, "Kilotonnen CO₂", "kilotonnes CO₂")
PATH_GOAL = replace(NET_ZERO, start_year=2020, deadline_year=2030, planned_path=((2020, 1000.0), (2030, 0.0)),
                    planned_path_source="Drucksache")
# key: (target, [(year, value)], as-of date)
CASES: dict[str, tuple[Target, list[tuple[int, float]], dt.date]] = {
    "period": (HOUSING, [(2022, 2121), (2023, 1379), (2025, 2100)], dt.date(2026, 11, 21)),
    "start_point": (HOUSING, [(2019, 1378), (2020, 1725), (2021, 1664), (2022, 2121), (2023, 1379)],
                    dt.date(2026, 11, 21)),
    "trend": (NET_ZERO, [(2018, 1000), (2019, 700), (2020, 700), (2021, 700), (2022, 600)], dt.date(2024, 6, 30)),
    "planned_path": (PATH_GOAL, [(2024, 650)], dt.date(2025, 6, 30)),
    "baseline": (NET_ZERO, [(1990, 6000), (2018, 1000), (2020, 800)], dt.date(2022, 6, 30)),
    "missed": (NET_ZERO, [(2018, 1000), (2028, 300)], dt.date(2029, 6, 30)),
}


@dataclass(frozen=True)
class RuleExample:
    """One rule: title, the rule in words, the example's inputs in words, and what the rules
    say about them (status with symbol and word, rule id, reason sentence)."""

    key: str
    title: str
    rule: str
    example: str
    status: str
    status_text: str
    rule_id: str
    reason: str


def compute(key: str) -> Assessment:
    """The rules' assessment of the named example (a key of CASES)."""
    target, values, as_of = CASES[key]
    return assess(target, [Observation(y, float(v)) for y, v in values], as_of)


def rule_examples(lang: str) -> list[RuleExample]:
    """Every rule about time and evidence with its example, computed now, in the language."""
    words = threshold_words(lang)
    out = []
    for key in CASES:
        result = compute(key)
        extra = _baseline_words(lang) if key == "baseline" else {}
        out.append(RuleExample(
            key=key, title=t(f"mth_rx_{key}_title", lang), rule=t(f"mth_rx_{key}_rule", lang, **words),
            example=t(f"mth_rx_{key}_example", lang, **words, **extra), status=result.status,
            status_text=status_label(result.status, lang), rule_id=result.rule,
            reason=result.reason_en if lang == "en" else result.reason_de,
        ))
    return out


def _baseline_words(lang: str) -> dict[str, str]:
    """The baseline example's progress without and with a stated 1990 baseline, as percent."""
    target, values, as_of = CASES["baseline"]
    stated = replace(target, baseline_year=1990, baseline_value=6000.0)
    result = assess(stated, [Observation(y, float(v)) for y, v in values], as_of)
    return {"without": pct(compute("baseline").progress, lang), "stated": pct(result.progress, lang)}
