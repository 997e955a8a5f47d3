"""`irlens report PATH... -o report.html [--json OUT.json]`: sizes of every function of many modules, as a
self-contained HTML page (treemap, sortable table, module totals, before/after chart) and as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from irlens.options import (
    add_toolchain_options,
    open_toolchain,
    output_file,
    settings_from_args,
    write_output,
)
from irlens.report.fanout import ResultCache, default_cache_dir
from irlens.report.html import render_html
from irlens.report.report import RunOptions, build_report, report_totals


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report", help="an HTML (and JSON) size report of many modules",
        description="Measure every function of .ll/.s files, directories (recursively) or the C/C++ "
                    "sources of a compile_commands.json, on all cores or a Ray cluster, and write a "
                    "self-contained HTML report. Inputs that cannot be measured are listed in it.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help=".ll/.s files, directories, compile_commands.json")
    parser.add_argument("-o", "--output", type=output_file, metavar="OUT.html", help="the HTML report")
    parser.add_argument("--json", type=output_file, metavar="OUT.json",
                        help="the report's data (for `irlens diff`)")
    parser.add_argument("--suggest", action=argparse.BooleanOptionalAction, default=False,
                        help="search the best verified pipeline of every function (slow; default off)")
    parser.add_argument("--no-compile", action="store_true",
                        help="do not compile compile_commands.json entries (only name them); by default "
                             "they are compiled with their allowed flags only, in the tool sandbox")
    parser.add_argument("--jobs", type=int, metavar="N", help="local worker processes (default: cores)")
    parser.add_argument("--ray", metavar="ADDRESS", help="spread the modules over this Ray cluster "
                                                          "(e.g. 10.0.0.5:6379, or 'auto')")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help=f"results cache, so an interrupted run resumes (default {default_cache_dir()})")
    parser.add_argument("--no-cache", action="store_true", help="measure everything again")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_toolchain_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.output is None and args.json is None:
        print("irlens report: nothing to write; pass -o OUT.html and/or --json OUT.json", file=sys.stderr)
        return 2
    settings = settings_from_args(args)
    toolchain = open_toolchain(settings)
    if toolchain is None:
        return 2
    cache = None if args.no_cache else ResultCache(args.cache or default_cache_dir())
    options = RunOptions(suggest=args.suggest, compile_commands=not args.no_compile, workers=args.jobs,
                         ray_address=args.ray, cache=cache, progress=not args.no_progress,
                         max_input_mb=settings.max_input_mb)
    report = build_report(args.paths, toolchain, options)
    written = [path for path, render in ((args.output, lambda: render_html(report)),
                                         (args.json, lambda: json.dumps(report, indent=1)))
               if path is not None and write_output(path, render())]
    totals = report_totals(report)
    failed = sum(1 for m in report["modules"] if m["error"])
    print(f"{len(report['modules']) - failed} module(s), {totals['functions']} functions: {totals['bytes']} "
          f"bytes, -Oz {totals['oz_bytes']}, best known {totals['best_bytes']}; "
          f"{failed + len(report['problems'])} input(s) not measured"
          + "".join(f"; wrote {path}" for path in written))
    for module in report["modules"]:
        if module["error"]:
            print(f"  {module['module']}: {module['error']}", file=sys.stderr)
    for problem in report["problems"]:
        print(f"  {problem['path']}: {problem['problem']}", file=sys.stderr)
    return 0 if len(written) == (args.output is not None) + (args.json is not None) else 2
