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
- lifting (-O0 assembly of each function): IR compiles, round-trips exactly through llc, and equals
  the source function's IR (whitespace-normalised).
- `irlens optimize` with default settings per held-out module, as `irlens optimize FILE.ll` (text+data
  of the module) and as `irlens optimize --function NAME` (the function symbol's bytes): total vs -Oz,
  modules worse than -Oz, seconds per module (the model's proposals, then the first max_candidates of
  the candidate set).

This module never imports the recipe (models/recipe): the eval file is self-contained JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from irlens.cli.common import add_model_options, add_toolchain_options, settings_from_args

DEFAULT_EVAL = Path(__file__).resolve().parents[3] / "models" / "eval" / "heldout.jsonl"
OZ = "default<Oz>"
OPTIMIZE_SCOPES = ("module", "function")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("quality",
                                   help="flag tuning, size prediction and lifting on held-out code")
    parser.add_argument("--eval", dest="eval_file", default=str(DEFAULT_EVAL),
                        help="held-out set (JSON lines; default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N functions")
    parser.add_argument("--ks", default="1,4,16",
                        help="numbers of verified candidates (default: %(default)s)")
    parser.add_argument("--skip-lift", action="store_true", help="no lifting rows")
    parser.add_argument("--skip-optimize", action="store_true", help="no `irlens optimize` rows")
    parser.add_argument("--json", dest="json_out", metavar="PATH", help="also write the figures as JSON")
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


@dataclass
class Report:
    functions: int = 0
    o0: int = 0
    oz: int = 0
    methods: dict[str, Totals] = field(default_factory=dict)
    size_errors: dict[str, list[float]] = field(default_factory=lambda: {"instructions": [], "bytes": []})
    size_unanswered: int = 0
    model_seconds: float = 0.0  # generating the flag-tuning proposals (beyond those `optimize` made)
    lift: dict[str, int] = field(default_factory=lambda: {
        "functions": 0, "answered": 0, "compiles": 0, "round_trip_exact": 0, "matches_source": 0})
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


def _normalised_function(module_text: str, name: str) -> str:
    from irlens.engine.splice import function_definition

    return "\n".join(" ".join(line.split(";", 1)[0].split())
                     for line in function_definition(module_text, name).splitlines() if line.strip())


def _evaluate_one(record: dict[str, Any], report: Report, toolchain: Any, service: Any, candidates: list[str],
                  ks: list[int], settings: Any, *, lift: bool, optimize: bool) -> None:
    from irlens.engine.ir_index import parse_asm
    from irlens.engine.lifter import lift_function
    from irlens.toolchain.measure import count_ir_instructions, measure_ir

    ir = record["ir"]
    sizer = _Sizer(toolchain, ir, settings.tool_timeout_s)
    oz = sizer(OZ)
    if oz is None:
        return
    report.functions += 1
    report.oz += oz
    report.o0 += measure_ir(toolchain, ir).text_data_bytes
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

    if lift and service is not None and record.get("asm_o0"):
        asm = record["asm_o0"]
        name = record["function"].strip('"')
        function = next((f for f in parse_asm(asm).functions if f.name == name), None)
        if function is not None:
            report.lift["functions"] += 1
            result = lift_function(toolchain, service, asm, function)
            if result.ir is not None:
                report.lift["answered"] += 1
            if result.check is not None and result.check.compiles:
                report.lift["compiles"] += 1
                report.lift["round_trip_exact"] += int(result.check.round_trip_exact)
                if result.ir and _normalised_function(result.ir, name) == _normalised_function(ir, name):
                    report.lift["matches_source"] += 1



def _optimize_defaults(record: dict[str, Any], report: Report, toolchain: Any, service: Any,
                       candidates: list[str], settings: Any) -> None:
    """What `irlens optimize FILE.ll` and `irlens optimize --function NAME` do with default settings
    (the engine's one orchestration: the model's proposals for the function's extracted module, then
    the candidate set, under the default budget and baseline). The module scope measures text+data,
    the function scope the function symbol's bytes. `irlens bench optimize` has the full table."""
    from irlens.engine.optimizer import (
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
        "lifting": dict(report.lift),
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


def print_table(summary: dict[str, Any], model_name: str) -> None:
    print(f"held-out functions: {summary['functions']}   total text+data: -O0 {summary['o0_bytes']} B, "
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
    lift = summary["lifting"]
    if lift["functions"]:
        n = lift["functions"]
        print(f"lifting (-O0 asm, {n} functions): answered {_percent(lift['answered'], n):.1f}%, "
              f"compiles {_percent(lift['compiles'], n):.1f}%, round-trips exactly "
              f"{_percent(lift['round_trip_exact'], n):.1f}%, matches source IR "
              f"{_percent(lift['matches_source'], n):.1f}%")
    commands = {"module": "irlens optimize FILE.ll (text+data)",
                "function": "irlens optimize --function (function bytes)"}
    for scope, opt in summary["optimize"].items():
        if opt["modules"]:
            print(f"{commands[scope]}, defaults, {opt['modules']} held-out modules: "
                  f"{opt['under_oz_pct']:.2f}% under -Oz in total, worse than -Oz on "
                  f"{opt['worse_than_oz']}, {opt['seconds_per_module']} s/module "
                  f"(max {opt['max_seconds']} s), {opt['failed']} failed")


def run(args: argparse.Namespace) -> int:
    from irlens.engine.candidates import candidate_pipelines
    from irlens.model.service import ModelService
    from irlens.toolchain.discovery import ToolMissing, discover

    settings = settings_from_args(args)
    try:
        toolchain = discover(settings)
        records = [json.loads(line) for line in Path(args.eval_file).read_text(encoding="utf-8").splitlines()
                   if line.strip()]
    except (OSError, ValueError, ToolMissing) as exc:
        print(f"irlens bench quality: {exc}", file=sys.stderr)
        return 1
    records = records[: args.limit] if args.limit else records
    ks = sorted({int(k) for k in args.ks.split(",") if k.strip()})
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
            if status.state != "ready":
                print(f"model not ready ({status.state}: {status.detail}); no-model rows only",
                      file=sys.stderr)
                service = None
        report = Report()
        started = time.monotonic()
        for index, record in enumerate(records, 1):
            _evaluate_one(record, report, toolchain, service, candidates, ks, settings,
                          lift=not args.skip_lift, optimize=not args.skip_optimize)
            if index % 10 == 0:
                print(f"  {index}/{len(records)} functions, {time.monotonic() - started:.0f}s",
                      file=sys.stderr)
        if service is not None:
            service.stop()
    summary = summarise(report)
    summary["model"] = model_name
    summary["candidates"] = len(candidates)
    summary["seconds"] = round(time.monotonic() - started)
    print_table(summary, model_name)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0
