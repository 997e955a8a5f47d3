"""Function sizes of two builds compared, in the manner of the Linux kernel's bloat-o-meter.

Either side is a .ll module (measured like `irlens size`), LLVM bitcode, a .s file, an ELF object file (its
function symbol sizes, read as every measurement reads them) or a report JSON written by
`irlens report --json`; anything else (binary data, a JSON of another shape) is a DiffInputError.
Functions are matched by name; a name defined in several modules of a report is qualified as
`module.ll:name`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from irlens.input_files import MB, open_input, read_input
from irlens.report.format import report_problem
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.measure import compile_object, measure_asm, measure_ir, object_function_sizes
from irlens.toolchain.runner import ToolFailure

OBJECT_SUFFIXES = (".o", ".obj", ".elf", ".so", ".a")
BITCODE_MAGIC = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")  # raw bitcode, and the wrapper Apple's tools write


class DiffInputError(Exception):
    """A side of the diff cannot be read or measured (the message says which and why)."""


@dataclass(frozen=True)
class Sizes:
    functions: dict[str, int]  # function -> bytes
    modules: dict[str, int]  # module -> the bytes of its functions


def load_sizes(path: Path, toolchain: Toolchain, max_input_mb: int) -> Sizes:
    """A side's function sizes. An object file is read in parts, whatever its size (its headers and
    symbol tables at most `max_input_mb` MB); any other input is read whole, up to that limit."""
    try:
        with open_input(path, None) as handle:
            if handle.read(4) == b"\x7fELF" or path.suffix in OBJECT_SUFFIXES:
                functions = object_function_sizes(handle, max_read=max_input_mb * MB)
                return Sizes(functions, {path.name: sum(functions.values())})
        data = read_input(path, max_input_mb)
    except OSError as error:
        raise DiffInputError(f"cannot read {path}: {error.strerror}") from None
    except ToolFailure as error:
        raise DiffInputError(f"{path}: {error}") from None
    try:
        if path.suffix == ".json":
            return _from_report(path, data)
        if data.startswith(BITCODE_MAGIC):  # compiled as every module is, read as object files are
            functions = object_function_sizes(compile_object(toolchain, data))
        elif b"\0" in data:
            raise DiffInputError(f"{path}: binary data, not a .ll, .s, bitcode, object file or report JSON")
        elif path.suffix in (".s", ".S", ".asm"):
            measured = measure_asm(toolchain, data.decode("utf-8", "surrogateescape"))
            functions = {n: f.bytes for n, f in measured.functions.items() if f.bytes is not None}
        else:
            measured = measure_ir(toolchain, data.decode("utf-8", "surrogateescape"))
            functions = {n: f.bytes for n, f in measured.functions.items() if f.bytes is not None}
    except (ToolFailure, ToolMissing) as error:
        raise DiffInputError(f"{path}: {error}") from None
    return Sizes(functions, {path.name: sum(functions.values())})


def _from_report(path: Path, data: bytes) -> Sizes:
    try:
        report = json.loads(data)
    except ValueError as error:
        raise DiffInputError(f"{path}: not an `irlens report --json` file ({error})") from None
    if (problem := report_problem(report)) is not None:
        raise DiffInputError(f"{path}: not an `irlens report --json` file ({problem})")
    modules = report["modules"]
    counts = Counter(f["name"] for m in modules for f in m["functions"] if f.get("bytes") is not None)
    functions: dict[str, int] = {}
    module_totals: dict[str, int] = {}
    for module in modules:
        name = module["module"]
        measured = [f for f in module["functions"] if f.get("bytes") is not None]
        module_totals[name] = sum(f["bytes"] for f in measured)
        for function in measured:
            unique = counts[function["name"]] == 1
            key = function["name"] if unique else f"{Path(name).name}:{function['name']}"
            functions[key] = functions.get(key, 0) + function["bytes"]
    return Sizes(functions, module_totals)


def compare(old: Sizes, new: Sizes) -> dict[str, Any]:
    """bloat-o-meter's figures: counts of added/removed/grown/shrunk functions, the bytes up and down,
    each changed function (largest growth first) and the totals; plus the same per module."""
    rows: list[dict[str, Any]] = []
    for name in sorted(old.functions.keys() | new.functions.keys()):
        before, after = old.functions.get(name), new.functions.get(name)
        delta = (after or 0) - (before or 0)
        if before is not None and after is not None and delta == 0:
            continue
        rows.append({"name": name, "old": before, "new": after, "delta": delta})
    rows.sort(key=lambda row: (-row["delta"], row["name"]))
    modules = [{"name": name, "old": old.modules.get(name), "new": new.modules.get(name),
                "delta": new.modules.get(name, 0) - old.modules.get(name, 0)}
               for name in sorted(old.modules.keys() | new.modules.keys())]
    old_total, new_total = sum(old.functions.values()), sum(new.functions.values())
    return {
        "added": sum(1 for r in rows if r["old"] is None),
        "removed": sum(1 for r in rows if r["new"] is None),
        "grown": sum(1 for r in rows if r["old"] is not None and r["new"] is not None and r["delta"] > 0),
        "shrunk": sum(1 for r in rows if r["old"] is not None and r["new"] is not None and r["delta"] < 0),
        "up": sum(r["delta"] for r in rows if r["delta"] > 0),
        "down": sum(r["delta"] for r in rows if r["delta"] < 0),
        "total_delta": new_total - old_total,
        "old_total": old_total,
        "new_total": new_total,
        "functions": rows,
        "modules": modules,
    }


def format_diff(result: dict[str, Any]) -> str:
    lines = [f"add/remove: {result['added']}/{result['removed']} grow/shrink: {result['grown']}/"
             f"{result['shrunk']} up/down: {result['up']}/{result['down']} ({result['total_delta']})"]
    width = max([len("Function"), *(len(r["name"]) for r in result["functions"])])
    lines.append(f"{'Function':<{width}}  {'old':>8}  {'new':>8}  {'delta':>7}")
    for row in result["functions"]:
        old = "-" if row["old"] is None else str(row["old"])
        new = "-" if row["new"] is None else str(row["new"])
        lines.append(f"{row['name']:<{width}}  {old:>8}  {new:>8}  {row['delta']:>+7}")
    change = (100.0 * result["total_delta"] / result["old_total"]) if result["old_total"] else 0.0
    lines.append(f"Total: Before={result['old_total']}, After={result['new_total']}, chg {change:+.2f}%")
    return "\n".join(lines)
