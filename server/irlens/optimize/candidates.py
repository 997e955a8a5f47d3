"""Candidate pass pipelines for size, beyond -Oz and whatever the model proposes.

The project's own set is the coreset, server/irlens/data/coreset.json (`{"version", "digest",
"baseline", "pipelines": [{"pipeline", "gain_bytes", "csmith_passed", "training_wins"}, ...]}`,
written by models/recipe/coreset.py): pipelines chosen by greedy coverage of the savings under clang
-Oz on the recipe's training functions, in coverage order (the order to try them in when no model
ranks them), each checked on csmith programs; `training_wins` counts the training functions each one
is the first smallest for (below -Oz), which gives the frequency order the benchmark compares with.
A ranking model scores exactly these pipelines, named by their digest (`Coreset`). Without the
coreset, the older candidates.json (`{"pipelines": [...]}`, the most frequent autotuner winners) is
read; if neither is usable, the hand-written set below is used:
-Oz variants that were measured to beat plain -Oz on some functions (e.g. a shorter pipeline that
skips loop rotation, which duplicates the loop test, or -Oz followed by cleanups it does not repeat).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CORESET_FILE = DATA_DIR / "coreset.json"
CANDIDATES_FILE = DATA_DIR / "candidates.json"

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


def candidate_pipelines(path: Path | None = None) -> list[str]:
    """The coreset in coverage order, else candidates.json, else the fallback set (deduplicated, order
    kept); `path` reads that one file (either format) instead."""
    for source in (path,) if path is not None else (CORESET_FILE, CANDIDATES_FILE):
        pipelines = _read_pipelines(source)
        if pipelines:
            return list(dict.fromkeys(pipelines))
    return list(FALLBACK_PIPELINES)


@dataclass(frozen=True)
class Coreset:
    """The coreset as a ranking model sees it: K pipelines in the file's (coverage) order."""

    pipelines: tuple[str, ...]
    digest: str  # pipeline_list_digest(pipelines): what a ranking GGUF's irlens.coreset_digest must be
    training_wins: tuple[int, ...] | None  # per pipeline; None when the file does not record them

    def frequency_order(self) -> list[str]:
        """Most training wins first (coverage order among equals); coverage order without the counts."""
        if self.training_wins is None:
            return list(self.pipelines)
        wins = dict(zip(self.pipelines, self.training_wins, strict=True))
        return sorted(self.pipelines, key=lambda pipeline: -wins[pipeline])


def load_coreset(path: Path = CORESET_FILE) -> Coreset | None:
    """The coreset file's pipelines, exactly in its order (None when it is missing or holds none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    items = data.get("pipelines") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    pipelines: list[str] = []
    wins: list[int] = []
    for item in items:
        pipeline = item.get("pipeline") if isinstance(item, dict) else None
        if not isinstance(pipeline, str) or not pipeline.strip():
            return None
        pipelines.append(pipeline.strip())
        count = item.get("training_wins")
        if isinstance(count, int):
            wins.append(count)
    if not pipelines:
        return None
    return Coreset(tuple(pipelines), pipeline_list_digest(pipelines),
                   tuple(wins) if len(wins) == len(pipelines) else None)


def pipeline_list_digest(pipelines: list[str]) -> str:
    """sha256 of the pipelines, one per line in order: names a coreset (and the ranker trained on it)."""
    return hashlib.sha256("\n".join(pipelines).encode("utf-8")).hexdigest()


def _read_pipelines(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    raw = data.get("pipelines", []) if isinstance(data, dict) else []
    pipelines = []
    for item in raw if isinstance(raw, list) else []:
        text = item.get("pipeline") if isinstance(item, dict) else item
        if isinstance(text, str) and text.strip():
            pipelines.append(text.strip())
    return pipelines
