"""Deterministic generator of demonstration data (Beispieldaten) for indicators without real data.

Input: the indicator catalog (entries with a `demo:` spec) and the areas. Output: observation rows
flagged is_demo = True with source 'demo_generator'. The same inputs always give the same rows:
every random draw is seeded from the indicator id.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from etl.areas import CITY_CODE
from etl.stage import frame, observation
from texts import t

DEMO_DETAIL = t("obs_note_demo", "de")


def seed_for(text: str) -> int:
    """A stable 32-bit seed from a text (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def generate_demo(indicators: dict[str, dict], areas: pd.DataFrame, current_year: int) -> pd.DataFrame:
    """Observation rows for every indicator with a demo spec.

    Years after `current_year` are not generated; the current year is marked provisional.
    Output grain: one row per indicator, area (city or Stadtbezirk) and year.
    """
    rows = []
    districts = sorted(areas.loc[areas["area_level"] == "stadtbezirk", "area_code"], key=int)
    for iid in sorted(indicators):
        spec = indicators[iid].get("demo")
        if not spec:
            continue
        rng = np.random.default_rng(seed_for(iid))
        codes = districts if spec["level"] == "stadtbezirk" else [CITY_CODE]
        years = list(range(spec["first_year"], min(spec["last_year"], current_year) + 1))
        pattern = spec.get("pattern", "series")
        if pattern == "first_completion":
            values = _first_completion(rng, codes, years, spec.get("share_first_year", 0.5))
        elif pattern == "percent_complete":
            values = _percent_complete(rng, codes, years, spec)
        else:
            values = _series(rng, codes, years, spec)
        for (code, year), value in sorted(values.items(), key=lambda kv: (int(kv[0][0]), kv[0][1])):
            rows.append(observation(
                iid, spec["level"], code, year, value, "demo_generator", DEMO_DETAIL,
                note_en=t("obs_note_demo", "en"), is_demo=True, is_final=year < current_year,
            ))
    return frame(rows)


def _weights(rng: np.random.Generator, n: int) -> np.ndarray:
    """Shares of the city total per area (sum 1), uneven but not extreme."""
    raw = rng.uniform(0.6, 1.4, size=n)
    return raw / raw.sum()


def _series(rng, codes, years, spec) -> dict:
    """A yearly series: start * (1 + growth)^step * noise, split across areas; rounded."""
    shares = _weights(rng, len(codes))
    out = {}
    for step, year in enumerate(years):
        total = spec.get("start", 100.0) * (1 + spec.get("growth", 0.0)) ** step
        noise = rng.normal(1.0, spec.get("noise", 0.1), size=len(codes)).clip(0.2, 1.8)
        for code, share, factor in zip(codes, shares, noise):
            out[(code, year)] = float(round(total * share * factor))
    return out


def _first_completion(rng, codes, years, share_first_year) -> dict:
    """1 in the year an area completes its first item, else 0; some areas not yet done."""
    out = {}
    for code in codes:
        draw = rng.uniform()
        done_in = 0 if draw < share_first_year else (1 if draw < 0.85 else None)
        for step, year in enumerate(years):
            out[(code, year)] = 1.0 if done_in == step else 0.0
    return out


def _percent_complete(rng, codes, years, spec) -> dict:
    """A share rising from `start` by `growth` points a year (with noise), capped at 100."""
    out = {}
    for code in codes:
        level = spec.get("start", 20.0) + rng.normal(0, 5)
        for year in years:
            out[(code, year)] = float(round(min(100.0, max(0.0, level)), 1))
            level += spec.get("growth", 5.0) * rng.normal(1.0, spec.get("noise", 0.2))
    return out
