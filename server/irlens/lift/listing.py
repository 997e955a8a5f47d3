"""Translating an x86-64 -O0 listing to LLVM IR, statement by statement (the "listing" candidate).

clang -O0 code is llc -O0's: FastISel selects each IR instruction on its own (a load folded into its
one user, a compare into its branch), the fast register allocator keeps values in registers within a
block and spills them across calls and blocks (`# 4-byte Spill` / `# 4-byte Reload`), and every local
and parameter lives in a stack slot off %rbp. So the listing is read back instruction by instruction:
each register holds an IR value, each access to a slot is a load or store of an alloca at the access's
width, arithmetic, compares, branches and calls are the IR instructions FastISel made them from.

What it rebuilds: the allocas in the order that gives the same frame offsets (the first alloca is the
highest address; types from the access widths, byte arrays where the gaps say so), the parameters from
their spills (in the order they are stored), integer and pointer arithmetic, sign and zero extensions,
field and array accesses as getelementptr, compares and branches, setcc, calls (arguments from the
registers set since the last call, `movb $N, %al` for a variadic callee, the result at the width it is
read), globals and `.L.str` constants, spilled values (reloaded in another block: a phi of the values
spilled at the end of each predecessor), scalar SSE loads, stores and arithmetic. A value used as an
address where it was defined as an integer is defined as a pointer on a second reading.

It refuses, with a reason, what is not an x86-64 -O0 listing (no `pushq %rbp; movq %rsp, %rbp`) and
any instruction or operand it does not read; the candidate it returns is judged like the model's
(`lifter.check_round_trip`), never trusted.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from irlens.toolchain.target import strip_comment

# The clang -O0 function attributes, as clang-19 writes them for x86-64.
ATTRIBUTES = (
    'noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" '
    '"no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" '
    '"target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic"'
)
MODULE_FLAGS = (
    '!llvm.module.flags = !{!0, !1, !2, !3, !4}\n!0 = !{i32 1, !"wchar_size", i32 4}\n'
    '!1 = !{i32 8, !"PIC Level", i32 2}\n!2 = !{i32 7, !"PIE Level", i32 2}\n'
    '!3 = !{i32 7, !"uwtable", i32 2}\n!4 = !{i32 7, !"frame-pointer", i32 2}\n'
)
# Readings of the listing: the second takes as pointers the values the first found used as addresses.
READINGS = 3
BlocksT = TypeVar("BlocksT")

_GPR = {}
for _names in (
    ("rax", "eax", "ax", "al"),
    ("rbx", "ebx", "bx", "bl"),
    ("rcx", "ecx", "cx", "cl"),
    ("rdx", "edx", "dx", "dl"),
    ("rsi", "esi", "si", "sil"),
    ("rdi", "edi", "di", "dil"),
    ("rbp", "ebp", "bp", "bpl"),
    ("rsp", "esp", "sp", "spl"),
):
    for _width, _name in zip((64, 32, 16, 8), _names, strict=True):
        _GPR[_name] = (_names[0], _width)
for _n in range(8, 16):
    for _width, _suffix in ((64, ""), (32, "d"), (16, "w"), (8, "b")):
        _GPR[f"r{_n}{_suffix}"] = (f"r{_n}", _width)
_ARG_REGS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")
_XMM_ARGS = tuple(f"xmm{n}" for n in range(8))
_SUFFIX_WIDTH = {"b": 8, "w": 16, "l": 32, "q": 64}
_INT_TYPE = {8: "i8", 16: "i16", 32: "i32", 64: "i64"}
_TYPE_BITS = {"i1": 1, "i8": 8, "i16": 16, "i32": 32, "i64": 64, "ptr": 64, "float": 32, "double": 64}
_JCC = {
    "e": "eq",
    "z": "eq",
    "ne": "ne",
    "nz": "ne",
    "l": "slt",
    "le": "sle",
    "g": "sgt",
    "ge": "sge",
    "b": "ult",
    "be": "ule",
    "a": "ugt",
    "ae": "uge",
    "nae": "ult",
    "nb": "uge",
    "c": "ult",
    "nc": "uge",
}
_FCMP = {"e": "oeq", "ne": "une", "a": "ogt", "ae": "oge", "b": "ult", "be": "ule", "p": "uno", "np": "ord"}
_BINARY = {
    "add": "add",
    "sub": "sub",
    "imul": "mul",
    "and": "and",
    "or": "or",
    "xor": "xor",
    "shl": "shl",
    "sal": "shl",
    "sar": "ashr",
    "shr": "lshr",
}
_FP_SUFFIX = {"float": "f32", "double": "f64"}
_SSE_BINARY = {"add": "fadd", "sub": "fsub", "mul": "fmul", "div": "fdiv"}
_MEMORY = re.compile(r"^(?P<disp>[^(]*)\((?P<base>%\w+)?(?:,(?P<index>%\w+)(?:,(?P<scale>\d+))?)?\)$")
_EXTEND = re.compile(r"^mov(?P<kind>[sz])(?P<src>[bwl])(?P<dst>[wlq])$")
_SPILL = re.compile(r"#\s*(\d+)-byte (Spill|Reload)")
_SYMBOL = re.compile(r"^[A-Za-z_.$][\w.$@]*$")
_ABSOLUTE = re.compile(r"^([A-Za-z_.$][\w.$]*)([+-]\d+)?$")  # a global's address in static code


class Unsupported(Exception):
    """An instruction or shape the translation does not read (the message says which)."""


@dataclass(frozen=True)
class Translation:
    ir: str | None
    problem: str | None  # why there is no IR


@dataclass
class Value:
    text: str  # an IR operand: %name, a constant, @global
    type: str
    origin: str = ""  # where it was defined (its key among the pointer definitions)
    call: int = -1  # a call's result whose type is fixed by its first reading (index into calls)
    scaled: tuple[Value, int] | None = None  # (index, element size) of an index scaled for a getelementptr
    frame: int | None = None  # the offset off %rbp it was loaded from
    difference: bool = False  # of two pointers


@dataclass
class Line:
    mnemonic: str
    operands: list[str]
    spill: str | None  # "Spill" / "Reload"
    note: str = ""  # llc's comment (`xmm0 = [6.0E+4,0.0E+0]`: the constant it loads)


@dataclass
class Block:
    label: str  # the listing's label (or a made-up one for %bb.N)
    lines: list[Line] = field(default_factory=list)
    successors: list[str] = field(default_factory=list)
    # a lowered switch ending the block: (the register compared, (case, target) in order, default)
    switch: tuple[str, list[tuple[int, str]], str] | None = None


@dataclass
class _Call:
    callee: str
    arguments: list[Value]
    variadic: bool
    returns: str = "void"
    result: str = ""


def translate_listing(
    asm_text: str, function_name: str, *, triple: str, datalayout: str | None
) -> Translation:
    """The IR of `function_name`'s x86-64 -O0 listing in `asm_text` (its snippet or the whole file), or
    why there is none."""
    return translate_with(lambda: _read_blocks(asm_text, function_name),
                          lambda blocks, pointers: _Reading(blocks, function_name, pointers),
                          triple, datalayout)


class Reading(Protocol):
    """One reading of a listing: the module it makes, and the values it found used as addresses."""

    pointers: set[str]

    def module(self, triple: str, datalayout: str | None) -> str: ...


def translate_with(read_blocks: Callable[[], BlocksT], reading: Callable[[BlocksT, set[str]], Reading],
                   triple: str, datalayout: str | None) -> Translation:
    """A target's translation: its blocks read, then read again while a reading finds values used as
    addresses that an earlier one defined as integers (at most READINGS times); what it refuses, or
    anything it misreads, a reason, never an exception."""
    try:
        blocks = read_blocks()
        pointers: set[str] = set()
        ir = ""
        for _ in range(READINGS):
            current = reading(blocks, pointers)
            ir = current.module(triple, datalayout)
            if current.pointers <= pointers:
                break
            pointers |= current.pointers
        return Translation(ir, None)
    except Unsupported as reason:
        return Translation(None, str(reason))
    except Exception as error:  # a listing that says something misread: a reason, never a crash
        return Translation(None, f"the listing could not be read: {error!r}")


def _read_blocks(asm_text: str, function_name: str) -> list[Block]:
    lines = asm_text.splitlines()
    start = next(
        (n for n, line in enumerate(lines) if line.split("#")[0].strip() == f"{function_name}:"), None
    )
    if start is None:
        raise Unsupported(f"no label {function_name}: in the listing")
    blocks: list[Block] = []
    current: Block | None = None
    for raw in lines[start + 1 :]:
        text = raw.strip()
        if text.startswith(".size") or text == ".cfi_endproc" or text.startswith(".Lfunc_end"):
            break
        block_comment = re.match(r"^#\s*%bb\.(\d+):", text)
        code = strip_comment(raw)
        if block_comment and not code:
            current = Block(f"bb{block_comment.group(1)}")
            blocks.append(current)
            continue
        if code.endswith(":"):
            current = Block(code[:-1])
            blocks.append(current)
            continue
        if not code or code.startswith("."):
            continue
        if current is None:
            current = Block("bb0")
            blocks.append(current)
        mnemonic, _, rest = code.replace("\t", " ").partition(" ")
        spill = _SPILL.search(raw)
        note = raw.partition("#")[2].strip()
        current.lines.append(
            Line(mnemonic, _split_operands(rest.strip()), spill.group(2) if spill else None, note)
        )
    blocks = [b for b in blocks if b.lines]
    if not blocks:
        raise Unsupported("the function has no instructions")
    first = blocks[0].lines
    if (
        len(first) < 2
        or (first[0].mnemonic, first[0].operands) != ("pushq", ["%rbp"])
        or (first[1].mnemonic, first[1].operands) != ("movq", ["%rsp", "%rbp"])
    ):
        raise Unsupported("not an x86-64 -O0 listing: it does not begin with pushq %rbp; movq %rsp, %rbp")
    del first[:2]
    for number, block in enumerate(blocks):
        last = block.lines[-1] if block.lines else None
        following = blocks[number + 1].label if number + 1 < len(blocks) else None
        jumps = [line for line in block.lines if line.mnemonic.startswith("j")]
        block.successors = [
            line.operands[0] for line in jumps if line.operands and _SYMBOL.match(line.operands[0])
        ]
        falls_through = last is None or not (last.mnemonic == "jmp" or last.mnemonic.startswith("ret"))
        if falls_through and following is not None:
            block.successors.append(following)
    return _switches(blocks)


def _switches(blocks: list[Block]) -> list[Block]:
    """The blocks with each compare chain of a lowered `switch` (`subl $C, %eax; je X; jmp Y`, Y
    reloading the value to compare it with the next case) folded into its first block's switch."""
    by_label = {b.label: b for b in blocks}
    folded: set[str] = set()
    for number, block in enumerate(blocks):
        tail = _case_compare(block, blocks, number, first=True)
        if tail is None or block.label in folded:
            continue
        register, constant, target, following = tail
        cases = [(constant, target)]
        chained = by_label.get(following)
        while chained is not None:
            step = _case_compare(chained, blocks, blocks.index(chained), first=False)
            if step is None or step[0] != register:
                break
            folded.add(chained.label)
            cases.append((step[1], step[2]))
            following = step[3]
            chained = by_label.get(following)
        cut = 3 if block.lines[-1].mnemonic == "jmp" else 2
        block.switch = (register, cases, following)
        block.lines = block.lines[:-cut]
        block.successors = [t for _, t in cases] + [following]
    return [b for b in blocks if b.label not in folded]


def _case_compare(
    block: Block, blocks: list[Block], number: int, *, first: bool
) -> tuple[str, int, str, str] | None:
    """(register, case, its target, the next block) of a block that ends `subl $C, %r; je X; [jmp Y]`
    (a chained one holds just the reload of the value and that), else None."""
    lines = block.lines
    jumps = 2 if lines and lines[-1].mnemonic == "jmp" else 1
    if len(lines) < jumps + 1 or (not first and len(lines) != jumps + 2):
        return None
    compare, equal = lines[-jumps - 1], lines[-jumps]
    if (
        len(compare.operands) != 2
        or equal.mnemonic not in ("je", "jne")
        or not compare.operands[1].startswith("%")
    ):
        return None
    zero = compare.mnemonic.startswith("test") and compare.operands[0] == compare.operands[1]  # case 0
    if not zero and not (compare.mnemonic.startswith("sub") and compare.operands[0].startswith("$")):
        return None
    if not first and lines[0].spill != "Reload":
        return None
    following = (
        lines[-1].operands[0]
        if jumps == 2
        else (blocks[number + 1].label if number + 1 < len(blocks) else None)
    )
    if following is None:
        return None
    case = 0 if zero else int(compare.operands[0][1:], 0)
    if equal.mnemonic == "jne":  # `jne next; jmp case` is `je case; jmp next`
        return compare.operands[1], case, following, equal.operands[0]
    return compare.operands[1], case, equal.operands[0], following


def _split_operands(text: str) -> list[str]:
    operands, depth, current = [], 0, ""
    for char in text:
        if char == "," and depth == 0:
            operands.append(current.strip())
            current = ""
            continue
        depth += char == "("
        depth -= char == ")"
        current += char
    if current.strip():
        operands.append(current.strip())
    return operands


def _int_type(bits: int) -> str:
    return _INT_TYPE[bits]


class _Reading:
    """One reading of the listing into IR, with `known_pointers` (definitions used as addresses)."""

    def __init__(self, blocks: list[Block], name: str, known_pointers: set[str]) -> None:
        self.blocks = blocks
        self.name = name
        self.known_pointers = known_pointers
        self.pointers: set[str] = set()
        self.counter = 0
        self.body: list[str] = []
        self.calls: list[_Call] = []
        self.globals: dict[str, str] = {}  # name -> its declaration
        self.callees: dict[str, str] = {}  # name -> its declaration
        self.local_callees: set[str] = set()  # called directly, not through the PLT
        self.stack_arguments: dict[int, Value] = {}  # by offset off %rsp, for the next call
        self.params: list[Value] = []
        self.regs: dict[str, Value] = {}
        # registers written since the block's start or the last call and not read since: the arguments
        self.written: list[str] = []
        self.flags: tuple[str, Value, Value] | None = None  # ("cmp"|"test"|"fcmp", left, right)
        self.spilled: dict[int, Value] = {}
        self.spill_out: dict[str, dict[int, Value]] = {}
        self.phis: list[tuple[str, int, str, str]] = []  # (block, slot, name, type)
        self.arrays: set[int] = set()
        self.casts: dict[tuple[str, str], Value] = {}  # the block's truncs and zexts, by (value, type)
        # the width of each parameter passed on the stack, by offset off %rbp (16: the 7th integer one)
        self.stack_params: dict[int, int] = {}
        self.slots = self._frame()
        self.ret_type = "void"
        # quotients and remainders, scaled indices: definitions dropped when nothing reads them
        self.droppable: list[str] = []
        self.block = blocks[0]
        self.position = ""  # block.line of the instruction read: the key of the values it defines
        self.skip_jump = False

    # ---- the frame ----

    def _frame(self) -> dict[int, tuple[str, str, int]]:
        """Stack slots by offset (negative), each (IR name, alloca type, size)."""
        widths: dict[int, int] = {}
        self.spill_slots: set[int] = set()
        addressed: set[int] = set()
        accessed: set[int] = set()
        for block in self.blocks:
            for line in block.lines:
                for operand in line.operands:
                    found = _MEMORY.match(operand)
                    if not found or found.group("base") != "%rbp":
                        continue
                    offset = int(found.group("disp") or "0", 0)
                    if offset >= 16 and not found.group("index"):  # a parameter passed on the stack
                        width = _access_bits(line) if line.mnemonic != "leaq" else 64
                        start = offset - offset % 8
                        self.stack_params[start] = max(self.stack_params.get(start, 0), width)
                    if offset >= 0:  # the return address, the caller's %rbp, the arguments on the stack
                        continue
                    if line.spill:
                        self.spill_slots.add(offset)
                        continue
                    indexed = line.mnemonic == "leaq" or bool(found.group("index"))  # an array's start
                    width = 0 if indexed else _access_bits(line) // 8
                    widths[offset] = max(widths.get(offset, 0), width)
                    (addressed if indexed else accessed).add(offset)
        slots: dict[int, tuple[str, str, int]] = {}
        end = 0
        for offset in sorted(widths, reverse=True):
            if offset in self.spill_slots:
                continue
            width = widths[offset]
            natural = -(-(end + width) // max(width, 1)) * max(width, 1) if width else 0
            name = f"%slot{-offset}"
            if width and natural == -offset:
                slots[offset] = (name, f"{_int_type(width * 8)}, align {width}", width)
            else:
                size = -offset - end
                align = min(16, -offset & offset)
                slots[offset] = (name, f"[{size} x i8], align {align}", size)
            end = -offset
        # slots only ever addressed, of more than a word: arrays (clang passes their decayed address)
        self.arrays = {o for o in addressed - accessed if o in slots and slots[o][2] > 8}
        return slots

    # ---- values ----

    def fresh(self, hint: str = "v") -> str:
        self.counter += 1
        return f"%{hint}{self.counter}"

    def emit(self, text: str) -> None:
        self.body.append(f"  {text}")

    def define(self, expression: str, type_: str, origin: str = "") -> Value:
        name = self.fresh()
        self.emit(f"{name} = {expression}")
        return Value(name, type_, origin)

    def settle(self, value: Value, type_: str) -> Value:
        """A call's result whose type is fixed now, by its first reading."""
        if value.call >= 0:
            call = self.calls[value.call]
            if type_ == "i64" and value.origin in self.known_pointers:
                type_ = "ptr"
            if call.returns == "void":
                call.returns = type_
                value.type = type_
            value.call = -1
        return value

    def as_type(self, value: Value, type_: str) -> Value:
        """`value` at `type_`: the cast llc makes no code for, or a trunc/ext of an integer."""
        value = self.settle(value, type_)
        have = value.type
        if have == type_:
            return value
        if _is_constant(value):
            return Value(_constant_as(value.text, type_), type_)
        if type_ == "ptr" and have == "i64":
            if value.origin:
                self.pointers.add(value.origin)
            return self.define(f"inttoptr i64 {value.text} to ptr", "ptr")
        if have == "ptr" and type_.startswith("i"):
            as_int = self.define(f"ptrtoint ptr {value.text} to i64", "i64")
            return self.as_type(as_int, type_)
        if have.startswith("i") and type_.startswith("i"):
            # one trunc or zext of a value per block: the register read twice at that width holds it once
            key = (value.text, type_)
            if key not in self.casts:
                cast = "trunc" if _TYPE_BITS[have] > _TYPE_BITS[type_] else "zext"
                self.casts[key] = self.define(f"{cast} {have} {value.text} to {type_}", type_)
            return self.casts[key]
        if have in ("float", "double") and type_ in ("float", "double"):
            raise Unsupported(f"a {have} read as {type_}")
        return self.define(f"bitcast {have} {value.text} to {type_}", type_)

    def register(self, name: str, bits: int | None = None, kind: str | None = None) -> Value:
        canonical, width = _GPR.get(name, (name, 128))
        value = self.regs.get(canonical)
        if canonical in self.written:  # read: a temporary, not an argument
            self.written.remove(canonical)
        if value is None:
            if canonical in _ARG_REGS or canonical in _XMM_ARGS:
                return self.parameter(canonical, width, kind)
            if name == "al" and self.block is self.blocks[0] and not self.calls:  # testb %al, %al
                raise Unsupported(
                    "a variadic function (its prologue saves the argument registers for va_start)"
                )
            raise Unsupported(f"reads %{name} before anything is in it")
        if canonical.startswith("xmm") or (value.type == "i1" and (bits or width) == 8):
            return value
        return (
            self.as_type(value, _int_type(bits or width))
            if value.type != "ptr" or (bits or width) != 64
            else value
        )

    def parameter(self, canonical: str, width: int, kind: str | None = None) -> Value:
        if self.block is not self.blocks[0] or self.calls:
            raise Unsupported(f"reads %{canonical} before anything is in it")
        origin = f"param:{canonical}"
        if canonical.startswith("xmm") and kind is None:
            raise Unsupported("a floating-point parameter whose width the listing does not say")
        type_ = kind or ("ptr" if width == 64 and origin in self.known_pointers else _int_type(width))
        value = Value(f"%p{len(self.params)}", type_, origin)
        self.params.append(value)
        self.regs[canonical] = value
        return value

    def set_register(self, name: str, value: Value) -> None:
        canonical = _GPR.get(name, (name, 128))[0]
        self.regs[canonical] = value
        self.written.append(canonical)

    # ---- operands ----

    def address(self, operand: str) -> Value:
        """The pointer a memory operand names (getelementptr where it has an offset or index)."""
        found = _MEMORY.match(operand)
        absolute = _ABSOLUTE.match(operand)
        if not found and absolute:  # static code: `g`, `arr+12`
            return self.offset(self.global_(absolute.group(1), local=True), int(absolute.group(2) or "0"))
        if not found:
            raise Unsupported(f"not a memory operand: {operand}")
        disp_text, base, index, scale = (
            found.group("disp"),
            found.group("base"),
            found.group("index"),
            found.group("scale"),
        )
        if base == "%rbp" and not index:
            return self.slot(int(disp_text or "0", 0))
        if base == "%rbp" and index:  # a local array's element: `-40(%rbp,%rax,2)`
            step = self.register(index[1:], 64)
            element = _int_type(int(scale or 1) * 8)
            start = self.slot(int(disp_text or "0", 0))
            return self.define(f"getelementptr inbounds {element}, ptr {start.text}, i64 {step.text}", "ptr")
        if base == "%rsp" and not index:
            raise Unsupported(f"an address on the outgoing stack ({operand})")
        if base == "%rip":
            symbol, _, plus = disp_text.partition("+")
            if symbol.endswith("@GOTPCREL"):
                raise Unsupported(f"a global reached through the GOT ({operand})")
            pointer = self.global_(symbol, local=True)
            return self.offset(pointer, int(plus, 0)) if plus else pointer
        symbol = _ABSOLUTE.match(disp_text or "")
        if base is None and not (index and symbol):
            raise Unsupported(f"an address without a base register ({operand})")
        if base is None and symbol:  # static code: `arr(,%rax,4)`
            pointer = self.offset(self.global_(symbol.group(1), local=True), int(symbol.group(2) or "0"))
        else:
            pointer = self.as_type(self.register(base[1:], 64), "ptr")
        if disp_text and not symbol:
            pointer = self.offset(pointer, int(disp_text, 0))
        if index:
            step = self.register(index[1:], 64)
            element = _int_type(int(scale or 1) * 8)
            pointer = self.define(
                f"getelementptr inbounds {element}, ptr {pointer.text}, i64 {step.text}", "ptr"
            )
        return pointer

    def offset(self, pointer: Value, by: int) -> Value:
        if by == 0:
            return pointer
        if pointer.text.startswith("@"):
            return Value(f"getelementptr inbounds (i8, ptr {pointer.text}, i64 {by})", "ptr")
        return self.define(f"getelementptr inbounds i8, ptr {pointer.text}, i64 {by}", "ptr")

    def slot(self, offset: int) -> Value:
        if offset >= 16:  # a parameter passed on the stack: its alloca is the caller's slot (copy elided)
            start = offset - offset % 8
            if start not in self.stack_params:
                raise Unsupported(f"{offset}(%rbp) is in no parameter passed on the stack")
            return self.offset(Value(f"%arg{start}", "ptr"), offset - start)
        for start in sorted(self.slots):
            name, _, size = self.slots[start]
            if start <= offset < start + size:
                return self.offset(Value(name, "ptr"), offset - start)
        raise Unsupported(f"{offset}(%rbp) is in no stack slot")

    def global_(self, symbol: str, *, local: bool) -> Value:
        """@symbol, declared at first use: dso_local where the listing reaches it directly."""
        if not _SYMBOL.match(symbol):
            raise Unsupported(f"an unreadable symbol {symbol}")
        if symbol.startswith(".LCPI") or symbol.startswith(".LJTI"):
            raise Unsupported(f"a constant pool or jump table ({symbol})")
        if symbol.startswith(".L"):
            name = symbol[2:]
            self.globals.setdefault(name, f"@{name} = private unnamed_addr constant [1 x i8] zeroinitializer")
        else:
            name = symbol
            self.globals.setdefault(name, f"@{name} = external {'dso_local ' if local else ''}global i8")
        return Value(f"@{name}", "ptr")

    def read(self, operand: str, bits: int, line: Line, type_: str | None = None) -> Value:
        """An operand's value at `bits` (`type_`: the pointer or float type wanted instead)."""
        wanted = type_ or _int_type(bits)
        if operand.startswith("$"):
            text = operand[1:]
            absolute = _ABSOLUTE.match(text)
            if absolute:  # static code: `movabsq $.L.str, %rdi`, the address of a global
                return self.offset(self.global_(absolute.group(1), local=True), int(absolute.group(2) or "0"))
            if not re.match(r"^-?\d+$|^0x[0-9a-f]+$", text):
                raise Unsupported(f"a symbolic immediate {operand}")
            return Value(str(_signed(int(text, 0), bits)), wanted)
        if operand.startswith("%"):
            name = operand[1:]
            if name.startswith("xmm"):
                return self.as_type(self.register(name), type_) if type_ else self.register(name)
            value = self.register(name, bits)
            return self.as_type(value, wanted) if type_ else value
        found = _MEMORY.match(operand)
        if found and found.group("base") == "%rbp" and line.spill == "Reload":
            return self.reload(int(found.group("disp"), 0), wanted)
        if found and found.group("base") == "%rip" and found.group("disp").startswith(".LCPI"):
            return _pool_constant(line.note, wanted)
        if found and found.group("base") == "%rip" and found.group("disp").endswith("@GOTPCREL"):
            return self.global_(found.group("disp").removesuffix("@GOTPCREL"), local=False)  # its address
        pointer = self.address(operand)
        origin = f"load@{self.position}"
        if wanted == "i64" and origin in self.known_pointers:
            wanted = "ptr"
        loaded = self.define(f"load {wanted}, ptr {pointer.text}", wanted, origin=origin)
        if found and found.group("base") == "%rbp" and not found.group("index"):
            loaded.frame = int(found.group("disp") or "0", 0)
        return loaded

    def reload(self, offset: int, type_: str) -> Value:
        if offset in self.spilled:
            return self.spilled[offset]
        for pred in self.blocks:  # a predecessor read already says the type (an i1 in a byte register)
            known = self.spill_out.get(pred.label, {}).get(offset)
            if self.block.label in pred.successors and known is not None and not _is_constant(known):
                type_ = known.type
                break
        name = self.fresh("phi")
        self.phis.append((self.block.label, offset, name, type_))
        value = Value(name, type_)
        self.spilled[offset] = value
        return value

    def write(self, operand: str, value: Value, bits: int, line: Line) -> None:
        if operand.startswith("%"):
            self.set_register(operand[1:], value)
            return
        found = _MEMORY.match(operand)
        if found and found.group("base") == "%rbp" and line.spill == "Spill":
            self.spilled[int(found.group("disp"), 0)] = value
            return
        if found and found.group("base") == "%rsp" and not found.group("index"):
            self.stack_arguments[int(found.group("disp") or "0", 0)] = value  # the 7th argument on
            return
        pointer = self.address(operand)
        if value.call >= 0:
            self.settle(value, _int_type(bits) if value.type not in ("float", "double") else value.type)
        if value.type == "i1":
            value = self.define(f"zext i1 {value.text} to i8", "i8")
        if _TYPE_BITS[value.type] != bits and value.type != "ptr":
            value = self.as_type(value, _int_type(bits))
        self.emit(f"store {value.type} {value.text}, ptr {pointer.text}")

    # ---- the function ----

    def module(self, triple: str, datalayout: str | None) -> str:
        for number, block in enumerate(self.blocks):
            self.block = block
            self.regs = {}
            self.spilled = {}
            self.written = []
            self.flags = None
            self.skip_jump = False
            self.casts = {}
            self.body.append(f"{block.label}:")
            for position, line in enumerate(block.lines):
                self.position = f"{number}.{position}"
                self.instruction(line)
            self.spill_out[block.label] = dict(self.spilled)
            if block.switch is not None:
                register, cases, default = block.switch
                bits = _GPR[register[1:]][1]
                value = self.register(register[1:], bits)
                arms = " ".join(
                    f"{value.type} {_signed(case, bits)}, label %{target}" for case, target in cases
                )
                self.emit(f"switch {value.type} {value.text}, label %{default} [ {arms} ]")
            elif not block.lines or not (
                block.lines[-1].mnemonic.startswith("j") or block.lines[-1].mnemonic.startswith("ret")
            ):
                # past the end: the listing's last call does not return
                self.emit(f"br label %{block.successors[-1]}" if block.successors else "unreachable")
        body = "\n".join(self.body)
        body = self._place_phis(body)
        for call in self.calls:
            body = body.replace(call.result, _call_text(call), 1)
            if call.callee.startswith("@") and call.callee[1:] not in self.callees:
                types = ", ".join(a.type for a in call.arguments)
                if call.variadic:
                    types += ", ..." if types else "..."
                local = "dso_local " if call.callee in self.local_callees else ""
                self.callees[call.callee[1:]] = f"declare {local}{call.returns} {call.callee}({types})"
        body = _without_unused(body, self.droppable)
        if self.stack_params and (
            sum(not p.type.startswith(("float", "double")) for p in self.params) != len(_ARG_REGS)
            or sorted(self.stack_params) != list(range(16, 16 + 8 * len(self.stack_params), 8))
        ):
            raise Unsupported("parameters on the stack that are not the ones after the six in registers")
        stacked = [
            Value(f"%s{o}", _int_type(min(64, self.stack_params[o]))) for o in sorted(self.stack_params)
        ]
        params = ", ".join(f"{p.type} noundef {p.text}" for p in self.params + stacked)
        allocas = "".join(f"  {name} = alloca {type_}\n" for name, type_, _ in self.slots.values())
        allocas += "".join(f"  %arg{p.text[2:]} = alloca {p.type}\n" for p in stacked)
        allocas += "".join(f"  store {p.type} {p.text}, ptr %arg{p.text[2:]}\n" for p in stacked)
        entry, _, rest = body.partition("\n")
        body = f"{entry}\n{allocas}{rest}"
        head = f'target triple = "{triple}"\n'
        if datalayout:
            head = f'target datalayout = "{datalayout}"\n' + head
        declarations = "".join(f"{d}\n" for d in self.globals.values())
        declarations += "".join(f"{d}\n" for name, d in self.callees.items() if name != self.name)
        return (
            f"{head}\n{declarations}\ndefine dso_local {self.ret_type} @{self.name}({params}) #0 {{\n"
            f"{body}\n}}\n\nattributes #0 = {{ {ATTRIBUTES} }}\n\n{MODULE_FLAGS}"
        )

    def _place_phis(self, body: str) -> str:
        lines = body.split("\n")
        for block_label, offset, name, type_ in reversed(self.phis):
            block = next(b for b in self.blocks if b.label == block_label)
            incoming = []
            for pred in self.blocks:
                if block_label in pred.successors:
                    value = self.spill_out.get(pred.label, {}).get(offset)
                    if value is None:
                        raise Unsupported(
                            f"a value reloaded in {block_label} that {pred.label} did not spill"
                        )
                    text = _constant_as(value.text, type_) if _is_constant(value) else value.text
                    if not _is_constant(value) and value.type != type_:
                        raise Unsupported(f"a reloaded value of two types ({value.type}, {type_})")
                    incoming.append(f"[ {text}, %{pred.label} ]")
            if not incoming:
                raise Unsupported(f"a value reloaded in {block_label}, which no block branches to")
            at = lines.index(f"{block_label}:") + 1 if block is not self.blocks[0] else 0
            lines.insert(at, f"  {name} = phi {type_} {', '.join(incoming)}")
        return "\n".join(lines)

    def instruction(self, line: Line) -> None:
        m, ops = line.mnemonic, line.operands
        if (
            (m == "subq" and ops[-1] == "%rsp")
            or (m == "addq" and ops[-1] == "%rsp")
            or (m == "popq" and ops == ["%rbp"])
        ):
            return
        if m in ("retq", "ret"):
            self.ret(line)
            return
        if m in ("callq", "call"):
            self.call(ops[0])
            return
        if m in ("jmp", "jmpq"):
            if self.skip_jump:
                return
            if ops[0].startswith("*"):
                raise Unsupported(f"an indirect jump ({m} {ops[0]})")
            self.emit(f"br label %{ops[0]}")
            return
        if m.startswith("j"):
            self.branch(m[1:], ops[0])
            return
        if (
            m == "setp"
            and self.flags is not None
            and self.flags[0] == "fcmp"
            and self.flags[1] is self.flags[2]
        ):
            value = self.flags[1]  # ucomisd %x, %x; setp: isnan(x), which clang asks of llvm.is.fpclass
            self.callees.setdefault(
                f"llvm.is.fpclass.{_FP_SUFFIX[value.type]}",
                f"declare i1 @llvm.is.fpclass.{_FP_SUFFIX[value.type]}({value.type}, i32)",
            )
            self.set_register(
                ops[0][1:],
                self.define(
                    f"call i1 @llvm.is.fpclass.{_FP_SUFFIX[value.type]}({value.type} {value.text}, i32 3)",
                    "i1",
                ),
            )
            return
        if m.startswith("set"):
            self.set_register(ops[0][1:], self.condition(m[3:]))
            return
        if m.startswith("cmov") and m[-1] in "wlq" and len(ops) == 2 and ops[1].startswith("%"):
            self.select(m[4:-1], _SUFFIX_WIDTH[m[-1]], line)
            return
        if m in ("cltq", "cdqe"):
            self.set_register("rax", self.define(f"sext i32 {self.register('eax', 32).text} to i64", "i64"))
            return
        if m in ("cltd", "cdq", "cqto", "cqo"):
            return  # the sign extension of idiv's dividend
        if m in ("idivl", "idivq", "divl", "divq"):
            self.divide(line)
            return
        if (
            m.startswith("cvt")
            or m.startswith("ucomis")
            or m.startswith("comis")
            or m in ("xorps", "xorpd", "pxor")
        ):
            self.sse(line)
            return
        if m in ("movss", "movsd", "movaps", "movapd") or (
            m[:3] in ("add", "sub", "mul", "div") and m[-2:] in ("ss", "sd")
        ):
            self.sse(line)
            return
        if m in ("movabsq",):
            m = "movq"
        extension = _EXTEND.match(m)
        if extension is not None or m == "movslq":
            kind, src, dst = extension.group("kind", "src", "dst") if extension else ("s", "l", "q")
            source_bits, bits = _SUFFIX_WIDTH[src], _SUFFIX_WIDTH[dst]
            value = self.read(ops[0], source_bits, line)
            if value.type == "i1":
                source_type = "i1"
            else:
                source_type = _int_type(source_bits)
                value = self.as_type(value, source_type)
            extend = "sext" if kind == "s" else "zext"
            self.write(
                ops[1],
                self.define(f"{extend} {source_type} {value.text} to {_int_type(bits)}", _int_type(bits)),
                bits,
                line,
            )
            return
        if m == "leaq":
            pointer = self.address(ops[0])
            found = _MEMORY.match(ops[0])
            if found and found.group("base") == "%rbp" and not found.group("index"):
                offset = int(found.group("disp") or "0", 0)
                if offset in self.arrays:  # an array decays to its first element's address
                    size = self.slots[offset][2]
                    pointer = self.define(
                        f"getelementptr inbounds [{size} x i8], ptr {pointer.text}, i64 0, i64 0", "ptr"
                    )
            self.write(ops[1], pointer, 64, line)
            return
        base, bits = m[:-1], _SUFFIX_WIDTH.get(m[-1:], 0)
        if not bits:
            raise Unsupported(f"an instruction the translation does not read: {m} {', '.join(ops)}")
        if base == "mov":
            wanted = None
            source = _GPR.get(ops[0][1:], ("", 0))[0] if ops[0].startswith("%") else ""
            if source in self.written and ops[1].startswith("%"):
                self.written.append(source)  # a copy (one constant for two arguments) leaves it an argument
            value = self.read(ops[0], bits, line, wanted)
            if bits == 32 and ops[0].startswith("%") and ops[1].startswith("%") and value.text == "0":
                value = Value("0", "i64")  # xorl %eax, %eax; movl %eax, %esi: FastISel's 64-bit zero
            self.write(ops[1], value, bits, line)
            return
        if base in ("cmp", "test"):
            right = self.read(ops[0], bits, line)
            left = self.read(ops[1], bits, line) if ops[1] != ops[0] else right
            self.flags = (base, left, right)
            return
        if base in ("neg", "not", "inc", "dec"):
            value = self.read(ops[0], bits, line)
            type_ = value.type if value.type != "ptr" else "i64"
            value = self.as_type(value, type_)
            expression = {
                "neg": f"sub {type_} 0, {value.text}",
                "not": f"xor {type_} {value.text}, -1",
                "inc": f"add {type_} {value.text}, 1",
                "dec": f"add {type_} {value.text}, -1",
            }[base]
            self.write(ops[0], self.define(expression, type_), bits, line)
            return
        if base == "imul" and len(ops) == 3:
            left = self.read(ops[1], bits, line)
            right = self.read(ops[0], bits, line)
            self.write(ops[2], self.arith("mul", left, right, bits), bits, line)
            return
        if base in _BINARY and len(ops) in (1, 2):
            if len(ops) == 1:  # shift by one
                ops = ["$1", ops[0]]
            if base == "xor" and ops[0] == ops[1] and ops[0].startswith("%"):
                self.set_register(ops[1][1:], Value("0", _int_type(bits)))
                return
            shift = base in ("shl", "sal", "sar", "shr")
            # a shift's count in %cl: a value of the shifted type (`movl %ecx, %ecx` zero-extends it)
            right = self.read("%" + _register_named("rcx", bits) if ops[0] == "%cl" else ops[0], bits, line)
            left = self.read(ops[1], bits, line)
            if shift and right.type != _int_type(bits):
                right = (
                    self.as_type(right, _int_type(bits))
                    if not _is_constant(right)
                    else Value(right.text, _int_type(bits))
                )
            if base == "and" and bits == 8 and ops[0] == "$1" and left.type == "i1":
                self.write(ops[1], left, bits, line)  # the zext of a bool, written with its use
                return
            if base == "xor" and left.type == "i1" and ops[0] == "$-1":
                self.write(ops[1], self.define(f"xor i1 {left.text}, true", "i1"), bits, line)
                return
            if (
                base == "sub"
                and bits == 64
                and ops[0].startswith("%")
                and right.origin.startswith("load@")
                and left.origin.startswith("load@")
            ):
                # a load FastISel did not fold into the sub: a pointer, through ptrtoint (their difference)
                self.pointers.update((left.origin, right.origin))
            if left.type == "ptr" and base == "add" and right.scaled is not None:
                index, size = right.scaled
                element = "i8" if size == 1 else f"[{size} x i8]"
                self.write(
                    ops[1],
                    self.define(
                        f"getelementptr inbounds {element}, ptr {left.text}, i64 {index.text}", "ptr"
                    ),
                    bits,
                    line,
                )
                return
            if left.type == "ptr" and base in ("add", "sub") and right.type != "ptr":
                step = right if base == "add" else self.define(f"sub i64 0, {right.text}", "i64")
                self.write(
                    ops[1],
                    self.define(f"getelementptr inbounds i8, ptr {left.text}, i64 {step.text}", "ptr"),
                    bits,
                    line,
                )
                return
            self.write(ops[1], self.arith(_BINARY[base], left, right, bits), bits, line)
            return
        raise Unsupported(f"an instruction the translation does not read: {m} {', '.join(ops)}")

    def select(self, code: str, bits: int, line: Line) -> None:
        """`cmovCC src, %dst`: FastISel's select, its compare folded in (the operands are set before)."""
        chosen = self.read(line.operands[0], bits, line)
        other = self.read(line.operands[1], bits, line)
        type_ = "ptr" if bits == 64 and "ptr" in (chosen.type, other.type) else _int_type(bits)
        chosen, other = self.as_type(chosen, type_), self.as_type(other, type_)
        condition = self.condition(code)
        value = self.define(f"select i1 {condition.text}, {type_} {chosen.text}, {type_} {other.text}", type_)
        self.write(line.operands[1], value, bits, line)

    def arith(self, operation: str, left: Value, right: Value, bits: int) -> Value:
        type_ = _int_type(bits)
        pointers = left.type == right.type == "ptr"
        if operation == "ashr" and left.difference and _is_constant(right):
            # a pointer difference divided by the element size: clang's `sdiv exact`, which llc shifts
            return self.define(f"sdiv exact {type_} {left.text}, {1 << int(right.text)}", type_)
        left, right = self.as_type(left, type_), self.as_type(right, type_)
        flags = " nsw" if operation in ("add", "sub", "mul") else ""
        value = self.define(f"{operation}{flags} {type_} {left.text}, {right.text}", type_)
        value.difference = pointers and operation == "sub"
        if bits == 64 and _is_constant(right) and not _is_constant(left) and operation in ("mul", "shl"):
            # an index scaled by its element's size: a getelementptr's, when a pointer is added to it
            size = int(right.text) if operation == "mul" else 1 << int(right.text)
            value.scaled = (left, size)
            self.droppable.append(value.text)
        return value

    def divide(self, line: Line) -> None:
        bits = _SUFFIX_WIDTH[line.mnemonic[-1]]
        signed = line.mnemonic.startswith("i")
        type_ = _int_type(bits)
        low = "eax" if bits == 32 else "rax"
        high = "edx" if bits == 32 else "rdx"
        dividend = self.register(low, bits)
        divisor = self.read(line.operands[0], bits, line)
        quotient = "sdiv" if signed else "udiv"
        remainder = "srem" if signed else "urem"
        q = self.fresh()
        r = self.fresh()
        self.body.append(f"  {q} = {quotient} {type_} {dividend.text}, {divisor.text}")
        self.body.append(f"  {r} = {remainder} {type_} {dividend.text}, {divisor.text}")
        self.droppable += [q, r]
        self.set_register(low, Value(q, type_))
        self.set_register(high, Value(r, type_))

    def condition(self, code: str) -> Value:
        if self.flags is None:
            raise Unsupported(
                f"a set{code}/j{code} reads flags no cmp/test set (a switch's jump table, arithmetic's flags)"
            )
        kind, left, right = self.flags
        if kind == "fcmp":
            predicate = _FCMP.get(code)
            if predicate is None:
                raise Unsupported(f"a floating-point condition {code}")
            return self.define(f"fcmp {predicate} {left.type} {left.text}, {right.text}", "i1")
        predicate = _JCC.get(code)
        if predicate is None:
            raise Unsupported(f"a condition the translation does not read ({code})")
        if kind == "test":
            if left is right:  # test %r, %r
                if left.type == "ptr":
                    return self.define(f"icmp {predicate} ptr {left.text}, null", "i1")
                return self.define(f"icmp {predicate} {left.type} {left.text}, 0", "i1")
            if right.text == "1" and predicate in ("eq", "ne"):
                bit = self.as_type(left, "i1") if left.type != "i1" else left
                if predicate == "ne":
                    return bit
                return self.define(f"xor i1 {bit.text}, true", "i1")
            value = self.define(f"and {left.type} {left.text}, {right.text}", left.type)
            return self.define(f"icmp {predicate} {left.type} {value.text}, 0", "i1")
        if left.type == "ptr" or right.type == "ptr":
            left, right = self.as_type(left, "ptr"), self.as_type(right, "ptr")
            if right.text == "0":
                right = Value("null", "ptr")
        else:
            right = self.as_type(right, left.type)
        return self.define(f"icmp {predicate} {left.type} {left.text}, {right.text}", "i1")

    def branch(self, code: str, target: str) -> None:
        following = self.block.successors[-1]
        taken_first = self.block.lines[-1].mnemonic != "jmp"
        other = following if taken_first else self.block.lines[-1].operands[0]
        if self.flags is not None and self.flags[0] == "test" and self.flags[2].text == "1" and code == "e":
            bit = self.as_type(self.flags[1], "i1")
            self.emit(f"br i1 {bit.text}, label %{other}, label %{target}")
        else:
            self.emit(f"br i1 {self.condition(code).text}, label %{target}, label %{other}")
        self.skip_jump = not taken_first  # the jmp after it is the branch's other target

    def call(self, operand: str) -> None:
        arguments: list[Value] = []
        for reg in _ARG_REGS:
            if reg not in self.written:
                break
            arguments.append(self.regs[reg])
        if self.stack_arguments:
            if len(arguments) != len(_ARG_REGS):
                raise Unsupported("arguments on the stack before the six registers are set")
            arguments += [self.stack_arguments[at] for at in sorted(self.stack_arguments)]
            self.stack_arguments = {}
        floats = []
        for xmm in _XMM_ARGS:
            # the previous call's result passed on in xmm0 as it is, with another argument after it
            passed_on = xmm == "xmm0" and "xmm1" in self.written and self.regs.get("xmm0") is not None
            if xmm not in self.written and not passed_on:
                break
            floats.append(self.regs[xmm])
        variadic = "rax" in self.written and self.regs["rax"].type == "i8" and _is_constant(self.regs["rax"])
        values = []
        for number, value in enumerate(arguments + floats):
            if value.call >= 0:  # a call's result passed on: a double where it goes in an xmm register
                self.settle(value, "i64" if number < len(arguments) else "double")
            if value.type == "i1":
                value = self.define(f"zext i1 {value.text} to i32", "i32")
            values.append(value)
        if operand.startswith("*"):
            callee = self.as_type(self.read(operand[1:], 64, Line("callq", [], None), None), "ptr").text
        else:
            callee = "@" + operand.split("@")[0]
            if not _SYMBOL.match(operand):
                raise Unsupported(f"a call of {operand}")
            if not operand.endswith("@PLT"):
                self.local_callees.add(callee)
        record = _Call(callee, values, variadic, result=f"<call{len(self.calls)}>")
        self.calls.append(record)
        name = self.fresh("call")
        record.result = f"<<{name}>>"
        self.body.append(f"  <<{name}>>")
        self.regs = {k: v for k, v in self.regs.items() if k in ("rbx", "r12", "r13", "r14", "r15")}
        result = Value(name, "void", f"call@{self.position}", call=len(self.calls) - 1)
        self.regs["rax"] = result
        self.regs["xmm0"] = result
        self.written = []

    def ret(self, line: Line) -> None:
        value = self.regs.get("rax") if "rax" in self.written else None
        if value is None and "xmm0" in self.written:
            value = self.regs.get("xmm0")
        if value is None and self.regs.get("rax") is not None and self.regs["rax"].call >= 0:
            value = None
        if value is None:
            self.emit("ret void")
            return
        if value.call >= 0:
            self.settle(value, "i32")
        if value.type == "i1":
            value = self.define(f"zext i1 {value.text} to i32", "i32")
        high = self.regs.get("rdx") if "rdx" in self.written else None
        if (
            high is not None
            and value.frame is not None
            and high.frame == value.frame + 8
            and value.type == "i64"
        ):
            # a small struct returned in rax:edx, loaded whole from its slot as clang coerces it
            pair = f"{{ i64, {high.type} }}"
            value = self.define(f"load {pair}, ptr {self.slot(value.frame).text}", pair)
        self.ret_type = value.type
        self.emit(f"ret {value.type} {value.text}")

    def sse(self, line: Line) -> None:
        m, ops = line.mnemonic, line.operands
        kind = "double" if m.endswith("sd") or m.endswith("pd") or m.endswith("sd2si") else "float"
        if m in ("movss", "movsd", "movaps", "movapd"):
            if ops[0].startswith("%xmm") and ops[1].startswith("%xmm"):  # a copy says nothing of the type
                value = self.register(ops[0][1:], kind=kind)
            elif ops[0].startswith("%xmm"):
                value = self.as_type(self.register(ops[0][1:], kind=kind), kind)
            else:
                value = self.read(ops[0], 64 if kind == "double" else 32, line, kind)
            if ops[1].startswith("%xmm"):
                self.set_register(ops[1][1:], value)
            else:
                self.write(ops[1], value, _TYPE_BITS[value.type], line)
            return
        if m.startswith("cvtsi2s"):
            bits = _SUFFIX_WIDTH[m[-1]] if m[-1] in "lq" else 32
            target = "double" if "sd" in m else "float"
            value = self.read(ops[0], bits, line)
            self.set_register(
                ops[1][1:], self.define(f"sitofp {value.type} {value.text} to {target}", target)
            )
            return
        if m.startswith("cvtts"):
            source = "double" if m.startswith("cvttsd") else "float"
            bits = _GPR[ops[1][1:]][1]
            value = self.as_type(self.read(ops[0], 64, line, source), source)
            self.set_register(
                ops[1][1:], self.define(f"fptosi {source} {value.text} to {_int_type(bits)}", _int_type(bits))
            )
            return
        if m in ("xorps", "xorpd", "pxor") and ops[0] == ops[1]:
            self.set_register(ops[1][1:], Value("0.0", "double"))  # +0.0, of the type its use says
            return
        if m in ("cvtss2sd", "cvtsd2ss"):
            source, target = ("float", "double") if m == "cvtss2sd" else ("double", "float")
            value = self.read(ops[0], 32, line, source)
            operation = "fpext" if m == "cvtss2sd" else "fptrunc"
            self.set_register(
                ops[1][1:], self.define(f"{operation} {source} {value.text} to {target}", target)
            )
            return
        if m.startswith("ucomis") or m.startswith("comis"):
            right = self.read(ops[0], 64, line, kind)
            left = self.settle(self.register(ops[1][1:]), kind)
            self.flags = ("fcmp", left, right)
            return
        arithmetic = _SSE_BINARY.get(m[:3])
        if arithmetic is None:
            raise Unsupported(f"an instruction the translation does not read: {m}")
        right = self.read(ops[0], 64, line, kind)
        left = self.settle(self.register(ops[1][1:]), kind)
        self.set_register(ops[1][1:], self.define(f"{arithmetic} {kind} {left.text}, {right.text}", kind))


def _register_named(canonical: str, bits: int) -> str:
    """The name of `canonical`'s `bits`-wide part (rcx, 32: ecx)."""
    return next(name for name, (whole, width) in _GPR.items() if whole == canonical and width == bits)


def _call_text(call: _Call) -> str:
    arguments = ", ".join(f"{a.type} noundef {a.text}" for a in call.arguments)
    types = ", ".join(a.type for a in call.arguments)
    if call.variadic:
        function_type = f"{call.returns} ({types}{', ' if types else ''}...)"
        text = f"call {function_type} {call.callee}({arguments})"
    else:
        text = f"call {call.returns} {call.callee}({arguments})"
    if call.returns == "void":
        return text
    return f"{call.result.strip('<>')} = {text}"


def _access_bits(line: Line) -> int:
    m = line.mnemonic
    found = _EXTEND.match(m)
    if found:
        return _SUFFIX_WIDTH[found.group("src")]
    if m == "movslq":
        return 32
    if m.endswith("ss") or m in ("cvtss2sd",):
        return 32
    if m.endswith("sd") or m.startswith("cvtsd") or m.startswith("cvttsd"):
        return 64
    if m.startswith("cvtsi2"):
        return _SUFFIX_WIDTH.get(m[-1], 32)
    return _SUFFIX_WIDTH.get(m[-1], 64)


def _pool_constant(note: str, type_: str) -> Value:
    """The floating-point constant a `.LCPI` load brings, from llc's comment (`xmm0 = [6.0E+4,0.0E+0]`),
    as IR writes it (the double's bits in hexadecimal, for a float too)."""
    found = re.match(r"^xmm\d+ = \[([^,\]]+)", note)
    if type_ not in ("float", "double") or found is None:
        raise Unsupported(f"a constant pool load without its value ({note or 'no comment'})")
    text = found.group(1)
    value = float("nan") if text == "NaN" else float(text)
    if type_ == "float":
        value = struct.unpack("<f", struct.pack("<f", value))[0]
    bits = struct.unpack("<Q", struct.pack("<d", value))[0]
    return Value(f"0x{bits:016X}", type_)


def _without_unused(body: str, names: list[str]) -> str:
    """The body without the definitions of `names` that nothing reads."""
    lines = body.split("\n")
    for name in names:
        pattern = re.compile(re.escape(name) + r"\b")
        if sum(len(pattern.findall(line)) for line in lines) == 1:
            lines = [line for line in lines if not line.startswith(f"  {name} = ")]
    return "\n".join(lines)


def _is_constant(value: Value) -> bool:
    return bool(re.match(r"^-?\d+$|^0x[0-9A-F]{16}$|^0\.0$", value.text)) or value.text in (
        "null",
        "true",
        "false",
    )


def _constant_as(text: str, type_: str) -> str:
    if type_ == "ptr":
        return "null" if text in ("0", "null", "false") else f"inttoptr (i64 {text} to ptr)"
    if type_ == "i1":
        return "false" if text in ("0", "false") else "true"
    if type_ in ("float", "double"):
        if text.startswith("0x"):
            return text
        if text not in ("0", "0.0"):
            raise Unsupported(f"a {type_} constant {text}")
        return "0.0"
    return {"false": "0", "true": "1", "null": "0"}.get(text, text)


def _signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value
