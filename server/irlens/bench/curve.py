"""The budget curve (issue 9): how much each order of the coreset saves when every function may try
only its first N pipelines, in the composed per-function search's terms.

Per held-out function (its extracted module, as the search sees it) and per baseline (clang, paper):
the function symbol's bytes after -Oz and after every coreset pipeline and every random-search draw,
measured once with the runtime's own tools (validated pipeline, opt, `llc -O2 -filetype=obj`) and
kept in a size table. A budget of N then means: the function keeps the smallest of -Oz and the first
N pipelines of an order (-Oz is the floor the search always measures first). Orders:

- frequency: the coreset by training wins (coreset.json's `training_wins`);
- coverage: the coreset in the file's order (what the search uses without a ranking model);
- model: the coreset in the ranking model's order for that function (optimize/ranking.py, as the search
  asks it);
- random search: the autotuner's seeded draws (bench/autotuner.py), the same draws for every function;
- oracle: the best of all K coreset pipelines.

Figures are % under -Oz of the summed function bytes. The size table can be kept in a JSON-lines
file (`--curve-cache`), so that a second run (e.g. with a model) measures nothing again.
The recipe's `heldout` stage draws its curves through `budget_curve`.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from irlens.toolchain.baseline import BASELINES, OZ_PIPELINE, Baseline

BUDGETS = (1, 2, 4, 8, 16)
ANCHOR = ("LLM Compiler FTD 13B: 5.26% under paper -Oz with 2 compilations (its answer and the -Oz "
          "fallback); published figure (Cummins et al. 2024), not measured here")
SizeTable = Mapping[str, Mapping[str, int | None]]  # function id -> pipeline -> bytes (None: failed)


def budget_curve(table: SizeTable, order: Sequence[str] | Mapping[str, Sequence[str]],
                 budgets: Iterable[int]) -> dict[int, float]:
    """% under -Oz in total when each function tries the first `budget` pipelines of `order` (one
    order for all, or one per function id); a function keeps -Oz when none is smaller, and a pipeline
    that failed on it counts as tried."""
    oz = sum(sizes[OZ_PIPELINE] or 0 for sizes in table.values())
    curve = {}
    for budget in budgets:
        total = 0
        for fid, sizes in table.items():
            tried = (order[fid] if isinstance(order, Mapping) else order)[:budget]
            total += min(s for s in (sizes[OZ_PIPELINE], *(sizes.get(p) for p in tried)) if s is not None)
        curve[budget] = round(100.0 * (oz - total) / oz, 2) if oz else 0.0
    return curve


def budgets_for(k: int) -> list[int]:
    return [b for b in BUDGETS if b < k] + [k]


class SizeCache:
    """Function bytes per (function, IR digest, baseline, pipeline), kept in a JSON-lines file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._sizes: dict[tuple[str, str], dict[str, int | None]] = {}
        self._lock = threading.Lock()
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    self._sizes.setdefault((entry["key"], entry["baseline"]), {}).update(entry["sizes"])
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill

    def get(self, key: str, baseline: str) -> dict[str, int | None]:
        return dict(self._sizes.get((key, baseline), {}))

    def put(self, key: str, baseline: str, sizes: dict[str, int | None]) -> None:
        with self._lock:
            self._sizes.setdefault((key, baseline), {}).update(sizes)
            if self._path is not None:
                with self._path.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps({"key": key, "baseline": baseline, "sizes": sizes}) + "\n")


def record_key(record: Mapping[str, Any]) -> str:
    return f"{record['id']}:{hashlib.sha256(record['ir'].encode('utf-8')).hexdigest()[:16]}"


def measure_sizes(toolchain: Any, record: Mapping[str, Any], baseline: Baseline, pipelines: Sequence[str],
                  cache: SizeCache, jobs: int) -> dict[str, int | None]:
    """The function's bytes after -Oz and each pipeline under `baseline` (None where a pipeline is
    refused or a tool fails), measured where the cache does not have them."""
    from irlens.toolchain.baseline import baseline_input
    from irlens.toolchain.measure import apply_pipeline, function_bytes
    from irlens.toolchain.pipeline import PipelineRejected
    from irlens.toolchain.runner import ToolFailure

    key = record_key(record)
    sizes = cache.get(key, baseline)
    missing = [p for p in dict.fromkeys([OZ_PIPELINE, *pipelines]) if p not in sizes]
    if missing:
        module = baseline_input(record["ir"], baseline)
        name = record["function"].strip('"')

        def optimized(pipeline: str) -> bytes | None:
            try:
                bitcode = apply_pipeline(toolchain, module, pipeline, text=False)
            except (ToolFailure, PipelineRejected):
                return None
            return bitcode if isinstance(bitcode, bytes) else None

        def size(bitcode: bytes) -> int | None:
            try:
                return function_bytes(toolchain, bitcode, name)
            except ToolFailure:
                return None

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            outputs = dict(zip(missing, pool.map(optimized, missing), strict=True))
            # equal IR compiles to an equal object: llc once per distinct output
            digests = {p: hashlib.sha256(b).hexdigest() for p, b in outputs.items() if b is not None}
            distinct = {digests[p]: b for p, b in outputs.items() if b is not None}
            by_digest = dict(zip(distinct, pool.map(size, distinct.values()), strict=True))
        measured = {p: by_digest[digests[p]] if p in digests else None for p in missing}
        cache.put(key, baseline, measured)
        sizes.update(measured)
    return sizes


@dataclass
class CurveReport:
    k: int
    functions: dict[str, int] = field(default_factory=dict)  # per baseline: functions with an -Oz size
    oz_bytes: dict[str, int] = field(default_factory=dict)
    rows: dict[str, dict[str, dict[int, float]]] = field(default_factory=dict)  # baseline -> order -> curve
    model: str = ""  # the ranking model, or why the model row is missing
    model_fallbacks: dict[str, int] = field(default_factory=dict)  # why the model did not rank -> functions
    first_suggestion_s: list[float] = field(default_factory=list)
    first_suggestion_how: str = ""

    def to_json(self) -> dict[str, Any]:
        seconds = sorted(self.first_suggestion_s)
        p90 = seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))] if seconds else None
        return {
            "k": self.k, "functions": self.functions, "oz_bytes": self.oz_bytes, "rows": self.rows,
            "model": self.model, "model_fallbacks": self.model_fallbacks, "anchor": ANCHOR,
            "first_suggestion": {
                "functions": len(seconds), "how": self.first_suggestion_how,
                "median_s": round(statistics.median(seconds), 3) if seconds else None,
                "p90_s": round(p90, 3) if p90 is not None else None,
            },
        }


def run_curve(toolchain: Any, records: Sequence[Mapping[str, Any]], *, ranker: Any, model_name: str,
              proposer: Any, cache: SizeCache, jobs: int, random_seed: int = 0,
              progress: Callable[[str], None] = lambda _line: None) -> CurveReport:
    """The size table of `records` under both baselines, the curves of every order (model order when
    the ranker uses a model), and (with a model: `proposer`) the time to the first verified suggestion
    per function."""
    from irlens.bench.autotuner import random_pipelines
    from irlens.optimize.candidates import load_coreset

    coreset = load_coreset()
    if coreset is None:
        raise ValueError("no coreset (server/irlens/data/coreset.json) to draw a curve for")
    pipelines = list(coreset.pipelines)
    k = len(pipelines)
    draws = random_pipelines(k, seed=random_seed)
    report = CurveReport(k=k, model=model_name)
    model_orders: dict[str, list[str]] = {}
    if proposer is not None:
        report.first_suggestion_how = _time_first_suggestions(toolchain, records, ranker, proposer, pipelines,
                                                               report.first_suggestion_s, progress)
    if ranker is not None and ranker.uses_model():
        started = time.monotonic()
        for record in records:
            model_orders[record_key(record)] = ranker.order(record["ir"], pipelines)
            if ranker.last_problem:  # this function is tried in coverage order, as the search would
                reason = re.sub(r"\d+", "N", ranker.last_problem)
                report.model_fallbacks[reason] = report.model_fallbacks.get(reason, 0) + 1
        progress(f"model order for {len(records)} functions in {time.monotonic() - started:.1f} s "
                 "(answers cached by the timing above)")
    for baseline in BASELINES:
        table: dict[str, dict[str, int | None]] = {}
        started = time.monotonic()
        for index, record in enumerate(records, 1):
            sizes = measure_sizes(toolchain, record, baseline, [*pipelines, *draws], cache, jobs)
            if sizes.get(OZ_PIPELINE) is not None:
                table[record_key(record)] = sizes
            if index % 20 == 0:
                progress(f"  {baseline}: {index}/{len(records)} functions, "
                         f"{time.monotonic() - started:.0f} s")
        budgets = budgets_for(k)
        rows = {"frequency order": budget_curve(table, coreset.frequency_order(), budgets),
                "coverage order": budget_curve(table, pipelines, budgets)}
        if model_orders:
            rows["model order"] = budget_curve(
                table, {key: model_orders[key] for key in table}, budgets)
        rows["random search"] = budget_curve(table, draws, budgets)
        rows["oracle (best of all K)"] = {b: budget_curve(table, pipelines, [k])[k] for b in budgets}
        report.rows[baseline] = rows
        report.functions[baseline] = len(table)
        report.oz_bytes[baseline] = sum(sizes[OZ_PIPELINE] or 0 for sizes in table.values())
    return report


def _time_first_suggestions(toolchain: Any, records: Sequence[Mapping[str, Any]], ranker: Any, proposer: Any,
                            pipelines: list[str], seconds: list[float],
                            progress: Callable[[str], None]) -> str:
    """Wall time of the search for each function up to its first verified answer (`optimize_function`
    with a budget of 2: -Oz and the first pipeline in the queue, measured and verified; 2 parallel
    compilations, clang baseline): with a ranking model, its ranking and the top-ranked pipeline (no
    free-form proposal); with another model, its greedy proposal."""
    from irlens.optimize.optimizer import SearchOptions, optimize_function
    from irlens.toolchain.runner import ToolFailure

    ranked = ranker is not None and ranker.uses_model()
    options = SearchOptions(baseline="clang", budget=2, jobs=2, model_proposals=0 if ranked else 1)
    for record in records:
        started = time.monotonic()
        try:
            optimize_function(toolchain, record["ir"], record["function"].strip('"'), pipelines,
                              options=options, proposer=proposer, ranker=ranker, measure_input=False)
        except ToolFailure:
            continue
        seconds.append(time.monotonic() - started)
    progress(f"first suggestions timed on {len(seconds)} functions")
    name = getattr(getattr(proposer, "status", lambda: None)(), "name", None) or "the model"
    first = "the top-ranked coreset pipeline" if ranked else \
        "the model's greedy proposal (without one, the first coreset pipeline in coverage order)"
    return (f"{name}; optimize_function with a budget of 2: -Oz and {first}, 2 jobs, clang baseline, "
            "the model's answer included (fresh answer cache)")


def print_curve(report: dict[str, Any]) -> None:
    budgets = [int(b) for b in next(iter(next(iter(report["rows"].values())).values()))]
    heads = [str(b) if b != report["k"] else f"all {b}" for b in budgets]
    for baseline, rows in report["rows"].items():
        print(f"budget curve, {baseline} -Oz baseline, {report['functions'][baseline]} held-out functions "
              f"(-Oz {report['oz_bytes'][baseline]} B of function bytes): % under -Oz with N compilations "
              "per function")
        print(f"  {'order':<24}" + "".join(f"{h:>8}" for h in heads))
        for name, curve in rows.items():
            print(f"  {name:<24}" + "".join(f"{curve[b] if b in curve else curve[str(b)]:>8.2f}"
                                           for b in budgets))
    print(f"  model: {report['model']}")
    for reason, count in report.get("model_fallbacks", {}).items():
        print(f"  model order fell back to coverage order on {count} functions: {reason}")
    first = report["first_suggestion"]
    if first["functions"]:
        print(f"time to the first verified suggestion: median {first['median_s']} s, p90 {first['p90_s']} s "
              f"over {first['functions']} functions ({first['how']})")
    print(f"anchor: {report['anchor']}")
