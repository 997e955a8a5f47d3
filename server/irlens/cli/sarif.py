"""`irlens check --sarif OUT.sarif`: the check's findings as SARIF 2.1.0, for code-scanning UIs.

Compiler diagnostics become results of level error/warning at their line and column; each function for
which a verified pipeline beats -Oz becomes a note at its `define` line, with the saving and the
pipeline (rule `irlens.smaller-version`), and whether its -Oz figure is estimated (from -O0 IR: the
wording of toolchain/baseline.BaselineExactness, as hover, lens and tables say it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from irlens import __version__
from irlens.ir.scan import scan_functions
from irlens.optimize.optimizer import FunctionResult
from irlens.options import output_file, write_output
from irlens.toolchain.baseline import BaselineExactness, input_kind
from irlens.toolchain.diagnostics import ToolDiagnostic

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULE_DIAGNOSTIC = "irlens.compiler-diagnostic"
RULE_SMALLER = "irlens.smaller-version"
_LEVELS = {"error": "error", "warning": "warning", "information": "note", "hint": "note", "note": "note"}


def add_sarif_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sarif", type=output_file, metavar="OUT.sarif",
                        help="also write the diagnostics and smaller-version findings as SARIF 2.1.0")


def write_sarif(args: argparse.Namespace, text: str, diagnostics: list[ToolDiagnostic],
                verified: dict[str, FunctionResult]) -> bool:
    """Writes args.sarif when the option was given (the file checked is args.file, its text `text`);
    False when it could not be written (write_output kept it elsewhere and said where)."""
    if getattr(args, "sarif", None) is None:
        return True
    return write_output(args.sarif, json.dumps(sarif_log(args.file, text, diagnostics, verified), indent=2))


def sarif_log(path: Path, text: str, diagnostics: list[ToolDiagnostic],
              verified: dict[str, FunctionResult]) -> dict[str, Any]:
    uri = path.as_posix()
    results: list[dict[str, Any]] = [
        {"ruleId": RULE_DIAGNOSTIC, "level": _LEVELS.get(d.severity, "warning"),
         "message": {"text": f"{d.message} [{d.source}]"},
         "locations": [_location(uri, d.line + 1, d.column + 1)]}
        for d in diagnostics
    ]
    lines = _define_lines(text)
    kind = input_kind(text) if verified else "frontend"
    for name, result in verified.items():
        if not result.beats_oz:
            continue
        saving = result.oz_bytes - result.size_bytes
        exactness = BaselineExactness.of(kind, result.baseline)
        estimated = f" ({exactness.note})" if exactness.note else ""
        results.append({
            "ruleId": RULE_SMALLER, "level": "note",
            "message": {"text": f"@{name}: a verified smaller version is available: "
                                f"{result.size_bytes} bytes instead of {result.oz_bytes} with "
                                f"{result.baseline} -Oz{estimated} ({saving} bytes, "
                                f"{100 * result.saving_vs_oz:.1f}% smaller) with opt -p '{result.pipeline}'"},
            "locations": [_location(uri, lines.get(name, 1), 1)],
            "properties": {"function": name, "bytes": result.size_bytes, "ozBytes": result.oz_bytes,
                           "ozExact": exactness.exact, "inputKind": kind,
                           "savingBytes": saving, "pipeline": result.pipeline},
        })
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "irlens", "version": __version__,
                "rules": [
                    {"id": RULE_DIAGNOSTIC, "shortDescription": {"text": "LLVM parser, verifier or assembler "
                                                                          "diagnostic"}},
                    {"id": RULE_SMALLER, "shortDescription": {
                        "text": "A compiler-verified pass pipeline makes this function smaller than -Oz"}},
                ]}},
            "artifacts": [{"location": {"uri": uri}}],
            "results": results,
        }],
    }


def _location(uri: str, line: int, column: int) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": uri},
                                 "region": {"startLine": max(1, line), "startColumn": max(1, column)}}}


def _define_lines(text: str) -> dict[str, int]:
    """1-based define line of each defined function, by the name LLVM holds."""
    lines: dict[str, int] = {}
    for scanned in scan_functions(text):
        if scanned.function.is_definition:
            lines.setdefault(scanned.function.name, scanned.line + 1)
    return lines
