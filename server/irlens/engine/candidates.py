"""Candidate pass pipelines for size, beyond -Oz and whatever the model proposes.

The project's own set is server/irlens/data/candidates.json (`{"pipelines": [...]}`, written by the
model recipe from what won on its training data). Until it exists, or if it is unreadable, the
hand-written set below is used: -Oz variants that were measured to beat plain -Oz on some
functions (e.g. a shorter pipeline that skips loop rotation, which duplicates the loop test, or
-Oz followed by cleanups it does not repeat).
"""

from __future__ import annotations

import json
from pathlib import Path

CANDIDATES_FILE = Path(__file__).resolve().parent.parent / "data" / "candidates.json"

FALLBACK_PIPELINES: tuple[str, ...] = (
    "default<Oz>,function(instcombine,simplifycfg)",
    "default<Oz>,default<Oz>",
    "mergefunc,default<Oz>",
    "default<Os>",
    "function(sroa,early-cse,instcombine,simplifycfg,adce)",
    "function(sroa,early-cse,simplifycfg,instcombine,gvn,dse,adce,simplifycfg,instcombine)",
    "function(sroa,early-cse,instcombine,simplifycfg,loop-mssa(licm),gvn,instcombine,simplifycfg)",
    "function(mem2reg,instcombine,simplifycfg<switch-range-to-icmp;switch-to-lookup>,adce)",
    "function(sroa),default<Oz>,function(instcombine,dse,adce,simplifycfg)",
    "default<Oz>,function(loop-mssa(licm),gvn,instcombine,simplifycfg,dce)",
    "function(sroa,instcombine,simplifycfg,loop-deletion,loop-idiom,instcombine,simplifycfg)",
    "function(sroa,early-cse,instcombine,reassociate,instcombine,simplifycfg,adce,dse)",
)


def candidate_pipelines(path: Path = CANDIDATES_FILE) -> list[str]:
    """The project's candidate set (deduplicated, order kept); the fallback set when none is usable."""
    pipelines: list[str] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = data.get("pipelines", []) if isinstance(data, dict) else []
        pipelines = [p.strip() for p in raw if isinstance(p, str) and p.strip()]
    except (OSError, ValueError):
        pipelines = []
    return list(dict.fromkeys(pipelines or FALLBACK_PIPELINES))
