"""Build orchestration (placeholder for check only; filled in below)."""

from __future__ import annotations

import config
from etl.catalog import load_catalog
from etl.errors import ValidationFailed
from etl.register import load_register


def check_inputs():
    """Load catalog and register; raise ValidationFailed with all problems."""
    raw = config.raw_dir()
    catalog, problems = load_catalog(raw)
    register, found = load_register(raw, catalog)
    problems += found
    if problems:
        raise ValidationFailed(problems)
    return catalog, register
