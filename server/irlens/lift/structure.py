"""Structural refinement edits of a lifted function: instructions, calls and blocks inserted, deleted
or moved, values retyped, branches retargeted, blocks taken from another candidate.

`irlens.lift.refine` offers these beside its one-operand edits and judges them the same way
(every variant of a round compiled side by side, one llc run per level; an edit is kept only when the
count of differing instructions falls). What an edit inserts comes from the assembly or the function:
a call the assembly makes more often than the function (its arguments loads of the function's stack
slots), a store of a value nothing uses to a slot of its type, a stack slot of another integer width
(its loads and stores with the casts that width needs), an icmp predicate the assembly's conditional
jumps, sets or selects name (or its inverse or swap: codegen may branch on either), another block
order, a block of another compiling candidate with the same labels.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from irlens.ir.scan import BLOCK_LABEL, LOCAL_DEFINITION, code_of, scan_functions
from irlens.lift.repairs import renumber_function

if TYPE_CHECKING:
    from irlens.lift.refine import _Edit, _Function

# Blocks that may move, at most (a move swaps two neighbours; renumbering each variant costs).
MAX_MOVED_BLOCKS = 16
# Constants stored to a slot, at most per slot.
MAX_STORED_CONSTANTS = 4

_TERMINATOR = re.compile(r"^\s*(?:ret|br|switch|unreachable|indirectbr|resume)\b")
_CALLED = re.compile(r"\bcall\b[^@%]*@([-\w.$]+)\(")
_CONDITIONAL = re.compile(r"^(\s*br\s+i1\s+[^,]+,\s*)(label\s+%[-\w.$]+)(,\s*)(label\s+%[-\w.$]+)(.*)$")
_TARGET = re.compile(r"label\s+(%[-\w.$]+)")
_ICMP = re.compile(r"^(\s*%[-\w.$]+\s*=\s*icmp\s+)(eq|ne|[su][lg][te])\b")
_CAST = re.compile(r"^(\s*%[-\w.$]+\s*=\s*)(sext|zext)\b")
_LOAD = re.compile(r"^\s*(%[-\w.$]+)\s*=\s*load\s+(i\d+),\s*ptr\s+(%[-\w.$]+)(?:,\s*align\s+\d+)?\s*$")
_STORE = re.compile(r"^\s*store\s+(i\d+)\s+([^,]+),\s*ptr\s+(%[-\w.$]+)(?:,\s*align\s+\d+)?\s*$")
# a load or store of any address (a stack slot, a global, a field)
_ACCESS_LOAD = re.compile(r"^\s*(%[-\w.$]+)\s*=\s*load\s+(i\d+),\s*ptr\s+([%@][-\w.$]+)"
                          r"(?:,\s*align\s+\d+)?\s*$")
_ACCESS_STORE = re.compile(r"^\s*store\s+(i\d+)\s+([^,]+),\s*ptr\s+([%@][-\w.$]+)(?:,\s*align\s+\d+)?\s*$")
_ALLOCA = re.compile(r"^(\s*%[-\w.$]+\s*=\s*alloca\s+)(i\d+)(?:,\s*align\s+\d+)?\s*$")
_WIDTHS = ("i8", "i16", "i32", "i64")
_VALUE_TYPES = ("i8", "i16", "i32", "i64", "ptr")
_SCALAR_TYPE = re.compile(r"^(?:i8|i16|i32|i64|ptr|float|double)$")
# `%x = load T, ...` or `%x = call T @f(`: a result whose type the answer wrote
_RESULT = re.compile(r"^(\s*(%[-\w.$]+)\s*=\s*"
                     r"(?:load\s+|(?:tail\s+)?call\s+(?:(?:noundef|signext|zeroext)\s+)*))"
                     r"(i8|i16|i32|i64|ptr)\b(?=[,\s])")
# the uses that name a value's type next to it: a store's value, a call's argument (not a `ret`: the
# function's return type would have to change too)
_TYPED_USE = re.compile(r"^\s*(?:store\b|(?:%[-\w.$]+\s*=\s*)?(?:tail\s+)?call\b)")
# instructions whose operands lift_refine edits already, or that have none to edit here
_OWN_EDITS = re.compile(r"^\s*(?:store|call|br|switch)\b"
                        r"|^\s*%[-\w.$]+\s*=\s*(?:alloca|load|call|phi|getelementptr)\b")

# x86 condition codes (jcc, setcc, cmovcc) and AArch64 ones (b.cc, cset, csel...) as icmp predicates
_X86_CONDITIONS = {"e": "eq", "z": "eq", "ne": "ne", "nz": "ne", "l": "slt", "nge": "slt", "le": "sle",
                   "ng": "sle", "g": "sgt", "nle": "sgt", "ge": "sge", "nl": "sge", "b": "ult", "c": "ult",
                   "nae": "ult", "be": "ule", "na": "ule", "a": "ugt", "nbe": "ugt", "ae": "uge",
                   "nb": "uge", "nc": "uge"}
_A64_CONDITIONS = {"eq": "eq", "ne": "ne", "lt": "slt", "le": "sle", "gt": "sgt", "ge": "sge", "lo": "ult",
                   "cc": "ult", "ls": "ule", "hi": "ugt", "hs": "uge", "cs": "uge"}
# RISC-V's compare-and-branch (and its compare-with-zero forms) and set-less-than
_RISCV_CONDITIONS = {"beq": "eq", "beqz": "eq", "seqz": "eq", "bne": "ne", "bnez": "ne", "snez": "ne",
                     "blt": "slt", "bltz": "slt", "bgtz": "sgt", "slt": "slt", "slti": "slt", "bge": "sge",
                     "bgez": "sge", "blez": "sle", "bltu": "ult", "sltu": "ult", "sltiu": "ult",
                     "bgeu": "uge"}
_INVERSE = {"eq": "ne", "ne": "eq", "slt": "sge", "sge": "slt", "sle": "sgt", "sgt": "sle", "ult": "uge",
            "uge": "ult", "ule": "ugt", "ugt": "ule"}
_SWAPPED = {"eq": "eq", "ne": "ne", "slt": "sgt", "sgt": "slt", "sle": "sge", "sge": "sle", "ult": "ugt",
            "ugt": "ult", "ule": "uge", "uge": "ule"}


class Block(NamedTuple):
    label: str | None  # `%5`, `%for.body`; None for the entry block
    first: int  # its label line (the entry block: the line after the define)
    end: int  # the line after its last


def calls_made(instructions: list[tuple[str, str]], called: tuple[str, ...]) -> tuple[str, ...]:
    """The callee of each direct call among the assembly's (mnemonic, operands), in order."""
    made = []
    for mnemonic, operands in instructions:
        if mnemonic.startswith("call") or mnemonic in ("bl", "jmp", "b", "tail"):  # tail: RISC-V
            target = operands.split("@", 1)[0].strip()
            if target in called:
                made.append(target)
    return tuple(made)


def conditions(instructions: list[tuple[str, str]]) -> tuple[str, ...]:
    """The icmp predicates the assembly's condition codes name, with their inverses and swaps."""
    found: set[str] = set()
    for mnemonic, operands in instructions:
        code: str | None = None
        for prefix in ("j", "set", "cmov"):
            if mnemonic.startswith(prefix) and mnemonic != "jmp":
                condition = mnemonic[len(prefix):]  # `cmovll`: the condition `l`, then the size suffix
                code = _X86_CONDITIONS.get(condition) or (
                    _X86_CONDITIONS.get(condition[:-1]) if condition[-1:] in ("b", "w", "l", "q") else None)
                break
        if mnemonic.startswith("b."):
            code = _A64_CONDITIONS.get(mnemonic[2:])
        elif mnemonic in ("cset", "csel", "csinc", "cinc", "csetm"):
            code = _A64_CONDITIONS.get(operands.split(",")[-1].strip())
        elif re.fullmatch(r"it[te]{0,3}", mnemonic):  # Thumb-2 `it le` before a conditional `movle`
            code = _A64_CONDITIONS.get(operands.strip())
        elif mnemonic in ("cbz", "cbnz"):
            code = "eq" if mnemonic == "cbz" else "ne"
        elif mnemonic in _RISCV_CONDITIONS:
            code = _RISCV_CONDITIONS[mnemonic]
        elif mnemonic[:1] == "b" and mnemonic.removesuffix(".w")[1:] in _A64_CONDITIONS:  # ARM/Thumb `bne`
            code = _A64_CONDITIONS[mnemonic.removesuffix(".w")[1:]]
        if code is not None:
            found |= {code, _INVERSE[code], _SWAPPED[code], _SWAPPED[_INVERSE[code]]}
    return tuple(sorted(found))


def blocks(lines: list[str], start: int, end: int) -> list[Block]:
    """The function's basic blocks (`start`: its define line, `end`: its closing brace)."""
    found: list[Block] = []
    label: str | None = None
    first = start + 1
    for number in range(start + 1, end):
        match = BLOCK_LABEL.match(code_of(lines[number]))
        if match:
            found.append(Block(label, first, number))
            label, first = f"%{match.group(1)}", number
    found.append(Block(label, first, end))
    return [block for block in found if block.label is not None or block.end > block.first]


def edits(function: _Function, function_name: str, donors: tuple[str, ...], limit: int) -> list[_Edit]:
    """The structural edits of the function, at most `limit`: taken from each kind in turn, so that
    no kind with many edits (calls at every position) crowds out the others."""
    kinds = [_branch_edits(function), _call_edits(function), _deleted_edits(function),
             _crossover_edits(function, function_name, donors), _retyped_edits(function),
             _retyped_value_edits(function), _retyped_parameter_edits(function),
             _access_width_edits(function), _loaded_through_edits(function),
             _operand_edits(function), _moved_edits(function), _block_edits(function),
             _stored_edits(function), _local_variable_edits(function)]  # the biggest change last: ties
    taken = [edit for turn in itertools.zip_longest(*kinds) for edit in turn if edit is not None]
    return taken[:limit]


# ---- helpers ----


def _uses(function: _Function, name: str) -> list[int]:
    """The lines of the function that use `name` (its definition aside)."""
    return function.uses.get(name, [])


def _instruction_lines(function: _Function) -> list[tuple[int, Block]]:
    """Each instruction line (labels and blank lines aside) with its block."""
    found = []
    for block in blocks(function.lines, function.start, function.end):
        for number in range(block.first, block.end):
            code = code_of(function.lines[number]).strip()
            if code and not BLOCK_LABEL.match(code):
                found.append((number, block))
    return found


def _renumbered(function: _Function, lines: list[str]) -> list[str]:
    """The module with the function's unnamed values renumbered in order of definition (after a
    move, their numbers must increase again)."""
    end = function.end + len(lines) - len(function.lines)
    body = [line + "\n" for line in lines[function.start:end + 1]]
    renumbered = renumber_function(body)
    if renumbered is None:
        return lines
    return [*lines[:function.start], *(line.rstrip("\n") for line in renumbered), *lines[end + 1:]]


# ---- branches and conditions ----


def _branch_edits(function: _Function) -> list[_Edit]:
    """A conditional branch's targets swapped, an unconditional one sent to another block, an icmp
    predicate replaced by one the assembly's condition codes name."""
    labels = [b.label for b in blocks(function.lines, function.start, function.end) if b.label is not None]
    found = []
    for number in range(function.start + 1, function.end):
        code = code_of(function.lines[number])
        conditional = _CONDITIONAL.match(code)
        if conditional:
            head, first, comma, second, tail = conditional.groups()
            found.append(function.edit(f"branch targets swapped ({first}, {second})", number,
                                       f"{head}{second}{comma}{first}{tail}"))
        elif re.match(r"^\s*br\s+label\s+%", code):
            target = _TARGET.search(code)
            assert target is not None
            found += [function.edit(f"branch {target.group(1)} -> {label}", number,
                                    code[:target.start(1)] + label + code[target.end(1):])
                      for label in labels if label != target.group(1)]
            found += [function.edit(f"branch {target.group(1)} -> `{returned}`", number, f"  {returned}")
                      for returned in _returns(function, number)]
        icmp = _ICMP.match(code)
        if icmp:
            found += [function.edit(f"icmp {icmp.group(2)} -> {predicate}", number,
                                    icmp.group(1) + predicate + code[icmp.end(2):])
                      for predicate in function.facts.conditions if predicate != icmp.group(2)]
    return found


# ---- operands of other instructions ----


def _operand_edits(function: _Function) -> list[_Edit]:
    """An operand of an arithmetic, compare, cast or return (calls and stores have their own edits)
    -> another value of its type that the block or the entry block defines before it."""
    lines = function.lines
    listed = blocks(lines, function.start, function.end)
    entry = listed[0]
    found = []
    for number, block in _instruction_lines(function):
        code = code_of(lines[number])
        if _OWN_EDITS.match(code):
            continue
        visible = [v for v in function.values if not v.alloca and v.line < number and (
            v.line == function.start or block.first <= v.line or entry.first <= v.line < entry.end)]
        defined = LOCAL_DEFINITION.match(code)
        for operand in re.finditer(r"\b(i\d+|ptr) (%[-\w.$]+)", code[defined.end(2) if defined else 0:]):
            at = (defined.end(2) if defined else 0) + operand.start(2)
            for value in visible:
                if value.kind == operand.group(1) and value.name != operand.group(2):
                    found.append(function.edit(f"operand {operand.group(2)} -> {value.name}", number,
                                               code[:at] + value.name + code[at + len(operand.group(2)):]))
    return found


def _returns(function: _Function, number: int) -> list[str]:
    """Returns that may end the block of line `number`: of a value of the function's type defined
    before it, of a constant the assembly names."""
    define = code_of(function.lines[function.start])
    returned = define.split("@", 1)[0].split()[-1] if "@" in define else "void"
    if returned == "void":
        return ["ret void"]
    found = [f"ret {returned} {v.name}" for v in function.values
             if v.kind == returned and not v.alloca and v.line < number]
    if returned.startswith("i"):
        found += [f"ret {returned} {c}" for c in function.facts.constants]
    return found


# ---- retyping ----


def _retyped_edits(function: _Function) -> list[_Edit]:
    """A stack slot of another integer width (its loads and stores with the casts that width needs:
    the assembly's `movl` where the candidate has `movq`), and sext <-> zext."""
    lines, start, end = function.lines, function.start, function.end
    found = []
    for number in range(start + 1, end):
        cast = _CAST.match(code_of(lines[number]))
        if cast:
            other = "zext" if cast.group(2) == "sext" else "sext"
            code = code_of(lines[number])
            found.append(function.edit(f"{cast.group(2)} -> {other}", number, cast.group(1) + other
                                       + code[cast.end(2):]))
    for number in range(start + 1, end):
        alloca = _ALLOCA.match(code_of(lines[number]))
        if alloca is None:
            continue
        slot = code_of(lines[number]).split("=")[0].strip()
        accesses = _uses(function, slot)
        loads = {n: m for n in accesses if (m := _LOAD.match(code_of(lines[n]))) and m.group(3) == slot}
        stores = {n: m for n in accesses if (m := _STORE.match(code_of(lines[n]))) and m.group(3) == slot
                  and slot not in m.group(2)}
        if len(loads) + len(stores) != len(accesses) or not accesses:
            continue  # the slot's address escapes (a call, a getelementptr): its width is not ours to change
        width = alloca.group(2)
        for wider in _WIDTHS:
            if wider == width:
                continue
            for extension in ("sext", "zext") if int(wider[1:]) > int(width[1:]) else ("trunc",):
                found.append(_retyped_slot(function, number, alloca, slot, loads, stores, wider, extension))
    return found


def _retyped_value_edits(function: _Function) -> list[_Edit]:
    """A load's or a call's result of another type (`movl 4(%rax), %ecx` where the answer loads a
    pointer), with every use, each of which names the type (a stored value, an argument, the
    returned value of a function returning that type)."""
    lines = function.lines
    found = []
    for number in range(function.start + 1, function.end):
        code = code_of(lines[number])
        result = _RESULT.match(code)
        if result is None:
            continue
        name, kind = result.group(2), result.group(3)
        typed = _typed_use(kind, name)
        uses = _uses(function, name)
        if not uses or not all(_TYPED_USE.match(code_of(lines[n])) and typed.search(code_of(lines[n]))
                               for n in uses):
            continue
        for other in _VALUE_TYPES:
            if other == kind:
                continue
            edited = list(lines)
            edited[number] = code[:result.start(3)] + other + code[result.end(3):]
            for use in uses:
                edited[use] = typed.sub(other + r"\1", code_of(lines[use]))
            found.append(function.replaced(f"line {number + 1}: {name} retyped {kind} -> {other}", edited))
    return found


def _access_width_edits(function: _Function) -> list[_Edit]:
    """A load or store of one access at another integer width, the value extended or truncated to the
    type the function uses: the assembly's `ldrsb`/`lbu`/`movzbl` where the answer loads an i32 (or the
    reverse), its `strb`/`sh`/`movb` where the answer stores one."""
    lines = function.lines
    found = []
    for number in range(function.start + 1, function.end):
        code = code_of(lines[number])
        fresh = f"{function.fresh}.access"
        load = _ACCESS_LOAD.match(code)
        store = _ACCESS_STORE.match(code) if load is None else None
        if load is not None:
            name, width, address = load.groups()
            for other in _WIDTHS:
                narrower = int(other[1:]) < int(width[1:])
                for extension in ("sext", "zext") if narrower else ("trunc",):
                    if other == width:
                        continue
                    found.append(function.edit(
                        f"load {width} -> {other} ({extension})", number,
                        f"  {name} = {extension} {other} {fresh} to {width}",
                        inserted=(number, [f"  {fresh} = load {other}, ptr {address}, align "
                                           f"{function.align_of(other)}"])))
        elif store is not None:
            width, value, address = store.groups()
            for other in _WIDTHS:
                wider = int(other[1:]) > int(width[1:])
                for extension in ("sext", "zext") if wider else ("trunc",):
                    if other == width:
                        continue
                    found.append(function.edit(
                        f"store {width} -> {other} ({extension})", number,
                        f"  store {other} {fresh}, ptr {address}, align {function.align_of(other)}",
                        inserted=(number, [f"  {fresh} = {extension} {width} {value.strip()} to {other}"])))
    return found


def _loaded_through_edits(function: _Function) -> list[_Edit]:
    """A value loaded from a stack slot -> loaded through the pointer that slot holds, or at a field
    of it (`ldr r0, [sp]; ldr r0, [r0, #8]`, `lw a0, -16(s0); lw a0, 0(a0)`, `movq -8(%rbp), %rax;
    movl (%rax), %eax`: the answer read the pointer parameter's slot where the C code reads what it
    points to)."""
    lines = function.lines
    slots = {v.name for v in function.values if v.alloca}
    found = []
    for number in range(function.start + 1, function.end):
        load = _ACCESS_LOAD.match(code_of(lines[number]))
        if load is None or load.group(3) not in slots:
            continue
        name, kind, slot = load.groups()
        pointer = f"{function.fresh}.pointer"
        loaded = [f"  {pointer} = load ptr, ptr {slot}, align {function.pointer_bytes}"]
        found.append(function.edit(f"{name} loaded through the pointer in {slot}", number,
                                   f"  {name} = load {kind}, ptr {pointer}, align {function.align_of(kind)}",
                                   inserted=(number, loaded)))
        for offset in function.facts.fields[:4]:
            field = f"{function.fresh}.field"
            found.append(function.edit(
                f"{name} loaded from field {offset} of the pointer in {slot}", number,
                f"  {name} = load {kind}, ptr {field}, align {function.align_of(kind)}",
                inserted=(number, [*loaded, f"  {field} = getelementptr inbounds i8, ptr {pointer}, "
                                            f"i64 {offset}"])))
    return found


def _typed_use(kind: str, name: str) -> re.Pattern[str]:
    """`kind` written right before the value `name` (attributes between): `ptr noundef %8`."""
    return re.compile(rf"\b{re.escape(kind)}((?:\s+(?:noundef|signext|zeroext))*\s+{re.escape(name)})"
                      r"(?![-\w.$])")


def _retyped_parameter_edits(function: _Function) -> list[_Edit]:
    """A parameter of another type (`movsd %xmm0, -8(%rbp)` where the answer spills a pointer from
    %rdi), with its spill, its stack slot, the slot's loads and their uses, when that is all the
    function does with it and the loads' uses each name the type."""
    lines, start = function.lines, function.start
    found = []
    for parameter in (v for v in function.values if v.line == start and _SCALAR_TYPE.match(v.kind)):
        kind = parameter.kind
        uses = _uses(function, parameter.name)
        spill = re.match(rf"\s*store\s+{re.escape(kind)}\s+{re.escape(parameter.name)},\s*ptr\s+(%[-\w.$]+)",
                         code_of(lines[uses[0]])) if len(uses) == 1 else None
        slot = next((v for v in function.values if spill and v.name == spill.group(1) and v.slot == kind),
                    None)
        if spill is None or slot is None:
            continue
        load = re.compile(rf"\s*(%[-\w.$]+)\s*=\s*load\s+{re.escape(kind)},\s*ptr\s+{re.escape(slot.name)}"
                          r"(?:,\s*align\s+\d+)?\s*$")
        loads = {n: m.group(1) for n in _uses(function, slot.name)
                 if n != uses[0] and (m := load.match(code_of(lines[n])))}
        if len(loads) + 1 != len(_uses(function, slot.name)):
            continue
        loaded_uses = {n: name for name in loads.values() for n in _uses(function, name)}
        if not all(_TYPED_USE.match(code_of(lines[n])) and _typed_use(kind, name).search(code_of(lines[n]))
                   for n, name in loaded_uses.items()):
            continue
        for other in ("i32", "i64", "ptr", "double", "i16", "i8"):
            if other == kind:
                continue
            align = function.align_of(other)
            edited = list(lines)
            edited[start] = _typed_use(kind, parameter.name).sub(other + r"\1", lines[start], count=1)
            edited[slot.line] = f"  {slot.name} = alloca {other}, align {align}"
            edited[uses[0]] = f"  store {other} {parameter.name}, ptr {slot.name}, align {align}"
            for number, name in loads.items():
                edited[number] = f"  {name} = load {other}, ptr {slot.name}, align {align}"
            for number, name in loaded_uses.items():
                edited[number] = _typed_use(kind, name).sub(other + r"\1", code_of(edited[number]))
            found.append(function.replaced(f"line {start + 1}: parameter {parameter.name} retyped {kind} -> "
                                           f"{other} (with its slot {slot.name})", edited))
    return found


def _retyped_slot(function: _Function, alloca_line: int, alloca: re.Match[str], slot: str,
                  loads: dict[int, re.Match[str]], stores: dict[int, re.Match[str]], wider: str,
                  extension: str) -> _Edit:
    width = alloca.group(2)
    align = max(1, int(wider[1:]) // 8)
    narrowing = "trunc" if extension != "trunc" else "sext"  # a load back to the old width
    edited: list[str] = []
    for number, line in enumerate(function.lines):
        fresh = f"{function.fresh}.{number}"
        if number == alloca_line:
            edited.append(f"{alloca.group(1)}{wider}, align {align}")
        elif number in loads:
            edited += [f"  {fresh} = load {wider}, ptr {slot}, align {align}",
                       f"  {loads[number].group(1)} = {narrowing} {wider} {fresh} to {width}"]
        elif number in stores:
            value = stores[number].group(2).strip()
            if re.fullmatch(r"-?\d+", value):
                edited.append(f"  store {wider} {value}, ptr {slot}, align {align}")
            else:
                edited += [f"  {fresh} = {extension} {width} {value} to {wider}",
                           f"  store {wider} {fresh}, ptr {slot}, align {align}"]
        else:
            edited.append(line)
    return function.replaced(f"line {alloca_line + 1}: slot {slot} retyped {width} -> {wider} ({extension})",
                             edited)


# ---- instructions deleted or moved ----


def _deleted_edits(function: _Function) -> list[_Edit]:
    """An instruction deleted whose value nothing uses (a store, a call, a dead load): one the
    assembly does not have."""
    lines = function.lines
    found = []
    for number, _ in _instruction_lines(function):
        code = code_of(lines[number])
        if _TERMINATOR.match(code):
            continue
        defined = LOCAL_DEFINITION.match(code)
        if defined and _uses(function, defined.group(1)):
            continue
        found.append(function.replaced(f"line {number + 1}: deleted `{code.strip()}`",
                                       [*lines[:number], *lines[number + 1:]]))
    return found


def _moved_edits(function: _Function) -> list[_Edit]:
    """Two neighbouring instructions of a block swapped (the second not using the first): the
    assembly's order of loads, stores and calls."""
    lines = function.lines
    found = []
    listed = _instruction_lines(function)
    for (first, block), (second, other) in itertools.pairwise(listed):
        if block != other or second != first + 1:
            continue
        one, two = code_of(lines[first]), code_of(lines[second])
        if _TERMINATOR.match(two) or " alloca " in one or " phi " in two or " phi " in one:
            continue
        defined = LOCAL_DEFINITION.match(one)
        if defined and re.search(rf"{re.escape(defined.group(1))}(?![-\w.$])", two):
            continue
        found.append(function.replaced(f"line {first + 1}: moved below line {second + 1}", _renumbered(
            function, [*lines[:first], lines[second], lines[first], *lines[second + 1:]])))
    return found


# ---- blocks ----


def _block_edits(function: _Function) -> list[_Edit]:
    """A block moved to another place (the assembly's block order: llc keeps the IR's at -O0), a block
    nothing branches to deleted, a block that only branches on deleted with its predecessors sent on."""
    lines, start, end = function.lines, function.start, function.end
    listed = blocks(lines, start, end)
    found = []
    head, tail = lines[:listed[0].end], lines[listed[-1].end:]
    movable = listed[1:MAX_MOVED_BLOCKS + 1]
    for position in range(len(movable) - 1):
        order = [*movable[:position], movable[position + 1], movable[position], *movable[position + 2:]]
        body = [line for b in order for line in lines[b.first:b.end]]
        moved, below = movable[position].label, movable[position + 1].label
        found.append(function.replaced(f"block {moved} moved below {below}",
                                       _renumbered(function, [*head, *body, *tail])))
    for block in listed[1:]:
        assert block.label is not None
        referenced = _uses(function, block.label)
        code = [code_of(lines[n]).strip() for n in range(block.first + 1, block.end)]
        code = [c for c in code if c]
        defined = [m.group(1) for c in code if (m := LOCAL_DEFINITION.match(c))]
        if any(n < block.first or n >= block.end for name in defined for n in _uses(function, name)):
            continue  # its values are used elsewhere
        removed = [*lines[:block.first], *lines[block.end:]]
        if not referenced:
            found.append(function.replaced(f"block {block.label} deleted (nothing branches to it)", removed))
        elif len(code) == 1 and (target := re.fullmatch(r"br\s+label\s+(%[-\w.$]+)", code[0])):
            pattern = re.compile(rf"label\s+{re.escape(block.label)}(?![-\w.$])")
            sent_on = [pattern.sub(f"label {target.group(1)}", line) for line in removed]
            found.append(function.replaced(f"block {block.label} deleted (branches to it go to "
                                           f"{target.group(1)})", sent_on))
    return found


# ---- calls and stores inserted ----


def _call_edits(function: _Function) -> list[_Edit]:
    """A call the assembly makes more often than the function inserted before a store, a call or a
    terminator, with no argument or with one loaded from a stack slot (the calls' other arguments are
    then one-operand edits); a call whose result is dropped given one, stored to a slot."""
    lines, start, end, facts = function.lines, function.start, function.end, function.facts
    text = "\n".join(code_of(lines[n]) for n in range(start + 1, end))
    have = Counter(_CALLED.findall(text))
    missing = [callee for callee, count in Counter(facts.calls).items() if count > have[callee]]
    slots = [v for v in function.values if v.slot is not None]
    found = []
    fresh = function.fresh
    positions = [n for n, _ in _instruction_lines(function)
                 if not re.search(r"=\s*(?:alloca|phi)\b", code_of(lines[n]))]
    for callee in missing:
        declarations = {callee: facts.declaration(callee, True)}
        for at in positions:
            found.append(function.replaced(f"line {at + 1}: call @{callee} inserted",
                                           [*lines[:at], f"  call void @{callee}()", *lines[at:]],
                                           declarations))
            for slot in slots:
                found.append(function.replaced(
                    f"line {at + 1}: call @{callee} inserted (argument: a load of {slot.name})",
                    [*lines[:at], f"  {fresh} = load {slot.slot}, ptr {slot.name}",
                     f"  call void @{callee}({slot.slot} {fresh})", *lines[at:]], declarations))
    for number, _ in _instruction_lines(function):
        code = code_of(lines[number])
        dropped = re.match(r"^(\s*)call\s+void\s+(@[-\w.$]+\(.*)$", code)
        if dropped is None or dropped.group(2).startswith("@llvm."):
            continue
        for slot in slots:
            found.append(function.replaced(
                f"line {number + 1}: the call's {slot.slot} result stored to {slot.name}",
                [*lines[:number], f"{dropped.group(1)}{fresh} = call {slot.slot} {dropped.group(2)}",
                 f"  store {slot.slot} {fresh}, ptr {slot.name}", *lines[number + 1:]]))
    return found


def _stored_edits(function: _Function) -> list[_Edit]:
    """A value nothing uses stored to a slot of its type after its definition (the assembly spills
    it), and a constant the assembly names stored to a slot before a block's terminator."""
    lines, start, facts = function.lines, function.start, function.facts
    slots = [v for v in function.values if v.slot is not None]
    found = []
    for value in function.values:
        if value.alloca or value.line == start or _uses(function, value.name):
            continue
        for slot in slots:
            if slot.slot == value.kind:
                found.append(function.replaced(
                    f"line {value.line + 1}: {value.name} stored to {slot.name}",
                    [*lines[:value.line + 1], f"  store {value.kind} {value.name}, ptr {slot.name}",
                     *lines[value.line + 1:]]))
    terminators = [n for n, _ in _instruction_lines(function) if _TERMINATOR.match(code_of(lines[n]))]
    for slot in slots:
        if slot.slot is None or not slot.slot.startswith("i"):
            continue
        for constant in facts.constants[:MAX_STORED_CONSTANTS]:
            for at in terminators:
                found.append(function.replaced(
                    f"line {at + 1}: store {slot.slot} {constant} to {slot.name} inserted",
                    [*lines[:at], f"  store {slot.slot} {constant}, ptr {slot.name}", *lines[at:]]))
    return found


def _local_variable_edits(function: _Function) -> list[_Edit]:
    """A value kept in a new stack slot, a local variable of the C code (`node = js_malloc(...)`): stored
    after its definition and loaded again before each use, as clang -O0 does (`movq %rax, -32(%rbp)`
    and `movq -32(%rbp), %rax` where the answer used the value itself)."""
    lines = function.lines
    entry_allocas = [v.line for v in function.values if v.alloca]
    if not entry_allocas:
        return []
    slot = f"{function.fresh}.local"
    found = []
    for value in function.values:
        if value.alloca or value.line <= max(entry_allocas) or not _SCALAR_TYPE.match(value.kind):
            continue
        uses = [n for n in _uses(function, value.name) if n > value.line]
        if len(uses) != len(_uses(function, value.name)):
            continue
        pattern = re.compile(rf"{re.escape(value.name)}(?![-\w.$])")
        edited: list[str] = []
        for number, line in enumerate(lines):
            if number in uses:
                reload = f"{function.fresh}.use{number}"
                edited += [f"  {reload} = load {value.kind}, ptr {slot}", pattern.sub(reload, line)]
                continue
            edited.append(line)
            if number == max(entry_allocas):
                edited.append(f"  {slot} = alloca {value.kind}")
            if number == value.line:
                edited.append(f"  store {value.kind} {value.name}, ptr {slot}")
        found.append(function.replaced(f"line {value.line + 1}: {value.name} kept in a new stack slot "
                                       "(a local variable)", edited))
    return found


# ---- crossover ----


def _crossover_edits(function: _Function, function_name: str, donors: tuple[str, ...]) -> list[_Edit]:
    """A block of another compiling candidate whose function has the same labels in the same order,
    its values renamed apart; taken when every value it uses from outside it is defined in ours too
    and nothing outside our block uses what our block defines."""
    lines, start, end = function.lines, function.start, function.end
    ours = blocks(lines, start, end)
    names = {v.name for v in function.values}
    found = []
    for number, donor in enumerate(donors, 1):
        donor_lines = donor.split("\n")
        scanned = next((s for s in scan_functions(donor) if s.function.is_definition
                        and s.function.token == function_name), None)
        if scanned is None:
            continue
        theirs = blocks(donor_lines, scanned.line, scanned.line + scanned.function.line_count)
        if len(theirs) < 2 or [b.label for b in theirs] != [b.label for b in ours]:
            continue
        for index, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
            taken = donor_lines[other.first:other.end]
            if [code_of(x).strip() for x in taken] == [code_of(x).strip()
                                                       for x in lines[mine.first:mine.end]]:
                continue
            defined_here = [m.group(1) for n in range(mine.first, mine.end)
                            if (m := LOCAL_DEFINITION.match(code_of(lines[n])))]
            if any(n < mine.first or n >= mine.end for name in defined_here
                   for n in _uses(function, name)):
                continue
            if index == 0 and any(" alloca " in x for x in taken):
                continue  # the entry block's slots are the function's
            renamed = _renamed_apart(taken, f"{function.fresh}.c{number}b{index}")
            used = set(re.findall(r"%[-\w.$]+", "\n".join(code_of(x) for x in renamed)))
            defined = {m.group(1) for x in renamed if (m := LOCAL_DEFINITION.match(code_of(x)))}
            labels = {b.label for b in ours}
            outside = {u for u in used - defined - labels if not u.startswith(function.fresh)}
            if not outside <= names - set(defined_here):
                continue
            found.append(function.replaced(f"block {mine.label or 'entry'} taken from candidate {number}",
                                           [*lines[:mine.first], *renamed, *lines[mine.end:]]))
    return found


def _renamed_apart(block: list[str], prefix: str) -> list[str]:
    """The block with the values it defines renamed `<prefix>.<n>` (uses inside it follow)."""
    defined = [m.group(1) for line in block if (m := LOCAL_DEFINITION.match(code_of(line)))]
    if not defined:
        return block
    mapping = {name: f"{prefix}.{n}" for n, name in enumerate(defined)}
    pattern = re.compile(r"%[-\w.$]+")
    return [pattern.sub(lambda m: mapping.get(m.group(0), m.group(0)), line) for line in block]
