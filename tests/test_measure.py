"""Measuring with the real tools: per-function IR instructions and object bytes, module text+data,
-Oz baselines, assembly sizes, apply_pipeline, and a generated 2,000-function module."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from irlens.config import Settings
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import (
    apply_pipeline,
    count_ir_instructions,
    measure_asm,
    measure_ir,
    measure_oz_module,
    oz_function_bytes,
    oz_function_sizes,
)
from irlens.toolchain.pipeline import PipelineRejected
from irlens.toolchain.runner import ToolFailure, run_tool

EXAMPLES = Path(__file__).parent.parent / "examples"
SIZES_LL = (EXAMPLES / "sizes.ll").read_text()
FUNCTIONS = ["sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main"]


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def _symbol_sizes_by_nm(toolchain: Toolchain, ir: str) -> dict[str, int]:
    obj = run_tool(toolchain, "llc", ["-O2", "-filetype=obj", "-function-sections", "-o", "o.o"],
                   stdin=ir.encode(), outputs=["o.o"], timeout_s=60).outputs["o.o"]
    listing = run_tool(toolchain, "llvm-nm", ["--print-size", "--defined-only", "o.o"], files={"o.o": obj},
                       timeout_s=60).stdout_text
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
    oz = oz_function_sizes(toolchain, SIZES_LL, FUNCTIONS)
    assert set(oz) == set(FUNCTIONS) and all(isinstance(v, int) and v > 0 for v in oz.values())
    assert oz["sum_array"] == oz_function_bytes(toolchain, SIZES_LL, "sum_array")
    assert oz["checksum"] < (o0.functions["checksum"].bytes or 0)
    assert measure_oz_module(toolchain, SIZES_LL).text_data_bytes < o0.text_data_bytes


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


def generate_module_c(functions: int) -> str:
    """C source with `functions` small functions of three shapes (loops, memcpy, switches)."""
    lines = ["#include <string.h>", "static int table[64];"]
    for i in range(functions):
        if i % 3 == 0:
            lines.append(f"int f{i}(int *p, int n) {{ int acc = {i}; for (int j = 0; j < n; j++) "
                         f"{{ if (p[j] > {i % 7}) acc += p[j] * table[j & 63]; else acc -= p[j]; }} "
                         "return acc; }")
        elif i % 3 == 1:
            lines.append(f"void f{i}(char *d, const char *s, int n) {{ for (int j = 0; j < n; j++) "
                         f"d[j] = s[j] + {i % 5}; memcpy(d + n, s, {8 + i % 4 * 8}); }}")
        else:
            lines.append(f"int f{i}(int x) {{ switch (x) {{ case 0: return {i}; case 1: return x * {i % 9}; "
                         f"case 5: return x - {i}; default: return x + 1; }} }}")
    return "\n".join(lines) + "\n"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("clang-19") is None, reason="clang-19 generates the large module")
def test_two_thousand_functions_in_one_compile(toolchain: Toolchain, tmp_path: Path) -> None:
    source = tmp_path / "big.c"
    source.write_text(generate_module_c(2000))
    ll = tmp_path / "big.ll"
    subprocess.run(["clang-19", "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm", str(source),
                    "-o", str(ll)], check=True)
    measured = measure_ir(toolchain, ll.read_text())
    assert len(measured.functions) == 2000
    assert all((f.bytes or 0) > 0 and (f.ir_instructions or 0) > 0 for f in measured.functions.values())
