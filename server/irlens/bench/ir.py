"""`irlens bench ir`: the IR text layer on a large module: a full scan, and the incremental re-scan of
one-line edits (what the editor pays per keystroke before any feature can answer).

The module is the one `irlens bench lsp` generates (C compiled by clang -O0), with enough functions to
pass 10 MB, or `--input`. Each edit types one character into a random instruction line of a random
function of the latest revision; the figures are wall-clock times of `IRIndex.apply_change` alone
(which builds the new text: on a 12 MB module that copy is most of it), of apply_change plus the first
`function_at` on the new revision (what a hover needs), and of apply_change given the new text, as a
document store that has built it passes it. The last revision is checked against a full parse.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from irlens.ir.index import TextChange, parse_ir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ir", help="full scan and incremental re-scan of a large module")
    parser.add_argument("--functions", type=int, default=7000, help="functions in the generated module")
    parser.add_argument("--input", metavar="FILE.ll", help="measure this module instead of a generated one")
    parser.add_argument("--scans", type=int, default=5, help="full scans to time")
    parser.add_argument("--edits", type=int, default=200, help="one-line edits to time")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(text: str, scans: int, edits: int, seed: int = 1) -> dict[str, Any]:
    full: list[float] = []
    for _ in range(scans):
        started = time.perf_counter()
        index = parse_ir(text)
        full.append(time.perf_counter() - started)
    started = time.perf_counter()
    defined = index.defined_functions
    materialize = time.perf_counter() - started

    rng = random.Random(seed)
    rescans: list[float] = []
    with_lookup: list[float] = []
    given_text: list[float] = []  # the document store built the new text already
    incremental = 0
    for _ in range(edits):
        function = rng.choice(defined)
        if function.end_line - function.define_line < 2:
            continue
        line = rng.randrange(function.define_line + 1, function.end_line)
        change = TextChange(line, 2, line, 2, " ")
        started = time.perf_counter()
        edited = index.apply_change(change)
        rescanned = time.perf_counter()
        edited.function_at(line)
        looked_up = time.perf_counter()
        rescans.append(rescanned - started)
        with_lookup.append(looked_up - started)
        started = time.perf_counter()
        index.apply_change(change, text=edited.text)
        given_text.append(time.perf_counter() - started)
        incremental += edited.incremental
        index = edited
        defined = index.defined_functions
    check = parse_ir(index.text)
    return {
        "bytes": len(text), "functions": len(check.defined_functions), "lines": check.line_count,
        "full_scan_ms": {"median": _ms(statistics.median(full)), "min": _ms(min(full))},
        "functions_materialized_ms": _ms(materialize),
        "edits": len(rescans), "incremental": incremental,
        "rescan_ms": {"p50": _ms(_percentile(rescans, 0.5)), "p99": _ms(_percentile(rescans, 0.99))},
        "rescan_and_function_at_ms": {"p50": _ms(_percentile(with_lookup, 0.5)),
                                      "p99": _ms(_percentile(with_lookup, 0.99))},
        "rescan_given_new_text_ms": {"p50": _ms(_percentile(given_text, 0.5)),
                                     "p99": _ms(_percentile(given_text, 0.99))},
        "equals_full_parse": check.functions == index.functions and check.line_count == index.line_count,
    }


def run(args: argparse.Namespace) -> int:
    from irlens.bench.lsp import build_module

    with tempfile.TemporaryDirectory(prefix="irlens-bench-ir-") as workdir:
        module = Path(args.input) if args.input else build_module(args.functions, Path(workdir))
        text = module.read_text(encoding="utf-8", errors="surrogateescape")
    figures = measure(text, args.scans, args.edits)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"module: {figures['bytes']:,} bytes, {figures['functions']:,} functions, "
              f"{figures['lines']:,} lines")
        full, rescan = figures["full_scan_ms"], figures["rescan_ms"]
        print(f"full scan: {full['median']} ms median ({full['min']} min)")
        print(f"one-line edit, re-scan: p50 {rescan['p50']} ms, p99 {rescan['p99']} ms"
              f" ({figures['incremental']} of {figures['edits']} incremental)")
        print(f"  with function_at: p50 {figures['rescan_and_function_at_ms']['p50']} ms, "
              f"p99 {figures['rescan_and_function_at_ms']['p99']} ms")
        given = figures["rescan_given_new_text_ms"]
        print(f"  given the new text (a document store's): p50 {given['p50']} ms, p99 {given['p99']} ms")
        print(f"functions of a revision materialized: {figures['functions_materialized_ms']} ms")
        print(f"last revision equals a full parse: {figures['equals_full_parse']}")
    return 0 if figures["equals_full_parse"] else 1
