"""Pure progress/status rules for Zielmonitor Dortmund (stdlib only).

Public API:
    assess(target, observations, as_of) -> Assessment   (see indicators.rules)
    RuleError                                           (raised for unusable input)
    indicators.fmt.format_number / format_percent / format_money / format_date
"""

from indicators import fmt
from indicators.rules import RuleError, assess

__all__ = ["RuleError", "assess", "fmt"]
