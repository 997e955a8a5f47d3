"""Compiler-guided refinement of a lifted function: one-operand edits, drawn from the assembly, kept
only when llc shows that they bring the compiled code closer to it.

A candidate that compiles but differs from the assembly in a few instructions is most often wrong in
one operand that the assembly states plainly: a call's constant argument (`movl $1, %edx`), an
argument too many or too few, the callee, a call through a function pointer held in a global
(`movq hooks+8, %rax; callq *%rax`), or the stack slot a value is loaded from or stored to. Each
edit replaces one such operand by a value the assembly names (an immediate, a symbol, a symbol plus
offset) or the function already holds (an alloca, a value of the same block); nothing else is made up.

A round compiles every edit of the current IR at once (the variants side by side in one module under
other names: one llc run per level), and keeps the one that lowers the count of differing
instructions most; rounds repeat until the round trip is exact, no edit helps, or the time budget is
spent. An edit that does not compile is found by halving the batch. The refined IR is then judged
from scratch like any candidate (llvm-as, the verifier, llc), so what is shown is the compiler's
verdict, and every edit is listed with it.

x86-64 AT&T assembly only (the operands are read by `irlens.ir.asm`).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from irlens.engine.lift_repairs import declaration_for_call
from irlens.ir.asm import AsmSymbol, att_operands, referenced_symbols
from irlens.ir.scan import closing_bracket, code_of, entities, scan_functions, split_top_level
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.runner import ToolFailure, run_tool

# A round's edits, at most (a long function's rounds stay within one llc run of a few hundred variants).
MAX_EDITS = 600
# Constants offered per argument: the assembly's immediates, smallest first, and 0 and 1.
MAX_CONSTANTS = 10

_CALL = re.compile(r"^(\s*(?:%[-\w.$]+\s*=\s*)?(?:tail\s+|notail\s+)?call\s+)")
_CALLEE = re.compile(r'([@%](?:[-\w.$]+|"[^"]*"))\(')
_DEFINITION = re.compile(r"^\s*(%[-\w.$]+)\s*=\s*(\w+)\b(.*)$")
_MEMORY = re.compile(r"^(\s*(?:%[-\w.$]+\s*=\s*load\s+[^,]+|store\s+.+?),\s*ptr\s+)(%[-\w.$]+)(.*)$")
_LABEL = re.compile(r"^[-\w.$]+:|^\d+:")
_BINARY = {"add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "sdiv", "udiv", "srem", "urem"}
_CASTS = {"zext", "sext", "trunc", "bitcast", "ptrtoint", "inttoptr", "fptosi", "fptoui", "sitofp",
          "uitofp", "fpext", "fptrunc"}


@dataclass(frozen=True)
class Refinement:
    ir: str
    edits: tuple[str, ...]  # what was changed, in order
    differing: int  # instructions differing after the edits
    seconds: float


@dataclass(frozen=True)
class _Edit:
    description: str
    lines: list[str]  # the module with the edit
    declarations: dict[str, str]  # symbol -> the declaration it needs when the module lacks one
    replaced_callee: str | None = None  # the function no longer called there


@dataclass(frozen=True)
class _Facts:
    """What the assembly names: its constants and symbols."""

    constants: tuple[int, ...]
    called: tuple[str, ...]
    addressed: tuple[str, ...]  # `g`, and `g+8` for offsets into it
    direct: frozenset[str]  # symbols referred to without the PLT/GOT: dso_local

    @classmethod
    def of(cls, snippet: str, function_name: str) -> _Facts:
        symbols: list[AsmSymbol] = [s for s in referenced_symbols(snippet) if s.name != function_name]
        operands = att_operands(snippet)
        constants = sorted(set(operands.immediates[:MAX_CONSTANTS - 2]) | {0, 1}, key=lambda c: (abs(c), c))
        addressed = [s.name for s in symbols if not s.called]
        addressed += [f"{name}+{offset}" for name, offset in operands.offsets if name in addressed]
        return cls(tuple(constants), tuple(s.name for s in symbols if s.called), tuple(addressed),
                   frozenset(s.name for s in symbols if s.direct))

    def declaration(self, symbol: str, called: bool) -> str:
        local = "dso_local " if symbol in self.direct else ""
        return f"declare {local}void @{symbol}(...)" if called else f"@{symbol} = external {local}global i8"


Differing = Callable[[str, str], int]


def refine(toolchain: Toolchain, snippet: str, function_name: str, ir: str, differing: Differing, *,
           triple: str, budget_s: float, cancel: threading.Event | None = None) -> Refinement | None:
    """Edits to `ir` (which compiles) that bring it closer to the assembly `snippet`, or None when no
    edit helps. `differing(listing, name)` counts the instructions of function `name` in an llc
    listing that differ from the assembly's."""
    started = time.monotonic()
    if not re.fullmatch(r"[-\w.$]+", function_name):
        return None
    facts = _Facts.of(snippet, function_name)
    lines = ir.split("\n")
    current = _compile_batch(toolchain, ir, function_name, [lines], {}, triple, differing)
    best = current[0] if current else None
    if best is None:
        return None
    done: list[str] = []
    replaced: set[str] = set()
    while best > 0 and time.monotonic() - started < budget_s and not (cancel and cancel.is_set()):
        edits = _edits(lines, function_name, facts)[:MAX_EDITS]
        if not edits:
            break
        counts = _differing_each(toolchain, "\n".join(lines), function_name, edits, triple, differing,
                                 started + budget_s)
        scored = [(count, number) for number, count in enumerate(counts) if count is not None]
        if not scored or min(scored)[0] >= best:
            break
        best, number = min(scored)
        edit = edits[number]
        lines = _with_declarations(edit.lines, edit.declarations)
        done.append(edit.description)
        if edit.replaced_callee:
            replaced.add(edit.replaced_callee)
    if not done:
        return None
    lines = _typed_declarations(_drop_unused_declarations(lines, replaced), facts)
    return Refinement("\n".join(lines), tuple(done), best,
                      time.monotonic() - started)


# ---- the edits ----


def _edits(lines: list[str], function_name: str, facts: _Facts) -> list[_Edit]:
    scanned = next((s for s in scan_functions("\n".join(lines)) if s.function.is_definition
                    and s.function.token == function_name), None)
    if scanned is None:
        return []
    start, end = scanned.line, scanned.line + scanned.function.line_count
    values = _values(lines, start, end)
    edits: list[_Edit] = []
    block = start
    for number in range(start + 1, end):
        code = code_of(lines[number])
        if _LABEL.match(code):
            block = number
            continue
        in_scope = [(name, kind) for line, name, kind, alloca in values
                    if alloca or block < line < number]
        call = _CALL.match(code)
        if call:
            edits += _call_edits(lines, number, code, call.end(), in_scope, values, block, facts)
        memory = _MEMORY.match(code)
        if memory:
            for _, name, _, alloca in values:
                if alloca and name != memory.group(2):
                    edits.append(_Edit(f"line {number + 1}: {memory.group(2)} -> {name} (another stack slot)",
                                       _replace(lines, number, memory.group(1) + name + memory.group(3)), {}))
    return edits


def _call_edits(lines: list[str], number: int, code: str, after_call: int, in_scope: list[tuple[str, str]],
                values: list[tuple[int, str, str, bool]], block: int, facts: _Facts) -> list[_Edit]:
    callee_match = _CALLEE.search(code, after_call)
    if callee_match is None or callee_match.group(1).startswith("@llvm."):
        return []
    callee = callee_match.group(1)
    opening = callee_match.end() - 1
    closing = closing_bracket(code, opening)
    if closing is None:
        return []
    arguments = split_top_level(code[opening + 1:closing])
    head, tail = code[:opening + 1], code[closing:]
    where = f"line {number + 1}: call {callee}"
    edits: list[_Edit] = []

    def with_arguments(new: list[str], what: str, declarations: dict[str, str]) -> None:
        edits.append(_Edit(f"{where}: {what}", _replace(lines, number, head + ", ".join(new) + tail),
                           declarations))

    def offered(kind: str) -> list[tuple[str, dict[str, str]]]:
        found: list[tuple[str, dict[str, str]]] = [(f"{t} {c}", {}) for t in ("i32", "i64")
                                                   for c in facts.constants]
        found.append(("ptr null", {}))
        for symbol in facts.addressed:
            base, _, offset = symbol.partition("+")
            text = f"ptr getelementptr inbounds (i8, ptr @{base}, i64 {offset})" if offset else f"ptr @{base}"
            found.append((text, {base: facts.declaration(base, False)}))
        found += [(f"{kind} {name}", {}) for name, value_kind in in_scope if value_kind == kind]
        return found

    for kind in ("i32", "i64", "ptr"):
        for value, declarations in offered(kind):
            with_arguments([*arguments, value], f"argument {value} added", declarations)
    if arguments:
        with_arguments(arguments[:-1], f"argument {arguments[-1]} dropped", {})
    for position, argument in enumerate(arguments):
        words = argument.split()
        for value, declarations in offered(words[0]):
            if value.split()[-1] != words[-1]:
                with_arguments([*arguments[:position], value, *arguments[position + 1:]],
                               f"argument {position + 1} {words[-1]} -> {value}", declarations)
    for symbol in facts.called:
        if f"@{symbol}" != callee:
            edits.append(_Edit(f"{where}: callee -> @{symbol}",
                               _replace(lines, number, code[:callee_match.start()] + f"@{symbol}"
                                        + code[callee_match.end() - 1:]),
                               {symbol: facts.declaration(symbol, True)}, callee[1:]))
    # a call through a function pointer held in a global: load it where the assembly does, before
    # the arguments (or just before the call)
    pointer = f"%lifted.callee{number}"
    argument_names = {argument.split()[-1] for argument in arguments}
    first_argument = min((line for line, name, _, _ in values
                          if block < line < number and name in argument_names), default=number)
    for symbol in facts.addressed:
        base, _, offset = symbol.partition("+")
        if offset:
            load = [f"  {pointer}.field = getelementptr inbounds i8, ptr @{base}, i64 {offset}",
                    f"  {pointer} = load ptr, ptr {pointer}.field, align 8"]
        else:
            load = [f"  {pointer} = load ptr, ptr @{base}, align 8"]
        called = code[:callee_match.start()] + pointer + code[callee_match.end() - 1:]
        for at in sorted({first_argument, number}):
            edited = lines[:at] + load + lines[at:number] + [called] + lines[number + 1:]
            edits.append(_Edit(f"{where}: callee -> the function pointer at @{symbol}", edited,
                               {base: facts.declaration(base, False)}, callee[1:]))
    return edits


def _values(lines: list[str], start: int, end: int) -> list[tuple[int, str, str, bool]]:
    """(line, name, type, is an alloca) of the parameters (at the define line) and of the values the
    body defines whose type reads off the instruction."""
    found: list[tuple[int, str, str, bool]] = []
    define = code_of(lines[start])
    opening = define.find("(", define.find("@"))
    closing = closing_bracket(define, opening) if opening >= 0 else None
    if closing is not None:
        for parameter in split_top_level(define[opening + 1:closing]):
            words = parameter.split()
            if len(words) >= 2 and words[-1].startswith("%"):
                found.append((start, words[-1], words[0], False))
    for number in range(start + 1, end):
        match = _DEFINITION.match(code_of(lines[number]))
        if match is None:
            continue
        name, opcode, rest = match.groups()
        words = rest.replace(",", " ").split()
        kind: str | None = None
        if opcode in ("alloca", "getelementptr", "inttoptr"):
            kind = "ptr"
        elif opcode == "load" and words:
            kind = words[1] if words[0] == "volatile" and len(words) > 1 else words[0]
        elif opcode in ("icmp", "fcmp"):
            kind = "i1"
        elif opcode in _CASTS and " to " in rest:
            kind = rest.rsplit(" to ", 1)[1].split()[0]
        elif opcode in _BINARY:
            kind = next((w for w in words if w not in ("nsw", "nuw", "exact", "disjoint")), None)
        elif opcode in ("call", "tail") and words:
            kind = words[1] if opcode == "tail" and len(words) > 1 else words[0]
        if kind is not None and kind != "void":
            found.append((number, name, kind, opcode == "alloca"))
    return found


def _replace(lines: list[str], number: int, line: str) -> list[str]:
    return [*lines[:number], line, *lines[number + 1:]]


# ---- declarations ----


def _declared(text: str) -> set[str]:
    names = {s.function.token for s in scan_functions(text)}
    return names | {e.token for e in entities(text) if e.kind == "global"}


def _with_declarations(lines: list[str], declarations: dict[str, str]) -> list[str]:
    declared = _declared("\n".join(lines))
    missing = [text for symbol, text in declarations.items() if symbol not in declared]
    return [*lines, *missing] if missing else lines


def _typed_declarations(lines: list[str], facts: _Facts) -> list[str]:
    """The callees an edit declared as `void (...)` (enough to compile the variants) declared as their
    call reads: what a reader expects, and the same code (a call carries its own function type)."""
    code = "\n".join(code_of(line) for line in lines)
    typed = []
    for line in lines:
        untyped = re.fullmatch(r"declare (dso_local )?void @([-\w.$]+)\(\.\.\.\)", line)
        declaration = declaration_for_call(code, untyped.group(2)) if untyped else None
        if untyped and declaration and line == facts.declaration(untyped.group(2), True):
            line = declaration.replace("declare ", f"declare {untyped.group(1) or ''}", 1)
        typed.append(line)
    return typed


def _drop_unused_declarations(lines: list[str], functions: set[str]) -> list[str]:
    """Without the `declare` lines of `functions` (callees an edit replaced) that nothing calls now."""
    text = "\n".join(lines)
    kept = []
    for line in lines:
        declared = re.match(r"declare\b[^@]*@([-\w.$]+)\(", line)
        if (declared and declared.group(1) in functions
                and len(re.findall(rf"@{re.escape(declared.group(1))}(?![-\w.$])", text)) == 1):
            continue
        kept.append(line)
    return kept


# ---- compiling many variants at once ----


def _differing_each(toolchain: Toolchain, ir: str, function_name: str, edits: list[_Edit], triple: str,
                    differing: Differing, deadline: float) -> list[int | None]:
    """Each edit's differing count; None where its variant does not compile (found by halving the
    batch) or time ran out."""
    if time.monotonic() > deadline:
        return [None] * len(edits)
    declarations = {symbol: text for edit in edits for symbol, text in edit.declarations.items()}
    counts = _compile_batch(toolchain, ir, function_name, [edit.lines for edit in edits], declarations,
                            triple, differing)
    if counts is not None:
        return counts
    if len(edits) == 1:
        return [None]
    half = len(edits) // 2
    return (_differing_each(toolchain, ir, function_name, edits[:half], triple, differing, deadline)
            + _differing_each(toolchain, ir, function_name, edits[half:], triple, differing, deadline))


def _compile_batch(toolchain: Toolchain, ir: str, function_name: str, variants: list[list[str]],
                   declarations: dict[str, str], triple: str,
                   differing: Differing) -> list[int | None] | None:
    """Each variant's function, renamed `<name>.variant<N>`, appended to `ir`; the fewest differing
    instructions of each over llc -O0 and -O2, or None when the module does not compile."""
    module = [ir]
    declared = _declared(ir)
    module += [text for symbol, text in declarations.items() if symbol not in declared]
    for number, variant in enumerate(variants):
        scanned = next((s for s in scan_functions("\n".join(variant)) if s.function.is_definition
                        and s.function.token == function_name), None)
        if scanned is None:
            return None
        body = variant[scanned.line:scanned.line + scanned.function.line_count + 1]
        body[0] = body[0].replace(f"@{function_name}(", f"@{function_name}.variant{number}(", 1)
        module += body
    text = "\n".join(module) + "\n"

    def listing(level: str) -> str | None:
        try:
            result = run_tool(toolchain, "llc", [level, f"-mtriple={triple}", "-o", "out.s"],
                              stdin=text.encode("utf-8"), outputs=["out.s"])
        except (ToolFailure, ToolMissing):
            return None
        if not result.ok or "out.s" not in result.outputs:
            return None
        return result.outputs["out.s"].decode("utf-8", errors="replace")

    with ThreadPoolExecutor(max_workers=2) as pool:  # the two levels side by side
        listings = list(pool.map(listing, ("-O0", "-O2")))
    if any(found is None for found in listings):
        return None
    counts: list[int | None] = [min(differing(found, f"{function_name}.variant{number}")
                                    for found in listings if found) for number in range(len(variants))]
    return counts
