"""Translating a thumbv7m -O0 listing to LLVM IR, instruction by instruction (the "listing" candidate).

Thumb-2 -O0 code is FastISel's (each IR instruction selected on its own) with the fast register
allocator, every local and parameter in a stack slot off sp (`sub sp, #N`; `push {r7, lr}; mov r7, sp`
first where the function calls). The reader turns the frame's operands into offsets below its top and
reuses the riscv32 reader's IR building (listing_riscv: values, allocas, spills, phis, calls, returns):
loads and stores at their widths with their extensions, two- and three-operand arithmetic (a shifted
operand too), `movw`/`movt` constants and globals, extensions (`uxtb`, ...), `cmp` + `b<cond>`, `bl`.
It refuses, with a reason, `it` blocks, literal pools, indirect calls and anything else it does not read.
"""

from __future__ import annotations

import re

from irlens.lift.listing import Translation, Unsupported, _signed, translate_with
from irlens.lift.listing_riscv import Block, Line, Value, _Reading, read_labelled_blocks

ATTRIBUTES = (
    'noinline nounwind optnone "frame-pointer"="all" "no-trapping-math"="true" '
    '"stack-protector-buffer-size"="8" "target-cpu"="cortex-m3" '
    '"target-features"="+armv7-m,+hwdiv,+soft-float,+thumb-mode" "use-soft-float"="true"'
)
MODULE_FLAGS = (
    '!llvm.module.flags = !{!0, !1, !2}\n!0 = !{i32 1, !"wchar_size", i32 4}\n'
    '!1 = !{i32 1, !"min_enum_size", i32 4}\n!2 = !{i32 7, !"frame-pointer", i32 2}\n'
)
_CONDITIONS = {"eq": "eq", "ne": "ne", "lt": "slt", "le": "sle", "gt": "sgt", "ge": "sge", "lo": "ult",
               "cc": "ult", "ls": "ule", "hi": "ugt", "hs": "uge", "cs": "uge"}
_LOADS = {"ldr": (32, ""), "ldrh": (16, "zext"), "ldrsh": (16, "sext"), "ldrb": (8, "zext"),
          "ldrsb": (8, "sext")}
_STORES = {"str": 32, "strh": 16, "strb": 8}
_BINARY = {"add": "add", "sub": "sub", "mul": "mul", "and": "and", "orr": "or", "eor": "xor",
           "lsl": "shl", "lsr": "lshr", "asr": "ashr", "sdiv": "sdiv", "udiv": "udiv"}
_SHIFTS = {"lsl": "shl", "lsr": "lshr", "asr": "ashr"}
_EXTENDS = {"uxtb": ("zext", 8), "uxth": ("zext", 16), "sxtb": ("sext", 8), "sxth": ("sext", 16)}
_MEMORY = re.compile(r"^\[(?P<base>\w+)(?:,\s*(?P<index>#-?\w+|\w+)(?:,\s*lsl #(?P<shift>\d+))?)?\]$")
_FRAME = re.compile(r"^\[fp, #(?P<offset>-?\d+)\]$")  # a slot, as the frame reading rewrites it
_FLAG_SETTING = {*_BINARY, "bic", "mov", "mvn", "rsb"}  # each also as `<op>s`
_SYMBOL_HALF = re.compile(r"^:(lower|upper)16:(?P<symbol>[\w.$]+)$")


def translate_thumb_listing(
    asm_text: str, function_name: str, *, triple: str, datalayout: str | None
) -> Translation:
    """The IR of `function_name`'s thumbv7m -O0 listing in `asm_text`, or why there is none."""
    return translate_with(lambda: _read_blocks(asm_text, function_name),
                          lambda blocks, pointers: _ThumbReading(blocks, function_name, pointers),
                          triple, datalayout)


def _mnemonic(text: str) -> str:
    """The instruction without its width suffix (`add.w`: add)."""
    return text.removesuffix(".w").removesuffix(".n")


def _read_blocks(asm_text: str, function_name: str) -> list[Block]:
    blocks = read_labelled_blocks(asm_text, function_name, comment="@", end=".fnend",
                                  line=lambda mnemonic, rest, spill: Line(
                                      _mnemonic(mnemonic), _operands(rest), spill))
    _strip_frame(blocks)
    for number, block in enumerate(blocks):
        last = block.lines[-1] if block.lines else None
        following = blocks[number + 1].label if number + 1 < len(blocks) else None
        block.successors = [
            line.operands[-1].lstrip(".") for line in block.lines if _is_branch(line.mnemonic)
        ]
        conditional = last is not None and _is_branch(last.mnemonic) and last.mnemonic != "b"
        if conditional and following is not None:
            block.successors.append(following)
    return blocks


def _operands(text: str) -> list[str]:
    operands, depth, current = [], 0, ""
    for char in text.strip():
        if char == "," and depth == 0:
            operands.append(current.strip())
            current = ""
            continue
        depth += char in "[{"
        depth -= char in "]}"
        current += char
    if current.strip():
        operands.append(current.strip())
    return operands


def _is_branch(mnemonic: str) -> bool:
    return mnemonic in ("b", "cbz", "cbnz") or (mnemonic.startswith("b") and mnemonic[1:] in _CONDITIONS)


def _strip_frame(blocks: list[Block]) -> None:
    """The blocks without the prologue (`push {r7, lr}; mov r7, sp`, `sub sp, #N`) and the epilogues
    (`add sp, #N`, `pop {r7, pc}`: a return), each frame operand rewritten `[fp, #offset]`, its offset
    below the frame's top."""
    first = blocks[0].lines
    pushed = bool(first) and first[0].mnemonic == "push"
    saved = first[0].operands[0] if pushed else ""  # `{r4, r6, r7, lr}`: r7 is 8 bytes above sp
    below = 4 * (saved.count(",") - 1)
    if pushed:
        setup = (first[1].mnemonic, first[1].operands) if len(first) > 1 else ("", [])
        frame_pointer = (("mov", ["r7", "sp"]), ("add", ["r7", "sp", f"#{below}"]))
        if not saved.endswith("r7, lr}") or setup not in frame_pointer:
            raise Unsupported("not a thumbv7m -O0 listing: no push {..., r7, lr}; add r7, sp, #N prologue")
        del first[:2]
    size = 0
    if first and first[0].mnemonic == "sub" and first[0].operands[0] == "sp":
        size = int(first[0].operands[-1].lstrip("#"), 0)
        del first[0]
    for block in blocks:
        kept = []
        for line in block.lines:
            ops = line.operands
            if line.mnemonic == "add" and ops[:1] == ["sp"]:
                continue  # the epilogue's
            if line.mnemonic == "pop":
                if ops != [saved.replace("lr}", "pc}")]:
                    raise Unsupported(f"a pop other than the epilogue's ({ops})")
                kept.append(Line("bx", ["lr"]))
                continue
            if line.mnemonic in ("push", "pop") or (ops[:1] == ["sp"] and line.mnemonic != "bl"):
                raise Unsupported(f"a change of sp the translation does not read ({line.mnemonic})")
            if line.mnemonic == "mov" and ops[1:] == ["sp"]:
                line = Line("add", [ops[0], "fp", f"#{-size}"], line.spill)
            elif line.mnemonic == "add" and len(ops) == 3 and ops[1] == "sp":
                line = Line("add", [ops[0], "fp", f"#{int(ops[2].lstrip('#'), 0) - size}"], line.spill)
            else:
                line = Line(line.mnemonic, [_frame_operand(o, size, pushed, below) for o in ops], line.spill)
            kept.append(line)
        block.lines = kept


def _frame_operand(operand: str, size: int, pushed: bool, below: int) -> str:
    found = _MEMORY.match(operand)
    if not found or found.group("base") not in ("sp", "r7") or (found.group("index") or "#").startswith(
        "r"
    ):
        return operand
    offset = int((found.group("index") or "#0").lstrip("#"), 0)
    if found.group("base") == "r7":
        if not pushed:
            raise Unsupported("r7 used as the frame pointer without the prologue that sets it")
        return f"[fp, #{offset + below}]"
    return f"[fp, #{offset - size}]"


class _ThumbReading(_Reading):
    arguments = ("r0", "r1", "r2", "r3")
    saved = ("r4", "r5", "r6", "r8", "r9", "r10", "r11")
    attributes = ATTRIBUTES
    module_flags = MODULE_FLAGS

    def __init__(self, blocks: list[Block], name: str, known_pointers: set[str]) -> None:
        self.flags: tuple[Value, Value] | None = None  # the last `cmp`'s operands
        self.quotients: dict[str, tuple[str, Value, Value]] = {}  # (sdiv|udiv, dividend, divisor)
        self.predicate: str | None = None  # the condition of an `it` block's one instruction
        super().__init__(blocks, name, known_pointers)

    @staticmethod
    def ends_block(mnemonic: str) -> bool:
        return mnemonic == "bx" or _is_branch(mnemonic)

    @staticmethod
    def frame_offset(operand: str) -> int | None:
        found = _FRAME.match(operand)
        return int(found.group("offset")) if found else None

    def _frame(self) -> dict[int, tuple[str, str, int]]:
        widths: dict[int, int] = {}
        for block in self.blocks:
            for line in block.lines:
                if line.mnemonic == "add" and line.operands[1:2] == ["fp"]:
                    taken = int(line.operands[2].lstrip("#"))  # an address taken
                    widths[taken] = max(widths.get(taken, 0), 0)
                    continue
                for operand in line.operands:
                    found = self.frame_offset(operand)
                    if found is None or line.spill:
                        continue
                    offset = found
                    if offset >= 0:
                        raise Unsupported(f"a parameter passed on the stack ({operand})")
                    width = _access_bits(line) // 8
                    widths[offset] = max(widths.get(offset, 0), width)
        slots: dict[int, tuple[str, str, int]] = {}
        end = 0
        for offset in sorted(widths, reverse=True):
            if -offset <= end:
                continue
            width = widths[offset]
            natural = -(-(end + width) // max(width, 1)) * max(width, 1) if width else 0
            name = f"%slot{-offset}"
            if width and natural == -offset:
                slots[offset] = (name, f"i{width * 8}, align {width}", width)
            else:
                size = -offset - end
                slots[offset] = (name, f"[{size} x i8], align {min(8, -offset & offset)}", size)
            end = -offset
        return slots

    def address(self, operand: str) -> Value:
        offset = self.frame_offset(operand)
        if offset is not None:
            return self.slot(offset)
        found = _MEMORY.match(operand)
        if not found:
            raise Unsupported(f"not a memory operand: {operand}")
        written = list(self.written)  # an address read from an argument register: it may still be one
        pointer = self.as_type(self.register(found.group("base")), "ptr")
        index = found.group("index")
        if index and index.startswith("#"):
            pointer = self.offset(pointer, int(index[1:], 0))
        elif index:
            step = self.as_type(self.register(index), "i32")
            if found.group("shift"):
                step = self.define(f"shl i32 {step.text}, {found.group('shift')}", "i32")
            pointer = self.define(f"getelementptr inbounds i8, ptr {pointer.text}, i32 {step.text}", "ptr")
        self.written = written
        return pointer

    def operand(self, text: str) -> Value:
        if text.startswith("#"):
            return Value(str(_signed(int(text[1:], 0), 32)), "i32")
        return self.integer(text)

    def instruction(self, line: Line) -> None:
        m, ops = line.mnemonic, line.operands
        base = m[:-1] if m.endswith("s") and m[:-1] in _FLAG_SETTING else m  # `adds`: add
        if self.predicate is not None:
            self.predicated(line)
        elif m == "it" and ops and ops[0] in _CONDITIONS:  # one instruction on a condition
            self.predicate = ops[0]
        elif line.spill and m in ("ldr", "str"):
            self.spill(line, m == "str")
        elif m in _LOADS:
            self.load(ops[0], ops[1], *_LOADS[m])
        elif m in _STORES:
            self.store(ops[0], ops[1], _STORES[m])
        elif base in ("mov", "movw") and _SYMBOL_HALF.match(ops[1]):
            half = _SYMBOL_HALF.match(ops[1])
            assert half is not None
            self.set_register(ops[0], Value("0", "i32", high=half.group("symbol")))
        elif m == "movt" and _SYMBOL_HALF.match(ops[1]):
            half = _SYMBOL_HALF.match(ops[1])
            assert half is not None
            if self.register(ops[0]).high != half.group("symbol"):
                raise Unsupported(f"a movt of {half.group('symbol')} with no movw of it")
            symbol = half.group("symbol")
            self.set_register(ops[0], self.global_(symbol, None))
        elif base in ("mov", "movw"):  # a copy: the source may still be an argument
            written = list(self.written)
            value = self.operand(ops[1])
            self.written = written
            self.set_register(ops[0], value)
        elif m == "movt":
            low = self.register(ops[0])
            if not re.fullmatch(r"-?\d+", low.text):
                raise Unsupported("a movt over a value not a constant")
            combined = (int(low.text) & 0xFFFF) | (int(ops[1].lstrip("#"), 0) << 16)
            self.set_register(ops[0], Value(str(_signed(combined, 32)), "i32"))
        elif base == "mvn":
            value = self.operand(ops[1])
            self.set_register(ops[0], self.define(f"xor i32 {self.as_type(value, 'i32').text}, -1", "i32"))
        elif base == "rsb" and ops[-1] == "#0":
            value = self.as_type(self.operand(ops[-2]), "i32")
            self.set_register(ops[0], self.define(f"sub i32 0, {value.text}", "i32"))
        elif base == "add" and ops[1:2] == ["fp"]:  # a local's address
            self.set_register(ops[0], self.slot(int(ops[2].lstrip("#"))))
        elif base in _BINARY or base == "bic":
            self.binary(base, ops)
        elif m == "mls" and self.remainder(ops):
            pass
        elif m == "mls":  # ra - rn * rm
            product = self.arith("mul", self.integer(ops[1]), self.integer(ops[2]))
            self.set_register(ops[0], self.arith("sub", self.integer(ops[3]), product))
        elif m in _EXTENDS:
            extend, bits = _EXTENDS[m]
            value = self.as_type(self.register(ops[1]), "i32")
            narrow = self.define(f"trunc i32 {value.text} to i{bits}", f"i{bits}")
            self.set_register(ops[0], self.define(f"{extend} i{bits} {narrow.text} to i32", "i32"))
        elif m in ("cbz", "cbnz"):
            self.flags = (self.operand(ops[0]), Value("0", "i32"))
            self.condition_branch("eq" if m == "cbz" else "ne", ops[1].lstrip("."))
        elif m == "clz":
            value = self.as_type(self.register(ops[1]), "i32")
            self.callees["llvm.ctlz.i32"] = "declare i32 @llvm.ctlz.i32(i32, i1)"
            counted = self.define(f"call i32 @llvm.ctlz.i32(i32 {value.text}, i1 false)", "i32")
            self.set_register(ops[0], counted)
        elif m == "cmp":
            self.flags = (self.operand(ops[0]), self.operand(ops[1]))
        elif _is_branch(m) and m != "b":  # b<cond>
            self.condition_branch(m[1:], ops[0].lstrip("."))
        elif m == "b" and not self.branched:
            self.emit(f"br label %{ops[0].lstrip('.')}")
        elif m == "b":
            pass
        elif m == "bl":
            self.call(ops[0])
        elif m == "bx" and ops == ["lr"]:
            self.ret()
        elif m == "nop":
            pass
        else:
            raise Unsupported(f"an instruction the translation does not read ({m})")

    def binary(self, base: str, ops: list[str]) -> None:
        shift = None
        if len(ops) == 4:  # a shifted operand: `add.w r1, r1, r1, lsl #1`
            kind, _, amount = ops[3].partition(" ")
            if kind not in _SHIFTS:
                raise Unsupported(f"a shifted operand {ops[3]}")
            shift = (_SHIFTS[kind], amount.lstrip("#"))
            ops = ops[:3]
        left, right = (ops[0], ops[1]) if len(ops) == 2 else (ops[1], ops[2])
        right_value = self.operand(right)
        if shift is not None:
            right_value = self.arith(shift[0], right_value, Value(shift[1], "i32"))
        if base == "bic":
            right_value = self.define(f"xor i32 {self.as_type(right_value, 'i32').text}, -1", "i32")
        operation = "and" if base == "bic" else _BINARY[base]
        left_value = self.operand(left)
        result = self.arith(operation, left_value, right_value)
        if operation in ("sdiv", "udiv"):
            self.quotients[result.text] = (operation, left_value, right_value)
        self.set_register(ops[0], result)

    def remainder(self, ops: list[str]) -> bool:
        """`mls r, q, b, a` after `q = a / b`: FastISel's remainder, read back as srem/urem."""
        quotient = self.quotients.get(self.regs[ops[1]].text) if ops[1] in self.regs else None
        if quotient is None or len(ops) != 4:
            return False
        operation, dividend, divisor = quotient
        if self.regs.get(ops[2]) is not divisor and self.regs.get(ops[2], Value("", "")).text != divisor.text:
            return False
        if self.regs.get(ops[3], Value("", "")).text != dividend.text:
            return False
        for name in ops[1:]:
            self.register(name)
        kind = "srem" if operation == "sdiv" else "urem"
        self.set_register(ops[0], self.arith(kind, dividend, divisor))
        return True

    def predicated(self, line: Line) -> None:
        """`it <cond>; mov<cond> rd, x`: rd = cond ? x : rd (a compare's 0 or 1 where rd held 0)."""
        code, self.predicate = self.predicate, None
        assert code is not None
        if line.mnemonic != f"mov{code}" or len(line.operands) != 2:
            raise Unsupported(f"an it block's {line.mnemonic} (only a mov on its condition is read)")
        target, source = line.operands
        condition = self.compare(code)
        before = self.as_type(self.register(target), "i32")
        value = self.as_type(self.operand(source), "i32")
        if before.text == "0" and value.text == "1":
            self.set_register(target, condition)
            return
        chosen = self.define(f"select i1 {condition.text}, i32 {value.text}, i32 {before.text}", "i32")
        self.set_register(target, chosen)

    def compare(self, code: str) -> Value:
        if self.flags is None:
            raise Unsupported(f"a condition {code} with no cmp before it in its block")
        left, right = self.flags
        kind = "ptr" if left.type == "ptr" and right.type == "ptr" else "i32"
        left, right = self.as_type(left, kind), self.as_type(right, kind)
        return self.define(f"icmp {_CONDITIONS[code]} {kind} {left.text}, {right.text}", "i1")

    def condition_branch(self, code: str, taken: str) -> None:
        condition = self.compare(code)
        others = [s for s in self.block.successors if s != taken]
        if not others:
            raise Unsupported(f"a branch to {taken} with no other way on")
        self.emit(f"br i1 {condition.text}, label %{taken}, label %{others[-1]}")
        self.branched = True


def _access_bits(line: Line) -> int:
    if line.mnemonic in _LOADS:
        return _LOADS[line.mnemonic][0]
    return _STORES.get(line.mnemonic, 0)
