"""Value types shared by the status rules, the ETL and the dashboard.

Pure data: no Streamlit, no DuckDB. Everything here is immutable so a cached
object can never be changed by a caller by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # indicators.inputs imports the kinds from here
    from indicators.inputs import RuleInputs

# Target kinds (see docs/method.md for what each one means).
ANNUAL_FLOW = "annual_flow"
CUMULATIVE = "cumulative"
LEVEL_BY_DEADLINE = "level_by_deadline"
BUDGET = "budget"
MILESTONE = "milestone"
KINDS = (ANNUAL_FLOW, CUMULATIVE, LEVEL_BY_DEADLINE, BUDGET, MILESTONE)

# Directions: which way the indicator has to move (or stay) to meet the target.
INCREASE = "increase"  # "mindestens", "mehr", "ausbauen"
DECREASE = "decrease"  # "höchstens", "senken", "klimaneutral" (towards zero)
DIRECTIONS = (INCREASE, DECREASE)

# Statuses, best first. The dashboard pairs each with a symbol, a word and a colour.
ACHIEVED = "achieved"
ON_TRACK = "on_track"
AT_RISK = "at_risk"
OFF_TRACK = "off_track"
# The deadline has passed and the target was not met ("verfehlt").
MISSED = "missed"
# Values exist, but none from the goal's own period: no verdict yet ("noch nicht bewertbar").
NOT_ASSESSABLE = "not_assessable"
NO_DATA = "no_data"
STATUSES = (ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, MISSED, NOT_ASSESSABLE, NO_DATA)


@dataclass(frozen=True)
class Target:
    """One stated target, reduced to what the rules need.

    target_value: the number to reach (0 for net zero); None for milestones.
    start_year: first year that counts (flows and budgets are summed from here).
    deadline_year: last year that counts; None when the document names none.
    baseline_value/baseline_year: a baseline stated by the register or a cited source, if
        any; the only baseline the rules use (never an observation chosen by the code).
    unit_de/unit_en: plural unit words for sentences ("Wohnungen", "dwellings");
    singular_de/singular_en: the words for exactly one ("Wohnung"); unit_id: the catalogue id
    ("eur" is written as money, "percent" with a % sign). See indicators.fmt.format_quantity.
    planned_path: the planned values (Soll-Pfad) of a cited source as ((year, value), ...),
        sorted by year, empty if none; planned_path_source: that source in words
        ("Drucksache 19222-20"). A level goal is compared with the path only where the path
        itself reaches the target by the deadline (see indicators.trend.path_leads_to_target).
    """

    kind: str
    target_value: float | None
    direction: str | None
    start_year: int
    deadline_year: int | None
    unit_de: str = ""
    unit_en: str = ""
    baseline_value: float | None = None
    baseline_year: int | None = None
    decimals: int = 0
    planned_path: tuple[tuple[int, float], ...] = ()
    planned_path_source: str = ""
    unit_id: str = ""
    singular_de: str = ""
    singular_en: str = ""


@dataclass(frozen=True)
class Observation:
    """One current (not superseded) value of the target's indicator for one year.

    For milestones, value is the percent complete (0-100) reported that year.
    """

    year: int
    value: float


@dataclass(frozen=True)
class Assessment:
    """What the rules say about one target on one as-of date.

    progress: share of the target reached (1.0 = 100 %), None if undefined.
    expected_value: where the goal should stand in the as-of year: the cited planned path
        (Soll-Pfad) where it is used, else the straight path from a stated baseline to the
        target, else None (annual flows: the annual target itself; sums: the time share).
    required_pace: change per year needed from now on to still reach the target
        (None once the deadline has passed or the target is met).
    forecast_value/forecast_year: the latest value carried to the deadline at the
        least-squares slope of the last TREND_WINDOW values of the period (for annual flows:
        the mean of the last five years); None when not assessable.
    reason_de/reason_en: one sentence that explains the status.
    pace_de/pace_en: the required pace in plain words.
    inputs: the numbers that went into the rule, for the "how it is computed" panel: an
        indicators.inputs.RuleInputs once indicators.rules.assess returns (inside a rule, the
        dict of named numbers it checks).
    start_point_year/start_point_value: the starting point („Ausgangslage“): the latest
        observation before the goal's start_year, None if there is none. Shown, never used
        for the status (also in inputs as "start_point_year"/"start_point_value").
    decided_by_years: the years whose values decided the status (all inside the goal's
        period start_year..deadline, ..as-of year); empty for no_data and not_assessable.
        The ETL marks a status uses_demo when one of these years holds a demo value.
    """

    status: str
    rule: str
    reason_de: str
    reason_en: str
    latest_year: int | None = None
    latest_value: float | None = None
    progress: float | None = None
    expected_value: float | None = None
    required_pace: float | None = None
    pace_de: str = ""
    pace_en: str = ""
    forecast_value: float | None = None
    forecast_year: int | None = None
    stale: bool = False
    inputs: RuleInputs | dict = field(default_factory=dict)
    start_point_year: int | None = None
    start_point_value: float | None = None
    decided_by_years: tuple[int, ...] = ()


# What kind of figure an observation is (its trust level), shown next to every number:
# official statistic, figure reported by the city, press report, stated in a document, generated.
DATA_KINDS = ("amtliche_statistik", "angabe_stadt", "presse", "beschluss_dokument", "beispieldaten")
# The same kinds ordered by trust, weakest first. A figure built from several others (a roll-up of
# districts to the city) is only as trustworthy as its weakest part. A council document's figure
# ranks above the city's own report (it was put to the council) and below official statistics.
TRUST_ORDER = ("beispieldaten", "presse", "angabe_stadt", "beschluss_dokument", "amtliche_statistik")


def weakest_kind(kinds) -> str:
    """The least trusted of the given data kinds ("presse" of presse and amtliche_statistik).

    An empty or unknown kind cannot vouch for anything, so it wins and comes back as "" (the
    ETL's observation check then names the source that lacks a kind); no kinds at all give ""."""
    kinds = [str(k) if isinstance(k, str) else "" for k in kinds]
    if not kinds or any(k not in TRUST_ORDER for k in kinds):
        return ""
    return min(kinds, key=TRUST_ORDER.index)
