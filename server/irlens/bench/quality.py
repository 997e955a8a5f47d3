"""`irlens bench quality`: what the model adds over the compiler alone, on held-out code.

The held-out split (models/eval/heldout.jsonl, written by the recipe; functions of source packages
and csmith seeds never trained on) holds per function its IR module (clang -O0, extracted), the
autotuner's best pipeline and the -O0 assembly. Everything is re-measured here with the runtime's
own tools (validated pipelines, opt, llc -O2, llvm-size text+data), so the figures are what a user
gets. Rows:

- flag tuning, total text+data vs -Oz: the model's top-1 pipeline as written (a failing or missing
  answer counts as -Oz), and the best of k verified proposals (never worse than -Oz, which is always
  measured too), k = 1, 4, 16; the same for the no-model baseline (the candidate set in frequency
  order) and the autotuner's best (the potential). % under -Oz and % of the potential.
- size prediction: mean absolute percentage error of the predicted IR instruction count and bytes
  after the model's own pipeline (measured after that pipeline).
- lifting, as `irlens lift` does it (k candidates, mechanical repairs, the compiler as judge): the
  -O0 assembly of each function (llc -O0 of its IR) and its -O2 assembly (llc -O2 of the IR after the
  autotuner's best pipeline), by size bucket of the IR that produced the assembly (up to 20, 21-60,
  over 60 instructions), at k = 1, 4 and 8 (the first k candidates of one run with k = 8: candidates
  are drawn in a fixed order, greedy then seeds 1, 2, ..., and drawing stops at an exact round trip,
  so the first k are what a run with k would draw): answered (a complete code block), compiles before
  and after repairs, exact round trip, median differing instructions of the chosen candidate (over
  those that compile), and seconds per function.
- the budget curve (bench/curve.py): % under -Oz in function bytes with 1, 2, 4, 8, 16 and all K
  compilations per function, for frequency, coverage and model order of the coreset, the random-search
  autotuner and the oracle, under both baselines; the time to a function's first verified suggestion.
- `irlens optimize` with default settings per held-out module, as `irlens optimize FILE.ll` (text+data
  of the module) and as `irlens optimize --function NAME` (the function symbol's bytes): total vs -Oz,
  modules worse than -Oz, seconds per module (the model's proposals, then the first max_candidates of
  the candidate set).

`--split realcode` (or realcode_dev) lifts instead functions of real C packages the recipe never saw,
compiled by clang with each package's own flags (models/recipe/realcode.py): their records carry the
build's -O0 and -O2 assembly and no autotuner label, so only the lifting rows (`--lift-only`) apply.
`--target thumbv7m` (or riscv32, aarch64) lifts the held-out functions of that target
(models/eval/heldout_TARGET.jsonl: held-out generated C cross-compiled by the recipe's lift-data stage),
lifting rows only too; with `--split realcode` (or realcode_dev) the same packages compiled for that
target (models/eval/realcode_TARGET.jsonl). `--target x86_64` is the default's files.
Lifting rows are per target architecture: every asm level, size bucket and k the run measures, each
target of the split's records, a row with 0 functions where none fell in it.

This module never imports the recipe (models/recipe): the eval file is self-contained JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from irlens.bench.curve import print_curve
from irlens.config import DEFAULT_LIFT_LISTING, DEFAULT_LIFT_REFINE_S
from irlens.lift.lifter import SAMPLING_TEMPERATURE
from irlens.options import (
    add_model_options,
    add_toolchain_options,
    output_file,
    settings_from_args,
    write_output,
)
from irlens.output_files import write_atomically

EVAL_DIR = Path(__file__).resolve().parents[3] / "models" / "eval"
DEFAULT_EVAL = EVAL_DIR / "heldout.jsonl"
# `--split NAME` reads EVAL_DIR/NAME.jsonl: the held-out split of the recipe's distribution, and real
# code of packages the recipe never saw (models/recipe/realcode.py; realcode_dev is for developing
# repairs, realcode is never looked at for that)
SPLITS = ("heldout", "realcode", "realcode_dev")
# `--target NAME` reads EVAL_DIR/SPLIT_NAME.jsonl: the held-out lifting split of a cross target (the
# recipe's lift-data stage writes heldout_NAME from held-out generated seeds; realcode.py writes
# realcode_NAME and realcode_dev_NAME; lifting rows only)
NATIVE_TARGET = "x86_64"  # the split without a suffix, and the rows of records without a "target"
LIFT_TARGET_SPLITS = (NATIVE_TARGET, "thumbv7m", "riscv32", "aarch64")
OZ = "default<Oz>"
OPTIMIZE_SCOPES = ("module", "function")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("quality",
                                   help="flag tuning, size prediction and lifting on held-out code")
    parser.add_argument("--eval", dest="eval_file", default=None,
                        help=f"held-out set (JSON lines; default: {DEFAULT_EVAL}); "
                             "not with --split or --target")
    parser.add_argument("--split", choices=SPLITS, default=None,
                        help="a split under models/eval by name (realcode: functions of real C packages "
                             "never trained on; lifting rows only)")
    parser.add_argument("--target", choices=LIFT_TARGET_SPLITS, default=None,
                        help="the split's functions compiled for this target "
                             "(models/eval/SPLIT_TARGET.jsonl; lifting rows only but for x86_64)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N functions")
    parser.add_argument("--ks", default="1,4,16",
                        help="numbers of verified candidates (default: %(default)s)")
    parser.add_argument("--skip-lift", action="store_true", help="no lifting rows")
    parser.add_argument("--skip-optimize", action="store_true", help="no `irlens optimize` rows")
    parser.add_argument("--lift-only", action="store_true", help="only the lifting rows")
    parser.add_argument("--lift-ks", default="1,4,8",
                        help="lifting candidates per function (default: %(default)s)")
    parser.add_argument("--skip-curve", action="store_true", help="no budget curve")
    parser.add_argument("--curve-only", action="store_true", help="only the budget curve")
    parser.add_argument("--curve-cache", metavar="PATH",
                        help="keep the curve's measured sizes in this JSON-lines file (a rerun reuses them)")
    parser.add_argument("--lift-levels", default="-O0,-O2",
                        help="asm opt levels of the lifting rows (default: %(default)s)")
    parser.add_argument("--lift-temperature", type=float, default=SAMPLING_TEMPERATURE, metavar="T",
                        help="temperature of the samples after the greedy answer (default: %(default)s)")
    parser.add_argument("--lift-refine-seconds", type=float, default=DEFAULT_LIFT_REFINE_S, metavar="S",
                        help="compiler-guided refinement per function and k when no candidate is exact "
                             "(default: %(default)s; 0: none)")
    parser.add_argument("--no-lift-listing", action="store_true",
                        help="no candidate translated from an -O0 listing itself (the model's alone)")
    parser.add_argument("--lift-max-instructions", type=int, default=None, metavar="N",
                        help="lift only functions of at most N IR instructions (a bounded run)")
    parser.add_argument("--lift-min-instructions", type=int, default=None, metavar="N",
                        help="lift only functions of at least N IR instructions (a bounded run)")
    parser.add_argument("--json", dest="json_out", type=output_file, metavar="PATH",
                        help="also write the figures as JSON")
    add_toolchain_options(parser)
    add_model_options(parser)
    parser.set_defaults(run=run)


@dataclass
class Totals:
    """Summed text+data bytes of a method over the functions, and how often it had no usable pipeline."""

    bytes: int = 0
    no_answer: int = 0
    worse_than_oz: int = 0

    def add(self, size: int, oz: int, answered: bool = True) -> None:
        self.bytes += size
        self.no_answer += 0 if answered else 1
        self.worse_than_oz += 1 if size > oz else 0


LIFT_LEVELS = ("-O0", "-O2")
SIZE_BUCKETS = ((20, "<=20"), (60, "21-60"), (None, ">60"))


def size_bucket(ir_instructions: int) -> str:
    return next(name for limit, name in SIZE_BUCKETS if limit is None or ir_instructions <= limit)


@dataclass(frozen=True)
class LiftOutcome:
    """What the first k candidates of one lift gave."""

    answered: bool
    compiles_before_repairs: bool
    compiles: bool
    exact: bool
    exact_before_refinement: bool  # an exact round trip among the model's repaired candidates alone
    differing: int | None  # of the chosen candidate, when it compiles
    seconds: float
    # what made the chosen candidate: "listing", "model" or "refinement" (lifter.candidate_source)
    source: str | None = None


@dataclass
class Report:
    functions: int = 0
    o0: int = 0
    oz: int = 0
    methods: dict[str, Totals] = field(default_factory=dict)
    size_errors: dict[str, list[float]] = field(default_factory=lambda: {"instructions": [], "bytes": []})
    size_unanswered: int = 0
    model_seconds: float = 0.0  # generating the flag-tuning proposals (beyond those `optimize` made)
    # (target architecture, asm level, size bucket, k) -> outcomes of the functions lifted
    lift: dict[tuple[str, str, str, int], list[LiftOutcome]] = field(default_factory=dict)
    # the rows the run measures, each reported even when no function fell in it
    lift_rows: list[tuple[str, str, str, int]] = field(default_factory=list)
    # per scope: "module" is `irlens optimize FILE.ll` (text+data), "function" is `--function NAME`
    # (the function symbol's bytes)
    optimize: dict[str, dict[str, float]] = field(default_factory=lambda: {
        scope: {"modules": 0, "bytes": 0, "oz": 0, "worse": 0, "seconds": 0.0, "max_seconds": 0.0,
                "failed": 0} for scope in OPTIMIZE_SCOPES})

    def method(self, name: str) -> Totals:
        return self.methods.setdefault(name, Totals())


class _Sizer:
    """text+data of one module after each pipeline (validated first), memoised; None when the
    pipeline is refused or a tool fails on it."""

    def __init__(self, toolchain: Any, ir: str, timeout_s: float) -> None:
        self._toolchain, self._ir, self._timeout_s = toolchain, ir, timeout_s
        self._sizes: dict[str, int | None] = {}
        self.texts: dict[str, str] = {}

    def __call__(self, pipeline: str) -> int | None:
        from irlens.toolchain.measure import measure_ir, optimize_text
        from irlens.toolchain.pipeline import PipelineRejected, validate_pipeline
        from irlens.toolchain.runner import ToolFailure

        if pipeline not in self._sizes:
            try:
                canonical = validate_pipeline(pipeline, self._toolchain)
                optimized = optimize_text(self._toolchain, self._ir, canonical)
                self._sizes[pipeline] = measure_ir(self._toolchain, optimized).text_data_bytes
                self.texts[pipeline] = optimized
            except (PipelineRejected, ToolFailure):
                self._sizes[pipeline] = None
        return self._sizes[pipeline]


def _best_of(sizer: _Sizer, pipelines: list[str], oz: int) -> int:
    sizes = [s for s in (sizer(p) for p in pipelines) if s is not None]
    return min([oz, *sizes])


def _evaluate_one(record: dict[str, Any], report: Report, toolchain: Any, service: Any, candidates: list[str],
                  ks: list[int], settings: Any, *, lift: bool, optimize: bool, lift_ks: list[int],
                  lift_only: bool, lift_filter: LiftFilter | None = None) -> None:
    from irlens.toolchain.measure import count_ir_instructions, measure_ir

    ir = record["ir"]
    sizer = _Sizer(toolchain, ir, settings.tool_timeout_s)
    oz = sizer(OZ)
    if oz is None:
        return
    report.functions += 1
    report.oz += oz
    report.o0 += measure_ir(toolchain, ir).text_data_bytes
    if lift_only:
        if service is not None:
            _lift_rows(record, report, toolchain, service, sizer, lift_ks, lift_filter)
        return
    if optimize:  # first, so that the model's answers it needs are generated (and timed) here
        _optimize_defaults(record, report, toolchain, service, candidates, settings)
    potential = _best_of(sizer, [record["best_pipeline"]], oz)
    report.method("autotuner best (potential)").add(potential, oz)

    first = sizer(candidates[0]) if candidates else None
    report.method("no model: top-1").add(first if first is not None else oz, oz, first is not None)
    for k in ks:
        report.method(f"no model: best of {k} verified").add(_best_of(sizer, candidates[:k], oz), oz)

    proposals: list[str] = []
    if service is not None:
        asked = time.monotonic()
        proposals = service.propose_pipelines(ir, k=max(ks))
        report.model_seconds += time.monotonic() - asked
        top = sizer(proposals[0]) if proposals else None
        report.method("model: top-1").add(top if top is not None else oz, oz, top is not None)
        for k in ks:
            report.method(f"model: best of {k} verified").add(_best_of(sizer, proposals[:k], oz), oz)
        _size_prediction(report, service, ir, sizer, count_ir_instructions)

    if lift and service is not None:
        _lift_rows(record, report, toolchain, service, sizer, lift_ks, lift_filter)


@dataclass(frozen=True)
class LiftFilter:
    """Which lifting rows a bounded run measures, the temperature of its samples and the refinement
    budget."""
    levels: tuple[str, ...] = ("-O0", "-O2")
    max_instructions: int | None = None
    min_instructions: int | None = None
    temperature: float = SAMPLING_TEMPERATURE
    refine_s: float = DEFAULT_LIFT_REFINE_S  # per function and k, as `irlens lift` refines
    listing: bool = DEFAULT_LIFT_LISTING  # the candidate translated from an -O0 listing, first

    def wants(self, level: str, instructions: int) -> bool:
        fits = (self.max_instructions is None or instructions <= self.max_instructions) and \
            (self.min_instructions is None or instructions >= self.min_instructions)
        return level in self.levels and fits

    def buckets(self) -> list[str]:
        """The size buckets (SIZE_BUCKETS) that functions within the bounds can fall in."""
        names, low = [], 0
        for limit, name in SIZE_BUCKETS:
            if (self.max_instructions is None or low <= self.max_instructions) and \
                    (self.min_instructions is None or limit is None or limit >= self.min_instructions):
                names.append(name)
            low = (limit or 0) + 1
        return names


def _lift_rows(record: dict[str, Any], report: Report, toolchain: Any, service: Any, sizer: _Sizer,
               ks: list[int], lift_filter: LiftFilter | None = None) -> None:
    from irlens.toolchain.runner import ToolFailure, run_tool

    name = record["function"].strip('"')
    wanted = lift_filter or LiftFilter()
    sources: dict[str, tuple[str, str]] = {}
    if record.get("asm_o0"):
        sources["-O0"] = (record["asm_o0"], record["ir"])
    if record.get("asm_o2") and record.get("ir_o2"):  # real code: the build's own -O2 assembly
        sources["-O2"] = (record["asm_o2"], record["ir_o2"])
    if "-O2" not in wanted.levels or "-O2" in sources or "best_pipeline" not in record:
        return _lift_sources(sources, name, report, toolchain, service, ks, wanted)
    sizer(record["best_pipeline"])
    optimized = sizer.texts.get(record["best_pipeline"])
    if optimized is not None:
        try:
            result = run_tool(toolchain, "llc", ["-O2", "-o", "out.s"], stdin=optimized.encode(),
                              outputs=["out.s"])
            if result.ok and "out.s" in result.outputs:
                sources["-O2"] = (result.outputs["out.s"].decode("utf-8", "replace"), optimized)
        except ToolFailure:
            pass
    return _lift_sources(sources, name, report, toolchain, service, ks, wanted)


def _lift_sources(sources: dict[str, tuple[str, str]], name: str, report: Report, toolchain: Any,
                  service: Any, ks: list[int], wanted: LiftFilter) -> None:
    from irlens.ir.asm import parse_asm
    from irlens.lift.lifter import (
        LISTING,
        Candidate,
        LiftOptions,
        candidate_source,
        choose,
        function_asm,
        lift_function,
        refine_candidates,
    )
    from irlens.toolchain.measure import count_ir_instructions
    from irlens.toolchain.target import resolve_asm_target

    for level, (asm, ir) in sources.items():
        function = next((f for f in parse_asm(asm).functions if f.name == name), None)
        instructions = count_ir_instructions(ir).get(name, 0)
        if function is None or not wanted.wants(level, instructions):
            continue
        bucket = size_bucket(instructions)
        # drawn once for the largest k, refined per k: what `irlens lift --candidates k` would give
        options = LiftOptions(candidates=max(ks), temperature=wanted.temperature, refine_s=0,
                              listing=wanted.listing)
        lifted = lift_function(toolchain, service, asm, function, options=options)
        overhead = lifted.seconds - sum(c.seconds for c in lifted.candidates)  # input checks
        snippet = function_asm(asm, function)
        triple = resolve_asm_target(toolchain, asm, None).triple
        translated = [c for c in lifted.candidates if c.sampling == LISTING]  # not one of the k drawn
        drawn_candidates = [c for c in lifted.candidates if c.sampling != LISTING]
        for k in ks:
            prefix: list[Candidate] = translated + drawn_candidates[:k]
            _, unrefined = choose(prefix)
            drawn = overhead + sum(c.seconds for c in prefix)
            refining = time.monotonic()
            refined = refine_candidates(toolchain, snippet, name, prefix, triple=triple,
                                        budget_s=wanted.refine_s)
            drawn += time.monotonic() - refining  # spent whether or not it found an improvement
            if refined is not None:
                prefix.append(refined)
            _, chosen = choose(prefix)
            compiles = chosen is not None and chosen.compiles
            report.lift.setdefault((triple.split("-")[0], level, bucket, k), []).append(LiftOutcome(
                answered=any(c.complete for c in prefix),
                compiles_before_repairs=any(c.compiles_before_repairs for c in prefix),
                compiles=compiles,
                exact=chosen is not None and chosen.exact,
                exact_before_refinement=unrefined is not None and unrefined.exact,
                differing=(chosen.check.instructions_differing
                           if chosen is not None and chosen.check is not None and compiles else None),
                seconds=drawn,
                source=candidate_source(chosen) if chosen is not None else None,
            ))


def _optimize_defaults(record: dict[str, Any], report: Report, toolchain: Any, service: Any,
                       candidates: list[str], settings: Any) -> None:
    """What `irlens optimize FILE.ll` and `irlens optimize --function NAME` do with default settings
    (the engine's one orchestration: the model's proposals for the function's extracted module, then
    the candidate set, under the default budget and baseline). The module scope measures text+data,
    the function scope the function symbol's bytes. `irlens bench optimize` has the full table."""
    from irlens.optimize.optimizer import (
        FunctionResult,
        ModuleResult,
        SearchOptions,
        optimize_function,
        optimize_module,
    )
    from irlens.toolchain.runner import ToolFailure

    options = SearchOptions(baseline=settings.size_baseline)
    for scope in OPTIMIZE_SCOPES:
        stats = report.optimize[scope]
        started = time.monotonic()
        result: FunctionResult | ModuleResult
        try:
            if scope == "module":
                result = optimize_module(toolchain, record["ir"], candidates, options=options,
                                         proposer=service)
            else:
                result = optimize_function(toolchain, record["ir"], record["function"].strip('"'), candidates,
                                           options=options, proposer=service)
        except ToolFailure:
            stats["failed"] += 1
            continue
        seconds = time.monotonic() - started
        stats["modules"] += 1
        stats["bytes"] += result.size_bytes
        stats["oz"] += result.oz_bytes
        stats["worse"] += int(result.size_bytes > result.oz_bytes)
        stats["seconds"] += seconds
        stats["max_seconds"] = max(stats["max_seconds"], seconds)


def _size_prediction(report: Report, service: Any, ir: str, sizer: _Sizer, count: Any) -> None:
    prediction = service.predict_sizes(ir)
    if prediction is None or not prediction.pipeline or sizer(prediction.pipeline) is None:
        report.size_unanswered += 1
        return
    measured_bytes = sizer(prediction.pipeline) or 0
    measured_count = sum(count(sizer.texts[prediction.pipeline]).values())
    for key, predicted, measured in (("instructions", prediction.ir_instructions, measured_count),
                                     ("bytes", prediction.binary_bytes, measured_bytes)):
        if predicted is not None and measured > 0:
            report.size_errors[key].append(abs(predicted - measured) / measured)


def _percent(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole else 0.0


def summarise(report: Report) -> dict[str, Any]:
    potential = report.methods.get("autotuner best (potential)")
    headroom = report.oz - potential.bytes if potential else 0
    rows = {}
    for name, totals in report.methods.items():
        rows[name] = {
            "bytes": totals.bytes,
            "under_oz_pct": round(_percent(report.oz - totals.bytes, report.oz), 2),
            "of_potential_pct": round(_percent(report.oz - totals.bytes, headroom), 1) if headroom else None,
            "worse_than_oz": totals.worse_than_oz,
            "no_usable_answer": totals.no_answer,
        }
    mape = {key: round(100.0 * sum(v) / len(v), 1) if v else None for key, v in report.size_errors.items()}
    return {
        "functions": report.functions, "o0_bytes": report.o0, "oz_bytes": report.oz, "flag_tuning": rows,
        "size_prediction_mape_pct": mape, "size_prediction_answered": len(report.size_errors["bytes"]),
        "size_prediction_unanswered": report.size_unanswered,
        "lifting": _lift_summary(report),
        "model_proposal_seconds_per_function": round(report.model_seconds / report.functions, 2)
        if report.functions else None,
        "optimize": {scope: {
            "modules": int(opt["modules"]), "failed": int(opt["failed"]),
            "under_oz_pct": round(_percent(opt["oz"] - opt["bytes"], opt["oz"]), 2),
            "worse_than_oz": int(opt["worse"]),
            "seconds_per_module": round(opt["seconds"] / opt["modules"], 2) if opt["modules"] else None,
            "max_seconds": round(opt["max_seconds"], 2),
        } for scope, opt in report.optimize.items()},
    }


def expected_lift_rows(records: list[dict[str, Any]], lift_filter: LiftFilter, ks: list[int]
                       ) -> list[tuple[str, str, str, int]]:
    """(target, asm level, size bucket, k) of every row a lifting run over `records` measures."""
    targets = sorted({record.get("target", NATIVE_TARGET) for record in records})
    return [(target, level, bucket, k) for target in targets for level in LIFT_LEVELS
            if level in lift_filter.levels for bucket in lift_filter.buckets() for k in ks]


def _share(count: int, total: int) -> float | None:
    """count as a percentage of total; None for a row no function fell in (not 0% of nothing)."""
    return round(_percent(count, total), 1) if total else None


def _lift_summary(report: Report) -> list[dict[str, Any]]:
    rows = []
    order = {name: i for i, (_, name) in enumerate(SIZE_BUCKETS)}
    measured = {key: report.lift.get(key, []) for key in report.lift_rows} | report.lift
    groups = sorted(measured.items(),
                    key=lambda item: (item[0][0], item[0][1], order[item[0][2]], item[0][3]))
    totals: dict[tuple[str, str, int], list[LiftOutcome]] = {}
    for (target, level, _, k), outcomes in groups:
        totals.setdefault((target, level, k), []).extend(outcomes)
    keyed = list(groups)
    keyed += [((target, level, "all", k), outcomes)
              for (target, level, k), outcomes in sorted(totals.items())]
    for (target, level, bucket, k), outcomes in keyed:
        n = len(outcomes)
        differing = [o.differing for o in outcomes if o.differing is not None]
        rows.append({
            "target": target, "asm": level, "ir_instructions": bucket, "k": k, "functions": n,
            "answered_pct": _share(sum(o.answered for o in outcomes), n),
            "compiles_before_repairs_pct": _share(sum(o.compiles_before_repairs for o in outcomes), n),
            "compiles_pct": _share(sum(o.compiles for o in outcomes), n),
            "exact_before_refinement_pct": _share(sum(o.exact_before_refinement for o in outcomes), n),
            "exact_pct": _share(sum(o.exact for o in outcomes), n),
            # the exact round trips by what made the chosen candidate, so that the figures stay honest
            "exact_from": {source: sum(o.exact and o.source == source for o in outcomes)
                           for source in ("listing", "model", "refinement")},
            "median_differing": statistics.median(differing) if differing else None,
            "seconds_per_function": round(sum(o.seconds for o in outcomes) / n, 2) if n else None,
            # the issue's time target is a median: a few long functions weigh on the mean
            "median_seconds_per_function": (round(statistics.median(o.seconds for o in outcomes), 2)
                                            if n else None),
        })
    return rows


def print_lift_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    print(f"{'target':<8} {'lifting':<8} {'IR insts':>8} {'k':>2} {'functions':>9} {'answered':>9} "
          f"{'compiles':>9} "
          f"{'+repairs':>9} {'exact':>7} {'+refined':>9} {'median diff':>11} {'s/function':>10} "
          f"{'median s':>8} {'exact from listing/model/refined':>32}")
    for row in rows:
        median = "-" if row["median_differing"] is None else f"{row['median_differing']:g}"
        mean_s, median_s = (("-" if row[key] is None else row[key])
                            for key in ("seconds_per_function", "median_seconds_per_function"))
        shares = [("-" if row[key] is None else f"{row[key]:.1f}%").rjust(width) for key, width in (
            ("answered_pct", 9), ("compiles_before_repairs_pct", 9), ("compiles_pct", 9),
            ("exact_before_refinement_pct", 7), ("exact_pct", 9))]
        print(f"{row['target']:<8} {'asm ' + row['asm']:<8} {row['ir_instructions']:>8} {row['k']:>2} "
              f"{row['functions']:>9} {' '.join(shares)} {median:>11} {mean_s:>10} {median_s:>8} "
              f"{'/'.join(str(row['exact_from'][s]) for s in ('listing', 'model', 'refinement')):>32}")


def print_table(summary: dict[str, Any], model_name: str) -> None:
    print(f"{summary['split']}: {summary['functions']} functions, of {summary['of_records']} records; "
          f"total text+data: -O0 {summary['o0_bytes']} B, "
          f"-Oz {summary['oz_bytes']} B   model: {model_name}")
    print(f"{'flag tuning':<34} {'bytes':>9} {'% under -Oz':>12} {'% of potential':>15} {'worse':>6} "
          f"{'no answer':>10}")
    for name, row in summary["flag_tuning"].items():
        potential = "-" if row["of_potential_pct"] is None else f"{row['of_potential_pct']:.1f}"
        print(f"{name:<34} {row['bytes']:>9} {row['under_oz_pct']:>12.2f} {potential:>15} "
              f"{row['worse_than_oz']:>6} {row['no_usable_answer']:>10}")
    if summary["model_proposal_seconds_per_function"]:
        print(f"model: {summary['model_proposal_seconds_per_function']} s per function for the proposals "
              "beyond the first ones (those are timed in the optimize row)")
    mape = summary["size_prediction_mape_pct"]
    print(f"size prediction MAPE: instructions {mape['instructions']}%, bytes {mape['bytes']}% "
          f"({summary['size_prediction_answered']} answered, {summary['size_prediction_unanswered']} not)")
    print_lift_table(summary["lifting"])
    commands = {"module": "irlens optimize FILE.ll (text+data)",
                "function": "irlens optimize --function (function bytes)"}
    for scope, opt in summary["optimize"].items():
        if opt["modules"]:
            print(f"{commands[scope]}, defaults, {opt['modules']} held-out modules: "
                  f"{opt['under_oz_pct']:.2f}% under -Oz in total, worse than -Oz on "
                  f"{opt['worse_than_oz']}, {opt['seconds_per_module']} s/module "
                  f"(max {opt['max_seconds']} s), {opt['failed']} failed")


def run(args: argparse.Namespace) -> int:
    from irlens.model.service import ModelService
    from irlens.optimize.candidates import candidate_pipelines
    from irlens.toolchain.discovery import ToolMissing, discover

    settings = settings_from_args(args)
    if args.eval_file and (args.split or args.target):
        print("irlens bench quality: --eval names the file; --split and --target name one under models/eval",
              file=sys.stderr)
        return 1
    try:
        toolchain = discover(settings)
        eval_file = Path(args.eval_file) if args.eval_file else split_file(args.split, args.target)
        records = [json.loads(line) for line in eval_file.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
    except (OSError, ValueError, ToolMissing) as exc:
        print(f"irlens bench quality: {exc}", file=sys.stderr)
        return 1
    if not args.lift_only and any("best_pipeline" not in record for record in records):
        print(f"irlens bench quality: {eval_file.name} has no autotuner labels (a lifting split): "
              "pass --lift-only", file=sys.stderr)
        return 1
    records = records[: args.limit] if args.limit else records
    ks = sorted({int(k) for k in args.ks.split(",") if k.strip()})
    lift_ks = sorted({int(k) for k in args.lift_ks.split(",") if k.strip()})
    lift_filter = LiftFilter(tuple(level.strip() for level in args.lift_levels.split(",") if level.strip()),
                             args.lift_max_instructions, args.lift_min_instructions, args.lift_temperature,
                             args.lift_refine_seconds, not args.no_lift_listing)
    candidates = candidate_pipelines()
    service = None
    model_name = "none (--no-model)"
    with tempfile.TemporaryDirectory(prefix="irlens-quality-") as cache_dir:
        if settings.model_enabled:
            # A fresh answer cache: every answer is generated during this run, so times are real.
            service = ModelService(settings, cache_dir=Path(cache_dir), watch=False)
            service.start()
            status = service.wait_until_settled(300)
            model_name = status.detail or str(status.name)
            lifting_model = service.lifting_model_name()
            if lifting_model is not None and lifting_model != status.name:
                model_name += f"; lifting: {lifting_model}"
            if status.state != "ready":
                print(f"model not ready ({status.state}: {status.detail}); no-model rows only",
                      file=sys.stderr)
                service = None
        started = time.monotonic()
        load_at_start = os.getloadavg()  # refinement has a wall-clock budget: load changes the figures
        curve = None
        if not args.skip_curve and not args.lift_only:
            curve = _budget_curve(toolchain, records, service, model_name, args.curve_cache)
            print_curve(curve)
            if args.curve_only:
                written = not args.json_out or write_output(
                    args.json_out, json.dumps({"budget_curve": curve}, indent=1) + "\n")
                if service is not None:
                    service.stop()
                return 0 if written else 2
        report = Report(lift_rows=expected_lift_rows(records, lift_filter, lift_ks)
                        if service is not None and (args.lift_only or not args.skip_lift) else [])
        for index, record in enumerate(records, 1):
            _evaluate_one(record, report, toolchain, service, candidates, ks, settings,
                          lift=not args.skip_lift, optimize=not args.skip_optimize and not args.lift_only,
                          lift_ks=lift_ks, lift_only=args.lift_only, lift_filter=lift_filter)
            if index % 10 == 0:
                print(f"  {index}/{len(records)} functions, {time.monotonic() - started:.0f}s",
                      file=sys.stderr)
            if args.json_out:  # the figures so far, so that a run stopped early still reports
                partial = {**summarise(report), "model": model_name, "split": eval_file.name,
                           "of_records": len(records),
                           "seconds": round(time.monotonic() - started)}
                with contextlib.suppress(OSError):  # the final write says so if it fails too
                    write_atomically(args.json_out, (json.dumps(partial, indent=1) + "\n").encode())
        if service is not None:
            service.stop()
    summary = summarise(report)
    summary["model"] = model_name
    summary["split"] = eval_file.name
    summary["of_records"] = len(records)
    summary["candidates"] = len(candidates)
    summary["seconds"] = round(time.monotonic() - started)
    summary["load_average"] = {"start": [round(x, 2) for x in load_at_start],
                               "end": [round(x, 2) for x in os.getloadavg()]}
    summary["budget_curve"] = curve
    print_table(summary, model_name)
    print(f"load average (1, 5, 15 min): {summary['load_average']['start']} at the start, "
          f"{summary['load_average']['end']} at the end")
    if args.json_out and not write_output(args.json_out, json.dumps(summary, indent=1) + "\n"):
        return 2
    return 0


def split_file(split: str | None, target: str | None) -> Path:
    """EVAL_DIR/SPLIT.jsonl, SPLIT_TARGET.jsonl for a target other than x86-64 (default split: heldout)."""
    name = split or "heldout"
    return EVAL_DIR / (f"{name}.jsonl" if target in (None, NATIVE_TARGET) else f"{name}_{target}.jsonl")


def _budget_curve(toolchain: Any, records: list[dict[str, Any]], service: Any, model_name: str,
                  cache_path: str | None) -> dict[str, Any]:
    from irlens.bench.curve import SizeCache, run_curve
    from irlens.optimize.ranking import PipelineRanker
    from irlens.toolchain.measure import default_jobs

    ranker = PipelineRanker(lambda: service)
    problem = ranker.problem()
    name = (service.status().name if service is not None else None) or model_name
    ranking = f"{name} ranks the coreset" if not problem else f"no model order: {problem}"
    report = run_curve(toolchain, records, ranker=ranker, model_name=ranking,
                       proposer=service, cache=SizeCache(Path(cache_path) if cache_path else None),
                       jobs=default_jobs(), progress=lambda line: print(line, file=sys.stderr, flush=True))
    return report.to_json()
