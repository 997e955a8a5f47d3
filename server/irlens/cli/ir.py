"""`irlens ir FILE.c [-o OUT.ll] [--compile-commands PATH] [-- FLAGS...]`: the front end's IR of a source
file at -Oz (report/frontend.py), the input for which irlens's clang -Oz figure is exact."""

from __future__ import annotations

import argparse
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
from irlens.report.frontend import compile_commands_near, entry_job, flags_job, frontend_ir
from irlens.report.report import SOURCE_SUFFIXES
from irlens.toolchain.discovery import ToolMissing
from irlens.toolchain.runner import ToolFailure


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ir", help="the front end's IR of a C/C++ file at -Oz (exact clang -Oz figures)",
        usage="irlens ir FILE.c [-o OUT.ll] [--compile-commands PATH] [-- FLAGS...]",
        description="Emit what clang -Oz optimizes for a source file: its front-end IR (clang -Oz -Xclang "
                    "-disable-llvm-optzns), with the flags of its compile_commands.json entry or the "
                    "compile flags after `--`, kept to irlens's allow-list and compiled in the tool sandbox.")
    parser.add_argument("file", type=Path, metavar="FILE.c", help="C, C++ or Objective-C source")
    parser.add_argument("-o", "--output", type=output_file, metavar="OUT.ll",
                        help="write here (default: stdout)")
    parser.add_argument("--compile-commands", type=Path, metavar="PATH",
                        help="the compile_commands.json to take the file's flags from (default: the nearest "
                             "one in the file's directory or above, or their build/)")
    add_toolchain_options(parser)
    parser.set_defaults(run=run, flags=[])  # main() puts what follows `--` here


def run(args: argparse.Namespace) -> int:
    source: Path = args.file
    flags: list[str] = args.flags
    settings = settings_from_args(args)
    if not source.name.endswith(SOURCE_SUFFIXES) or not source.is_file():
        print(f"irlens ir: {source} is not a C, C++ or Objective-C source file", file=sys.stderr)
        return 2
    if flags:
        job = flags_job(source, flags)
    else:
        databases = [args.compile_commands] if args.compile_commands else compile_commands_near(source)
        found = entry_job(source, databases, settings.max_input_mb)
        if isinstance(found, str):
            print(f"irlens ir: {found}", file=sys.stderr)
            return 2
        job = found
    for refused in job.refused:
        print(f"irlens ir: {refused.describe()}; compiled without it", file=sys.stderr)
    toolchain = open_toolchain(settings)
    if toolchain is None:
        return 2
    try:
        text = frontend_ir(toolchain, job)
    except (ToolFailure, ToolMissing) as error:
        print(f"irlens ir: {error}", file=sys.stderr)
        return 1
    if args.output:
        return 0 if write_output(args.output, text) else 2
    sys.stdout.write(text)
    return 0
