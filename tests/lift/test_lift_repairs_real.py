"""Lifting repairs for the failures seen on real code (models/eval/realcode_dev.jsonl), with real
llvm-as/llc: a function or global declared or defined twice, a value loaded at another type than its
stack slot's, private string constants that kept the callee names from being repaired; and
`irlens bench quality --split` reading the real-code split."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from irlens.ir.asm import parse_asm, referenced_symbols
from irlens.lift.lifter import Candidate, datalayout_for, function_asm, judge
from irlens.lift.repairs import repair, retype
from irlens.model.answers import LiftAnswer
from irlens.toolchain.diagnostics import ToolDiagnostic, check_ir
from irlens.toolchain.discovery import discover
from irlens.toolchain.runner import run_tool

TRIPLE = "x86_64-unknown-linux-gnu"


def ir_errors(ir: str) -> list[ToolDiagnostic]:
    return [d for d in check_ir(discover(), ir) if d.severity == "error"]


def llc_asm(ir: str) -> str:
    result = run_tool(discover(), "llc", ["-O0", f"-mtriple={TRIPLE}", "-o", "out.s"], stdin=ir.encode(),
                      outputs=["out.s"])
    assert result.ok, result.stderr
    return result.outputs["out.s"].decode()


def lift_judged(right_ir: str, answer: str, name: str) -> Candidate:
    """The answer judged against the assembly llc makes of the right IR."""
    toolchain = discover()
    asm = llc_asm(right_ir)
    function = next(f for f in parse_asm(asm).functions if f.name == name)
    return judge(toolchain, function_asm(asm, function), name, LiftAnswer(answer, True), "greedy", TRIPLE,
                 datalayout_for(toolchain, TRIPLE))


def test_a_function_declared_twice_keeps_its_first_declaration() -> None:
    answer = ("define i32 @f(ptr %0) {\n  %2 = call i32 @release(ptr %0)\n"
              "  %3 = call i32 @release(ptr %0, i64 0)\n  ret i32 %3\n}\n\n"
              "declare i32 @release(ptr)\ndeclare i32 @release(ptr, i64)\ndeclare i32 @release(ptr)\n")
    assert any("redefinition" in e.message for e in ir_errors(answer))
    fixed = repair(answer, triple=TRIPLE, datalayout=None)
    assert ir_errors(fixed.ir) == []
    assert fixed.ir.count("declare i32 @release(") == 1 and "declare i32 @release(ptr)\n" in fixed.ir
    # each call keeps the function type it was written with
    assert "call i32 @release(ptr %0, i64 0)" in fixed.ir
    assert [r.kind for r in fixed.repairs] == ["duplicate", "target"]
    assert "a second declaration of @release" in fixed.repairs[0].detail


def test_globals_declared_or_defined_twice() -> None:
    body = ("define ptr @f(i1 %0) {\n  %2 = load i32, ptr @count, align 4\n"
            "  store i32 %2, ptr @total, align 4\n"
            "  %3 = select i1 %0, ptr @.str.2, ptr @.str.3\n  ret ptr %3\n}\n")
    answer = ('@.str.2 = private unnamed_addr constant [3 x i8] c"hi\\00", align 1\n'
              '@.str.2 = private unnamed_addr constant [3 x i8] c"hi\\00", align 1\n'
              '@.str.3 = private unnamed_addr constant [3 x i8] c"ab\\00", align 1\n'
              '@.str.3 = private unnamed_addr constant [4 x i8] c"abc\\00", align 1\n'
              "@count = external global i32, align 4\n@count = external global i32, align 4\n"
              "@total = external global i32, align 4\n@total = dso_local global i32 7, align 4\n\n" + body)
    assert ir_errors(answer)
    fixed = repair(answer, triple=TRIPLE, datalayout=None)
    assert ir_errors(fixed.ir) == [], fixed.ir
    assert fixed.ir.count("@.str.2 = ") == 1 and fixed.ir.count("@count = ") == 1
    # declared and defined: the definition stays
    assert "@total = dso_local global i32 7" in fixed.ir and "@total = external" not in fixed.ir
    # two different texts: the later one is renamed, and every use still means the first
    assert '@.str.3 = private unnamed_addr constant [3 x i8] c"ab\\00"' in fixed.ir
    assert '@.str.3.dup1 = private unnamed_addr constant [4 x i8] c"abc\\00"' in fixed.ir
    assert body in fixed.ir
    (done,) = [r for r in fixed.repairs if r.kind == "duplicate"]
    assert "renamed @.str.3.dup1 (the uses mean the first)" in done.detail
    assert "the declaration of @total, which the answer also defines" in done.detail


def test_a_value_loaded_at_another_type_than_its_slot_is_loaded_at_the_slot_type() -> None:
    right = ("define dso_local i32 @bump(i32 noundef %0) {\n  %2 = alloca i32, align 4\n"
             "  store i32 %0, ptr %2, align 4\n  %3 = load i32, ptr %2, align 4\n  %4 = add nsw i32 %3, 1\n"
             "  ret i32 %4\n}\n")
    answer = right.replace("%3 = load i32, ptr %2, align 4", "%3 = load ptr, ptr %2, align 8")
    (error,) = ir_errors(answer)
    assert "'%3' defined with type 'ptr' but expected 'i32'" in error.message
    fixed = retype(answer, error.line, error.message, None)
    assert fixed is not None
    assert fixed[0] == right and "%3 loaded as i32, the type of its stack slot %2" in fixed[1].detail
    candidate = lift_judged(right, answer, "bump")
    assert candidate.exact and not candidate.compiles_before_repairs
    assert [r.kind for r in candidate.repairs] == ["target", "types"]
    # a parameter spilled to a slot of another type than its own: the spill and the slot say which
    wide = right.replace("i32", "i64")
    misdeclared = wide.replace("@bump(i64 noundef %0)", "@bump(i32 noundef %0)")
    (error,) = ir_errors(misdeclared)
    parameter = retype(misdeclared, error.line, error.message, None)
    assert parameter is not None and parameter[0] == wide
    assert "parameter %0 is i64, the type of the stack slot %2" in parameter[1].detail
    assert lift_judged(wide, misdeclared, "bump").exact
    # the slot agrees with the load, not with the use: which one is wrong is not for a repair to say
    other = answer.replace("alloca i32, align 4", "alloca ptr, align 8")
    (error,) = ir_errors(other)
    assert retype(other, error.line, error.message, None) is None


def test_private_constants_leave_the_callee_names_to_the_assembly() -> None:
    right = ('@.str = private unnamed_addr constant [3 x i8] c"hi\\00", align 1\n\n'
             "define dso_local void @greet() {\n  %1 = call i32 @puts(ptr noundef @.str)\n  ret void\n}\n\n"
             "declare i32 @puts(ptr noundef)\n")
    asm = llc_asm(right)
    assert [s.name for s in referenced_symbols(asm)] == ["puts"]  # `.L.str` is a label, not a symbol
    # the answer calls a function the assembly does not call, where the assembly calls one it does not
    answer = right.replace("@puts", "@print_line").replace("@greet", "@hello")
    candidate = lift_judged(right, answer, "greet")
    assert candidate.exact, candidate.check
    (names,) = [r.detail for r in candidate.repairs if "symbols" in r.detail]
    assert names == "the assembly's symbols, in the order the function uses them: @print_line -> @puts"


def test_bench_quality_reads_the_real_code_split(tmp_path: Path) -> None:
    records = [json.loads(line) for line in (REPO / "models/eval/realcode.jsonl").read_text().splitlines()]
    assert records and {r["package"] for r in records} == {"tinyscheme", "lzo2", "libcsv"}
    assert all(r["asm_o0_lines"] <= 40 and r["asm_o0"] and r["ir"] for r in records)
    out = tmp_path / "lift.json"
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--split", "realcode", "--limit", "1",
         "--lift-only", "--lift-levels=-O0", "--lift-ks", "1", "--lift-refine-seconds", "0",
         "--model", str(REPO / "models" / "irlens-tiny-lift.gguf"), "--threads", "1", "--json", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    summary = json.loads(out.read_text())
    assert summary["split"] == "realcode.jsonl" and summary["of_records"] == 1
    (row,) = [r for r in summary["lifting"] if r["ir_instructions"] == "all"]
    assert row["target"] == "x86_64" and row["asm"] == "-O0" and row["functions"] == 1
    assert row["seconds_per_function"] > 0 and row["median_seconds_per_function"] > 0
    assert "realcode.jsonl: 1 functions" in run.stdout
    assert len(summary["load_average"]["start"]) == 3 and "load average" in run.stdout
    # a lifting split has no autotuner labels: the flag-tuning rows cannot be measured on it
    refused = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--split", "realcode_dev", "--no-model"],
        capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 1 and "pass --lift-only" in refused.stderr


def test_an_external_call_whose_result_is_only_used_as_a_pointer_returns_a_pointer() -> None:
    right = ("define dso_local void @wrap(ptr noundef %0) {\n  %2 = call ptr @make(ptr noundef %0)\n"
             "  call void @use(ptr noundef %2)\n  ret void\n}\n\n"
             "declare ptr @make(ptr noundef)\n\ndeclare void @use(ptr noundef)\n")
    answer = right.replace("%2 = call ptr @make", "%2 = call i32 @make")
    (error,) = ir_errors(answer)
    fixed = retype(answer, error.line, error.message, None)
    assert fixed is not None and fixed[0] == right
    assert "%2 returned as ptr by the external @make, as every use takes it" in fixed[1].detail
    assert lift_judged(right, answer, "wrap").exact
    # a use as an integer too: which type the callee returns is a guess
    both = answer.replace("  ret void", "  %3 = add i32 %2, 1\n  ret void")
    (error,) = ir_errors(both)
    assert retype(both, error.line, error.message, None) is None
    # a function the answer defines has the return type it was written with
    defined = answer.replace("declare ptr @make(ptr noundef)", "define i32 @make(ptr %0) {\n  ret i32 0\n}")
    (error,) = ir_errors(defined)
    assert retype(defined, error.line, error.message, None) is None


def test_invented_callees_take_the_assemblys_call_by_call() -> None:
    """mujs's O_freeze calls js_isobject then js_typeerror; the answer called @free at both places
    (one name for two callees: no renaming of names can fix it, the calls taken in order do)."""
    right = (f'target triple = "{TRIPLE}"\n'
             "define void @O_freeze(ptr %0) {\n  %2 = alloca ptr, align 8\n  store ptr %0, ptr %2, align 8\n"
             "  %3 = load ptr, ptr %2, align 8\n  %4 = call i32 @js_isobject(ptr %3, i32 1)\n"
             "  %5 = load ptr, ptr %2, align 8\n  call void @js_typeerror(ptr %5)\n  ret void\n}\n"
             "declare i32 @js_isobject(ptr, i32)\ndeclare void @js_typeerror(ptr)\n")
    answer = right.replace("@js_isobject(ptr %3", "@free(ptr %3").replace("@js_typeerror(ptr %5",
                                                                          "@free(ptr %5")
    answer = answer.replace("declare i32 @js_isobject(ptr, i32)\ndeclare void @js_typeerror(ptr)\n",
                            "declare i32 @free(ptr, i32)\n")
    candidate = lift_judged(right, answer, "O_freeze")
    assert any(r.detail == "the assembly's callees, call by call: @free -> @js_isobject, "
               "@free -> @js_typeerror" for r in candidate.repairs)
    assert candidate.ir is not None and "@free" not in candidate.ir
    assert candidate.exact
    # as many calls as the assembly's, or nothing is renamed
    one_call = answer.replace("  call void @free(ptr %5)\n", "")
    assert "@free" in (lift_judged(right, one_call, "O_freeze").ir or "")


def test_an_external_global_named_like_the_function_is_dropped() -> None:
    """mujs's js_newerrorx: the answer declared `@js_newerrorx = external hidden global ptr` and
    defined the function of that name (`redefinition of function '@js_newerrorx'`)."""
    answer = ("@js_newerrorx = external hidden global ptr, align 8\n\n"
              "define i32 @js_newerrorx(ptr %0) {\n  %2 = load ptr, ptr @js_newerrorx, align 8\n"
              "  ret i32 0\n}\n")
    assert any("redefinition of function" in e.message for e in ir_errors(answer))
    fixed = repair(answer, triple=TRIPLE, datalayout=None)
    assert ir_errors(fixed.ir) == []
    assert "external hidden global" not in fixed.ir
    assert any(r.detail == "dropped the declaration of @js_newerrorx, which the answer also defines or "
               "declares as a function" for r in fixed.repairs)
