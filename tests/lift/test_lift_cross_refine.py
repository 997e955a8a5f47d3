"""Repairs and compiler-guided refinement on ARM/Thumb (thumbv7m) and RISC-V (riscv32) -O0 listings:
small C functions compiled by clang-19 for each target (its assembly, and its IR as the exact answer);
a candidate wrong in one thing the assembly states (a constant built in two halves, a field, a
global's field, a callee next to a runtime helper, a load's width, a returned constant, a load
through a pointer, a parameter the answer left out) is made exact by the repairs or by refinement,
with the real llc as the judge."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from clang_output import CLANG, assembly
from irlens.ir.asm import AsmSymbol, asm_instructions, asm_operands, parse_asm, referenced_symbols
from irlens.lift.lifter import Candidate, datalayout_for, function_asm, judge, refine_candidates
from irlens.lift.structure import conditions
from irlens.model.answers import LiftAnswer
from irlens.toolchain.discovery import Toolchain, discover

pytestmark = pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")
THUMB = "thumbv7m-none-eabi"
RISCV = "riscv32-unknown-elf"
SOURCE = """
struct s { int a; int b; short c; char d; };
struct s gs;
signed char gc;
short gsh;
extern int ext(int);
int big(int x) { return x + 305419896; }
int field(struct s *p) { return p->b; }
int gfield(void) { return gs.c; }
float fl(int x) { return (float)ext(x); }
int narrow(void) { return gc; }
int two(int a) { ext(a); return 2; }
int deref(int *p) { return *p; }
long long widen(void) { return gsh; }
unsigned char local(int a) { unsigned char c = a; ext(a); return c; }
void three(int a, int b, int c) { ext(b); }
"""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover()


def _compiled(target: str, *flags: str) -> str:
    return assembly(SOURCE, f"--target={target}", "-O0", *flags)


@pytest.fixture(scope="module")
def listings() -> dict[str, tuple[str, str]]:
    """Per target: clang's -O0 assembly and its IR."""
    return {target: (_compiled(target), _compiled(target, "-emit-llvm"))
            for target in (THUMB, RISCV)}


def _snippet(asm: str, name: str) -> str:
    return function_asm(asm, next(f for f in parse_asm(asm).functions if f.name == name))


def _judged(toolchain: Toolchain, target: str, snippet: str, name: str, ir: str) -> Candidate:
    triple = "thumbv7m-unknown-none-eabi" if target == THUMB else "riscv32-unknown-unknown-elf"
    return judge(toolchain, snippet, name, LiftAnswer(ir, True), "greedy", triple,
                 datalayout_for(toolchain, triple))


def _with_function(ir: str, name: str, body: str) -> str:
    """`ir` with the definition of @name replaced by `body` (a whole `define ... }`)."""
    return re.sub(rf"define [^\n]*@{name}\(.*?\n}}\n", body.strip() + "\n", ir, count=1, flags=re.DOTALL)


def _refined(toolchain: Toolchain, listings: dict[str, tuple[str, str]], target: str, name: str,
             wrong: tuple[str, str] | None = None, body: str | None = None) -> Candidate:
    """The answer clang's IR of @name with `wrong` (old, new) replaced in it (or `body` as its
    definition), judged, not exact, then refined."""
    asm, ir = listings[target]
    snippet = _snippet(asm, name)
    assert _judged(toolchain, target, snippet, name, ir).exact  # clang's own IR: the exact answer
    if wrong is not None:
        definition = re.search(rf"define [^\n]*@{name}\(.*?\n}}\n", ir, flags=re.DOTALL)
        assert definition is not None and wrong[0] in definition.group(0)
        body = definition.group(0).replace(wrong[0], wrong[1], 1)
    assert body is not None
    candidate = _judged(toolchain, target, snippet, name, _with_function(ir, name, body))
    assert candidate.compiles and not candidate.exact
    triple = "thumbv7m-unknown-none-eabi" if target == THUMB else "riscv32-unknown-unknown-elf"
    refined = refine_candidates(toolchain, snippet, name, [candidate], triple=triple, budget_s=60)
    assert refined is not None, "no edit helped"
    return refined


def test_constants_built_in_two_halves_fields_and_helpers_are_read() -> None:
    thumb = ("big:\n\tmovw\tr2, #9029\n\tmovt\tr2, #1\n\tmovw\tr1, #22136\n\tmovt\tr1, #4660\n"
             "\tmla\tr0, r0, r1, r2\n\tldr\tr0, [r1, #4]\n\tldrsh.w\tr1, [r1, #8]\n\tstr\tr0, [sp, #4]\n"
             "\tmovw\tr0, :lower16:gs\n\tmovt\tr0, :upper16:gs\n\tldrsh.w\tr0, [r0, #8]\n"
             "\tbl\t__aeabi_i2f\n\tbl\text\n\tbx\tlr\n")
    operands = asm_operands(thumb, "arm")
    assert operands.immediates == [0x12345, 0x12345678]  # not the halves, nor the displacements
    assert operands.fields == [4, 8] and operands.offsets == [("gs", 8)]
    assert referenced_symbols(thumb, "arm") == [AsmSymbol("gs", False, True), AsmSymbol("ext", True, True)]
    riscv = ("neg:\n\tlui\ta0, 1048552\n\taddi\ta0, a0, -1696\n\tlui\ta1, 16\n\tlw\ta2, 4(a1)\n"
             "\tlui\ta0, %hi(gs)\n\taddi\ta0, a0, %lo(gs)\n\tlh\ta0, 8(a0)\n\tsw\ta2, -12(s0)\n"
             "\tcall\t__floatsisf\n\tcall\t__divdi3\n\tret\n")
    operands = asm_operands(riscv, "riscv")
    assert operands.immediates == [-100000, 65536]  # a `lui` alone is a constant too
    assert operands.fields == [4] and operands.offsets == [("gs", 8)]
    assert referenced_symbols(riscv, "riscv") == [AsmSymbol("gs", False, True)]
    # Thumb-2's conditional execution names its condition in the `it` before it
    thumb_select = "f:\n\tcmp\tr1, r2\n\tit\tle\n\tmovle\tr0, #1\n"
    assert "sle" in conditions(list(asm_instructions(thumb_select, "arm")))


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_wrong_constant_takes_the_one_built_in_two_halves(toolchain: Toolchain, listings,
                                                            target: str) -> None:
    refined = _refined(toolchain, listings, target, "big", ("305419896", "1"))
    assert refined.exact, refined.refinements
    assert "305419896" in (refined.ir or "")


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_field_read_off_a_register_is_an_edit(toolchain: Toolchain, listings, target: str) -> None:
    refined = _refined(toolchain, listings, target, "field", ("i32 0, i32 1", "i32 0, i32 0"))
    assert refined.exact, refined.refinements


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_global_addressed_without_its_field_gets_the_field(toolchain: Toolchain, listings,
                                                             target: str) -> None:
    body = """
define dso_local i32 @gfield() #0 {
  %1 = load i16, ptr @gs, align 4
  %2 = sext i16 %1 to i32
  ret i32 %2
}"""
    refined = _refined(toolchain, listings, target, "gfield", body=body)
    assert refined.exact, refined.refinements


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_callee_beside_a_runtime_helper_takes_the_assembly_name(toolchain: Toolchain, listings,
                                                                  target: str) -> None:
    asm, ir = listings[target]
    snippet = _snippet(asm, "fl")
    assert re.search(r"__aeabi_i2f|__floatsisf", snippet)
    wrong = ir.replace("@ext(", "@external_thing(")
    candidate = _judged(toolchain, target, snippet, "fl", wrong)
    assert candidate.exact, (candidate.check, [r.detail for r in candidate.repairs])
    assert "@external_thing" not in (candidate.ir or "")


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_load_at_the_wrong_width_is_loaded_at_the_assembly_width(toolchain: Toolchain, listings,
                                                                   target: str) -> None:
    body = """
define dso_local i32 @narrow() #0 {
  %1 = load i32, ptr @gc, align 4
  ret i32 %1
}"""
    refined = _refined(toolchain, listings, target, "narrow", body=body)
    assert refined.exact, refined.refinements
    assert any("i32 -> i8 (sext)" in edit for edit in refined.refinements)


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_returned_value_becomes_the_constant_the_assembly_returns(toolchain: Toolchain, listings,
                                                                    target: str) -> None:
    refined = _refined(toolchain, listings, target, "two", ("ret i32 2", "ret i32 %4"))
    assert refined.exact, refined.refinements
    void = """
define dso_local void @two(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 @ext(i32 noundef %3)
  ret void
}"""
    refined = _refined(toolchain, listings, target, "two", body=void)
    assert refined.exact, refined.refinements


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_load_of_the_slot_becomes_a_load_through_its_pointer(toolchain: Toolchain, listings,
                                                               target: str) -> None:
    body = """
define dso_local i32 @deref(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  ret i32 %3
}"""
    refined = _refined(toolchain, listings, target, "deref", body=body)
    assert refined.exact, refined.refinements


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_parameter_left_out_is_spilled_to_the_slot_left_for_it(toolchain: Toolchain, listings,
                                                                  target: str) -> None:
    body = """
define dso_local void @three(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @ext(i32 noundef %6)
  ret void
}"""
    refined = _refined(toolchain, listings, target, "three", body=body)
    assert refined.exact, refined.refinements
    assert "i32 noundef %1, i32 %lifted" in (refined.ir or "")


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_function_that_returns_nothing_returns_the_local_the_assembly_loads(toolchain: Toolchain, listings,
                                                                              target: str) -> None:
    body = """
define dso_local void @local(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = trunc i32 %4 to i8
  store i8 %5, ptr %3, align 1
  %6 = load i32, ptr %2, align 4
  %7 = call i32 @ext(i32 noundef %6)
  ret void
}"""
    refined = _refined(toolchain, listings, target, "local", body=body)
    assert refined.exact, refined.refinements
    assert any("returned nothing -> a load of %3" in edit for edit in refined.refinements)


@pytest.mark.parametrize("target", [THUMB, RISCV])
def test_a_value_returned_as_int_is_returned_as_the_long_the_assembly_builds(toolchain: Toolchain, listings,
                                                                             target: str) -> None:
    body = """
define dso_local i32 @widen() #0 {
  %1 = load i16, ptr @gsh, align 2
  %2 = sext i16 %1 to i32
  ret i32 %2
}"""
    refined = _refined(toolchain, listings, target, "widen", body=body)
    assert refined.exact, refined.refinements
    assert any("-> sext to i64" in edit for edit in refined.refinements)
