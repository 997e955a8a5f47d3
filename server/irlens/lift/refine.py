"""Compiler-guided refinement of a lifted function: one-operand edits (here) and structural ones
(`irlens.lift.structure`: calls, instructions and blocks inserted, deleted or moved, widths,
branches, blocks of other candidates), drawn from the assembly, kept only when llc shows that they
bring the compiled code closer to it.

A candidate that compiles but differs from the assembly in a few instructions is most often wrong in
one operand that the assembly states plainly: a call's constant argument (`movl $1, %edx`), an
argument too many or too few, the callee, a call through a function pointer held in a global
(`movq hooks+8, %rax; callq *%rax`), the stack slot a value is loaded from or stored to, a stored
value or a constant, or a parameter too many or too few (clang -O0 spills every parameter: the
assembly shows each one's store). Each edit replaces one such operand by a value the assembly names
(an immediate, a symbol, a symbol plus offset) or the function already holds (an alloca, a value of
the same block, a fresh load of a stack slot), or adds or drops one parameter and its spill; nothing
else is made up.

A round compiles every edit of the current IR at once (the variants side by side in one module under
other names: one llc run per level), and keeps the one that lowers the count of differing
instructions most; rounds repeat until the round trip is exact, no edit helps, or the time budget is
spent. Rounds of one-operand edits come first, a round of structural edits only when none of them
helps (bigger rounds would cost a tight budget the one-operand edits' wins). An edit that does
not compile is found by halving the batch. The refined IR is then judged
from scratch like any candidate (llvm-as, the verifier, llc), so what is shown is the compiler's
verdict, and every edit is listed with it.

x86 (AT&T), AArch64, ARM/Thumb and RISC-V assembly (the operands are read by `irlens.ir.asm`,
`ASM_FAMILIES`).
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import NamedTuple

from irlens.ir.asm import (
    ASM_FAMILIES,
    AsmSymbol,
    asm_instructions,
    asm_operands,
    parse_asm,
    referenced_symbols,
)
from irlens.ir.scan import (
    LOCAL_DEFINITION,
    closing_bracket,
    code_of,
    entities,
    scan_functions,
    split_top_level,
)
from irlens.lift import structure as lift_structure
from irlens.lift.repairs import declaration_for_call
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.runner import ToolFailure, run_tool
from irlens.toolchain.target import family_of

# A round's edits, at most, and the lines of all its variants together: one llc run of a round stays
# around a few tenths of a second (600 variants of a 20-line function: 0.16 s per level).
MAX_EDITS = 600
MAX_VARIANT_LINES = 40_000
# Constants offered per argument: the assembly's immediates, smallest first, and 0 and 1.
MAX_CONSTANTS = 10

_CALL = re.compile(r"^(\s*(?:%[-\w.$]+\s*=\s*)?(?:tail\s+|notail\s+)?call\s+)")
_CALLEE = re.compile(r'([@%](?:[-\w.$]+|"[^"]*"))\(')
_MEMORY = re.compile(r"^(\s*(?:%[-\w.$]+\s*=\s*load\s+[^,]+|store\s+.+?),\s*ptr\s+)([%@][-\w.$]+)(.*)$")
_RESULT_OF_CALL = re.compile(r"^(\s*%[-\w.$]+\s*=\s*(?:tail\s+)?call\s+(?:(?:noundef|signext|zeroext)\s+)*)"
                             r"(i\d+|ptr)(\s.*)$")
_GEP = re.compile(r"^(\s*%[-\w.$]+\s*=\s*)getelementptr\s+(?:inbounds\s+)?[^,]+,\s*ptr\s+(%[-\w.$]+)\s*,.*$")
_INTEGER = re.compile(r"\b(i8|i16|i32|i64) (-?\d+)\b")
_SECOND_CONSTANT = re.compile(r"^\s*%[-\w.$]+\s*=\s*[a-z]+"
                              r"(?:\s+(?:nsw|nuw|exact|disjoint|eq|ne|[su][lg][te]))*\s+(i\d+)\s+[%@][-\w.$]+\s*,\s*(-?\d+)\s*$")
_FRESH = re.compile(r"%lifted\.(\d+)\b")
_STORE = re.compile(r"^(\s*store\s+(?:volatile\s+)?)(\S+)\s+([^,]+)(,.*)$")
_SCALAR = re.compile(r"^(?:i\d+|ptr|float|double)$")
_STORE_TO = re.compile(r"\s*store\s+\S+\s+(%[-\w.$]+),\s*ptr\s+(%[-\w.$]+)")
_STORED_TO = re.compile(r"\s*store\s+[^,]+,\s*ptr\s+(%[-\w.$]+)")
_RETURN = re.compile(r"^(\s*ret\s+)(void|i\d+\s+\S+)\s*$")
_LABEL = re.compile(r"^[-\w.$]+:|^\d+:")
_LOCAL_NAME = re.compile(r"%[-\w.$]+")
_BINARY = {"add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "sdiv", "udiv", "srem", "urem"}
_CASTS = {"zext", "sext", "trunc", "bitcast", "ptrtoint", "inttoptr", "fptosi", "fptoui", "sitofp",
          "uitofp", "fpext", "fptrunc"}


@dataclass(frozen=True)
class Refinement:
    ir: str
    edits: tuple[str, ...]  # what was changed, in order
    differing: int  # instructions differing after the edits


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
    calls: tuple[str, ...] = ()  # the callee of every direct call, in order (a callee once per call)
    conditions: tuple[str, ...] = ()  # its branches', sets' and selects' conditions as icmp predicates
    fields: tuple[int, ...] = ()  # displacements off pointers in registers (`216(%rax)`): structure fields

    @classmethod
    def of(cls, snippet: str, function_name: str, family: str) -> _Facts:
        symbols: list[AsmSymbol] = [s for s in referenced_symbols(snippet, family) if s.name != function_name]
        operands = asm_operands(snippet, family)
        constants = sorted(set(operands.immediates[:MAX_CONSTANTS - 2]) | {0, 1}, key=lambda c: (abs(c), c))
        addressed = [s.name for s in symbols if not s.called]
        addressed += [f"{name}+{offset}" for name, offset in operands.offsets if name in addressed]
        called = tuple(s.name for s in symbols if s.called)
        instructions = list(asm_instructions(snippet, family))
        return cls(tuple(constants), called, tuple(addressed), frozenset(s.name for s in symbols if s.direct),
                   lift_structure.calls_made(instructions, called),
                   lift_structure.conditions(instructions), tuple(operands.fields))

    def declaration(self, symbol: str, called: bool) -> str:
        local = "dso_local " if symbol in self.direct else ""
        return f"declare {local}void @{symbol}(...)" if called else f"@{symbol} = external {local}global i8"


Differing = Callable[[str], int]  # instructions differing from the assembly's, of one function's listing


def refine(toolchain: Toolchain, snippet: str, function_name: str, ir: str, differing: Differing,
           differing_now: int, *, triple: str, budget_s: float, cancel: threading.Event | None = None,
           donors: tuple[str, ...] = (), levels: tuple[str, ...] = ("-O0", "-O2")) -> Refinement | None:
    """Edits to `ir` (which compiles, with `differing_now` instructions differing, as the judge
    measured it) that bring it closer to the assembly `snippet`, or None when no edit helps.
    `differing` counts the instructions of one function's llc listing that differ from the
    assembly's. `donors`: other candidates (modules) that compile, whose blocks may replace ours;
    `levels`: the llc levels each round's variants are compiled at (the closest listing counts)."""
    started = time.monotonic()
    if not re.fullmatch(r"[-\w.$]+", function_name):
        return None
    family = family_of(triple)
    if family not in ASM_FAMILIES:
        return None
    facts = _Facts.of(snippet, function_name, family)
    lines = ir.split("\n")
    best = differing_now
    done: list[str] = []
    replaced: set[str] = set()
    # one-operand rounds first (small, and what most candidates need); structural rounds when no
    # one-operand edit helps, then one-operand rounds again after a structural edit was kept
    structural = False
    while best > 0 and time.monotonic() - started < budget_s and not (cancel and cancel.is_set()):
        edits = _edits(lines, function_name, facts, donors, structural=structural)
        counts = _differing_each(toolchain, "\n".join(lines), function_name, edits, triple, differing,
                                 started + budget_s, levels) if edits else []
        scored = [(count, number) for number, count in enumerate(counts) if count is not None]
        if not scored or min(scored)[0] >= best:
            if structural:
                break
            structural = True
            continue
        structural = False
        best, number = min(scored)
        edit = edits[number]
        lines = _with_declarations(edit.lines, edit.declarations)
        done.append(edit.description)
        if edit.replaced_callee:
            replaced.add(edit.replaced_callee)
    if not done:
        return None
    lines = _typed_declarations(_drop_unused_declarations(lines, replaced), facts)
    return Refinement("\n".join(lines), tuple(done), best)


# ---- the edits ----


class _Value(NamedTuple):
    line: int  # where it is defined (the define line for a parameter)
    name: str
    kind: str  # its type
    alloca: bool
    slot: str | None = None  # an alloca's allocated type, when a scalar


@dataclass(frozen=True)
class _Function:
    """The function being refined, as the module's lines, and what every edit of a round shares."""

    lines: list[str]
    start: int  # the define line
    end: int  # the closing brace
    values: list[_Value]
    facts: _Facts
    fresh: str  # a name no value has: the one value an edit may add

    def edit(self, description: str, number: int, line: str, declarations: dict[str, str] | None = None,
             replaced_callee: str | None = None, inserted: tuple[int, list[str]] | None = None) -> _Edit:
        """`line` in place of line `number`, and `inserted` lines before line `inserted[0]` (<= number)."""
        lines = self.lines
        if inserted is None:
            edited = [*lines[:number], line, *lines[number + 1:]]
        else:
            at, added = inserted
            edited = [*lines[:at], *added, *lines[at:number], line, *lines[number + 1:]]
        return _Edit(f"line {number + 1}: {description}", edited, declarations or {}, replaced_callee)

    @functools.cached_property
    def uses(self) -> dict[str, list[int]]:
        """The lines that use each local name (`%x`, a label), its definition aside."""
        found: dict[str, list[int]] = {}
        for number in range(self.start + 1, self.end):
            code = code_of(self.lines[number])
            definition = LOCAL_DEFINITION.match(code)
            for name in set(_LOCAL_NAME.findall(definition.group(3) if definition else code)):
                found.setdefault(name, []).append(number)
        return found

    @functools.cached_property
    def pointer_bytes(self) -> int:
        """The module's pointer width in bytes, from its data layout (`p:32`: ARM, RISC-V 32)."""
        layout = next((line for line in self.lines if line.startswith("target datalayout")), "")
        return 4 if re.search(r"[-\"]p:32\b", layout) else 8

    def align_of(self, kind: str) -> int:
        """The ABI alignment of a scalar type: a stack slot's alignment decides its offset in the frame."""
        if kind == "ptr":
            return self.pointer_bytes
        if kind in ("float", "double"):
            return 4 if kind == "float" else 8
        return max(1, int(kind[1:]) // 8)

    def replaced(self, description: str, lines: list[str],
                 declarations: dict[str, str] | None = None) -> _Edit:
        """The module as `lines` (a structural edit: lines inserted, deleted or moved)."""
        return _Edit(description, lines, declarations or {})

    def address_of(self, symbol: str) -> tuple[str, dict[str, str]]:
        """A global the assembly addresses (`g` or `g+8`) as a constant pointer, and its declaration."""
        base, _, offset = symbol.partition("+")
        text = f"getelementptr inbounds (i8, ptr @{base}, i64 {offset})" if offset else f"@{base}"
        return text, {base: self.facts.declaration(base, False)}


def _edits(lines: list[str], function_name: str, facts: _Facts, donors: tuple[str, ...] = (), *,
           structural: bool = False) -> list[_Edit]:
    """A round's edits: one-operand ones, or (`structural`) those of `lift_structure`."""
    scanned = next((s for s in scan_functions("\n".join(lines)) if s.function.is_definition
                    and s.function.token == function_name), None)
    if scanned is None:
        return []
    start, end = scanned.line, scanned.line + scanned.function.line_count
    taken = [int(n) for n in _FRESH.findall("\n".join(lines))]
    function = _Function(lines, start, end, _values(lines, start, end), facts,
                         f"%lifted.{max(taken, default=0) + 1}")
    limit = max(1, min(MAX_EDITS, MAX_VARIANT_LINES // (end - start + 1)))
    if structural:
        return lift_structure.edits(function, function_name, donors, limit)
    edits = [*_parameter_edits(function), *_added_parameter_edits(function)]
    block = start
    for number in range(start + 1, end):
        if len(edits) >= limit:  # each edit holds a copy of the module's lines: stop making them
            break
        code = code_of(lines[number])
        if _LABEL.match(code):
            block = number
            continue
        call = _CALL.match(code)
        if call:
            edits += _call_edits(function, number, code, call.end(), block)
        else:
            edits += _constant_edits(function, number, code)
            edits += _return_edits(function, number, code, block)
        memory = _MEMORY.match(code)
        if memory:
            edits += _address_edits(function, number, memory)
            edits += _field_address_edits(function, number, memory, block)
        gep = _GEP.match(code)
        if gep:
            edits += _field_edits(function, number, gep)
        store = _STORE.match(code)
        if store:
            edits += _stored_value_edits(function, number, store, block)
    return edits[:limit]


def _stored_value_edits(function: _Function, number: int, store: re.Match[str], block: int) -> list[_Edit]:
    """A stored value -> a value of the block, a constant the assembly names, or a fresh load of a
    stack slot."""
    head, kind, value, tail = store.groups()
    offered = [v.name for v in function.values if v.kind == kind and (v.alloca or block < v.line < number)]
    if kind.startswith("i"):
        offered += [str(c) for c in function.facts.constants]
    elif kind == "ptr":
        offered.append("null")
    edits = [function.edit(f"stored {value} -> {new}", number, f"{head}{kind} {new}{tail}")
             for new in offered if new != value]
    fresh = function.fresh
    edits += [function.edit(f"stored {value} -> a load of {v.name}", number, f"{head}{kind} {fresh}{tail}",
                            inserted=(number, [f"  {fresh} = load {kind}, ptr {v.name}"]))
              for v in function.values if v.slot == kind]
    return edits


def _address_edits(function: _Function, number: int, memory: re.Match[str]) -> list[_Edit]:
    """A load's or store's address -> a stack slot, or a global the assembly addresses."""
    head, address, tail = memory.groups()
    offered: list[tuple[str, str, dict[str, str]]] = [(v.name, v.name, {}) for v in function.values
                                                      if v.alloca]
    for symbol in function.facts.addressed:
        text, declarations = function.address_of(symbol)
        offered.append((text, f"@{symbol}", declarations))
    return [function.edit(f"address {address} -> {what}", number, head + text + tail, declarations)
            for text, what, declarations in offered if text != address]


def _field_edits(function: _Function, number: int, gep: re.Match[str]) -> list[_Edit]:
    """A getelementptr's indices -> a byte offset the assembly reads a field at (the answer's
    placeholder `i64 0`, or a structure index that is not the field's)."""
    head, base = gep.groups()
    return [function.edit(f"field of {base} -> offset {offset}", number,
                          f"{head}getelementptr inbounds i8, ptr {base}, i64 {offset}")
            for offset in function.facts.fields if f"i8, ptr {base}, i64 {offset}" not in gep.group(0)]


def _field_address_edits(function: _Function, number: int, memory: re.Match[str], block: int) -> list[_Edit]:
    """A load's or store's address -> a field (an offset the assembly reads at) of a pointer the block
    holds or of a fresh load of a pointer stack slot: the field access the answer left out."""
    if not function.facts.fields:
        return []
    head, address, tail = memory.groups()
    fresh = function.fresh
    # the block's two latest pointers (a round's edits are bounded: the nearest are the likely bases)
    nearest = [v.name for v in function.values
               if v.kind == "ptr" and not v.alloca and block < v.line < number and v.name != address][-2:]
    # (the base as the description names it, its value, the lines that load it)
    bases: list[tuple[str, str, list[str]]] = [(name, name, []) for name in nearest]
    bases += [(f"a load of {v.name}", f"{fresh}.base", [f"  {fresh}.base = load ptr, ptr {v.name}"])
              for v in function.values if v.slot == "ptr"]
    return [function.edit(f"address {address} -> field {offset} of {what}", number, head + fresh + tail,
                          inserted=(number, [*loads, f"  {fresh} = getelementptr inbounds i8, ptr {base}, "
                                                     f"i64 {offset}"]))
            for what, base, loads in bases for offset in function.facts.fields]


def _constant_edits(function: _Function, number: int, code: str) -> list[_Edit]:
    """An integer constant operand -> one the assembly names (a typed one, `i32 1`, or the second
    operand of an arithmetic or compare, which takes the first's type: `add nsw i32 %3, 1`)."""
    matches = list(_INTEGER.finditer(code))
    if (second := _SECOND_CONSTANT.match(code)) is not None:
        matches.append(second)
    return [function.edit(f"{match.group(1)} {match.group(2)} -> {match.group(1)} {constant}", number,
                          code[:match.start(2)] + str(constant) + code[match.end(2):])
            for match in matches for constant in function.facts.constants if str(constant) != match.group(2)]


def _return_edits(function: _Function, number: int, code: str, block: int) -> list[_Edit]:
    """A returned value (or none) -> a constant the assembly names (`movs r0, #16`, `li a0, 2`,
    `movl $2, %eax` before the return), a fresh load of a stack slot at the slot's type (`lbu a0,
    -10(s0)` before the return: the function returns that local), a value of the block of another
    type, or the value extended to i64; the function's return type changed with it where it differs."""
    returned = _RETURN.match(code)
    if returned is None:
        return []
    head, value = returned.groups()
    kind, _, old = value.partition(" ")
    define = function.lines[function.start]

    def returning(new_kind: str, description: str, value: str, inserted: list[str] | None = None) -> _Edit:
        edited = function.edit(description, number, f"{head}{new_kind} {value}",
                               inserted=(number, inserted) if inserted else None)
        if new_kind != kind:
            edited.lines[function.start] = re.sub(r"\S+(?=\s+@[-\w.$]+\()", new_kind, define, count=1)
        return edited

    integer = kind if kind.startswith("i") else "i32"
    edits = [returning(integer, f"returned {old or 'nothing'} -> {constant}", str(constant))
             for constant in function.facts.constants if not re.fullmatch(r"-?\d+", old)]
    fresh = function.fresh
    for slot in function.values:
        if slot.slot is not None:
            edits.append(returning(slot.slot, f"returned {old or 'nothing'} -> a load of {slot.name}", fresh,
                                   [f"  {fresh} = load {slot.slot}, ptr {slot.name}, "
                                    f"align {function.align_of(slot.slot)}"]))
    # a value of the block of another type (the answer's return type was its guess: `call malloc`
    # and nothing after it returns the pointer)
    edits += [returning(v.kind, f"returned {old or 'nothing'} -> {v.name}", v.name)
              for v in function.values if not v.alloca and block < v.line < number and v.kind != kind
              and _SCALAR.match(v.kind)]
    # the value widened to 64 bits (`srai a1, a0, 31`, `asrs r1, r0, #31`, `cltq`: a long returned)
    if kind in ("i8", "i16", "i32") and old.startswith("%"):
        edits += [returning("i64", f"returned {old} -> {extension} to i64", fresh,
                            [f"  {fresh} = {extension} {kind} {old} to i64"])
                  for extension in ("sext", "zext")]
    return edits


def _parameter_edits(function: _Function) -> list[_Edit]:
    """The last parameter dropped, when all the function does with it is store it to a slot that
    nothing reads (a parameter the assembly does not have: it never spills its register)."""
    lines, start, end = function.lines, function.start, function.end
    parameters = [value.name for value in function.values if value.line == start]
    if not parameters:
        return []
    last = parameters[-1]

    def uses(name: str) -> list[int]:
        pattern = re.compile(rf"{re.escape(name)}(?![-\w.$])")
        return [n for n in range(start + 1, end) if pattern.search(code_of(lines[n]))]

    stored = uses(last)
    store = _STORE_TO.match(code_of(lines[stored[0]])) if len(stored) == 1 else None
    if store is None or store.group(1) != last or uses(store.group(2)) != sorted(
            [stored[0], *(v.line for v in function.values if v.alloca and v.name == store.group(2))]):
        return []
    define = lines[start]
    span = _parameter_span(define)
    if span is None:
        return []
    opening, closing = span
    kept = split_top_level(define[opening + 1:closing])[:-1]
    dropped = set(uses(store.group(2)))
    edited = [*lines[:start], define[:opening + 1] + ", ".join(kept) + define[closing:],
              *(line for n, line in enumerate(lines[start + 1:], start + 1) if n not in dropped)]
    return [_Edit(f"line {start + 1}: parameter {last} dropped (only stored to a slot nothing reads)",
                  edited, {})]


def _added_parameter_edits(function: _Function) -> list[_Edit]:
    """A parameter added after the others and spilled to a new stack slot after theirs, as clang -O0
    spills every parameter (a parameter the answer left out: the assembly stores its register)."""
    lines, start, end = function.lines, function.start, function.end
    parameters = {value.name for value in function.values if value.line == start}
    entry_end = next((n for n in range(start + 1, end) if _LABEL.match(code_of(lines[n]))), end)
    allocas = [v.line for v in function.values if v.alloca and v.line < entry_end]
    spills = [n for n in range(start + 1, entry_end)
              if (store := _STORE_TO.match(code_of(lines[n]))) and store.group(1) in parameters]
    define = lines[start]
    span = _parameter_span(define)
    if not allocas or not spills or span is None or "..." in define[span[0]:span[1]]:
        return []
    opening, closing = span
    listed = split_top_level(define[opening + 1:closing])
    name, slot = function.fresh, f"{function.fresh}.slot"
    edits = []
    # the spill's width shows in the assembly (`strb r1, [r7, #-17]`, `movw %si, -6(%rbp)`): char and
    # short parameters too; where pointers are 32 bits, an i64 takes two registers, which the
    # assembly's two spills more often mean as two i32 parameters (added one at a time)
    kinds = ("ptr", "i32", "i16", "i8") if function.pointer_bytes == 4 else ("ptr", "i64", "i32", "i16", "i8")
    for kind in kinds:
        align = function.align_of(kind)
        header = define[:opening + 1] + ", ".join([*listed, f"{kind} {name}"]) + define[closing:]
        edited = [*lines[:start], header]
        for number in range(start + 1, len(lines)):
            edited.append(lines[number])
            if number == max(allocas):
                edited.append(f"  {slot} = alloca {kind}, align {align}")
            if number == max(spills):
                edited.append(f"  store {kind} {name}, ptr {slot}, align {align}")
        edits.append(_Edit(f"line {start + 1}: parameter {kind} {name} added (spilled like the others)",
                           edited, {}))
    # the answer's slot for it, which nothing stores to (the answer allocated it, then forgot the
    # parameter): spilled there, so that the frame keeps its size
    stored = {m.group(1) for n in range(start + 1, end) if (m := _STORED_TO.match(code_of(lines[n])))}
    for slot_value in (v for v in function.values if v.slot is not None and v.name not in stored):
        kind = slot_value.slot or ""
        header = define[:opening + 1] + ", ".join([*listed, f"{kind} {name}"]) + define[closing:]
        spill = f"  store {kind} {name}, ptr {slot_value.name}, align {function.align_of(kind)}"
        edited = [*lines[:start], header, *lines[start + 1:max(spills) + 1], spill, *lines[max(spills) + 1:]]
        edits.append(_Edit(f"line {start + 1}: parameter {kind} {name} added, spilled to {slot_value.name}",
                           edited, {}))
    return edits


def _call_edits(function: _Function, number: int, code: str, after_call: int, block: int) -> list[_Edit]:
    """A call's arguments (added, dropped, replaced by a constant, a global, a value of the block or a
    fresh load of a stack slot) and its callee (another function the assembly calls, or the function
    pointer held in a global it addresses)."""
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
    facts, fresh = function.facts, function.fresh
    in_block = {v.name: v.line for v in function.values if block < v.line < number}
    edits: list[_Edit] = []

    def called_with(new: list[str], what: str, declarations: dict[str, str] | None = None,
                    inserted: tuple[int, list[str]] | None = None) -> None:
        edits.append(function.edit(f"call {callee}: {what}", number, head + ", ".join(new) + tail,
                                   declarations, inserted=inserted))

    def offered(kind: str) -> list[tuple[str, dict[str, str]]]:
        found: list[tuple[str, dict[str, str]]] = [(f"{t} {c}", {}) for t in ("i32", "i64")
                                                   for c in facts.constants]
        found.append(("ptr null", {}))
        for symbol in facts.addressed:
            text, declarations = function.address_of(symbol)
            found.append((f"ptr {text}", declarations))
        # a value of the block at its own type (the call carries its function type: the answer's
        # argument type may be the wrong one)
        found += [(f"{v.kind} {v.name}", {}) for v in function.values
                  if (v.kind == kind and v.alloca) or v.name in in_block]
        return found

    for kind in ("i32", "i64", "ptr"):
        for value, declarations in offered(kind):
            called_with([*arguments, value], f"argument {value} added", declarations)
    # the result of an earlier call of the block that nothing uses, at the type the argument needs (its
    # call retyped with it: the answer guessed the callee's return type)
    for result in function.values:
        definition = _RESULT_OF_CALL.match(code_of(function.lines[result.line]))
        if definition is None or result.name not in in_block or function.uses.get(result.name):
            continue
        for kind in ("ptr", "i64"):
            if kind != result.kind:
                lines = list(function.lines)
                lines[result.line] = definition.group(1) + kind + definition.group(3)
                lines[number] = head + ", ".join([*arguments, f"{kind} {result.name}"]) + tail
                edits.append(function.replaced(f"line {number + 1}: call {callee}: argument {kind} "
                                               f"{result.name} added (its call returns {kind})", lines))
    for spilled in function.values:
        if spilled.slot is not None:
            called_with([*arguments, f"{spilled.slot} {fresh}"], f"argument added: a load of {spilled.name}",
                        inserted=(number, [f"  {fresh} = load {spilled.slot}, ptr {spilled.name}"]))
    if arguments:
        called_with(arguments[:-1], f"argument {arguments[-1]} dropped")
    for position, argument in enumerate(arguments):
        kind, name = argument.split()[0], argument.split()[-1]
        others = [*arguments[:position], None, *arguments[position + 1:]]
        for value, declarations in offered(kind):
            if value.split()[-1] != name:
                called_with([a or value for a in others], f"argument {position + 1} {name} -> {value}",
                            declarations)
        if kind[0] in "{[<":
            continue
        # a fresh load of a stack slot, among the argument loads in argument order
        at = min((in_block[a.split()[-1]] for a in arguments[position + 1:] if a.split()[-1] in in_block),
                 default=number)
        # at the argument's type, or at the slot's (the answer's argument type may be the wrong one)
        for alloca, loaded in ((v.name, t) for v in function.values if v.alloca
                               for t in dict.fromkeys((kind, v.slot or kind))):
            called_with([a or f"{loaded} {fresh}" for a in others],
                        f"argument {position + 1} {name} -> a load of {alloca}" +
                        (f" as {loaded}" if loaded != kind else ""),
                        inserted=(at, [f"  {fresh} = load {loaded}, ptr {alloca}"]))
    for symbol in facts.called:
        if f"@{symbol}" != callee:
            edits.append(function.edit(f"call {callee}: callee -> @{symbol}", number,
                                       code[:callee_match.start()] + f"@{symbol}" + code[opening:],
                                       {symbol: facts.declaration(symbol, True)}, callee[1:]))
    # a call through a function pointer held in a global: loaded where the assembly loads it, before
    # the arguments, or just before the call
    first = min((in_block[a.split()[-1]] for a in arguments if a.split()[-1] in in_block), default=number)
    through = code[:callee_match.start()] + fresh + code[opening:]
    for symbol in facts.addressed:
        address, declarations = function.address_of(symbol)
        for at in sorted({first, number}):
            edits.append(function.edit(f"call {callee}: callee -> the function pointer at @{symbol}", number,
                                       through, declarations, callee[1:],
                                       (at, [f"  {fresh} = load ptr, ptr {address}, "
                                             f"align {function.pointer_bytes}"])))
    return edits


def _values(lines: list[str], start: int, end: int) -> list[_Value]:
    """The parameters (at the define line) and the values the body defines whose type reads off the
    instruction."""
    found: list[_Value] = []
    define = code_of(lines[start])
    span = _parameter_span(define)
    if span is not None:
        for parameter in split_top_level(define[span[0] + 1:span[1]]):
            words = parameter.split()
            if len(words) >= 2 and words[-1].startswith("%"):
                found.append(_Value(start, words[-1], words[0], False))
    for number in range(start + 1, end):
        match = LOCAL_DEFINITION.match(code_of(lines[number]))
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
        slot = words[0] if opcode == "alloca" and words and _SCALAR.match(words[0]) else None
        if kind is not None and kind != "void":
            found.append(_Value(number, name, kind, opcode == "alloca", slot))
    return found


def _parameter_span(define: str) -> tuple[int, int] | None:
    """Where the define line's parameter list opens and closes."""
    opening = define.find("(", define.find("@"))
    closing = closing_bracket(define, opening) if opening >= 0 else None
    return (opening, closing) if closing is not None else None


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
    placeholders = {facts.declaration(symbol, True): symbol for symbol in facts.called}
    typed = []
    for line in lines:
        symbol = placeholders.get(line)
        declaration = declaration_for_call(code, symbol) if symbol is not None else None
        if symbol is not None and declaration is not None:
            local = "dso_local " if symbol in facts.direct else ""
            line = declaration.replace("declare ", f"declare {local}", 1)
        typed.append(line)
    return typed


def _drop_unused_declarations(lines: list[str], functions: set[str]) -> list[str]:
    """Without the `declare` lines of `functions` (callees an edit replaced) that nothing calls now."""
    text = "\n".join(lines)
    unused = {s.line for s in scan_functions(text)
              if s.function.is_declaration and s.function.token in functions
              and len(re.findall(rf"@{re.escape(s.function.token)}(?![-\w.$])", text)) == 1}
    return [line for number, line in enumerate(lines) if number not in unused]


# ---- compiling many variants at once ----


def _differing_each(toolchain: Toolchain, ir: str, function_name: str, edits: list[_Edit], triple: str,
                    differing: Differing, deadline: float, levels: tuple[str, ...]) -> list[int | None]:
    """Each edit's differing count; None where its variant does not compile (found by halving the
    batch) or time ran out."""
    if time.monotonic() > deadline:
        return [None] * len(edits)
    declarations = {symbol: text for edit in edits for symbol, text in edit.declarations.items()}
    counts = _compile_batch(toolchain, ir, function_name, [edit.lines for edit in edits], declarations,
                            triple, differing, levels)
    if counts is not None:
        return counts
    if len(edits) == 1:
        return [None]
    half = len(edits) // 2
    return [count for part in (edits[:half], edits[half:]) for count in
            _differing_each(toolchain, ir, function_name, part, triple, differing, deadline, levels)]


def _compile_batch(toolchain: Toolchain, ir: str, function_name: str, variants: list[list[str]],
                   declarations: dict[str, str], triple: str,
                   differing: Differing, levels: tuple[str, ...]) -> list[int | None] | None:
    """Each variant's function, renamed `<name>.variant<N>`, appended to `ir`; the fewest differing
    instructions of each over the llc `levels`, or None when the module does not compile."""
    module = [ir]
    declared = _declared(ir)
    module += [text for symbol, text in declarations.items() if symbol not in declared]
    for number, variant_lines in enumerate(variants):
        scanned = next((s for s in scan_functions("\n".join(variant_lines)) if s.function.is_definition
                        and s.function.token == function_name), None)
        if scanned is None:
            return None
        body = variant_lines[scanned.line:scanned.line + scanned.function.line_count + 1]
        body[0] = body[0].replace(f"@{function_name}(", f"@{function_name}.variant{number}(", 1)
        module += body
    text = "\n".join(module) + "\n"

    def listing(level: str) -> str | None:
        try:
            arguments = [level, f"-mtriple={triple}", *toolchain.codegen, "-o", "out.s"]
            result = run_tool(toolchain, "llc", arguments, stdin=text.encode("utf-8"), outputs=["out.s"])
        except (ToolFailure, ToolMissing):
            return None
        if not result.ok or "out.s" not in result.outputs:
            return None
        return result.outputs["out.s"].decode("utf-8", errors="replace")

    with ThreadPoolExecutor(max_workers=len(levels)) as pool:  # the levels side by side
        listings = list(pool.map(listing, levels))
    best: list[int | None] = [None] * len(variants)
    for found in listings:
        if found is None:
            return None
        lines = found.splitlines()
        for function in parse_asm(found).functions:  # one parse of the listing, not one per variant
            variant = _variant_number(function.name, function_name)
            if variant is not None and variant < len(variants):
                count = differing("\n".join(lines[function.start_line:function.end_line + 1]))
                previous = best[variant]
                best[variant] = count if previous is None else min(count, previous)
    return best


def _variant_number(name: str, function_name: str) -> int | None:
    prefix = f"{function_name}.variant"
    return int(name[len(prefix):]) if name.startswith(prefix) and name[len(prefix):].isdigit() else None
