"""`irlens diff OLD NEW`: which functions grew or shrank, bloat-o-meter style, with exit codes for CI."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from irlens.options import add_toolchain_options, open_toolchain, settings_from_args
from irlens.report.size_diff import DiffInputError, compare, format_diff, load_sizes


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diff", help="function sizes of two builds compared (bloat-o-meter style)",
        description="Compare the function sizes of OLD and NEW: two .ll modules, .s files, object files "
                    "or `irlens report --json` files. Exit 1 when a --fail-if-* limit is passed, 2 when "
                    "an input cannot be read.")
    parser.add_argument("old", type=Path, metavar="OLD")
    parser.add_argument("new", type=Path, metavar="NEW")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--fail-if-grown", type=int, metavar="N",
                        help="exit 1 when the total grew by more than N bytes")
    parser.add_argument("--fail-if-function-grown", type=int, metavar="N",
                        help="exit 1 when any function grew (or was added) by more than N bytes")
    parser.add_argument("--fail-if-module-grown", type=int, metavar="N",
                        help="exit 1 when any module grew by more than N bytes")
    add_toolchain_options(parser)
    parser.set_defaults(run=run)


def gate_failures(result: dict[str, Any], args: argparse.Namespace) -> list[str]:
    failures = []
    if args.fail_if_grown is not None and result["total_delta"] > args.fail_if_grown:
        failures.append(f"the total grew by {result['total_delta']} bytes (limit {args.fail_if_grown})")
    if args.fail_if_function_grown is not None:
        failures += [f"{row['name']} grew by {row['delta']} bytes (limit {args.fail_if_function_grown})"
                     for row in result["functions"] if row["delta"] > args.fail_if_function_grown]
    if args.fail_if_module_grown is not None:
        failures += [f"module {row['name']} grew by {row['delta']} bytes (limit {args.fail_if_module_grown})"
                     for row in result["modules"] if row["delta"] > args.fail_if_module_grown]
    return failures


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    toolchain = open_toolchain(settings)
    if toolchain is None:
        return 2
    try:
        result = compare(load_sizes(args.old, toolchain, settings.max_input_mb),
                         load_sizes(args.new, toolchain, settings.max_input_mb))
    except DiffInputError as error:
        print(f"irlens diff: {error}", file=sys.stderr)
        return 2
    failures = gate_failures(result, args)
    result["gate_failures"] = failures
    print(json.dumps(result, indent=2) if args.json else format_diff(result))
    for failure in failures:
        print(f"irlens diff: {failure}", file=sys.stderr)
    return 1 if failures else 0
