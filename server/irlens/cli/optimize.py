"""`irlens optimize FILE.ll [--function NAME] [-o OUT.ll] [--json]`: the best verified pipeline.

Candidates are the model's proposals (when a model loads), the project's candidate set and -Oz;
each is validated, applied with opt, verified and measured. -Oz is the floor: when nothing beats it,
the answer is -Oz.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from irlens.cli.common import add_model_options, add_toolchain_options, open_source_file
from irlens.cli.size import diagnose, print_diagnostics
from irlens.config import Settings
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.optimizer import OptimizationResult, optimize_function, optimize_module
from irlens.engine.splice import SpliceError, splice_function
from irlens.model.service import ModelService
from irlens.toolchain.discovery import ToolMissing
from irlens.toolchain.measure import extract_function
from irlens.toolchain.runner import ToolFailure

MODEL_PROPOSALS = 4


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("optimize",
                                   help="best verified pass pipeline for size (never worse than -Oz)",
                                   description="Find the pass pipeline that makes the module (or one "
                                               "function) smallest, verified and measured by LLVM.")
    parser.add_argument("file", type=Path, help="LLVM IR (.ll) file")
    parser.add_argument("--function", metavar="NAME", help="optimize only @NAME (default: the whole module)")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.ll", help="write the optimized module")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--jobs", type=int, metavar="N", help="parallel compilations (default: cores)")
    add_toolchain_options(parser)
    add_model_options(parser)
    parser.set_defaults(run=run)


def model_proposals(settings: Settings, ir_texts: Sequence[str], k: int = MODEL_PROPOSALS,
                    cancel: threading.Event | None = None) -> tuple[list[list[str]], str]:
    """Raw pipelines from the model for each IR text (validated later by the optimizer), with the
    model loaded once for all of them, and a status line. The model is optional: no model file or a
    failing model means no proposals.
    """
    none: list[list[str]] = [[] for _ in ir_texts]
    if not settings.model_enabled:
        return none, "model disabled"
    service = ModelService(settings, watch=False)
    try:
        service.start()
        status = service.wait_until_settled(settings.model_timeout_s)
        if status.state != "ready":
            return none, _not_ready_line(status.state, status.detail)
        proposals = [service.propose_pipelines(ir, k, cancel=cancel) for ir in ir_texts]
        return proposals, f"model {status.name}: {sum(map(len, proposals))} proposal(s)"
    except Exception as error:  # a broken model must never break the compiler's answer
        return none, f"model failed: {error}"
    finally:
        service.stop()


def _not_ready_line(state: str, detail: str) -> str:
    """One sentence on why there are no proposals; a "disabled" detail already says it in full."""
    if state == "disabled" and detail:
        return detail
    return f"model {state}: {detail}" if detail else f"model {state}"


def result_json(result: OptimizationResult, *, scope: str, function: str | None, model_status: str,
                proposals: list[str]) -> dict[str, Any]:
    return {
        "scope": scope,
        "function": function,
        "pipeline": result.pipeline,
        "opt_command": f"opt -p {shlex.quote(result.pipeline)}",
        "size_bytes": result.size_bytes,
        "oz_size_bytes": result.oz_bytes,
        "o0_size_bytes": result.o0_bytes,
        "saving_vs_oz_percent": round(100 * result.saving_vs_oz, 2),
        "compilations": result.compilations,
        "model": {"status": model_status, "proposals": proposals},
        "candidates": [{"pipeline": o.pipeline, "size_bytes": o.size_bytes, "error": o.error or None}
                       for o in result.outcomes],
    }


def run(args: argparse.Namespace) -> int:
    source = open_source_file(args)
    if source is None:
        return 2
    settings, toolchain, text, kind = source.settings, source.toolchain, source.text, source.kind
    if kind != "ir":
        print("irlens: optimize works on LLVM IR (.ll); for assembly use `irlens lift` first",
              file=sys.stderr)
        return 2
    try:
        diagnostics = diagnose(toolchain, text, kind, settings)
        if any(d.severity == "error" for d in diagnostics):
            print_diagnostics(args.file, diagnostics)
            return 1
        # The model sees what it was trained on: for one function, that function's extracted module.
        prompt_ir = extract_function(toolchain, text, args.function) if args.function else text
        [proposals], model_status = model_proposals(settings, [prompt_ir])
        candidates = [*proposals, *candidate_pipelines()[: settings.max_candidates]]
        if args.function:
            result = optimize_function(toolchain, text, args.function, candidates,
                                       jobs=args.jobs)
            output_text = splice_function(text, args.function, result.optimized_module_text)
        else:
            result = optimize_module(toolchain, text, candidates, jobs=args.jobs)
            output_text = result.optimized_module_text
    except (ToolFailure, ToolMissing, SpliceError) as error:
        print(f"irlens: {error}", file=sys.stderr)
        return 1
    if args.output:
        args.output.write_text(output_text, encoding="utf-8", errors="surrogateescape")
    scope = "function" if args.function else "module"
    report = result_json(result, scope=scope, function=args.function, model_status=model_status,
                         proposals=proposals)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    what = f"@{args.function}" if args.function else "module (text+data)"
    print(f"{what}: {result.size_bytes} bytes with opt -p {shlex.quote(result.pipeline)}")
    print(f"  -Oz: {result.oz_bytes} bytes, unoptimized: {result.o0_bytes} bytes, "
          f"{100 * result.saving_vs_oz:+.1f}% saved vs -Oz, {result.compilations} compilations "
          f"({model_status})")
    if args.output:
        print(f"  optimized module written to {args.output}")
    return 0
