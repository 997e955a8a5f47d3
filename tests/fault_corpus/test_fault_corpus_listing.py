"""Part of the fault corpus: careless or hostile x86-64, riscv32 and thumbv7m listings given to the
listing translations (lift/listing.py, listing_riscv.py, listing_thumb.py). Garbage, a listing cut off
anywhere, odd operands and numbers never raise: the translation gives no IR and a reason (or IR the
compiler then judges), each case in well under a second."""

from __future__ import annotations

import random
import time

import pytest

from irlens.lift.listing import translate_listing
from irlens.lift.listing_riscv import translate_riscv_listing
from irlens.lift.listing_thumb import translate_thumb_listing

TRIPLE = "x86_64-unknown-linux-gnu"
# clang-19 -O0 of `int sum(int *xs, int n)` (a loop, a field, a call): the base of the cut-off cases
LISTING = """\
sum:                                    # @sum
\t.cfi_startproc
# %bb.0:
\tpushq\t%rbp
\tmovq\t%rsp, %rbp
\tsubq\t$16, %rsp
\tmovq\t%rdi, -8(%rbp)
\tmovl\t%esi, -12(%rbp)
\tmovl\t$0, -16(%rbp)
.LBB0_1:
\tmovl\t-16(%rbp), %eax
\tcmpl\t-12(%rbp), %eax
\tjge\t.LBB0_3
# %bb.2:
\tmovq\t-8(%rbp), %rax
\tmovslq\t-16(%rbp), %rcx
\tmovl\t(%rax,%rcx,4), %edi
\tcallq\tuse@PLT
\tmovl\t%eax, -16(%rbp)
\tjmp\t.LBB0_1
.LBB0_3:
\tmovl\t-16(%rbp), %eax
\taddq\t$16, %rsp
\tpopq\t%rbp
\tretq
.Lfunc_end0:
\t.size\tsum, .Lfunc_end0-sum
"""

ODD = [
    "",
    "sum:\n",
    "sum:\n\tpushq\t%rbp\n",
    "\x00\x01\x02 sum: \xff",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t(%rax,,), %eax\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t$99999999999999999999999, -4(%rbp)\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t-0x(%rbp), %eax\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tjne\t.Lnowhere\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t-4(%rbp)\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tcallq\t*\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t%eax, -4(%rbp)  # 4-byte Reload\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovb\t-1(%rbp), %al  # 1-byte Reload\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tsubl\t$3, %eax\n\tje\t.LBB0_1\n.LBB0_1:\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t24(%rbp), %eax\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t%eax, 8(%rsp)\n\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovsd\t%xmm3, -8(%rbp)\n\tcvttsd2si\t-8(%rbp), %eax\n"
    "\tretq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\t" + "addl\t$1, %eax\n\t" * 3000 + "retq\n",
    "sum:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t$1, %eax\n\tmovl\t%eax, \u202e-4(%rbp)\n\tretq\n",
]


def _bounded(text: str) -> None:
    started = time.monotonic()
    result = translate_listing(text, "sum", triple=TRIPLE, datalayout=None)
    assert time.monotonic() - started < 5
    assert (result.ir is None) == (result.problem is not None)
    if result.ir is None:
        assert result.problem and len(result.problem) < 400


@pytest.mark.parametrize("text", ODD)
def test_odd_listings_give_a_reason_never_an_exception(text: str) -> None:
    _bounded(text)


def test_a_listing_cut_off_anywhere_gives_a_reason_or_ir() -> None:
    for end in range(0, len(LISTING), 7):
        _bounded(LISTING[:end])
    assert translate_listing(LISTING, "sum", triple=TRIPLE, datalayout=None).ir is not None


def test_shuffled_and_mangled_lines_never_raise() -> None:
    lines = LISTING.splitlines()
    chance = random.Random(24)
    for _ in range(200):
        mangled = lines[:2] + chance.sample(lines[2:], len(lines) - 2)
        if chance.random() < 0.5:
            at = chance.randrange(len(mangled))
            mangled[at] = mangled[at].replace("%", chance.choice(["", "%%", "$", "("]))
        _bounded("\n".join(mangled) + "\n")


# riscv32 (lift/listing_riscv.py): clang-19 -O0 of `int sum(int *xs, int n)` (a loop, a global, a call)
RISCV_LISTING = """\
sum:                                    # @sum
# %bb.0:
\taddi\tsp, sp, -16
\tsw\tra, 12(sp)                      # 4-byte Folded Spill
\tsw\ts0, 8(sp)                       # 4-byte Folded Spill
\taddi\ts0, sp, 16
\tsw\ta0, -12(s0)
\tsw\ta1, -16(s0)
.LBB0_1:
\tlw\ta0, -16(s0)
\tlui\ta1, %hi(limit)
\tlw\ta1, %lo(limit)(a1)
\tbge\ta0, a1, .LBB0_3
\tj\t.LBB0_2
.LBB0_2:
\tlw\ta0, -12(s0)
\tlw\ta0, 0(a0)
\tsw\ta0, -20(s0)                     # 4-byte Folded Spill
\tcall\tuse
\tlw\ta1, -20(s0)                     # 4-byte Folded Reload
\tadd\ta0, a0, a1
\tsw\ta0, -16(s0)
\tj\t.LBB0_1
.LBB0_3:
\tlw\ta0, -16(s0)
\tlw\tra, 12(sp)                      # 4-byte Folded Reload
\tlw\ts0, 8(sp)                       # 4-byte Folded Reload
\taddi\tsp, sp, 16
\tret
.Lfunc_end0:
\t.size\tsum, .Lfunc_end0-sum
"""
RISCV_PROLOGUE = "sum:\n\taddi\tsp, sp, -16\n\tsw\tra, 12(sp)\n\tsw\ts0, 8(sp)\n\taddi\ts0, sp, 16\n"
RISCV_ODD = [
    "",
    "sum:\n\taddi\tsp, sp, -16\n",
    RISCV_PROLOGUE + "\tlw\ta0, %lo(g)(a0)\n\tret\n",  # a %lo with no `lui %hi` before it
    RISCV_PROLOGUE + "\tlw\ta0, -99999999999999999999(s0)\n\tret\n",
    RISCV_PROLOGUE + "\tlw\ta0, 8(s0)\n\tret\n",
    RISCV_PROLOGUE + "\tlw\ta0, -20(s0)  # 4-byte Folded Reload\n\tret\n",
    RISCV_PROLOGUE + "\tbnez\ta0, .Lnowhere\n\tret\n",
    RISCV_PROLOGUE + "\tjalr\ta2\n\tret\n",
    RISCV_PROLOGUE + "\tadd\ta0, a0\n\tret\n",
    RISCV_PROLOGUE + "\tsw\ta5, -12(s0)\n\tret\n",
    RISCV_PROLOGUE + "\taddi\ta0, a0, 1\n" * 3000 + "\tret\n",
]


def _bounded_riscv(text: str) -> None:
    started = time.monotonic()
    result = translate_riscv_listing(text, "sum", triple="riscv32-unknown-elf", datalayout=None)
    assert time.monotonic() - started < 5
    assert (result.ir is None) == (result.problem is not None)
    if result.ir is None:
        assert result.problem and len(result.problem) < 400


@pytest.mark.parametrize("text", RISCV_ODD)
def test_odd_riscv32_listings_give_a_reason_never_an_exception(text: str) -> None:
    _bounded_riscv(text)


def test_a_riscv32_listing_cut_off_or_shuffled_gives_a_reason_or_ir() -> None:
    for end in range(0, len(RISCV_LISTING), 7):
        _bounded_riscv(RISCV_LISTING[:end])
    assert translate_riscv_listing(RISCV_LISTING, "sum", triple="riscv32-unknown-elf", datalayout=None).ir
    lines = RISCV_LISTING.splitlines()
    chance = random.Random(32)
    for _ in range(200):
        mangled = lines[:2] + chance.sample(lines[2:], len(lines) - 2)
        if chance.random() < 0.5:
            at = chance.randrange(len(mangled))
            mangled[at] = mangled[at].replace(",", chance.choice(["", ",,", "(", ")"]))
        _bounded_riscv("\n".join(mangled) + "\n")


# thumbv7m (lift/listing_thumb.py): clang-19 -O0 of a loop with a global and a call
THUMB_LISTING = """\
sum:
@ %bb.0:
\tpush\t{r7, lr}
\tmov\tr7, sp
\tsub\tsp, #8
\tstr\tr0, [sp, #4]
\tstr\tr1, [sp]
\tb\t.LBB0_1
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
\tldr\tr0, [sp]
\tmovw\tr1, :lower16:limit
\tmovt\tr1, :upper16:limit
\tldr\tr1, [r1]
\tcmp\tr0, r1
\tbge\t.LBB0_3
\tb\t.LBB0_2
.LBB0_2:                                @   in Loop: Header=BB0_1 Depth=1
\tldr\tr0, [sp, #4]
\tldr\tr0, [r0]
\tbl\tuse
\tldr\tr1, [sp]
\tadd\tr0, r1
\tstr\tr0, [sp]
\tb\t.LBB0_1
.LBB0_3:
\tldr\tr0, [sp]
\tadd\tsp, #8
\tpop\t{r7, pc}
.Lfunc_end0:
"""
THUMB_PROLOGUE = "sum:\n\tpush\t{r7, lr}\n\tmov\tr7, sp\n\tsub\tsp, #8\n"
THUMB_ODD = [
    "",
    "sum:\n\tpush\t{r4, r5, lr}\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tmovt\tr0, :upper16:g\n\tbx\tlr\n",  # a movt with no movw
    THUMB_PROLOGUE + "\tldr\tr0, [sp, #99999999999999999999]\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tldr\tr0, [sp, #16]\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tldr\tr0, [sp]  @ 4-byte Reload\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tbne\t.Lnowhere\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tblx\tr2\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tadd.w\tr0, r0, r0, ror #3\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tldr\tr0, [r1, r2, lsl #]\n\tbx\tlr\n",
    THUMB_PROLOGUE + "\tadds\tr0, #1\n" * 3000 + "\tbx\tlr\n",
]


def _bounded_thumb(text: str) -> None:
    started = time.monotonic()
    result = translate_thumb_listing(text, "sum", triple="thumbv7m-none-eabi", datalayout=None)
    assert time.monotonic() - started < 5
    assert (result.ir is None) == (result.problem is not None)
    if result.ir is None:
        assert result.problem and len(result.problem) < 400


@pytest.mark.parametrize("text", THUMB_ODD)
def test_odd_thumbv7m_listings_give_a_reason_never_an_exception(text: str) -> None:
    _bounded_thumb(text)


def test_a_thumbv7m_listing_cut_off_or_shuffled_gives_a_reason_or_ir() -> None:
    for end in range(0, len(THUMB_LISTING), 7):
        _bounded_thumb(THUMB_LISTING[:end])
    assert translate_thumb_listing(THUMB_LISTING, "sum", triple="thumbv7m-none-eabi", datalayout=None).ir
    lines = THUMB_LISTING.splitlines()
    chance = random.Random(7)
    for _ in range(200):
        mangled = lines[:2] + chance.sample(lines[2:], len(lines) - 2)
        if chance.random() < 0.5:
            at = chance.randrange(len(mangled))
            mangled[at] = mangled[at].replace(",", chance.choice(["", ",,", "[", "]", "{"]))
        _bounded_thumb("\n".join(mangled) + "\n")
