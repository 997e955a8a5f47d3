"""`irlens check FILE`: diagnostics, per-function sizes, -Oz sizes and the best verified suggestion,
for people. Exits non-zero when the file has errors."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from irlens.cli.optimize import loaded_model, search_options
from irlens.cli.sarif import add_sarif_option, write_sarif
from irlens.cli.size import diagnose, print_diagnostics, print_size_table, size_report
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import FunctionResult, optimize_function
from irlens.options import (
    add_model_options,
    add_search_options,
    add_target_option,
    add_toolchain_options,
    open_source_file,
)
from irlens.toolchain.discovery import ToolMissing
from irlens.toolchain.runner import ToolFailure


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="diagnostics, sizes and verified suggestions for a file",
                                   description="Check a .ll or .s file: compiler diagnostics, per-function "
                                               "sizes, -Oz sizes and the best verified smaller version.")
    parser.add_argument("file", type=Path, help=".ll or .s file")
    parser.add_argument("--max-functions", type=int, default=25, metavar="N",
                        help="search suggestions for the N largest functions (default 25)")
    add_search_options(parser)
    add_toolchain_options(parser)
    add_target_option(parser)
    add_model_options(parser)
    add_sarif_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = open_source_file(args)
    if source is None:
        return 2
    settings, toolchain, text, kind = source.settings, source.toolchain, source.text, source.kind
    print(f"{args.file}: LLVM {toolchain.version}" + (f" (missing: {', '.join(toolchain.missing)})"
                                                       if toolchain.missing else ""))
    try:
        diagnostics = diagnose(toolchain, text, kind, settings)
    except (ToolFailure, ToolMissing) as error:
        print(f"irlens: {error}", file=sys.stderr)
        return 1
    print_diagnostics(args.file, diagnostics)
    if any(d.severity == "error" for d in diagnostics):
        print(f"{sum(d.severity == 'error' for d in diagnostics)} error(s)")
        return 1 if write_sarif(args, text, diagnostics, {}) else 2
    try:
        report = size_report(toolchain, text, kind, settings, with_oz=kind == "ir", jobs=args.jobs)
    except (ToolFailure, ToolMissing) as error:
        print(f"irlens: {error}", file=sys.stderr)
        return 1
    suggestions: dict[str, str] = {}
    verified: dict[str, FunctionResult] = {}
    if kind == "ir":
        largest = sorted(report["functions"], key=lambda f: -(f["bytes"] or 0))[: args.max_functions]
        options = search_options(args, settings)
        label = f"{options.baseline} -Oz"
        candidates = candidate_pipelines()
        with loaded_model(settings) as (proposer, ranker, model_status):
            print(model_status)  # e.g. "model x.gguf", "no model found; pass ..."
            for function in largest:
                try:
                    result = optimize_function(toolchain, text, function["name"], candidates, options=options,
                                               proposer=proposer, ranker=ranker)
                except (ToolFailure, ToolMissing) as error:
                    suggestions[function["name"]] = f"no suggestion ({error})"
                    continue
                verified[function["name"]] = result
                if result.beats_oz:
                    saving = -100 * result.saving_vs_oz
                    suggestions[function["name"]] = (f"{result.size_bytes} bytes ({saving:.1f}% vs {label}) "
                                                     f"with opt -p {shlex.quote(result.pipeline)}")
                else:
                    suggestions[function["name"]] = f"{label} is the best verified pipeline"
    print_size_table(report, suggestions)
    return 0 if write_sarif(args, text, diagnostics, verified) else 2
