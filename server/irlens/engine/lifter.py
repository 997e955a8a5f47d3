"""Lifting assembly to LLVM IR: the model proposes IR per function, the compiler checks it.

For each function of a `.s` file: the disassembly prompt with the function's assembly, then
1. does the IR assemble and verify (llvm-as)?  -> `compiles` (or the first error)
2. does llc turn it back into the original function's instructions? The original's codegen options
   are unknown, so llc runs at -O0 and -O2 and the closer listing counts. Instructions are compared
   after normalising whitespace, comments and local labels (.LBB0_3 -> .L1 in order of appearance);
   `instructions_differing` counts instructions inserted, deleted or changed (0 = exact round trip).
"""

from __future__ import annotations

import difflib
import re
import threading
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from irlens.engine.ir_index import AsmFunction, parse_asm
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.runner import ToolFailure, first_error_line, run_tool
from irlens.toolchain.target import FAMILY_NAMES, family_of, resolve_asm_target, strip_comment

if TYPE_CHECKING:  # callers pass the model they started
    from irlens.model.service import ModelService, ModelStatus

LLC_LEVELS = ("-O0", "-O2")
# The targets each prompt format's models were trained to lift: irlens-tiny x86-64 only
# (models/MODEL_CARD.md), Meta's LLM Compiler x86-64 and AArch64.
LIFT_TARGETS: dict[str, tuple[str, ...]] = {"irlens": ("x86",), "llm-compiler": ("x86", "aarch64")}
_LOCAL_LABEL = re.compile(r"\.L[\w$.]+")


@dataclass(frozen=True)
class RoundTrip:
    compiles: bool
    error: str | None  # why it does not compile (first error), or None
    round_trip_exact: bool
    instructions_differing: int | None  # None when it did not compile
    original_instructions: int
    lifted_instructions: int | None
    llc_level: str | None  # the llc level whose output was closest


@dataclass(frozen=True)
class LiftResult:
    function: str
    ir: str | None  # None: the model gave no usable answer (see `problem`)
    problem: str | None
    check: RoundTrip | None

    def to_json(self) -> dict[str, Any]:
        """The `irlens lift --json` shape: ir, compiles, round_trip_exact, instructions_differing, ..."""
        check = self.check
        return {
            "function": self.function,
            "ir": self.ir,
            "compiles": bool(check and check.compiles),
            "round_trip_exact": bool(check and check.round_trip_exact),
            "instructions_differing": check.instructions_differing if check else None,
            "error": (check.error if check else self.problem),
            "details": asdict(check) if check else None,
        }


def function_asm(text: str, function: AsmFunction) -> str:
    """The function's assembly with its leading directives (.globl/.type/.p2align) and its
    trailing `.cfi_endproc`, as a self-contained snippet for the prompt."""
    lines = text.splitlines()
    start = function.start_line
    while start > 0 and _is_directive(lines[start - 1]):
        start -= 1
    end = function.end_line
    if end + 1 < len(lines) and lines[end + 1].strip() == ".cfi_endproc":
        end += 1
    return "\n".join(lines[start : end + 1]) + "\n"


def _is_directive(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(".") and not stripped.endswith(":")


def instructions(asm_text: str, function_name: str | None = None) -> list[str]:
    """Normalised instructions of one function (or of the whole text when it has no such function)."""
    body = asm_text
    if function_name is not None:
        index = parse_asm(asm_text)
        match = next((f for f in index.functions if f.name == function_name), None)
        if match is None and len(index.functions) == 1:
            match = index.functions[0]
        if match is not None:
            body = "\n".join(asm_text.splitlines()[match.start_line : match.end_line + 1])
    labels: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        return labels.setdefault(m.group(0), f".L{len(labels)}")

    found = []
    for raw in body.splitlines():
        line = strip_comment(raw)
        if not line or line.startswith(".") or line.endswith(":"):
            continue
        found.append(_LOCAL_LABEL.sub(rename, " ".join(line.replace(",", ", ").split())))
    return found


def differing(original: list[str], lifted: list[str]) -> int:
    matcher = difflib.SequenceMatcher(a=original, b=lifted, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def check_round_trip(toolchain: Toolchain, original_asm: str, function_name: str, ir: str, *,
                     triple: str | None = None) -> RoundTrip:
    """Compile the lifted IR (for `triple`, the original's target, when given) and compare its code
    with the original function's."""
    original = instructions(original_asm, function_name)
    diagnostics = check_ir(toolchain, ir)
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        first = f"line {errors[0].line + 1}: {errors[0].message}"
        return RoundTrip(False, first, False, None, len(original), None, None)
    best: tuple[int, str, list[str]] | None = None
    failure = ""
    for level in LLC_LEVELS:
        try:
            target = [f"-mtriple={triple}"] if triple else []
            result = run_tool(toolchain, "llc", [level, *target, "-o", "out.s"], stdin=ir.encode("utf-8"),
                              outputs=["out.s"])
        except (ToolFailure, ToolMissing) as exc:
            failure = str(exc)
            continue
        if not result.ok or "out.s" not in result.outputs:
            failure = first_error_line(result.stderr_text) or "llc failed"
            continue
        listing = result.outputs["out.s"].decode("utf-8", errors="replace")
        lifted = instructions(listing, function_name)
        diff = differing(original, lifted)
        if best is None or diff < best[0]:
            best = (diff, level, lifted)
    if best is None:
        return RoundTrip(False, f"llc: {failure}", False, None, len(original), None, None)
    diff, level, lifted = best
    return RoundTrip(True, None, diff == 0, diff, len(original), len(lifted), level)


def unknown_target_problem(status: ModelStatus, triple: str) -> str | None:
    """Why the model should not be asked to lift `triple`'s assembly (it was not trained on that
    target: its IR would be made up), or None."""
    known = LIFT_TARGETS.get(status.prompt_format or "")
    if known is None or family_of(triple) in known:
        return None
    names = " and ".join(FAMILY_NAMES[family] for family in known)
    return (f"the model {status.name or ''} ({status.prompt_format} format) was trained to lift {names} "
            f"assembly only, not {triple}: its IR would be for the wrong target; use a model that knows "
            f"this target")


def lift_function(toolchain: Toolchain, model: ModelService, asm_text: str, function: AsmFunction, *,
                  cancel: threading.Event | None = None, triple: str | None = None) -> LiftResult:
    """`triple`: the user's asmTriple / --triple; the round trip compiles for the file's target."""
    target = resolve_asm_target(toolchain, asm_text, triple).triple
    unknown = unknown_target_problem(model.status(), target)
    if unknown is not None:
        return LiftResult(function.name, None, unknown, None)
    snippet = function_asm(asm_text, function)
    ir = model.lift(snippet, cancel)
    if ir is None:
        problem = model.last_problem() or "the model gave no usable answer"
        return LiftResult(function.name, None, problem, None)
    check = check_round_trip(toolchain, snippet, function.name, ir, triple=target)
    return LiftResult(function.name, ir, None, check)


def lift_file(toolchain: Toolchain, model: ModelService, asm_text: str, *, function_name: str | None = None,
              cancel: threading.Event | None = None, triple: str | None = None) -> list[LiftResult]:
    """Lift every function (or the one named); raises KeyError for a name the file does not define."""
    functions = parse_asm(asm_text).functions
    if function_name is not None:
        functions = [f for f in functions if f.name == function_name]
        if not functions:
            raise KeyError(function_name)
    results = []
    for function in functions:
        if cancel is not None and cancel.is_set():
            break
        results.append(lift_function(toolchain, model, asm_text, function, cancel=cancel, triple=triple))
    return results
