"""`irlens size FILE [--json]`: per-function and module sizes of a .ll, .bc or .s file, measured by LLVM."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from irlens.config import Settings
from irlens.options import JOBS, SourceKind, add_target_option, add_toolchain_options, open_source_file
from irlens.toolchain.baseline import (
    EXACT_BASELINE_HINT,
    BaselineExactness,
    baseline_exactness,
    exactness_json,
)
from irlens.toolchain.diagnostics import ToolDiagnostic, check_asm, check_ir
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.measure import (
    measure_asm,
    measure_ir,
    measure_oz_module,
    oz_function_sizes,
    oz_function_sizes_exact,
)
from irlens.toolchain.runner import ToolFailure
from irlens.toolchain.target import AsmTarget, resolve_asm_target


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("size", help="per-function and module sizes (IR instructions, bytes, -Oz)",
                                   description="Measure every function of a .ll or .s file with the real "
                                               "LLVM tools: IR instructions, object bytes, -Oz bytes; and "
                                               "the module's text+data.")
    parser.add_argument("file", type=Path, help=".ll (LLVM IR) or .s/.asm (assembly) file")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--no-oz", action="store_true", help="skip the -Oz baselines (faster)")
    parser.add_argument("--oz-exact", action="store_true",
                        help="-Oz per function by one extraction each (slow) instead of one batched compile "
                             "of the whole module (same bytes in our tests)")
    parser.add_argument("--jobs", type=JOBS, metavar="N", help="parallel compilations (default: cores)")
    parser.add_argument("--baseline", choices=("clang", "paper"),
                        help="the -Oz to compare with: clang (default: what clang -Oz gives) or paper "
                             "(opt -Oz on the IR as given)")
    add_toolchain_options(parser)
    add_target_option(parser)
    parser.set_defaults(run=run)


def diagnose(toolchain: Toolchain, text: str, kind: SourceKind, settings: Settings) -> list[ToolDiagnostic]:
    if kind == "asm":
        return check_asm(toolchain, text, triple=settings.asm_triple)
    return check_ir(toolchain, text)


def print_diagnostics(path: Path, diagnostics: list[ToolDiagnostic]) -> None:
    for d in diagnostics:
        print(f"{path}:{d.line + 1}:{d.column + 1}: {d.severity}: {d.message} [{d.source}]", file=sys.stderr)


def size_report(toolchain: Toolchain, text: str, kind: SourceKind, settings: Settings, *, with_oz: bool,
                jobs: int | None = None, oz_exact: bool = False) -> dict[str, Any]:
    target: AsmTarget | None = None
    if kind == "asm":
        target = resolve_asm_target(toolchain, text, settings.asm_triple)
        measured = measure_asm(toolchain, text, triple=settings.asm_triple)
    else:
        measured = measure_ir(toolchain, text)
    oz: dict[str, int | None] = {}
    oz_method: str | None = None
    oz_module: int | None = None
    if with_oz and kind == "ir":
        oz, oz_method = _oz_per_function(toolchain, text, list(measured.functions), settings, jobs=jobs,
                                         exact=oz_exact)
        try:
            oz_module = measure_oz_module(toolchain, text, baseline=settings.size_baseline).text_data_bytes
        except ToolFailure as failure:
            print(f"irlens: module -Oz baseline failed: {failure}", file=sys.stderr)
    exactness = baseline_exactness(text, settings.size_baseline) if kind == "ir" else None
    return {
        "kind": kind,
        "llvm_version": toolchain.version,
        **exactness_json(exactness),
        "target": None if target is None else {"triple": target.triple, "source": target.source,
                                               "reason": target.reason, "llvm_mc_args": target.mc_args()},
        "baseline": settings.size_baseline,
        "functions": [
            {"name": f.name, "ir_instructions": f.ir_instructions, "bytes": f.bytes,
             "oz_bytes": oz.get(f.name)}
            for f in measured.functions.values()
        ],
        "module": {
            "text_bytes": measured.text_bytes,
            "data_bytes": measured.data_bytes,
            "bss_bytes": measured.bss_bytes,
            "text_data_bytes": measured.text_data_bytes,
            "oz_text_data_bytes": oz_module,
            "oz_function_method": oz_method,
            "ir_instructions": measured.ir_instructions if kind == "ir" else None,
        },
    }


def baseline_note_lines(exactness: BaselineExactness | None) -> list[str]:
    """What the tables print under their -Oz figures when those are estimated."""
    if exactness is None or exactness.exact:
        return []
    return [f"clang -Oz figures are {exactness.note}; {EXACT_BASELINE_HINT}"]


def _oz_per_function(toolchain: Toolchain, text: str, names: list[str], settings: Settings, *,
                     jobs: int | None, exact: bool) -> tuple[dict[str, int | None], str]:
    """-Oz bytes per function: one batched compile of the module; when a tool fails on the whole
    module (or when asked), one extraction per function, so only the failing functions lose theirs."""
    if not exact:
        try:
            batched = oz_function_sizes(toolchain, text, baseline=settings.size_baseline)
            return {name: batched.get(name) for name in names}, "batched"
        except ToolFailure as failure:
            print(f"irlens: batched -Oz baseline failed ({failure}); extracting functions one by one",
                  file=sys.stderr)
    return oz_function_sizes_exact(toolchain, text, names, baseline=settings.size_baseline,
                                   jobs=jobs), "extracted"


def run(args: argparse.Namespace) -> int:
    source = open_source_file(args)
    if source is None:
        return 2
    settings, toolchain, text, kind = source.settings, source.toolchain, source.text, source.kind
    try:
        diagnostics = diagnose(toolchain, text, kind, settings)
        if any(d.severity == "error" for d in diagnostics):
            print_diagnostics(args.file, diagnostics)
            return 1
        report = size_report(toolchain, text, kind, settings, with_oz=not args.no_oz, jobs=args.jobs,
                             oz_exact=args.oz_exact)
    except (ToolFailure, ToolMissing) as error:
        print(f"irlens: {error}", file=sys.stderr)
        return 1
    report["file"] = str(args.file)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print_size_table(report)
    return 0


def _cell(value: int | None) -> str:
    return "-" if value is None else str(value)


def print_size_table(report: dict[str, Any], suggestions: dict[str, str] | None = None) -> None:
    """The per-function table of `irlens size`; `irlens check` adds its suggestion column."""
    rows = report["functions"]
    width = max([len("function"), *(len(r["name"]) for r in rows)])
    extra = "  best verified suggestion" if suggestions is not None else ""
    oz_header = f"{report.get('baseline', 'clang')} -Oz"
    print(f"{'function':<{width}}  {'IR insts':>8}  {'bytes':>7}  {oz_header:>11}{extra}")
    for r in rows:
        suggestion = f"  {suggestions.get(r['name'], '')}" if suggestions is not None else ""
        print(f"{r['name']:<{width}}  {_cell(r['ir_instructions']):>8}  {_cell(r['bytes']):>7}  "
              f"{_cell(r['oz_bytes']):>11}{suggestion}".rstrip())
    module = report["module"]
    print(f"module text+data: {module['text_data_bytes']} bytes (text {module['text_bytes']}, "
          f"data {module['data_bytes']}); {oz_header}: {_cell(module['oz_text_data_bytes'])}")
    if report.get("input_kind"):
        for line in baseline_note_lines(BaselineExactness.of(report["input_kind"], report["baseline"])):
            print(line)
    target = report.get("target")
    if target:
        print(f"target: {' '.join(target['llvm_mc_args'][1:])} ({target['source']}: {target['reason']})")
