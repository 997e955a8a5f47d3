"""Translating a riscv32 -O0 listing to LLVM IR, instruction by instruction (the "listing" candidate).

RISC-V has no FastISel: clang -O0 code is SelectionDAG's, block by block, with the fast register
allocator; every local and parameter still lives in a stack slot off s0 (the frame pointer, set by
`addi sp, sp, -N; sw ra, N-4(sp); sw s0, N-8(sp); addi s0, sp, N`), so each register holds an IR
value, each access to a slot is a load or store of an alloca at the access's width, and arithmetic,
compares, branches and calls are the IR instructions the DAG selected them from. What the DAG combined
(`x * 3` as `slli; add`) is read back as what it is, which llc selects the same way.

What it rebuilds: the allocas in the order that gives the same offsets (the first alloca just below
the saved ra and s0; byte arrays where the gaps say so), the parameters a0-a7 from their stores,
32-bit integer and pointer arithmetic (a value used as an address is a pointer on a second reading),
loads and stores at their widths with their extensions, compares (`slt`, `seqz`, ...), branches,
calls (the argument registers set since the last call, the result in a0 where it is read), globals
(`lui %hi; addi/lw %lo`). It refuses, with a reason, anything else: 64-bit pairs, floating point,
values spilled across blocks, parameters on the stack, a function without the -O0 prologue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from irlens.lift.listing import Translation, Unsupported, _signed, translate_with
from irlens.toolchain.target import strip_comment

# The clang-19 -O0 function attributes for riscv32-unknown-elf (rv32imac), its enabled features only.
ATTRIBUTES = (
    'noinline nounwind optnone "frame-pointer"="all" "no-trapping-math"="true" '
    '"stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" '
    '"target-features"="+32bit,+a,+c,+m,+relax,+zmmul"'
)
MODULE_FLAGS = (
    '!llvm.module.flags = !{!0, !1, !2, !3}\n!0 = !{i32 1, !"wchar_size", i32 4}\n'
    '!1 = !{i32 1, !"target-abi", !"ilp32"}\n!2 = !{i32 7, !"frame-pointer", i32 2}\n'
    '!3 = !{i32 8, !"SmallDataLimit", i32 8}\n'
)
ARGUMENTS = tuple(f"a{n}" for n in range(8))
SAVED = ("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11")
_LOADS = {"lw": (32, ""), "lh": (16, "sext"), "lhu": (16, "zext"), "lb": (8, "sext"), "lbu": (8, "zext")}
_STORES = {"sw": 32, "sh": 16, "sb": 8}
_BINARY = {
    "add": "add", "sub": "sub", "mul": "mul", "div": "sdiv", "divu": "udiv", "rem": "srem",
    "remu": "urem", "and": "and", "or": "or", "xor": "xor", "sll": "shl", "srl": "lshr", "sra": "ashr",
}
_IMMEDIATE = {"addi": "add", "andi": "and", "ori": "or", "xori": "xor", "slli": "shl", "srli": "lshr",
              "srai": "ashr"}
_SET = {"slt": "slt", "sltu": "ult", "slti": "slt", "sltiu": "ult"}
_BRANCH = {"beq": "eq", "bne": "ne", "blt": "slt", "bge": "sge", "bltu": "ult", "bgeu": "uge",
           "bgt": "sgt", "ble": "sle", "bgtu": "ugt", "bleu": "ule"}
_BRANCH_ZERO = {"beqz": "eq", "bnez": "ne", "bltz": "slt", "bgez": "sge", "bgtz": "sgt", "blez": "sle"}
_MEMORY = re.compile(r"^(?P<disp>.*)\((?P<base>\w+)\)$")
_LOW = re.compile(r"^%lo\((?P<symbol>[\w.$]+)(?P<plus>[+-]\d+)?\)$")
_HIGH = re.compile(r"^%hi\((?P<symbol>[\w.$]+)(?P<plus>[+-]\d+)?\)$")
_SYMBOL = re.compile(r"^[A-Za-z_.$][\w.$]*$")


@dataclass
class Value:
    text: str  # an IR operand: %name, a constant, @global
    type: str  # i32, i1, ptr
    origin: str = ""  # where it was defined (its key among the pointer definitions)
    high: str = ""  # `lui %hi(sym)`: the symbol (with its offset) whose address a %lo completes


@dataclass
class Line:
    mnemonic: str
    operands: list[str]
    spill: bool = False  # a register allocator's spill or reload (`# 4-byte Folded Spill`)


@dataclass
class Block:
    label: str
    lines: list[Line] = field(default_factory=list)
    successors: list[str] = field(default_factory=list)


def translate_riscv_listing(
    asm_text: str, function_name: str, *, triple: str, datalayout: str | None
) -> Translation:
    """The IR of `function_name`'s riscv32 -O0 listing in `asm_text`, or why there is none."""
    return translate_with(lambda: _read_blocks(asm_text, function_name),
                          lambda blocks, pointers: _Reading(blocks, function_name, pointers),
                          triple, datalayout)


def read_labelled_blocks(asm_text: str, function_name: str, *, comment: str, end: str,
                         line: Callable[[str, str, bool], Line]) -> list[Block]:
    """The function's instructions by block (its labels and llc's `%bb.N:` comments, `comment` being the
    target's comment character), up to its end (`.size`, `.Lfunc_end`, `end`); `line` makes each
    instruction of its mnemonic, operand text and whether the register allocator marked it a spill."""
    lines = asm_text.splitlines()
    start = next((n for n, text in enumerate(lines) if strip_comment(text) == f"{function_name}:"), None)
    if start is None:
        raise Unsupported(f"no label {function_name}: in the listing")
    block_comment = re.compile(rf"^{re.escape(comment)}\s*%bb\.(\d+):")
    spill_comment = re.compile(rf"{re.escape(comment)}\s*\d+-byte (Folded )?(Spill|Reload)")
    blocks: list[Block] = []
    current: Block | None = None
    for raw in lines[start + 1 :]:
        text = raw.strip()
        if text.startswith(".size") or text.startswith(".Lfunc_end") or text == end:
            break
        numbered = block_comment.match(text)
        code = strip_comment(raw)
        if numbered and not code:
            current = Block(f"bb{numbered.group(1)}")
            blocks.append(current)
            continue
        if code.endswith(":"):
            current = Block(code[:-1].lstrip("."))
            blocks.append(current)
            continue
        if not code or code.startswith("."):
            continue
        if current is None:
            current = Block("bb0")
            blocks.append(current)
        mnemonic, _, rest = code.replace("\t", " ").partition(" ")
        current.lines.append(line(mnemonic, rest, spill_comment.search(raw) is not None))
    blocks = [b for b in blocks if b.lines]
    if not blocks:
        raise Unsupported("the function has no instructions")
    return blocks


def _read_blocks(asm_text: str, function_name: str) -> list[Block]:
    blocks = read_labelled_blocks(asm_text, function_name, comment="#", end=".cfi_endproc",
                                  line=lambda mnemonic, rest, spill: Line(
                                      mnemonic, [o.strip() for o in rest.split(",") if o.strip()], spill))
    _strip_frame(blocks)
    for number, block in enumerate(blocks):
        last = block.lines[-1] if block.lines else None
        following = blocks[number + 1].label if number + 1 < len(blocks) else None
        block.successors = [
            line.operands[-1].lstrip(".")
            for line in block.lines
            if line.mnemonic in _BRANCH or line.mnemonic in _BRANCH_ZERO or line.mnemonic == "j"
        ]
        # llc -O0 ends each block with its jump, even to the next block: only a conditional branch falls
        # through, and a block ending in a call ends in a call that does not return
        branches = last is not None and (last.mnemonic in _BRANCH or last.mnemonic in _BRANCH_ZERO)
        if branches and following is not None:
            block.successors.append(following)
    return blocks


def _strip_frame(blocks: list[Block]) -> None:
    """The blocks without the prologue (`addi sp, sp, -N; sw ra; sw s0; addi s0, sp, N`) and each
    epilogue before a `ret` (`lw ra; lw s0; addi sp, sp, N`)."""
    first = blocks[0].lines
    prologue = [(line.mnemonic, line.operands) for line in first[:4]]
    if (
        len(prologue) < 4
        or prologue[0][0] != "addi" or prologue[0][1][:2] != ["sp", "sp"]
        or prologue[1][0] != "sw" or prologue[1][1][0] != "ra"
        or prologue[2][0] != "sw" or prologue[2][1][0] != "s0"
        or prologue[3][0] != "addi" or prologue[3][1][:2] != ["s0", "sp"]
    ):
        raise Unsupported("not a riscv32 -O0 listing: it does not begin with the frame-pointer prologue")
    del first[:4]
    for block in blocks:
        kept = []
        for line in block.lines:
            restores = line.mnemonic == "lw" and line.operands[0] in ("ra", "s0")
            if restores and line.operands[1].endswith("(sp)"):
                continue
            if line.mnemonic == "addi" and line.operands[:2] == ["sp", "sp"]:
                continue
            kept.append(line)
        block.lines = kept


class _Reading:
    """One reading of the listing into IR, with `known_pointers` (definitions used as addresses)."""

    def __init__(self, blocks: list[Block], name: str, known_pointers: set[str]) -> None:
        self.blocks = blocks
        self.name = name
        self.known_pointers = known_pointers
        self.pointers: set[str] = set()
        self.counter = 0
        self.body: list[str] = []
        self.globals: dict[str, str] = {}
        self.callees: dict[str, str] = {}
        self.calls: list[tuple[str, str, list[Value]]] = []  # (placeholder, callee, arguments)
        self.halves: dict[str, tuple[Value, int]] = {}  # a 64-bit result's halves: (it, 0 | 1)
        self.call_returns: dict[str, str] = {}  # placeholder -> the result's type, where it is read
        self.params: list[Value] = []
        self.regs: dict[str, Value] = {}
        self.written: list[str] = []
        self.spilled: dict[int, Value] = {}  # the values the register allocator spilled, by offset
        self.spill_out: dict[str, dict[int, Value]] = {}  # those at the end of each block
        self.phis: list[tuple[str, int, str, str]] = []  # (block, offset, name, type)
        self.block = blocks[0]
        self.position = ""
        self.ret_type = "void"
        self.branched = False  # the block's conditional branch is read: its `j` is the other way
        self.slots = self._frame()

    arguments: tuple[str, ...] = ARGUMENTS  # in order; the first two hold the result
    saved: tuple[str, ...] = SAVED  # kept across a call
    attributes = ATTRIBUTES
    module_flags = MODULE_FLAGS

    # ---- the frame ----

    @staticmethod
    def ends_block(mnemonic: str) -> bool:
        return mnemonic in ("j", "ret", "tail") or mnemonic in _BRANCH or mnemonic in _BRANCH_ZERO

    @staticmethod
    def frame_offset(operand: str) -> int | None:
        """The offset off the frame pointer of a slot the operand names, None for another operand."""
        found = _MEMORY.match(operand)
        return int(found.group("disp") or "0", 0) if found and found.group("base") == "s0" else None

    def _frame(self) -> dict[int, tuple[str, str, int]]:
        """Stack slots by offset off s0 (negative), each (IR name, alloca type, size)."""
        widths: dict[int, int] = {}
        for block in self.blocks:
            for line in block.lines:
                for operand in line.operands:
                    found = _MEMORY.match(operand)
                    if not found or found.group("base") != "s0" or line.spill:
                        continue
                    offset = int(found.group("disp") or "0", 0)
                    if offset >= 0:
                        raise Unsupported(f"a parameter passed on the stack ({operand})")
                    width = _access_bits(line) // 8
                    widths[offset] = max(widths.get(offset, 0), width)
                if line.mnemonic == "addi" and len(line.operands) == 3 and line.operands[1] == "s0":
                    offset = int(line.operands[2], 0)  # an address taken: an array's or a struct's start
                    widths[offset] = max(widths.get(offset, 0), 0)
        slots: dict[int, tuple[str, str, int]] = {}
        end = 8  # ra and s0 are saved just below the frame pointer
        for offset in sorted(widths, reverse=True):
            if -offset <= end:
                continue  # inside the slot before (a field of it)
            width = widths[offset]
            natural = -(-(end + width) // max(width, 1)) * max(width, 1) if width else 0
            name = f"%slot{-offset}"
            if width and natural == -offset:
                slots[offset] = (name, f"i{width * 8}, align {width}", width)
            else:
                size = -offset - end
                align = min(16, -offset & offset)
                slots[offset] = (name, f"[{size} x i8], align {align}", size)
            end = -offset
        return slots

    def slot(self, offset: int) -> Value:
        for start in sorted(self.slots):
            name, _, size = self.slots[start]
            if start <= offset < start + size:
                return self.offset(Value(name, "ptr"), offset - start)
        raise Unsupported(f"{offset}(s0) is in no stack slot")

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

    def as_type(self, value: Value, type_: str) -> Value:
        if value.high:
            raise Unsupported(f"the upper half of {value.high}'s address used on its own")
        if value.text in self.call_returns and self.call_returns[value.text] == "":
            self.call_returns[value.text] = type_
            value.type = type_
        if value.type == type_:
            return value
        if re.fullmatch(r"-?\d+", value.text):
            return self.constant(value, type_)
        if type_ == "ptr":
            if value.origin:
                self.pointers.add(value.origin)
            return self.define(f"inttoptr i32 {value.text} to ptr", "ptr")
        if value.type == "ptr":
            value = self.define(f"ptrtoint ptr {value.text} to i32", "i32")
            return self.as_type(value, type_)
        cast = "trunc" if int(value.type[1:]) > int(type_[1:]) else "zext"
        return self.define(f"{cast} {value.type} {value.text} to {type_}", type_)

    @staticmethod
    def constant(value: Value, type_: str) -> Value:
        if type_ == "ptr":
            return Value("null" if value.text == "0" else f"inttoptr (i32 {value.text} to ptr)", "ptr")
        if type_ == "i1":
            return Value("false" if value.text == "0" else "true", "i1")
        return Value(str(_signed(int(value.text), int(type_[1:]))), type_)

    def register(self, name: str) -> Value:
        if name == "zero":
            return Value("0", "i32")
        if name in self.written:
            self.written.remove(name)
        value = self.regs.get(name)
        if value is None:
            if name in self.arguments and self.block is self.blocks[0] and not self.calls:
                return self.parameter(name)
            raise Unsupported(f"reads {name} before anything is in it")
        if value.origin.startswith("wide:"):  # a call's result's upper half: read again with it
            self.pointers.add(value.origin)
            if value.origin in self.known_pointers:
                raise Unsupported(f"the upper half of a 64-bit result in {name} misread")
        if value.text in self.call_returns and self.call_returns[value.text] == "":
            # a call's result, read: it returns a word (a pointer where one reading used it as one)
            value.type = "ptr" if value.origin in self.known_pointers else "i32"
            self.call_returns[value.text] = value.type
        return value

    def integer(self, name: str) -> Value:
        """A register's value as an i32 (a pointer's address, a compare's 0 or 1)."""
        value = self.register(name)
        if value.type == "i32" or value.text in self.call_returns:
            return self.as_type(value, "i32")
        if value.type == "ptr":
            return value  # pointer arithmetic: `arith` makes it a getelementptr
        return self.as_type(value, "i32")

    def parameter(self, name: str) -> Value:
        index = self.arguments.index(name)
        while len(self.params) <= index:  # an unused parameter before it still takes its register
            number = len(self.params)
            origin = f"param:{self.arguments[number]}"
            type_ = "ptr" if origin in self.known_pointers else "i32"
            self.params.append(Value(f"%p{number}", type_, origin))
        value = self.params[index]
        self.regs[name] = value
        return value

    def set_register(self, name: str, value: Value) -> None:
        if name == "zero":
            return
        self.regs[name] = value
        if name not in self.written:
            self.written.append(name)

    def offset(self, pointer: Value, by: int) -> Value:
        if by == 0:
            return pointer
        if pointer.text.startswith("@"):
            return Value(f"getelementptr inbounds (i8, ptr {pointer.text}, i32 {by})", "ptr")
        return self.define(f"getelementptr inbounds i8, ptr {pointer.text}, i32 {by}", "ptr")

    def global_(self, symbol: str, plus: str | None) -> Value:
        if not _SYMBOL.match(symbol):
            raise Unsupported(f"an unreadable symbol {symbol}")
        if symbol.startswith(".LCPI") or symbol.startswith(".LJTI"):
            raise Unsupported(f"a constant pool or jump table ({symbol})")
        if symbol.startswith(".L"):
            name = symbol[2:]
            self.globals.setdefault(name, f"@{name} = private unnamed_addr constant [1 x i8] zeroinitializer")
        else:
            name = symbol
            self.globals.setdefault(name, f"@{name} = external dso_local global i8")
        return self.offset(Value(f"@{name}", "ptr"), int(plus or "0"))

    def symbol(self, register: str, low_part: str) -> Value:
        """The global `%lo(sym)` completes with the `lui %hi(sym)` in `register`."""
        low = _LOW.match(low_part)
        assert low is not None
        if self.register(register).high != low.group("symbol") + (low.group("plus") or ""):
            raise Unsupported(f"{low_part}({register}) completes no `lui %hi` of its symbol")
        return self.global_(low.group("symbol"), low.group("plus"))

    def address(self, operand: str) -> Value:
        found = _MEMORY.match(operand)
        if not found:
            raise Unsupported(f"not a memory operand: {operand}")
        disp, base = found.group("disp"), found.group("base")
        if base == "s0":
            return self.slot(int(disp or "0", 0))
        if base == "sp":
            raise Unsupported(f"an address on the outgoing stack ({operand})")
        if _LOW.match(disp):
            return self.symbol(base, disp)
        written = list(self.written)  # an address read from an argument register: it may still be one
        pointer = self.as_type(self.register(base), "ptr")
        self.written = written
        return self.offset(pointer, int(disp or "0", 0))

    # ---- the function ----

    def module(self, triple: str, datalayout: str | None) -> str:
        for number, block in enumerate(self.blocks):
            self.block = block
            self.regs = {}
            self.written = []
            self.spilled = {}
            self.branched = False
            self.body.append(f"{block.label}:")
            for position, line in enumerate(block.lines):
                self.position = f"{number}.{position}"
                self.instruction(line)
            last = block.lines[-1] if block.lines else None
            if last is None or not self.ends_block(last.mnemonic):
                self.emit("unreachable")  # past the last call, which does not return
            self.spill_out[block.label] = dict(self.spilled)
        body = self._place_phis("\n".join(self.body))
        for placeholder, callee, arguments in self.calls:
            returns = self.call_returns.get(placeholder) or "void"
            args = ", ".join(f"{a.type} noundef {a.text}" for a in arguments)
            text = f"call {returns} @{callee}({args})"
            text = text if returns == "void" else f"{placeholder} = {text}"
            body = body.replace(f"<<{placeholder}>>", text, 1)
            if callee != self.name and callee not in self.callees:
                types = ", ".join(a.type for a in arguments)
                self.callees[callee] = f"declare dso_local {returns} @{callee}({types})"
        params = ", ".join(f"{p.type} noundef {p.text}" for p in self.params)
        allocas = "".join(f"  {name} = alloca {type_}\n" for name, type_, _ in self.slots.values())
        entry, _, rest = body.partition("\n")
        body = f"{entry}\n{allocas}{rest}"
        head = f'target triple = "{triple}"\n'
        if datalayout:
            head = f'target datalayout = "{datalayout}"\n' + head
        declarations = "".join(f"{d}\n" for d in self.globals.values())
        declarations += "".join(f"{d}\n" for d in self.callees.values())
        return (
            f"{head}\n{declarations}\ndefine dso_local {self.ret_type} @{self.name}({params}) #0 {{\n"
            f"{body}\n}}\n\nattributes #0 = {{ {self.attributes} }}\n\n{self.module_flags}"
        )

    def _place_phis(self, body: str) -> str:
        lines = body.split("\n")
        for block_label, offset, name, type_ in reversed(self.phis):
            incoming = []
            for pred in self.blocks:
                if block_label not in pred.successors:
                    continue
                value = self.spill_out.get(pred.label, {}).get(offset)
                if value is None:
                    raise Unsupported(f"a value reloaded in {block_label} that {pred.label} did not spill")
                if value.type != type_ and value.text[0] in "%@":
                    raise Unsupported(f"a reloaded value of two types ({value.type}, {type_})")
                text = value.text if value.type == type_ else self.constant(value, type_).text
                incoming.append(f"[ {text}, %{pred.label} ]")
            if not incoming or block_label == self.blocks[0].label:
                raise Unsupported(f"a value reloaded in {block_label}, which no block branches to")
            lines.insert(lines.index(f"{block_label}:") + 1, f"  {name} = phi {type_} {', '.join(incoming)}")
        return "\n".join(lines)

    def load(self, register: str, operand: str, bits: int, extend: str) -> None:
        """`register` = a load at `bits` from the address `operand` names, extended to 32 bits."""
        origin = f"load@{self.position}"
        wanted = "ptr" if bits == 32 and origin in self.known_pointers else f"i{bits}"
        pointer = self.address(operand)
        loaded = self.define(f"load {wanted}, ptr {pointer.text}", wanted, origin)
        if extend:
            loaded = self.define(f"{extend} i{bits} {loaded.text} to i32", "i32")
        self.set_register(register, loaded)

    def store(self, register: str, operand: str, bits: int) -> None:
        """A store of `register`'s low `bits` to the address `operand` names."""
        value = self.register(register)
        pointer = self.address(operand)
        if value.type == "i1":
            value = self.define(f"zext i1 {value.text} to i{bits}", f"i{bits}")
        elif bits != 32 or value.type not in ("i32", "ptr"):
            value = self.as_type(value, f"i{bits}")
        self.emit(f"store {value.type} {value.text}, ptr {pointer.text}")

    def instruction(self, line: Line) -> None:
        m, ops = line.mnemonic, line.operands
        if line.spill and m in ("lw", "sw"):
            self.spill(line, m == "sw")
        elif m in _LOADS:
            self.load(ops[0], ops[1], *_LOADS[m])
        elif m in _STORES:
            self.store(ops[0], ops[1], _STORES[m])
        elif m == "li":
            self.set_register(ops[0], Value(str(_signed(int(ops[1], 0), 32)), "i32"))
        elif m == "mv":  # a copy: the source may still be an argument (one constant in two registers)
            written = list(self.written)
            value = self.register(ops[1])
            self.written = written
            self.set_register(ops[0], value)
        elif m == "lui":
            upper = _HIGH.match(ops[1])
            if upper:
                symbol = upper.group("symbol") + (upper.group("plus") or "")
                self.set_register(ops[0], Value("0", "i32", high=symbol))
            else:
                self.set_register(ops[0], Value(str(_signed(int(ops[1], 0) << 12, 32)), "i32"))
        elif m == "addi" and ops[1] == "s0":  # a local's address
            self.set_register(ops[0], self.slot(int(ops[2], 0)))
        elif m == "addi" and _LOW.match(ops[2]):
            self.set_register(ops[0], self.symbol(ops[1], ops[2]))
        elif m in _BINARY:
            self.set_register(ops[0], self.arith(_BINARY[m], self.integer(ops[1]), self.integer(ops[2])))
        elif m in ("mulh", "mulhu"):  # a division by a constant, as the DAG expands it
            extend = "sext" if m == "mulh" else "zext"
            factors = [self.as_type(self.register(r), "i32") for r in ops[1:3]]
            wide = [self.define(f"{extend} i32 {f.text} to i64", "i64") for f in factors]
            product = self.define(f"mul i64 {wide[0].text}, {wide[1].text}", "i64")
            shifted = self.define(f"lshr i64 {product.text}, 32", "i64")
            self.set_register(ops[0], self.define(f"trunc i64 {shifted.text} to i32", "i32"))
        elif m in _IMMEDIATE:
            left = self.integer(ops[1])
            right = Value(str(_signed(int(ops[2], 0), 32)), "i32")
            if left.high and m == "addi":
                raise Unsupported("an addi to the upper half of an address")
            self.set_register(ops[0], self.arith(_IMMEDIATE[m], left, right))
        elif m in ("neg", "not"):
            value = self.as_type(self.register(ops[1]), "i32")
            operation = "sub i32 0, " if m == "neg" else "xor i32 -1, "
            self.set_register(ops[0], self.define(f"{operation}{value.text}", "i32"))
        elif m in _SET:
            left = self.as_type(self.register(ops[1]), "i32")
            right = (Value(str(_signed(int(ops[2], 0), 32)), "i32") if m.endswith(("i", "iu"))
                     else self.as_type(self.register(ops[2]), "i32"))
            self.set_register(ops[0], self.define(f"icmp {_SET[m]} i32 {left.text}, {right.text}", "i1"))
        elif m in ("seqz", "snez"):
            value = self.as_type(self.register(ops[1]), "i32")
            predicate = "eq" if m == "seqz" else "ne"
            self.set_register(ops[0], self.define(f"icmp {predicate} i32 {value.text}, 0", "i1"))
        elif m in _BRANCH or m in _BRANCH_ZERO:
            self.branch(line)
        elif m == "j" and not self.branched:  # after a conditional branch, that branch's other way
            self.emit(f"br label %{ops[0].lstrip('.')}")
        elif m == "j":
            pass
        elif m in ("call", "tail"):
            self.call(ops[0])
            if m == "tail":
                self.ret()
        elif m == "ret":
            self.ret()
        elif m == "nop":
            pass
        else:
            raise Unsupported(f"an instruction the translation does not read ({m})")

    def spill(self, line: Line, store: bool) -> None:
        offset = self.frame_offset(line.operands[1])
        if offset is None:
            raise Unsupported(f"a spill off no frame register ({line.operands[1]})")
        if store:  # not a read: the register may still be the next call's argument
            written = list(self.written)
            self.spilled[offset] = self.register(line.operands[0])
            self.written = written
            return
        if offset not in self.spilled:  # spilled at the end of each predecessor: a phi of those values
            origin = f"phi:{self.block.label}:{offset}"
            type_ = "ptr" if origin in self.known_pointers else "i32"
            for pred in self.blocks:  # a predecessor read already says the type
                known = self.spill_out.get(pred.label, {}).get(offset)
                if self.block.label in pred.successors and known is not None and known.text[0] in "%@":
                    type_ = known.type
                    break
            name = self.fresh("phi")
            self.phis.append((self.block.label, offset, name, type_))
            self.spilled[offset] = Value(name, type_, origin)
        self.set_register(line.operands[0], self.spilled[offset])

    def arith(self, operation: str, left: Value, right: Value) -> Value:
        if operation == "add" and (left.type == "ptr" or right.type == "ptr"):
            pointer, index = (left, right) if left.type == "ptr" else (right, left)
            if re.fullmatch(r"-?\d+", index.text):
                return self.offset(pointer, int(index.text))
            return self.define(f"getelementptr inbounds i8, ptr {pointer.text}, i32 {index.text}", "ptr")
        left, right = self.as_type(left, "i32"), self.as_type(right, "i32")
        origin = f"arith@{self.position}"
        return self.define(f"{operation} i32 {left.text}, {right.text}", "i32", origin)

    def branch(self, line: Line) -> None:
        m, ops = line.mnemonic, line.operands
        if m in _BRANCH_ZERO:
            predicate, left, right = _BRANCH_ZERO[m], self.register(ops[0]), Value("0", "i32")
        else:
            predicate, left, right = _BRANCH[m], self.register(ops[0]), self.register(ops[1])
        if left.type == "i1" and right.text == "0" and predicate in ("eq", "ne"):
            condition = left if predicate == "ne" else self.define(f"xor i1 {left.text}, true", "i1")
        else:
            kind = "ptr" if left.type == "ptr" and right.type == "ptr" else "i32"
            left, right = self.as_type(left, kind), self.as_type(right, kind)
            condition = self.define(f"icmp {predicate} {kind} {left.text}, {right.text}", "i1")
        taken = ops[-1].lstrip(".")
        others = [s for s in self.block.successors if s != taken]
        if not others:
            raise Unsupported(f"a branch to {taken} with no other way on")
        self.emit(f"br i1 {condition.text}, label %{taken}, label %{others[-1]}")
        self.branched = True

    def call(self, callee: str) -> None:
        callee = callee.removesuffix("@plt")
        if not _SYMBOL.match(callee):
            raise Unsupported(f"an indirect call ({callee})")
        count = 0
        while count < len(self.arguments) and self.arguments[count] in self.written:
            count += 1
        used = list(self.arguments[:count])
        following = self.arguments[count + 1 : count + 3]
        arguments: list[Value] = []
        whole: Value | None = None  # the 64-bit argument joined from two edited halves
        if count % 2 and len(following) == 2 and all(r in self.written for r in following):
            # AAPCS: a 64-bit argument starts at an even register, the odd one before it left unset
            if not self.pair(following):
                whole = self.join(following)
            used += following
        else:  # the last call's result passed straight on, below arguments set since
            highest = max((n for n, r in enumerate(self.arguments) if r in self.written), default=-1)
            unset = self.arguments[count : highest + 1]
            if highest >= count and all(r in self.written or self.result(r) for r in unset):
                for register in unset:
                    self.register(register)  # read: a 64-bit result's upper half found so
                    self.written.append(register)
                used = list(self.arguments[: highest + 1])
        registers = list(used)
        while registers:
            if whole is not None and registers == list(following):
                arguments.append(whole)
                break
            if len(registers) >= 2 and self.pair(registers[:2]):  # the halves of one 64-bit value
                arguments.append(self.halves[self.regs[registers[0]].text][0])
                del registers[:2]
                continue
            value = self.regs[registers.pop(0)]
            arguments.append(value if value.type in ("i32", "ptr") else self.as_type(value, "i32"))
        for register in used:
            self.written.remove(register)
        placeholder = self.fresh("call")
        self.calls.append((placeholder, callee, arguments))
        self.call_returns[placeholder] = ""
        self.body.append(f"  <<{placeholder}>>")
        self.regs = {k: v for k, v in self.regs.items() if k in self.saved}
        origin = f"call@{self.position}"
        low, high_register = self.arguments[:2]  # where the result is
        if f"wide:{origin}" in self.known_pointers:  # a 64-bit result (a long long, a soft-float double)
            self.call_returns[placeholder] = "i64"
            high = self.define(f"lshr i64 {placeholder}, 32", "i64")
            self.regs[low] = self.define(f"trunc i64 {placeholder} to i32", "i32")
            self.regs[high_register] = self.define(f"trunc i64 {high.text} to i32", "i32")
            whole = Value(placeholder, "i64")
            self.halves[self.regs[low].text] = (whole, 0)
            self.halves[self.regs[high_register].text] = (whole, 1)
        else:
            self.regs[low] = Value(placeholder, "i32", origin)
            self.regs[high_register] = Value("0", "i32", f"wide:{origin}")
        self.written = []

    def result(self, register: str) -> bool:
        """Whether the register holds (half of) the last call's result."""
        value = self.regs.get(register)
        if value is None:
            return False
        return value.origin.startswith(("call@", "wide:")) or value.text in self.halves

    def pair(self, registers: tuple[str, ...] | list[str]) -> bool:
        """Whether the two registers, both set since the last call, hold the low and high half of one
        64-bit value."""
        if not all(r in self.written and r in self.regs for r in registers):
            return False
        low, high = (self.halves.get(self.regs[r].text) for r in registers)
        return low is not None and high is not None and low == (high[0], 0) and high[1] == 1

    def join(self, registers: tuple[str, ...] | list[str]) -> Value:
        """The two registers' values made the halves of one 64-bit value (a 64-bit result, a soft-float
        double's bits edited half by half: `bic r3, r1, #0x80000000` is fabs)."""
        low, high = (self.as_type(self.regs[r], "i32") for r in registers)
        lower = self.define(f"zext i32 {low.text} to i64", "i64")
        upper = self.define(f"zext i32 {high.text} to i64", "i64")
        shifted = self.define(f"shl i64 {upper.text}, 32", "i64")
        whole = self.define(f"or i64 {lower.text}, {shifted.text}", "i64")
        if low.text.startswith("%") and high.text.startswith("%"):  # a constant is no one value's half
            self.halves[low.text], self.halves[high.text] = (whole, 0), (whole, 1)
        self.regs[registers[0]], self.regs[registers[1]] = low, high
        return whole

    def ret(self) -> None:
        low, high_register = self.arguments[:2]  # where the result is
        value = self.regs.get(low) if low in self.written else None
        high = self.regs.get(high_register) if high_register in self.written else None
        if value is not None and high is not None:  # a 64-bit result in a0 and a1
            value = self.join((low, high_register))
        if value is None or self.call_returns.get(value.text) == "":  # none, or a result never read
            self.emit("ret void")
            return
        if value.type == "i1":
            value = self.define(f"zext i1 {value.text} to i32", "i32")
        if value.type not in ("i32", "ptr", "i64"):
            value = self.as_type(value, "i32")
        self.ret_type = value.type
        self.emit(f"ret {value.type} {value.text}")


def _access_bits(line: Line) -> int:
    if line.mnemonic in _LOADS:
        return _LOADS[line.mnemonic][0]
    return _STORES.get(line.mnemonic, 0)
