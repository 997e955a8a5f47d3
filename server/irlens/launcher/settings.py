"""irlens-cc's settings, from the environment (a build passes nothing else through a compiler launcher)."""

from __future__ import annotations

import os
import sys
from typing import NamedTuple, TypeVar

DEFAULT_TIME_S = 60.0
# Compilations per compile: kept small for the cold build's cost (about 70 ms each; `irlens bench build`
# gives 8-18x the plain build at 8). A larger budget finds more on some files (README, irlens-cc).
DEFAULT_BUDGET = 8
# IRLENS_CC_SEARCH=wide: the budget `irlens optimize` gives a module (engine/optimizer.default_module_budget:
# 4 compilations per function, at most 200), with time for it.
SEARCH_MODES = ("checked", "wide")
WIDE_TIME_S = 300.0
# The revision of the rules that decide which object is kept (launcher/search.rejection): a result decided
# by older rules is not reused. 2: --gc-sections reach per exported symbol.
DECISION_RULES = 2
Number = TypeVar("Number", int, float)


class SearchSettings(NamedTuple):
    budget: int | None  # compilations of one compile's search (None: the engine's default for the module)
    time_s: float  # the whole slow path of one compile: front end, search and code generation
    jobs: int | None  # parallel compilations of one compile's search
    mode: str = "checked"  # one of SEARCH_MODES

    @property
    def key(self) -> list[object]:
        """What of these settings a cached result depends on."""
        return [DECISION_RULES, self.mode, self.budget]

    @classmethod
    def from_env(cls) -> SearchSettings:
        """IRLENS_CC_SEARCH, IRLENS_CC_BUDGET, IRLENS_CC_TIME_S and IRLENS_CC_JOBS. A compile searches on
        one core unless told otherwise: a build runs one compile per core already (make -j, ninja), and a
        search on every core in each would start cores x cores tools at once. Either mode searches the
        checked pipelines only (verified, and judged by every acceptance rule); "wide" searches longer."""
        mode = os.environ.get("IRLENS_CC_SEARCH", "").strip().lower() or "checked"
        if mode not in SEARCH_MODES:
            print(f"irlens-cc: IRLENS_CC_SEARCH={mode!r} is not one of {', '.join(SEARCH_MODES)}; "
                  "using checked", file=sys.stderr)
            mode = "checked"
        wide = mode == "wide"
        default_time = WIDE_TIME_S if wide else DEFAULT_TIME_S
        return cls(budget=_number("IRLENS_CC_BUDGET", int, None if wide else DEFAULT_BUDGET),
                   time_s=_number("IRLENS_CC_TIME_S", float, default_time) or default_time,
                   jobs=_number("IRLENS_CC_JOBS", int, 1), mode=mode)


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
