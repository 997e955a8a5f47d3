"""Refinement edits that make a lifted candidate compile, one parser or verifier error at a time.

Unlike the mechanical repairs (`irlens.lift.repairs`), these may change what the IR computes:
they guess what the model meant where the message names what is wrong, and the candidate they make is
then judged by llc like any other (and refined further) rather than trusted:

- `use of undefined value '%N'`: a value of the same type that the block defines and nothing uses
  (the model numbered it wrong), else a fresh load of a stack slot of that type, else a value of that
  type defined earlier in the block, else 0 / null; an undefined label: the next block; likewise a
  block's number used as a value (`defined with type 'label'`) and a value used as a label (`is not a
  basic block`, `instruction forward referenced with type 'label'`: every branch to it);
- `'%N' defined with type 'A' but expected 'B'`: a cast to B inserted before the use (sext/trunc,
  ptrtoint/inttoptr);
- `instruction does not dominate all uses`: a load the use cannot see is loaded again before it;
  another value is replaced as an undefined one;
- `expected instruction opcode` at a label or the closing brace (a block without a terminator): a
  branch to that label, or a return;
- `multiple definition of local value`: the later one renamed;
- a return of another type than the function's: cast.
"""

from __future__ import annotations

import re
import time

from irlens.ir.scan import BLOCK_LABEL, code_of, scan_functions
from irlens.toolchain.diagnostics import ToolDiagnostic, check_ir
from irlens.toolchain.discovery import Toolchain

# Errors fixed in one candidate, at most (each costs an llvm-as run).
MAX_FIXES = 10

_UNDEFINED = re.compile(r"use of undefined value '(%[-\w.$]+)'")
_MISTYPED = re.compile(r"'(%[-\w.$]+)' defined with type '([^']+)' but expected '([^']+)'")
_DOMINATE = re.compile(r"verifier: Instruction does not dominate all uses! (%[-\w.$]+) = (.*)$")
_REDEFINED = re.compile(r"multiple definition of local value named '([-\w.$]+)'")
_NOT_A_BLOCK = re.compile(r"'(%[-\w.$]+)' is not a basic block")
_FORWARD_LABEL = re.compile(r"instruction forward referenced with type 'label'")
_RETURN_TYPE = re.compile(r"value doesn't match function result type '([^']+)'")
_DEFINITION = re.compile(r"^\s*(%[-\w.$]+)\s*=\s*(.*)$")
_TYPE = re.compile(r"^(?:i\d+|ptr|float|double|half)$")
_OPERATION_TYPE = re.compile(r"^\s*%[-\w.$]+\s*=\s*(?:add|sub|mul|and|or|xor|shl|lshr|ashr|sdiv|udiv|srem|"
                             r"urem|icmp\s+\w+|select\s+i1\s+\S+,)\s*(?:(?:nsw|nuw|exact|disjoint)\s+)*(\S+)")
_BINARY = {"add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "sdiv", "udiv", "srem", "urem",
           "fadd", "fsub", "fmul", "fdiv"}
_CASTS = {"zext", "sext", "trunc", "bitcast", "ptrtoint", "sitofp", "uitofp", "fptosi", "fptoui", "fpext",
          "fptrunc"}
_ATTRIBUTES = {"noundef", "signext", "zeroext", "nonnull", "noalias", "nocapture", "readonly", "inreg"}
_RET = re.compile(r"^(\s*ret\s+)(\S+)\s+(.+?)\s*$")


def fix_to_compile(toolchain: Toolchain, ir: str, function_name: str, *,
                   deadline: float) -> tuple[str, tuple[str, ...]] | None:
    """`ir` edited until llvm-as and the verifier accept it, with the edits made; None when an error
    is not one of those fixed, more than MAX_FIXES are needed, or the deadline passes."""
    fixes: list[str] = []
    for _ in range(MAX_FIXES + 1):
        errors = [d for d in check_ir(toolchain, ir) if d.severity == "error"]
        if not errors:
            return (ir, tuple(fixes)) if fixes else None
        if len(fixes) == MAX_FIXES or time.monotonic() > deadline:
            return None
        fixed = fix_error(ir, errors[0], function_name)
        if fixed is None:
            return None
        ir = fixed[0]
        fixes.append(fixed[1])
    return None


def fix_error(ir: str, error: ToolDiagnostic, function_name: str) -> tuple[str, str] | None:
    """`ir` with the one error fixed, and what was done; None when it is not one fixed here."""
    lines = ir.split("\n")
    scanned = next((s for s in scan_functions(ir) if s.function.is_definition
                    and s.function.token == function_name), None)
    if scanned is None:
        return None
    start, end = scanned.line, scanned.line + scanned.function.line_count
    if not start <= error.line <= end:
        return None
    fresh = _fresh(ir)
    context = _Context(lines, start, end, error.line, fresh)
    message = error.message
    if match := _UNDEFINED.search(message):
        return context.undefined(match.group(1), error.column)
    if match := _MISTYPED.search(message):
        if match.group(2) == "label":  # a block's number used as a value: the model numbered it wrong
            return context.undefined(match.group(1), error.column)
        return context.cast(match.group(1), match.group(2), match.group(3), error.column)
    if match := _NOT_A_BLOCK.search(message):
        return context.undefined(match.group(1), error.column)
    if _FORWARD_LABEL.search(message):
        return context.label_defined_as_value()
    if match := _DOMINATE.search(message):
        return context.not_dominating(match.group(1), match.group(2))
    if match := _REDEFINED.search(message):
        return context.renamed(f"%{match.group(1)}")
    if match := _RETURN_TYPE.search(message):
        return context.return_cast(match.group(1))
    if "expected instruction opcode" in message:
        return context.terminated()
    return None


def _fresh(ir: str) -> str:
    taken = [int(n) for n in re.findall(r"%lifted\.(\d+)\b", ir)]
    return f"%lifted.{max(taken, default=0) + 1}"


class _Context:
    def __init__(self, lines: list[str], start: int, end: int, line: int, fresh: str) -> None:
        self.lines, self.start, self.end, self.line, self.fresh = lines, start, end, line, fresh

    def _with(self, replacement: str, inserted: list[str], description: str) -> tuple[str, str]:
        lines = self.lines
        edited = [*lines[:self.line], *inserted, replacement, *lines[self.line + 1:]]
        return "\n".join(edited), f"line {self.line + 1}: {description}"

    def _block_start(self) -> int:
        for number in range(self.line - 1, self.start, -1):
            if BLOCK_LABEL.match(code_of(self.lines[number])):
                return number
        return self.start

    def _definitions(self, first: int, last: int) -> list[tuple[int, str, str]]:
        """(line, name, type) of the values defined on lines first..last-1 whose type reads off them."""
        found = []
        for number in range(first, last):
            match = _DEFINITION.match(code_of(self.lines[number]))
            if match is None:
                continue
            kind = _result_type(match.group(2))
            if kind is not None:
                found.append((number, match.group(1), kind))
        return found

    def _used(self, name: str) -> bool:
        pattern = re.compile(rf"{re.escape(name)}(?![-\w.$])")
        for number in range(self.start + 1, self.end):
            code = code_of(self.lines[number])
            definition = _DEFINITION.match(code)
            if pattern.search(definition.group(2) if definition and definition.group(1) == name else code):
                return True
        return False

    def _replace_at(self, name: str, column: int, new: str) -> str:
        line = self.lines[self.line]
        if line[column:column + len(name)] != name:
            match = re.search(rf"{re.escape(name)}(?![-\w.$])", line)
            if match is None:
                return line
            column = match.start()
        return line[:column] + new + line[column + len(name):]

    def _type_at(self, column: int) -> str | None:
        code = code_of(self.lines[self.line])
        before = code[:column].rstrip().rstrip(",").split()
        while before and before[-1] in _ATTRIBUTES:  # `ptr noundef %19`
            before.pop()
        if before and _TYPE.match(before[-1]):
            return before[-1]
        match = _OPERATION_TYPE.match(code)
        return match.group(1) if match and _TYPE.match(match.group(1)) else None

    def undefined(self, name: str, column: int) -> tuple[str, str] | None:
        code = code_of(self.lines[self.line])
        if re.search(rf"label\s+{re.escape(name)}(?![-\w.$])", code):
            labels = [(n, f"%{m.group(1)}") for n in range(self.start + 1, self.end)
                      if (m := BLOCK_LABEL.match(code_of(self.lines[n])))]
            following = [label for n, label in labels if n > self.line] or [label for _, label in labels]
            if not following:
                return None
            return self._with(self._replace_at(name, column, following[0]), [],
                              f"undefined label {name} -> {following[0]}")
        kind = self._type_at(column)
        if kind is None:
            return None
        return self._replaced_value(name, kind, column, f"undefined {name}")

    def label_defined_as_value(self) -> tuple[str, str] | None:
        """The branches to `%N`, where the error's line defines %N as a value (the model numbered a
        block like a value defined later), sent to the block after each branch instead."""
        defined = _DEFINITION.match(code_of(self.lines[self.line]))
        if defined is None:
            return None
        name = defined.group(1)
        target = re.compile(rf"label\s+{re.escape(name)}(?![-\w.$])")
        labels = [(n, f"%{m.group(1)}") for n in range(self.start + 1, self.end)
                  if (m := BLOCK_LABEL.match(code_of(self.lines[n])))]
        edited = list(self.lines)
        for number in range(self.start + 1, self.end):
            following = [label for n, label in labels if n > number]
            if target.search(edited[number]) and following:
                edited[number] = target.sub(f"label {following[0]}", edited[number])
        if edited == self.lines:
            return None
        return "\n".join(edited), f"line {self.line + 1}: branches to {name}, a value, -> the next block"

    def _replaced_value(self, name: str, kind: str, column: int, what: str) -> tuple[str, str]:
        block = self._block_start()
        earlier = [d for d in self._definitions(block + 1, self.line) if d[2] == kind and d[1] != name]
        unused = [d for d in earlier if not self._used(d[1])]
        if unused:
            value = unused[-1][1]
            return self._with(self._replace_at(name, column, value), [], f"{what} -> {value} (unused)")
        slots = [(n, slot) for n, slot, _ in self._definitions(self.start + 1, self.end)
                 if re.match(rf"^\s*{re.escape(slot)}\s*=\s*alloca\s+{re.escape(kind)}\b",
                             code_of(self.lines[n]))]
        if slots:
            slot = self._recent_slot([s for _, s in slots])
            return self._with(self._replace_at(name, column, self.fresh),
                              [f"  {self.fresh} = load {kind}, ptr {slot}"], f"{what} -> a load of {slot}")
        if earlier:
            value = earlier[-1][1]
            return self._with(self._replace_at(name, column, value), [], f"{what} -> {value}")
        constant = "null" if kind == "ptr" else "0.0" if kind in ("float", "double", "half") else "0"
        return self._with(self._replace_at(name, column, constant), [], f"{what} -> {constant}")

    def _recent_slot(self, slots: list[str]) -> str:
        """The slot stored to last before the line (a value the code just wrote), else the first."""
        for number in range(self.line - 1, self.start, -1):
            code = code_of(self.lines[number])
            for slot in slots:
                if re.search(rf"^\s*store\b.*ptr\s+{re.escape(slot)}(?![-\w.$])", code):
                    return slot
        return slots[0]

    def cast(self, name: str, have: str, want: str, column: int) -> tuple[str, str] | None:
        opcode = _cast_opcode(have, want)
        if opcode is None:
            return None
        return self._with(self._replace_at(name, column, self.fresh),
                          [f"  {self.fresh} = {opcode} {have} {name} to {want}"],
                          f"{name} cast {have} -> {want} ({opcode})")

    def not_dominating(self, name: str, definition: str) -> tuple[str, str] | None:
        kind = _result_type(definition)
        load = re.match(r"load\s+(\S+),\s*ptr\s+(%[-\w.$]+)", definition)
        if load is not None:
            return self._with(self._replace_at(name, -1, self.fresh),
                              [f"  {self.fresh} = load {load.group(1)}, ptr {load.group(2)}"],
                              f"{name} (does not dominate) -> loaded again from {load.group(2)}")
        if kind is None:
            return None
        return self._replaced_value(name, kind, -1, f"{name} (does not dominate)")

    def renamed(self, name: str) -> tuple[str, str] | None:
        line = self.lines[self.line]
        match = _DEFINITION.match(code_of(line))
        if match is None or match.group(1) != name:
            return None
        return self._with(line.replace(name, self.fresh, 1), [], f"second definition of {name} renamed")

    def return_cast(self, want: str) -> tuple[str, str] | None:
        match = _RET.match(code_of(self.lines[self.line]))
        if match is None:
            return None
        head, have, value = match.groups()
        opcode = _cast_opcode(have, want)
        if opcode is None:
            return None
        cast = f"  {self.fresh} = {opcode} {have} {value} to {want}"
        return self._with(f"{head}{want} {self.fresh}", [cast], f"returned {have} cast to {want} ({opcode})")

    def terminated(self) -> tuple[str, str] | None:
        code = code_of(self.lines[self.line]).strip()
        label = BLOCK_LABEL.match(code)
        if label is not None:
            branch = f"br label %{label.group(1)}"
            return ("\n".join([*self.lines[:self.line], f"  {branch}", *self.lines[self.line:]]),
                    f"line {self.line + 1}: `{branch}` added")
        if code != "}" or self.line != self.end:
            return None
        define = code_of(self.lines[self.start])
        returned = define.split("@", 1)[0].split()[-1] if "@" in define else "void"
        if returned == "void":
            terminator = "ret void"
        elif _TYPE.match(returned):
            values = [d for d in self._definitions(self._block_start() + 1, self.line) if d[2] == returned]
            zero = "null" if returned == "ptr" else "0"
            terminator = f"ret {returned} {values[-1][1] if values else zero}"
        else:
            terminator = "unreachable"
        return "\n".join([*self.lines[:self.line], f"  {terminator}", *self.lines[self.line:]]), \
            f"line {self.line + 1}: `{terminator}` added"


def _result_type(instruction: str) -> str | None:
    """The type of what an instruction (after `%x = `) defines, where it reads off the text."""
    words = instruction.replace(",", " ").split()
    if not words:
        return None
    opcode = words[0]
    if opcode in ("alloca", "getelementptr", "inttoptr"):
        return "ptr"
    if opcode in ("icmp", "fcmp"):
        return "i1"
    if opcode == "load":
        kind = words[2] if len(words) > 2 and words[1] == "volatile" else words[1] if len(words) > 1 else None
        return kind if kind and _TYPE.match(kind) else None
    if " to " in instruction and opcode in _CASTS:
        kind = instruction.rsplit(" to ", 1)[1].split()[0]
        return kind if _TYPE.match(kind) else None
    flags = {"nsw", "nuw", "exact", "disjoint", "tail", "notail", "fast", "nnan", "ninf"}
    rest = [w for w in words[1:] if w not in flags]
    if (opcode in _BINARY or opcode in ("call", "phi", "freeze")) and rest and _TYPE.match(rest[0]):
        return rest[0]
    return None


def _cast_opcode(have: str, want: str) -> str | None:
    integer = re.compile(r"^i(\d+)$")
    a, b = integer.match(have), integer.match(want)
    if a and b:
        return "sext" if int(a.group(1)) < int(b.group(1)) else "trunc" if a.group(1) != b.group(1) else None
    if have == "ptr" and b:
        return "ptrtoint"
    if a and want == "ptr":
        return "inttoptr"
    return None
