"""A fast, tolerant index of GNU-syntax assembly text: where each function starts and ends.

Positions are 0-based lines; line ranges are inclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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


_ATT_SYMBOL = re.compile(r"(?<![\w.%@])([A-Za-z_.][\w.$]*)(@[A-Za-z]+)?")
_ATT_CALL = re.compile(r"^call[qlw]?$|^jmp[qlw]?$")


class AsmSymbol(NamedTuple):
    name: str
    called: bool  # `callq f@PLT`, a tail `jmp f`; else addressed (`g+8(%rip)`, `$g`, `callq *g(%rip)`)
    direct: bool  # referred to without @PLT / @GOTPCREL: the symbol is local to the module (dso_local)


def referenced_symbols(function_text: str) -> list[AsmSymbol]:
    """The symbols an x86 (AT&T syntax) function's instructions refer to, in order of first reference.
    Local labels (.L*) and registers are not symbols."""
    found: dict[str, AsmSymbol] = {}
    for raw in function_text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.endswith(":") or line.startswith("."):
            continue
        mnemonic, _, operands = line.replace("\t", " ").partition(" ")
        # `callq *hooks+8(%rip)` calls the function pointer held in a global: the global is addressed
        called = bool(_ATT_CALL.match(mnemonic)) and not operands.lstrip().startswith("*")
        for match in _ATT_SYMBOL.finditer(operands):
            symbol = match.group(1)
            if not symbol.startswith(".L") and symbol not in found:
                found[symbol] = AsmSymbol(symbol, called, match.group(2) not in ("@PLT", "@GOTPCREL"))
    return list(found.values())


_ATT_IMMEDIATE = re.compile(r"\$(-?(?:0x[0-9a-fA-F]+|\d+))\b")
_ATT_SYMBOL_OFFSET = re.compile(r"(?<![\w.%@$])([A-Za-z_][\w.$]*)\+(\d+)\b")


class AttOperands(NamedTuple):
    immediates: list[int]  # `$N` operands, in order of first appearance
    offsets: list[tuple[str, int]]  # `sym+N` (a field of a global), in order of first appearance


def att_operands(function_text: str) -> AttOperands:
    """The constants an x86 (AT&T syntax) function's instructions name: immediates, and offsets into
    symbols. Local labels (.L*) are not symbols."""
    immediates: dict[int, None] = {}
    offsets: dict[tuple[str, int], None] = {}
    for raw in function_text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.endswith(":") or line.startswith("."):
            continue
        for match in _ATT_IMMEDIATE.finditer(line):
            immediates.setdefault(int(match.group(1), 0))
        for match in _ATT_SYMBOL_OFFSET.finditer(line):
            offsets.setdefault((match.group(1), int(match.group(2))))
    return AttOperands(list(immediates), list(offsets))
