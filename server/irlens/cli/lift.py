"""`irlens lift FILE.s [--function NAME] [--candidates K] [-o OUT.ll] [--json]`: model-lifted IR, repaired
mechanically and judged by the compiler (see `irlens.lift.lifter`)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from irlens.config import DEFAULT_LIFT_CANDIDATES, DEFAULT_LIFT_REFINE_S
from irlens.input_files import read_input
from irlens.lift.lifter import LiftOptions, lift_file
from irlens.model.service import ModelService
from irlens.options import (
    add_model_options,
    add_target_option,
    add_toolchain_options,
    number,
    output_file,
    settings_from_args,
    write_output,
)
from irlens.toolchain.discovery import ToolMissing, discover


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lift", help="lift assembly to LLVM IR with the model, checked by llc")
    parser.add_argument("file", help="assembly file (.s/.S/.asm)")
    parser.add_argument("--function", metavar="NAME", help="lift only this function")
    parser.add_argument("-o", "--output", type=output_file, metavar="OUT.ll", help="write the lifted IR here")
    parser.add_argument("--json", action="store_true", help="print JSON (one object per function)")
    parser.add_argument("--candidates", type=number("lift_candidates"), default=None, metavar="K",
                        help="candidates per function, greedy then sampled "
                             f"(default {DEFAULT_LIFT_CANDIDATES})")
    parser.add_argument("--refine-seconds", type=number("lift_refine_s"), default=None, metavar="S",
                        help="when no candidate round-trips exactly, seconds of compiler-guided refinement "
                             f"of the closest (default {DEFAULT_LIFT_REFINE_S:g}; 0: none)")
    parser.add_argument("--no-listing", action="store_true",
                        help="no candidate translated from an -O0 listing itself; the model's only")
    parser.add_argument("--load-timeout", type=number("model_load_timeout_s"), default=600.0, metavar="S",
                        help="how long to wait for the model to load")
    add_toolchain_options(parser)
    add_target_option(parser)
    add_model_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    if args.timeout is not None:
        settings.tool_timeout_s = args.timeout
    if args.candidates is not None:
        settings.lift_candidates = args.candidates
    if args.refine_seconds is not None:
        settings.lift_refine_s = args.refine_seconds
    if args.no_listing:
        settings.lift_listing = False
    try:
        asm_text = read_input(args.file, settings.max_input_mb).decode("utf-8", "replace")
    except OSError as exc:
        print(f"irlens lift: {args.file}: {exc.strerror}", file=sys.stderr)
        return 2  # unreadable input, as every command says it
    try:
        toolchain = discover(settings)
        toolchain.path("llc")
    except ToolMissing as exc:
        print(f"irlens lift: {exc}", file=sys.stderr)
        return 2
    service = ModelService(settings, watch=False)
    service.start()
    status = service.wait_until_settled(args.load_timeout)
    if status.state == "ready" and not service.lifts():
        print(f"irlens lift: {service.lift_problem() or f'{status.name} was not trained to lift assembly'}",
              file=sys.stderr)
        service.stop()
        return 2
    if status.state != "ready":
        reason = status.detail if status.state == "disabled" and status.detail else \
            f"no model ({status.state}): {status.detail}"
        print(f"irlens lift: {reason}", file=sys.stderr)
        service.stop()
        return 2
    try:
        options = LiftOptions(candidates=settings.lift_candidates, triple=settings.asm_triple,
                              budget_s=settings.model_timeout_s, refine_s=settings.lift_refine_s,
                              listing=settings.lift_listing)
        results = lift_file(toolchain, service, asm_text, function_name=args.function, options=options)
    except KeyError:
        print(f"irlens lift: {args.file} defines no function {args.function!r}", file=sys.stderr)
        return 1
    finally:
        service.stop()
    written = True
    if args.output:
        written = write_output(args.output, "\n".join(r.ir for r in results if r.ir is not None))
    if args.json:
        payload: Any = [r.to_json() for r in results]
        print(json.dumps(payload[0] if args.function and payload else payload, indent=2))
    else:
        for result in results:
            print(f"@{result.function}: {result.verdict()}")
            if result.candidates:
                print(f"  {result.summary()} ({result.seconds:.1f} s)")
    if not written:
        return 2
    return 0 if results and all(r.check is not None and r.check.compiles for r in results) else 3

