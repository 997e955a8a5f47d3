"""Splicing an optimized function back: the edited module must assemble, verify and compile."""

from __future__ import annotations

import pytest

from conftest import REPO
from irlens.config import Settings
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.optimizer import optimize_function
from irlens.engine.splice import SpliceError, splice_function
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import apply_pipeline, extract_function, measure_ir
from irlens.toolchain.runner import run_tool

SIZES_LL = (REPO / "examples" / "sizes.ll").read_text()


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def assert_module_is_sound(toolchain: Toolchain, text: str) -> None:
    assert check_ir(toolchain, text) == []
    data = text.encode()
    run_tool(toolchain, "opt", ["-passes=verify", "-disable-output"], stdin=data).check()
    run_tool(toolchain, "llc", ["-O2", "-filetype=obj", "-o", "out.o"], stdin=data).check()


@pytest.mark.parametrize("name", ["sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main"])
def test_every_function_of_the_example(toolchain: Toolchain, name: str) -> None:
    result = optimize_function(toolchain, SIZES_LL, name, candidate_pipelines())
    spliced = splice_function(SIZES_LL, name, result.optimized_module_text)
    assert_module_is_sound(toolchain, spliced)
    after = measure_ir(toolchain, spliced)
    assert after.functions[name].bytes == result.size_bytes
    assert set(after.functions) == set(measure_ir(toolchain, SIZES_LL).functions)


USER_WITH_GROUPS = """target triple = "x86_64-unknown-linux-gnu"

define internal i32 @pick(i32 %a, i32 %b) #0 {
entry:
  %c = icmp ugt i32 %a, %b
  br i1 %c, label %yes, label %no
yes:
  br label %done
no:
  br label %done
done:
  %r = phi i32 [ %a, %yes ], [ %b, %no ]
  ret i32 %r, !dbg !3
}

define i32 @caller(i32 %x) #1 {
  %r = call i32 @pick(i32 %x, i32 7)
  ret i32 %r
}

attributes #0 = { noinline nounwind "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{}
!2 = !{!"unused"}
!3 = !{}
"""


def test_intrinsic_attribute_groups_and_linkage(toolchain: Toolchain) -> None:
    extracted = extract_function(toolchain, USER_WITH_GROUPS.replace(", !dbg !3", ""), "pick")
    optimized = apply_pipeline(toolchain, extracted, "default<Oz>")
    assert "@llvm.umax.i32" in optimized  # the optimizer introduced an intrinsic
    user = USER_WITH_GROUPS.replace(", !dbg !3", "")
    spliced = splice_function(user, "pick", optimized)
    assert_module_is_sound(toolchain, spliced)
    assert "declare i32 @llvm.umax.i32" in spliced
    assert "define internal" in spliced.split("@pick", 1)[0].rsplit("\n", 1)[-1]  # linkage kept
    # The intrinsic's attribute group got a number that does not clash with the user's #0/#1.
    declare_line = next(line for line in spliced.splitlines() if line.startswith("declare i32 @llvm.umax"))
    group = declare_line.rsplit("#", 1)[1]
    assert int(group) >= 2 and f"attributes #{group} = " in spliced


def test_metadata_is_copied_under_fresh_numbers(toolchain: Toolchain) -> None:
    optimized = """define i32 @f(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %next = add i32 %i, 1
  %again = icmp slt i32 %next, %n
  br i1 %again, label %loop, label %exit, !llvm.loop !0
exit:
  ret i32 %next
}
!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.mustprogress"}
"""
    user = "define i32 @f(i32 %n) {\n  ret i32 %n\n}\n!0 = !{!\"keep\"}\n!1 = !{!0}\n!named = !{!1}\n"
    spliced = splice_function(user, "f", optimized)
    assert_module_is_sound(toolchain, spliced)
    assert "!llvm.loop !2" in spliced and "!2 = distinct !{!2, !3}" in spliced
    assert '!3 = !{!"llvm.loop.mustprogress"}' in spliced


def test_new_global_whose_name_is_taken_is_renamed(toolchain: Toolchain) -> None:
    optimized = ("@table = private unnamed_addr constant [2 x i32] [i32 3, i32 4]\n"
                 "define i32 @f(i64 %i) {\n  %p = getelementptr [2 x i32], ptr @table, i64 0, i64 %i\n"
                 "  %v = load i32, ptr %p\n  ret i32 %v\n}\n")
    user = ("@table = global i8 0\ndefine i32 @f(i64 %i) {\n  ret i32 0\n}\n"
            "define ptr @g() {\n  ret ptr @table\n}\n")
    spliced = splice_function(user, "f", optimized)
    assert_module_is_sound(toolchain, spliced)
    assert "@table.1 = private unnamed_addr constant" in spliced and "ptr @table.1," in spliced


def test_unknown_function_is_an_error() -> None:
    with pytest.raises(SpliceError):
        splice_function(SIZES_LL, "nope", SIZES_LL)


def test_a_type_the_target_module_lost_is_defined_before_the_function_uses_it(toolchain: Toolchain) -> None:
    """-Oz removes %struct.point from sizes.ll; manhattan after mem2reg alone still allocates and indexes
    it, so the spliced module needs the type, and before manhattan's body (the parser sizes it there)."""
    oz_module = apply_pipeline(toolchain, SIZES_LL, "default<Oz>")
    assert isinstance(oz_module, str) and "%struct.point = type" not in oz_module
    optimized = apply_pipeline(toolchain, extract_function(toolchain, SIZES_LL, "manhattan"), "function(dce)")
    assert isinstance(optimized, str) and "getelementptr inbounds %struct.point" in optimized
    spliced = splice_function(oz_module, "manhattan", optimized)
    assert spliced.index("%struct.point = type") < spliced.index("define")
    assert_module_is_sound(toolchain, spliced)
