"""`irlens optimize FILE.ll [--function NAME] [-o OUT.ll] [--json]`: the smallest verified module (or
function), never larger than -Oz under the chosen baseline.

The search is the engine's one orchestration (optimize/optimizer.py): the model's proposals (when a model
loads) and the project's candidate set, per function and for the whole module, under a budget of
compilations. Every number is the standard definition: text+data of `llc -O2 -filetype=obj` for a
module, the function symbol's bytes for a function.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from irlens.cli.size import baseline_note_lines, diagnose, print_diagnostics
from irlens.config import Settings
from irlens.ir.splice import SpliceError
from irlens.model.service import ModelService
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import (
    FunctionResult,
    ModuleResult,
    SearchOptions,
    optimize_function,
    optimize_module,
)
from irlens.optimize.ranking import PipelineRanker
from irlens.optimize.spliced import spliced_function
from irlens.options import (
    add_model_options,
    add_search_options,
    add_toolchain_options,
    open_source_file,
    output_directory,
    output_file,
    settings_from_args,
    write_output,
)
from irlens.report.fanout import ResultCache, default_cache_dir
from irlens.report.project import ModuleJob, module_files, optimize_files
from irlens.toolchain.baseline import (
    OZ_PIPELINE,
    baseline_exactness,
    baseline_input,
    describe,
    exactness_json,
)
from irlens.toolchain.discovery import ToolMissing
from irlens.toolchain.runner import ToolFailure


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("optimize",
                                   help="smallest verified module or function (never larger than -Oz)",
                                   description="Find the smallest version of the module (or one function) "
                                               "that LLVM verifies: one pipeline for the whole module, or "
                                               "each function's own pipeline composed, measured by "
                                               "text+data of llc -O2 -filetype=obj.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE.ll",
                        help="LLVM IR file; several files or directories: each module optimized, spread over "
                             "the cores (or --ray), with a progress bar and a results cache")
    parser.add_argument("--function", metavar="NAME", help="optimize only @NAME (default: the whole module)")
    parser.add_argument("-o", "--output", type=output_file, metavar="OUT.ll",
                        help="write the optimized module")
    parser.add_argument("--emit-baseline-input", type=output_file, metavar="IN.ll",
                        help="write the module the baseline starts from (with clang -Oz's attributes under "
                             "--baseline clang), to reproduce the -Oz figure with opt and llc")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--output-dir", type=output_directory, metavar="DIR",
                        help="several modules: write each optimized module here (same relative name)")
    parser.add_argument("--ray", metavar="ADDRESS", help="several modules: spread them over this Ray cluster "
                                                         "(finishes locally if it goes away)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help=f"several modules: results cache, so an interrupted run resumes "
                             f"(default {default_cache_dir()})")
    parser.add_argument("--no-cache", action="store_true", help="several modules: optimize everything again")
    add_search_options(parser)
    add_toolchain_options(parser)
    add_model_options(parser)
    parser.set_defaults(run=run)


@contextlib.contextmanager
def loaded_model(settings: Settings) -> Iterator[tuple[ModelService | None, PipelineRanker, str]]:
    """The model service, loaded once for a whole command, the search's order of the coreset (the
    model's when it ranks it) and a status line; (None, coverage order, why) when there is no usable
    model: the model is optional and never breaks the compiler's answer."""
    if not settings.model_enabled:
        no_model = PipelineRanker(lambda: None)
        yield None, no_model, f"model disabled; {no_model.describe()}"
        return
    service = ModelService(settings, watch=False)
    try:
        service.start()
        status = service.wait_until_settled(settings.model_timeout_s)
        ready = service if status.state == "ready" else None
        ranker = PipelineRanker(lambda: ready)
        if ready is None:
            yield None, ranker, f"{_not_ready_line(status.state, status.detail)}; {ranker.describe()}"
        else:
            yield service, ranker, f"model {status.name}; {ranker.describe()}"
    finally:
        service.stop()


def _not_ready_line(state: str, detail: str) -> str:
    """One sentence on why there are no proposals; a "disabled" detail already says it in full."""
    if state == "disabled" and detail:
        return detail
    return f"model {state}: {detail}" if detail else f"model {state}"


def search_options(args: argparse.Namespace, settings: Settings) -> SearchOptions:
    return SearchOptions(baseline=settings.size_baseline, budget=getattr(args, "budget", None),
                         jobs=getattr(args, "jobs", None))


def function_json(result: FunctionResult) -> dict[str, Any]:
    return {
        "scope": "function",
        "function": result.name,
        "baseline": result.baseline,
        "strategy": "-Oz" if result.pipeline == OZ_PIPELINE else "pipeline",
        "pipeline": result.pipeline,
        "opt_command": f"opt -p {shlex.quote(result.pipeline)}",
        "size_bytes": result.size_bytes,
        "oz_size_bytes": result.oz_bytes,
        "input_size_bytes": result.input_bytes,
        "saving_vs_oz_percent": round(100 * result.saving_vs_oz, 2),
        "compilations": result.compilations,
        "model": {"proposals": result.proposals, "ranked": result.model_order},
        "candidates": [{"pipeline": o.pipeline, "size_bytes": o.size_bytes, "error": o.error or None}
                       for o in result.outcomes],
    }


def module_json(result: ModuleResult) -> dict[str, Any]:
    return {
        "scope": "module",
        "function": None,
        "baseline": result.baseline,
        "strategy": result.strategy,
        "pipeline": result.pipeline or None,
        "opt_command": f"opt -p {shlex.quote(result.pipeline)}" if result.pipeline else None,
        "size_bytes": result.size_bytes,
        "oz_size_bytes": result.oz_bytes,
        "input_size_bytes": result.input_bytes,
        "saving_vs_oz_percent": round(100 * result.saving_vs_oz, 2),
        "whole_module_bytes": result.whole_module_bytes,
        "composed_bytes": result.composed_bytes,
        "composed_note": result.composed_note or None,
        "composed_on": result.composed_on or None,
        "compilations": result.compilations,
        "functions": [{"name": c.name, "pipeline": c.pipeline or None, "size_bytes": c.size_bytes,
                       "base_bytes": c.base_bytes, "note": c.note or None} for c in result.functions],
        "model": {"proposals": result.proposals},
        "candidates": [{"pipeline": o.pipeline, "size_bytes": o.size_bytes, "error": o.error or None}
                       for o in result.outcomes],
    }


def run(args: argparse.Namespace) -> int:
    if len(args.paths) > 1 or args.paths[0].is_dir():
        return run_many_modules(args)
    args.file = args.paths[0]
    source = open_source_file(args)
    if source is None:
        return 2
    settings, toolchain, text, kind = source.settings, source.toolchain, source.text, source.kind
    if kind != "ir":
        print("irlens: optimize works on LLVM IR (.ll); for assembly use `irlens lift` first",
              file=sys.stderr)
        return 2
    options = search_options(args, settings)
    result: FunctionResult | ModuleResult
    try:
        diagnostics = diagnose(toolchain, text, kind, settings)
        if any(d.severity == "error" for d in diagnostics):
            print_diagnostics(args.file, diagnostics)
            return 1
        candidates = candidate_pipelines()
        with loaded_model(settings) as (proposer, ranker, model_status):
            if args.function:
                result = optimize_function(toolchain, text, args.function, candidates, options=options,
                                           proposer=proposer, ranker=ranker)
                # The claim is the function's bytes in the module -o writes, not in its extraction.
                spliced = spliced_function(toolchain, text, args.function, result.optimized_module_text)
                if spliced.function_bytes > result.oz_bytes:
                    print(f"irlens: @{args.function} measures {spliced.function_bytes} bytes once put back "
                          f"into the module ({result.size_bytes} extracted), more than "
                          f"{describe(result.baseline)}'s {result.oz_bytes}; nothing written",
                          file=sys.stderr)
                    return 1
                result = dataclasses.replace(result, size_bytes=spliced.function_bytes)
                output_text = spliced.text
            else:
                result = optimize_module(toolchain, text, candidates, options=options, proposer=proposer,
                                         ranker=ranker)
                output_text = result.module_text
    except (ToolFailure, ToolMissing, SpliceError) as error:
        print(f"irlens: {error}", file=sys.stderr)
        return 1
    written = [write_output(path, render()) for path, render in (
        (args.output, lambda: output_text),
        (args.emit_baseline_input, lambda: baseline_input(text, options.baseline))) if path is not None]
    status = 0 if all(written) else 2
    report = function_json(result) if isinstance(result, FunctionResult) else module_json(result)
    report["model"]["status"] = model_status
    exactness = baseline_exactness(text, options.baseline)
    report.update(exactness_json(exactness))
    if args.json:
        print(json.dumps(report, indent=2))
        return status
    _print_summary(result, model_status)
    for line in baseline_note_lines(exactness):
        print(f"  {line}")
    if args.output and written[0]:
        print(f"  optimized module written to {args.output}")
    return status


def _print_summary(result: FunctionResult | ModuleResult, model_status: str) -> None:
    baseline = describe(result.baseline)
    saved = f"{100 * result.saving_vs_oz:+.1f}% saved vs {baseline}"
    if isinstance(result, FunctionResult):
        print(f"@{result.name}: {result.size_bytes} bytes with opt -p {shlex.quote(result.pipeline)}")
    elif result.strategy == "composed":
        changed = sum(1 for c in result.functions if c.changed)
        print(f"module (text+data): {result.size_bytes} bytes, each function's own pipeline composed "
              f"on opt -p {shlex.quote(result.composed_on)} ({changed} of {len(result.functions)} "
              "functions changed from it)")
    else:
        print(f"module (text+data): {result.size_bytes} bytes with opt -p {shlex.quote(result.pipeline)}")
    print(f"  {baseline}: {result.oz_bytes} bytes, input: {result.input_bytes} bytes, {saved}, "
          f"{result.compilations} compilations ({model_status})")


def run_many_modules(args: argparse.Namespace) -> int:
    """Several modules: each through the same search, on every core or a Ray cluster; one line each and
    the totals, or one JSON document."""
    if args.function or args.output or args.emit_baseline_input:
        print("irlens: --function, -o and --emit-baseline-input take one file; with several modules use "
              "--output-dir", file=sys.stderr)
        return 2
    settings = settings_from_args(args)
    files = module_files(args.paths)
    if not files:
        print("irlens: no .ll files found", file=sys.stderr)
        return 2
    roots = [p for p in args.paths if p.is_dir()]

    def output_for(path: Path) -> str | None:
        if args.output_dir is None:
            return None
        root = next((r for r in roots if path.is_relative_to(r)), path.parent)
        return str(args.output_dir / path.relative_to(root))

    jobs = [ModuleJob(str(path), output_for(path), settings.size_baseline, args.budget, settings.llvm_bin,
                      settings.tool_timeout_s, settings.tool_memory_mb, settings.tool_output_mb,
                      settings.max_input_mb) for path in files]
    cache = None if args.no_cache else ResultCache(args.cache or default_cache_dir())
    records = optimize_files(jobs, cache=cache, workers=args.jobs, ray_address=args.ray)
    done = [r for r in records if "error" not in r]
    total, oz = sum(r["size_bytes"] for r in done), sum(r["oz_size_bytes"] for r in done)
    summary = {"baseline": settings.size_baseline, "modules": len(records),
               "failed": len(records) - len(done), "size_bytes": total, "oz_size_bytes": oz,
               "saving_vs_oz_percent": round(100 * (oz - total) / oz, 2) if oz else 0.0,
               "worse_than_oz": sum(r["size_bytes"] > r["oz_size_bytes"] for r in done)}
    if args.json:
        print(json.dumps({"summary": summary, "modules": records}, indent=2))
    else:
        label = describe(settings.size_baseline)
        for record in records:
            if "error" in record:
                print(f"{record['path']}: not optimized: {record['error']}")
            else:
                print(f"{record['path']}: {record['size_bytes']} bytes ({record['strategy']}), "
                      f"{label} {record['oz_size_bytes']}")
        print(f"{len(done)} of {len(records)} modules: {total} bytes, {label} {oz}, "
              f"{summary['saving_vs_oz_percent']:+.2f}% saved")
    return 1 if summary["failed"] else 0
