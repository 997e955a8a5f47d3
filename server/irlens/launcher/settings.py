"""irlens-cc's settings, from the environment (a build passes nothing else through a compiler launcher)."""

from __future__ import annotations

import os
import sys
from typing import NamedTuple, TypeVar

DEFAULT_TIME_S = 60.0
# Compilations per compile: kept small for the cold build's cost (about 70 ms each; `irlens bench build`
# gives 8-18x the plain build at 8). A larger budget finds more on some files (README, irlens-cc).
DEFAULT_BUDGET = 8
Number = TypeVar("Number", int, float)


class SearchSettings(NamedTuple):
    budget: int  # compilations of one compile's search
    time_s: float  # the whole slow path of one compile: front end, search and code generation
    jobs: int | None  # parallel compilations of one compile's search

    @classmethod
    def from_env(cls) -> SearchSettings:
        """IRLENS_CC_BUDGET, IRLENS_CC_TIME_S and IRLENS_CC_JOBS. A compile searches on one core unless
        told otherwise: a build runs one compile per core already (make -j, ninja), and a search on every
        core in each would start cores x cores tools at once."""
        return cls(budget=_number("IRLENS_CC_BUDGET", int, DEFAULT_BUDGET) or DEFAULT_BUDGET,
                   time_s=_number("IRLENS_CC_TIME_S", float, DEFAULT_TIME_S) or DEFAULT_TIME_S,
                   jobs=_number("IRLENS_CC_JOBS", int, 1))


def flag(name: str) -> bool:
    """An on/off environment variable: set, and not 0, no, off or false."""
    return os.environ.get(name, "").strip().lower() not in ("", "0", "no", "off", "false")


def _number(name: str, kind: type[Number], default: Number | None) -> Number | None:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = kind(text)
    except ValueError:
        value = kind(0)
    if value <= 0:
        print(f"irlens-cc: {name}={text!r} is not a positive number; using the default", file=sys.stderr)
        return default
    return value
