"""Measuring with the real tools: per-function IR instructions and object bytes, module text+data,
-Oz baselines, assembly sizes, apply_pipeline, and a generated 2,000-function module."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, TESTS
from irlens.bench.lsp import build_module, compile_c_at_o0
from irlens.config import Settings
from irlens.toolchain.diagnostics import check_and_assemble_ir
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import (
    apply_pipeline,
    count_ir_instructions,
    is_bitcode,
    measure_asm,
    measure_ir,
    measure_oz_module,
    oz_function_bytes,
    oz_function_sizes,
    oz_function_sizes_exact,
)
from irlens.toolchain.pipeline import PipelineRejected
from irlens.toolchain.runner import ToolFailure, run_tool

SIZES_LL = (EXAMPLES / "sizes.ll").read_text()
FUNCTIONS = ["sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main"]


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def _symbol_sizes_by_nm(toolchain: Toolchain, ir: str) -> dict[str, int]:
    obj = run_tool(toolchain, "llc", ["-O2", "-filetype=obj", "-function-sections", "-o", "o.o"],
                   stdin=ir.encode(), outputs=["o.o"]).outputs["o.o"]
    listing = run_tool(toolchain, "llvm-nm", ["--print-size", "--defined-only", "o.o"], files={"o.o": obj}
                       ).stdout_text
    sizes = {}
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "Tt":
            sizes[parts[3]] = int(parts[1], 16)
    return sizes


def test_function_bytes_match_llvm_nm(toolchain: Toolchain) -> None:
    measured = measure_ir(toolchain, SIZES_LL)
    assert list(measured.functions) == FUNCTIONS
    assert {f.name: f.bytes for f in measured.functions.values()} == _symbol_sizes_by_nm(toolchain, SIZES_LL)


def test_module_text_data_is_llvm_size_berkeley(toolchain: Toolchain) -> None:
    measured = measure_ir(toolchain, SIZES_LL)
    assert measured.data_bytes == 64  # @table: 16 x i32
    assert measured.text_data_bytes == measured.text_bytes + 64
    assert measured.text_bytes >= sum(f.bytes or 0 for f in measured.functions.values())


def test_ir_instruction_counts() -> None:
    counts = count_ir_instructions(SIZES_LL)
    assert counts["fibonacci"] == 23
    text = """define i32 @"odd name"(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 0, label %a
    i32 1, label %a
  ]
a:                                                ; preds = %entry
  ret i32 1
d:
  ; a comment
  ret i32 0
}
declare void @ext()
"""
    assert count_ir_instructions(text) == {"odd name": 3}


def test_oz_per_function_and_module(toolchain: Toolchain) -> None:
    o0 = measure_ir(toolchain, SIZES_LL)
    oz = oz_function_sizes_exact(toolchain, SIZES_LL, FUNCTIONS)
    assert set(oz) == set(FUNCTIONS) and all(isinstance(v, int) and v > 0 for v in oz.values())
    assert oz["sum_array"] == oz_function_bytes(toolchain, SIZES_LL, "sum_array")
    assert oz["checksum"] < (o0.functions["checksum"].bytes or 0)
    assert measure_oz_module(toolchain, SIZES_LL).text_data_bytes < o0.text_data_bytes


def test_batched_oz_equals_extraction_on_the_example(toolchain: Toolchain) -> None:
    batched = oz_function_sizes(toolchain, SIZES_LL)
    assert batched == oz_function_sizes_exact(toolchain, SIZES_LL, FUNCTIONS)


# Every interprocedural shortcut -Oz would take on a whole module, if it could see the callee's body:
# inlining (small and always_inline), a constant return value (ipsccp), an unused argument
# (deadargelim), a pointer argument (argpromotion), attributes (function-attrs), a constant global,
# an internal global only stored to (globalopt), identical bodies (mergefunc), a linkonce_odr callee.
IPO_BAIT = """@table = internal constant [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@written = internal global i32 0
define internal i32 @seven(i32 %unused) {
  ret i32 7
}
define internal i32 @load_it(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}
define linkonce_odr i32 @twice(i32 %x) {
  %y = shl i32 %x, 1
  ret i32 %y
}
define i32 @twin_a(i32 %x) {
  %y = mul i32 %x, 13
  ret i32 %y
}
define i32 @twin_b(i32 %x) {
  %y = mul i32 %x, 13
  ret i32 %y
}
define i32 @forced(i32 %x) alwaysinline {
  %y = add i32 %x, 5
  ret i32 %y
}
define i32 @caller(i32 %x) {
  %local = alloca i32
  store i32 %x, ptr %local
  %a = call i32 @seven(i32 %x)
  %b = call i32 @load_it(ptr %local)
  %c = call i32 @twice(i32 %b)
  %d = call i32 @twin_a(i32 %c)
  %e = call i32 @twin_b(i32 %d)
  %f = call i32 @forced(i32 %e)
  %g = getelementptr [4 x i32], ptr @table, i32 0, i32 2
  %h = load i32, ptr %g
  store i32 %h, ptr @written
  %s1 = add i32 %a, %f
  %s2 = add i32 %s1, %h
  ret i32 %s2
}
define available_externally i32 @elsewhere(i32 %x) {
  ret i32 %x
}
"""


def test_batched_oz_equals_extraction_despite_interprocedural_bait(toolchain: Toolchain) -> None:
    names = ["seven", "load_it", "twice", "twin_a", "twin_b", "forced", "caller", "elsewhere"]
    exact = oz_function_sizes_exact(toolchain, IPO_BAIT, names)
    assert exact["elsewhere"] is None  # -Oz drops an available_externally body in an extraction too
    assert oz_function_sizes(toolchain, IPO_BAIT) == {n: v for n, v in exact.items() if v is not None}
    # The bait works: a plain -Oz of the whole module folds the calls away (so the caller shrinks).
    whole = measure_oz_module(toolchain, IPO_BAIT).functions
    assert (whole["caller"].bytes or 0) < (exact["caller"] or 0)


def test_batched_oz_of_a_module_without_definitions(toolchain: Toolchain) -> None:
    assert oz_function_sizes(toolchain, "declare i32 @f(i32)\n") == {}


def test_batched_oz_matches_extraction_on_generated_calling_code(toolchain: Toolchain,
                                                                 tmp_path: Path) -> None:
    if shutil.which("clang-19") is None:
        pytest.skip("clang-19 generates the module")
    ir = compile_c_at_o0(generate_calling_module_c(24), tmp_path, "calls").read_text()
    names = list(count_ir_instructions(ir))
    assert len(names) == 24
    assert oz_function_sizes(toolchain, ir) == oz_function_sizes_exact(toolchain, ir, names)


def test_oz_of_an_internal_function_survives_extraction(toolchain: Toolchain) -> None:
    ir = """define internal i32 @helper(i32 %x) {
  %y = mul i32 %x, 3
  ret i32 %y
}
define i32 @user(i32 %x) {
  %r = call i32 @helper(i32 %x)
  ret i32 %r
}
"""
    assert oz_function_bytes(toolchain, ir, "helper") > 0


def test_assembly_bytes_per_function(toolchain: Toolchain) -> None:
    measured = measure_asm(toolchain, (EXAMPLES / "sizes.s").read_text())
    assert set(measured.functions) == set(FUNCTIONS)
    assert all((f.bytes or 0) > 0 for f in measured.functions.values())


def test_assembly_without_size_directives_uses_symbol_offsets(toolchain: Toolchain) -> None:
    asm = """  .text
  .globl first
first:
  xorl %eax, %eax
  retq
  .globl second
second:
  movl $1, %eax
.Linner:
  addl $2, %eax
  retq
"""
    measured = measure_asm(toolchain, asm)
    assert measured.functions["first"].bytes == 3  # xor (2) + ret (1)
    assert measured.functions["second"].bytes == 9  # mov (5) + add (3) + ret (1); .L label is not a symbol


def test_apply_pipeline_validates_and_verifies(toolchain: Toolchain) -> None:
    optimized = apply_pipeline(toolchain, SIZES_LL, "default<Oz>")
    assert "alloca" not in optimized.split("@fibonacci", 1)[1].split("}", 1)[0]
    with pytest.raises(PipelineRejected):
        apply_pipeline(toolchain, SIZES_LL, "-load-pass-plugin=x.so")
    with pytest.raises(ToolFailure):
        apply_pipeline(toolchain, "define i32 @f() {\n  ret i64 0\n}\n", "default<Oz>")


def generate_calling_module_c(functions: int) -> str:
    """C source whose functions call each other with constants, recurse, read constant tables and
    include static functions: the interprocedural cases a batched -Oz baseline must not exploit."""
    lines = ["#include <string.h>", "static int table[64];", "static const int ctab[8] = {3,1,4,1,5,9,2,6};",
             "int counter;"]
    for i in range(functions):
        static = "static " if i % 4 == 1 else ""
        shape = i % 6
        if shape == 0:
            lines.append(f"{static}int f{i}(int *p, int n) {{ int acc = {i}; for (int j = 0; j < n; j++) "
                         f"{{ if (p[j] > {i % 7}) acc += p[j] * table[j & 63]; else acc -= p[j]; }} "
                         "return acc; }")
        elif shape == 1:
            lines.append(f"{static}void f{i}(char *d, const char *s, int n) {{ for (int j = 0; j < n; j++) "
                         f"d[j] = s[j] + {i % 5}; memcpy(d + n, s, {8 + i % 4 * 8}); }}")
        elif shape == 2:
            lines.append(f"{static}int f{i}(int x) {{ switch (x) {{ case 0: return {i}; "
                         f"case 1: return x * {i % 9}; case 5: return x - {i}; "
                         "default: return x + ctab[x & 7]; } }")
        elif shape == 3:
            lines.append(f"{static}int f{i}(int x, int unused) {{ counter++; "
                         f"return f{i - 1}(x) + f{i - 3}(&counter, 5) + f{i - 1}(7) + ctab[2]; }}")
        elif shape == 4:
            lines.append(f"{static}int f{i}(int x) {{ if (x < 2) return x; "
                         f"return f{i}(x - 1) + f{i - 2}(x) * {i % 11}; }}")
        else:
            lines.append(f"{static}int f{i}(int x, int y) {{ return x * y + {i} + f{i - 2}(y, 0); }}")
    statics = ", ".join(f"(void *)f{i}" for i in range(functions) if i % 4 == 1)
    lines.append(f"void *keep[] = {{{statics}}};")  # the static functions stay defined at -O0
    return "\n".join(lines) + "\n"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("clang-19") is None, reason="clang-19 generates the large module")
def test_two_thousand_functions_in_one_compile(toolchain: Toolchain, tmp_path: Path) -> None:
    # the module `irlens bench lsp` measures: 2000 generated functions and the static helper they call
    measured = measure_ir(toolchain, build_module(2000, tmp_path).read_text())
    assert set(measured.functions) == {f"f{i}" for i in range(2000)} | {"helper"}
    assert all((f.bytes or 0) > 0 and (f.ir_instructions or 0) > 0 for f in measured.functions.values())


@pytest.mark.parametrize("path", [EXAMPLES / "sizes.ll", TESTS / "fixtures" / "uselistorder.ll"])
def test_the_diagnostics_bitcode_measures_as_the_text(toolchain: Toolchain, path: Path) -> None:
    """The language server's llc reads the bitcode its diagnostics' llvm-as made of the text: the
    same object, byte for byte in every figure, as llc reading the text (use-list order included)."""
    text = path.read_text()
    found, bitcode = check_and_assemble_ir(toolchain, text)
    assert found == [] and bitcode is not None and is_bitcode(bitcode)
    from_text = measure_ir(toolchain, text)
    from_bitcode = measure_ir(toolchain, bitcode, instruction_counts=count_ir_instructions(text))
    assert from_bitcode == from_text and from_text.functions


def test_a_refused_text_gives_no_bitcode(toolchain: Toolchain) -> None:
    found, bitcode = check_and_assemble_ir(toolchain, "define i32 @f() {\n  ret i32 %nothing\n}\n")
    assert bitcode is None and [d.severity for d in found] == ["error"]
