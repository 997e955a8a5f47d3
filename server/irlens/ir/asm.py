"""A fast, tolerant index of GNU-syntax assembly text: where each function starts and ends.

Positions are 0-based lines; line ranges are inclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass
class AsmFunction:
    name: str
    start_line: int  # the label line
    end_line: int  # the `.size` line, or the last line before the next function

    def contains(self, line: int) -> bool:
        return self.start_line <= line <= self.end_line


@dataclass
class AsmIndex:
    functions: list[AsmFunction]  # sorted by start line, not overlapping
    line_count: int
    _by_name: dict[str, AsmFunction] = field(default_factory=dict, init=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        for function in self.functions:
            self._by_name.setdefault(function.name, function)
        self._starts = [function.start_line for function in self.functions]

    def function_at(self, line: int) -> AsmFunction | None:
        position = bisect_right(self._starts, line) - 1
        if position >= 0 and self.functions[position].contains(line):
            return self.functions[position]
        return None

    def function_named(self, name: str) -> AsmFunction | None:
        return self._by_name.get(name)


# A symbol: plain, or quoted (`"my func é"`, with `\"` inside) as llc writes names that need it.
_ASM_NAME = r'(?:"(?:[^"\\\n]|\\.)*"|[^\s,"#;]+)'
_ASM_TYPE_RE = re.compile(r"^\s*\.type\s+(" + _ASM_NAME + r")\s*,\s*[@%#]?(function|gnu_indirect_function)\b")
_ASM_GLOBL_RE = re.compile(r"^\s*\.(?:globl|global)\s+(" + _ASM_NAME + ")")
_ASM_LABEL_RE = re.compile(r'^\s*([A-Za-z_.$][\w.$@]*|"(?:[^"\\\n]|\\.)*"):')
_ASM_SIZE_RE = re.compile(r"^\s*\.size\s+(" + _ASM_NAME + r")\s*,")


def _asm_symbol(token: str) -> str:
    """The symbol a (possibly quoted) assembler name stands for."""
    if len(token) >= 2 and token[0] == '"' and token[-1] == '"':
        return re.sub(r"\\(.)", r"\1", token[1:-1])
    return token


def parse_asm(text: str) -> AsmIndex:
    """Functions of a GNU-syntax assembly file: names from `.type f,@function` (or, for hand-written
    files without them, `.globl` names), starting at their label and ending at their `.size`."""
    typed: list[str] = []
    globl: list[str] = []
    labels: dict[str, int] = {}
    sizes: dict[str, int] = {}
    line_count = 0
    for number, line in enumerate(text.splitlines()):
        line_count = number + 1
        if match := _ASM_TYPE_RE.match(line):
            typed.append(_asm_symbol(match.group(1)))
        elif match := _ASM_GLOBL_RE.match(line):
            globl.append(_asm_symbol(match.group(1)))
        elif match := _ASM_SIZE_RE.match(line):
            sizes.setdefault(_asm_symbol(match.group(1)), number)
        elif match := _ASM_LABEL_RE.match(line):
            labels.setdefault(_asm_symbol(match.group(1)), number)

    names = typed or globl
    starts = sorted({(labels[name], name) for name in names if name in labels})
    functions: list[AsmFunction] = []
    for position, (start, name) in enumerate(starts):
        next_start = starts[position + 1][0] if position + 1 < len(starts) else line_count
        size_line = sizes.get(name)
        if size_line is not None and start <= size_line < next_start:
            end = size_line
        else:
            end = max(start, next_start - 1)
        functions.append(AsmFunction(name, start, end))
    return AsmIndex(functions, line_count)


def revised_asm(index: AsmIndex, old_text: str, new_text: str, start_line: int, end_line: int,
                inserted: str) -> AsmIndex | None:
    """The index of `new_text`, which is `old_text` with lines `start_line`..`end_line` (partly)
    replaced by `inserted`: re-scanning only those lines when they are inside one function's body and
    decide nothing about where functions are (no `.type`, `.globl`, `.size` or function label, before
    or after the edit); the functions after it move by the lines it added or removed. None otherwise
    (then the new text is parsed in full; the result is the same)."""
    function = index.function_at(start_line)
    if (function is None or start_line <= function.start_line or end_line > function.end_line
            or end_line >= index.line_count - 1):
        return None
    line_delta = inserted.count("\n") - (end_line - start_line)
    names = set(index._by_name)
    edited = [*_lines(old_text, start_line, end_line), *_lines(new_text, start_line, end_line + line_delta)]
    for line in edited:
        if len(line.splitlines()) > 1:  # parse_asm counts lines as str.splitlines does
            return None
        label = _ASM_LABEL_RE.match(line)
        if (_ASM_TYPE_RE.match(line) or _ASM_GLOBL_RE.match(line) or _ASM_SIZE_RE.match(line)
                or (label and _asm_symbol(label.group(1)) in names)):
            return None
    moved = [AsmFunction(f.name, f.start_line + (line_delta if f.start_line > end_line else 0),
                         f.end_line + (line_delta if f.end_line >= end_line else 0)) for f in index.functions]
    return AsmIndex(moved, index.line_count + line_delta)


def _lines(text: str, first: int, last: int) -> list[str]:
    """Lines `first`..`last` of `text`."""
    start = 0
    for _ in range(first):
        start = text.find("\n", start) + 1
        if start == 0:
            return []
    end = start
    for _ in range(last - first + 1):
        end = text.find("\n", end) + 1
        if end == 0:
            end = len(text) + 1
            break
    return text[start:end - 1].split("\n")


# Statements that make llvm-mc read a file: `.include`/`.incbin` (directive names are case-insensitive to
# it), and the two ways a macro can build such a directive from its arguments: `.altmacro` (parameters
# substituted without a backslash) and, inside `.macro`/`.irp`/`.irpc` bodies, a directive or mnemonic
# that is itself substituted (`.\d "/etc/passwd"` with `d` = incbin).
_FILE_DIRECTIVE = re.compile(r"\.(incbin|include|altmacro)\b(?:[ \t]*(\"[^\"\n]*\"|[^\s;,]+))?",
                             re.IGNORECASE)
_MACRO_BOUNDARY = re.compile(r"^[ \t]*\.(macro|irpc?|endm|endr)\b", re.IGNORECASE | re.MULTILINE)
_STATEMENT_HEAD = re.compile(r"(?:^|;)[ \t]*(?:[\w.$]+:[ \t]*)*([^\s,;]+)")


class FileReadingStatement(NamedTuple):
    line: int  # 0-based
    column: int
    message: str


def file_reading_statements(text: str) -> list[FileReadingStatement]:
    """The statements of an assembly text that would make the assembler read another file. irlens
    assembles only the document's own text (from stdin, in a private directory), so these are refused
    before any tool runs: `.include "/etc/passwd"` or `.incbin "/etc/shadow"` would otherwise show that
    file's errors or its size as the function's bytes."""
    found: list[FileReadingStatement] = []
    for match in _FILE_DIRECTIVE.finditer(text):
        line_number = text.count("\n", 0, match.start())
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1)
        directive = match.group(1)
        if directive.lower() == "altmacro":
            message = ("`.altmacro` is not assembled: its macros could build a directive that reads "
                       "another file")
        else:
            named = f" {match.group(2)}" if match.group(2) else ""
            message = (f"`.{directive}{named}` reads another file: irlens assembles only this document's "
                       "own text, so files named by .include/.incbin are not read (paste what is needed "
                       "here)")
        found.append(FileReadingStatement(line_number, column, message))
    if "\\" in text:
        for start, end in _macro_bodies(text):
            first_line = text.count("\n", 0, start)
            for offset, line in enumerate(text[start:end].split("\n")):
                for head in _STATEMENT_HEAD.finditer(line):
                    if "\\" in head.group(1):
                        found.append(FileReadingStatement(first_line + offset, head.start(1), (
                            f"`{head.group(1)}`: a directive or instruction built from macro arguments is "
                            "not assembled (it could be .include or .incbin, which read another file)")))
    return sorted(found)


def _macro_bodies(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the outermost `.macro`/`.irp`/`.irpc` bodies (an unclosed one runs to the
    end of the text)."""
    bodies: list[tuple[int, int]] = []
    depth, start = 0, 0
    for boundary in _MACRO_BOUNDARY.finditer(text):
        if boundary.group(1).lower().startswith(("macro", "irp")):
            if depth == 0:
                start = text.find("\n", boundary.end()) + 1 or len(text)
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                bodies.append((start, boundary.start()))
    if depth:
        bodies.append((start, len(text)))
    return bodies


_ATT_SYMBOL = re.compile(r"(?<![\w.%@])([A-Za-z_.][\w.$]*)(@[A-Za-z]+)?")
_ATT_CALL = re.compile(r"^call[qlw]?$|^jmp[qlw]?$")
_ATT_IMMEDIATE = re.compile(r"\$(-?(?:0x[0-9a-fA-F]+|\d+))\b")
_ATT_SYMBOL_OFFSET = re.compile(r"(?<![\w.%@$])([A-Za-z_][\w.$]*)\+(\d+)\b")
_A64_IMMEDIATE = re.compile(r"#(-?(?:0x[0-9a-fA-F]+|\d+))\b")
_A64_FRAME = re.compile(r"\b(?:sp|x29|fp)\b")
_A64_DISPLACEMENT = re.compile(r"\[\s*(x\d+)\s*,\s*#(\d+)\s*\]")
_A64_LO12_OFFSET = re.compile(r":lo12:([A-Za-z_][\w.$]*)\+(\d+)")
# a memory operand's displacement off a register other than the frame's: a field of a structure
_ATT_FIELD = re.compile(r"(?<![\w.$])(-?\d+)\(%(?!rbp\b|rsp\b|rip\b|ebp\b|esp\b)\w+")
_PLAIN_SYMBOL = re.compile(r"[A-Za-z_][\w.$]*")
# ARM/Thumb and RISC-V (ELF, as llc writes them): `movw r0, :lower16:g` / `lui a0, %hi(g)` address a
# global, `:lower16:(g+8)` / `%lo(g+8)` a field of it; `#N` / a bare number is a constant unless it is
# a frame offset (`[sp, #8]`, `[r7, #-4]`, `-12(s0)`).
_ARM_SYMBOL = re.compile(r":(?:lower|upper)16:\(?([A-Za-z_][\w.$]*)(?:\+(\d+))?\)?")
_RISCV_SYMBOL = re.compile(r"%(?:hi|lo|pcrel_hi|got_pcrel_hi)\(([A-Za-z_][\w.$]*)(?:\+(\d+))?\)")
_ARM_FRAME = re.compile(r"\[\s*(?:sp|r7|r11|fp)\b|\b(?:sp|r7)\s*,\s*#")
_RISCV_FRAME = re.compile(r"\((?:sp|s0|fp)\)|\b(?:sp|s0|fp)\s*,\s*(?:sp|s0|fp)\b")
_ARM_DISPLACEMENT = re.compile(r"\[\s*(?P<base>\w+)\s*,\s*#(?P<offset>-?\d+)\s*\]")
_RISCV_DISPLACEMENT = re.compile(r"(?<![\w)])(?P<offset>-?\d+)\((?P<base>\w+)\)")
# ARM/Thumb instructions whose first operand is not a register they write: stores, compares, branches
_WRITES_NO_REGISTER = re.compile(r"^(?:str[bhd]?|stm\w*|push|cmp|cmn|tst|teq|cbn?z|it\w*|"
                                 r"b(?:l|x|lx)?(?:eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al)?)"
                                 r"(?:\.w|\.n)?$")
# the runtime's helpers llc calls for what the target lacks (`__aeabi_idiv`, `__aeabi_i2f`, soft-float
# `__addsf3`, `__floatsisf`, 64-bit `__divdi3`): the code's operations, not symbols the function names
RUNTIME_HELPER = re.compile(r"__aeabi_\w+|__[a-z]+?(?:[sdtx][if]|[sdt]f[sdt]f)\d?")
_FRAME_REGISTERS = frozenset({"sp", "r7", "r11", "fp", "s0"})
_RISCV_IMMEDIATE = re.compile(r"(?<![\w.%(+-])(-?(?:0x[0-9a-fA-F]+|\d+))\b(?!\()")
_COMMENT = {"x86": "#", "riscv": "#", "arm": "@", "aarch64": "//"}
# whose operands are read here (AT&T x86, AArch64, ARM/Thumb and RISC-V ELF)
ASM_FAMILIES = ("x86", "aarch64", "arm", "riscv")


class AsmSymbol(NamedTuple):
    name: str
    # x86 `callq f@PLT`, a tail `jmp f`, AArch64 `bl f` / `b f`; else addressed (`g+8(%rip)`, `$g`,
    # `callq *g(%rip)`, `adrp x8, g`)
    called: bool
    # referred to without @PLT / @GOTPCREL / :got:: the symbol is local to the module (dso_local)
    direct: bool


class AsmOperands(NamedTuple):
    immediates: list[int]  # constants (x86 `$N`, AArch64 `#N` outside the frame), in order of first use
    offsets: list[tuple[str, int]]  # fields of globals (`g+8`, `adrp x8, g; ldr x8, [x8, #8]`), in order
    fields: list[int]  # displacements off a pointer held in a register (`216(%rax)`), in order


def asm_instructions(function_text: str, family: str) -> Iterator[tuple[str, str]]:
    """(mnemonic, operands) of each instruction line, comments dropped."""
    comment = _COMMENT[family]
    for raw in function_text.splitlines():
        line = raw.split(comment, 1)[0].strip()
        if line and not line.endswith(":") and not line.startswith("."):
            mnemonic, _, operands = line.replace("\t", " ").partition(" ")
            yield mnemonic, operands.strip()


def referenced_symbols(function_text: str, family: str = "x86") -> list[AsmSymbol]:
    """The symbols a function's instructions refer to, in order of first reference (`family`: one of
    ASM_FAMILIES). Local labels (.L*) and registers are not symbols."""
    found: dict[str, AsmSymbol] = {}
    for mnemonic, operands in asm_instructions(function_text, family):
        if family == "aarch64":
            symbol = _a64_symbol(operands.split(",")[-1]) if mnemonic in ("bl", "b", "adrp") else None
            if symbol is not None and symbol[0] not in found:
                found[symbol[0]] = AsmSymbol(symbol[0], mnemonic != "adrp", symbol[1])
            continue
        if family in ("arm", "riscv"):
            for name, called in _arm_riscv_symbols(mnemonic, operands, family):
                if not name.startswith(".L") and name not in found:
                    found[name] = AsmSymbol(name, called, True)  # bare metal: no PLT or GOT
            continue
        # `callq *hooks+8(%rip)` calls the function pointer held in a global: the global is addressed
        called = bool(_ATT_CALL.match(mnemonic)) and not operands.startswith("*")
        for match in _ATT_SYMBOL.finditer(operands):
            name = match.group(1)
            if not name.startswith(".L") and name not in found:
                found[name] = AsmSymbol(name, called, match.group(2) not in ("@PLT", "@GOTPCREL"))
    return [symbol for symbol in found.values() if not RUNTIME_HELPER.fullmatch(symbol.name)]


def _arm_riscv_symbols(mnemonic: str, operands: str, family: str) -> Iterator[tuple[str, bool]]:
    """(name, called) of the symbols of one ARM/Thumb or RISC-V instruction."""
    if mnemonic in (("bl", "b", "b.w", "blx") if family == "arm" else ("call", "tail", "jal", "j")):
        token = operands.split(",")[-1].strip()
        if _PLAIN_SYMBOL.fullmatch(token) and not (family == "riscv" and token in ("ra", "zero")):
            yield token, True
        return
    for match in (_ARM_SYMBOL if family == "arm" else _RISCV_SYMBOL).finditer(operands):
        yield match.group(1), False


def _a64_symbol(operand: str) -> tuple[str, bool] | None:
    """An AArch64 symbol operand (`f`, `:got:g`, `.Lg$local`) as (name, direct), or None."""
    token = operand.strip()
    direct = not token.startswith(":got:")
    token = token.removeprefix(":got:")
    if token.startswith(".L") and token.endswith("$local"):  # the module-local alias of a PIC symbol
        token = token[2:-len("$local")]
    return (token, direct) if _PLAIN_SYMBOL.fullmatch(token) else None


def asm_operands(function_text: str, family: str = "x86") -> AsmOperands:
    """The constants a function's instructions name (`family`: one of ASM_FAMILIES): immediates, and
    offsets into globals. Local labels (.L*) are not symbols; stack-frame offsets (AArch64, ARM,
    RISC-V) are not constants of the code."""
    immediates: dict[int, None] = {}
    offsets: dict[tuple[str, int], None] = {}
    fields: dict[int, None] = {}
    pages: dict[str, str] = {}  # register -> the global whose address it holds
    wide: dict[str, int] = {}  # ARM/RISC-V: register -> the upper part of a constant being built
    for mnemonic, operands in asm_instructions(function_text, family):
        if family == "x86":
            immediates.update((int(m.group(1), 0), None) for m in _ATT_IMMEDIATE.finditer(operands))
            offsets.update(((m.group(1), int(m.group(2))), None)
                           for m in _ATT_SYMBOL_OFFSET.finditer(operands))
            fields.update((int(m.group(1)), None) for m in _ATT_FIELD.finditer(operands) if int(m.group(1)))
            continue
        if family in ("arm", "riscv"):
            _arm_riscv_operands(mnemonic, operands, family, pages, wide, immediates, offsets, fields)
            continue
        parts = [part.strip() for part in operands.split(",")]
        symbol = _a64_symbol(parts[-1].removeprefix(":lo12:")) if len(parts) > 1 else None
        page = mnemonic == "adrp" or (mnemonic == "add" and parts[-1].startswith(":lo12:"))
        if symbol is not None and page:
            pages[parts[0]] = symbol[0]
        offsets.update(((m.group(1), int(m.group(2))), None) for m in _A64_LO12_OFFSET.finditer(operands))
        displaced = [m for m in _A64_DISPLACEMENT.finditer(operands)
                     if int(m.group(2)) and m.group(1) != "x29"]
        offsets.update(((pages[m.group(1)], int(m.group(2))), None) for m in displaced if m.group(1) in pages)
        fields.update((int(m.group(2)), None) for m in displaced if m.group(1) not in pages)
        if not _A64_FRAME.search(operands):
            immediates.update((int(m.group(1), 0), None) for m in _A64_IMMEDIATE.finditer(operands))
    if family == "riscv":  # a `lui` no `addi` completed is a constant of its own (`lui a0, 16`: 65536)
        immediates.update((_signed32(upper), None) for upper in wide.values())
    return AsmOperands(list(immediates), list(offsets), list(fields))


def _signed32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def _arm_riscv_operands(mnemonic: str, operands: str, family: str, pages: dict[str, str],
                        wide: dict[str, int], immediates: dict[int, None],
                        offsets: dict[tuple[str, int], None], fields: dict[int, None]) -> None:
    """What one ARM/Thumb or RISC-V instruction names (`asm_operands`): a constant, built in two
    halves where it does not fit one instruction (`movw r0, #22136; movt r0, #4660` and `lui a0, 74565;
    addi a0, a0, 1656`: 0x12345678), a global's address (`movw r0, :lower16:g`, `lui a0, %hi(g)`) and a
    field read off it (`ldr r0, [r0, #8]`, `lh a0, 8(a0)`: g+8), or a field of a pointer held in
    another register."""
    addressing = _ARM_SYMBOL if family == "arm" else _RISCV_SYMBOL
    parts = [part.strip() for part in operands.split(",")]
    target = parts[0] if parts else ""
    writes = not (_WRITES_NO_REGISTER.match(mnemonic) if family == "arm" else mnemonic in ("sw", "sh", "sb")
                  or mnemonic.startswith("b"))
    symbol = addressing.search(operands)
    offsets.update(((m.group(1), int(m.group(2))), None) for m in addressing.finditer(operands) if m.group(2))
    displacement = _ARM_DISPLACEMENT if family == "arm" else _RISCV_DISPLACEMENT
    for match in displacement.finditer(operands if symbol is None else ""):
        base, offset = match.group("base"), int(match.group("offset"))
        if offset and base not in _FRAME_REGISTERS:
            if base in pages:
                offsets[(pages[base], offset)] = None
            else:
                fields[offset] = None
    if symbol is not None:
        if mnemonic in ("movw", "movt", "lui", "addi", "auipc"):
            pages[target] = symbol.group(1)
        elif writes:
            pages.pop(target, None)
        return
    number = _A64_IMMEDIATE if family == "arm" else _RISCV_IMMEDIATE
    if family == "arm" and mnemonic in ("movw", "movt") and len(parts) == 2 and number.fullmatch(parts[1]):
        value = int(parts[1][1:], 0)
        if mnemonic == "movw":
            wide[target] = value
            immediates[value] = None
        elif target in wide:
            immediates.pop(wide[target], None)
            immediates[_signed32(value << 16 | wide.pop(target))] = None
        pages.pop(target, None)
        return
    if family == "riscv" and mnemonic == "lui" and len(parts) == 2 and number.fullmatch(parts[1]):
        wide[target] = int(parts[1], 0) << 12
        pages.pop(target, None)
        return
    if (family == "riscv" and mnemonic == "addi" and len(parts) == 3 and parts[1] == target in wide
            and number.fullmatch(parts[2])):
        immediates[_signed32(wide.pop(target) + int(parts[2], 0))] = None
        return
    if writes:
        pages.pop(target, None)
        wide.pop(target, None)
    frame = _ARM_FRAME if family == "arm" else _RISCV_FRAME
    if not frame.search(operands):
        plain = displacement.sub("", operands)  # a displacement is a field or a slot, not a constant
        immediates.update((int(m.group(1), 0), None) for m in number.finditer(plain))
