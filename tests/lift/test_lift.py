"""Lifting: mechanical repairs and round-trip checks with real llvm-as/opt/llc/llvm-mc, the candidate
search of `irlens.lift.lifter` against a stand-in model server (answers with known content: a correct
lift, one needing each repair, a changed one, garbage, one that never comes), bad input, and
`irlens lift` with the real tiny GGUF on llama.cpp."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import EXAMPLES, standin_model_server
from irlens.cli import main
from irlens.config import Settings
from irlens.ir.asm import AsmSymbol, asm_operands, parse_asm, referenced_symbols
from irlens.lift.lifter import (
    LiftOptions,
    check_round_trip,
    datalayout_for,
    differing,
    function_asm,
    instructions,
    judge,
    lift_function,
    refine_candidates,
)
from irlens.lift.repairs import repair, retype, same_target
from irlens.model.answers import LiftAnswer
from irlens.model.discovery import candidate_paths
from irlens.model.service import ModelService
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.discovery import discover
from irlens.toolchain.runner import run_tool
from irlens.toolchain.target import default_triple
from model_fixtures import write_tiny_gguf

ASM = (EXAMPLES / "sizes.s").read_text()
IR = (EXAMPLES / "sizes.ll").read_text()
TRIPLE = "x86_64-unknown-linux-gnu"
ATTRIBUTES = next(line for line in IR.splitlines() if line.startswith("attributes #0"))


def function_ir(name: str) -> str:
    """One function's definition alone: no globals, declarations, attribute groups or target lines."""
    start = re.search(rf"^define .*@{name}\(", IR, re.MULTILINE)
    assert start is not None
    return IR[start.start() : IR.index("\n}\n", start.start()) + 3]


def errors(ir: str) -> list[str]:
    return [d.message for d in check_ir(discover(), ir) if d.severity == "error"]


def test_instruction_normalisation() -> None:
    a = "f:\n\tjmp\t.LBB0_2   # loop\n.LBB0_2:\n\tretq\n"
    b = "f:                 # @f\n  jmp .LBB7_9\n.LBB7_9:\n  retq\n"
    assert instructions(a) == instructions(b) == ["jmp .L0", "retq"]
    assert differing(["a", "b", "c"], ["a", "x", "c", "d"]) == 2


def test_round_trip_of_the_real_ir_is_exact_and_a_change_is_counted() -> None:
    toolchain = discover()
    function = next(f for f in parse_asm(ASM).functions if f.name == "sum_array")
    snippet = function_asm(ASM, function)
    exact = check_round_trip(toolchain, snippet, "sum_array", IR)
    assert exact.compiles and exact.round_trip_exact and exact.instructions_differing == 0
    assert exact.original_instructions == exact.lifted_instructions > 10
    # the lifted function adds 0 instead of the element: llc's code differs in a few instructions
    changed = IR.replace("add nsw i32 %16, %15", "add nsw i32 %16, 0", 1)
    assert changed != IR
    result = check_round_trip(toolchain, snippet, "sum_array", changed)
    assert result.compiles and not result.round_trip_exact
    assert result.instructions_differing is not None and 0 < result.instructions_differing < 5
    broken = check_round_trip(toolchain, snippet, "sum_array", "define i32 @sum_array( {\n")
    assert not broken.compiles and broken.error and broken.instructions_differing is None


# ---- repairs ----


def test_declarations_and_target_make_a_bare_function_compile() -> None:
    toolchain = discover()
    bare = function_ir("fibonacci")  # uses @table and attribute group #0, declares neither
    assert errors(bare)
    layout = datalayout_for(toolchain, TRIPLE)
    assert layout is not None and layout.startswith("e-m:e")
    fixed = repair(bare, triple=TRIPLE, datalayout=layout)
    assert errors(fixed.ir) == []
    kinds = [r.kind for r in fixed.repairs]
    assert kinds.count("declaration") == 2 and "target" in kinds
    assert "@table = external global i8" in fixed.ir
    assert f'target triple = "{TRIPLE}"' in fixed.ir and f'target datalayout = "{layout}"' in fixed.ir
    # calls: declarations typed from the call site (main calls five functions and an intrinsic)
    main_fixed = repair(function_ir("main").replace("%struct.point", "i64"), triple=TRIPLE, datalayout=None)
    assert "declare i32 @sum_array(ptr, i64)" in main_fixed.ir
    assert "declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)" in main_fixed.ir
    assert errors(main_fixed.ir) == []
    # the same target under another vendor is no repair; another target is
    assert same_target("x86_64-pc-linux-gnu", TRIPLE) and not same_target("aarch64-linux-gnu", TRIPLE)
    assert not [r for r in repair(IR, triple="x86_64-pc-linux-gnu", datalayout=None).repairs]
    retargeted = repair(IR.replace(TRIPLE, "aarch64-unknown-linux-gnu"), triple=TRIPLE, datalayout=layout)
    assert [r.kind for r in retargeted.repairs] == ["target"]
    assert "was 'aarch64" in retargeted.repairs[0].detail


def test_renumbering_and_a_cut_off_end() -> None:
    fibonacci = function_ir("fibonacci")
    # %2 and %3 swapped: numbers that go down are rejected by the parser, renumbering fixes them
    swapped = re.sub(r"%([23])\b", lambda m: "%3" if m.group(1) == "2" else "%2", fibonacci)
    module = IR.replace(fibonacci, swapped)
    assert any("expected to be numbered" in e for e in errors(module))
    # increasing numbers with gaps parse: not touched
    gaps = re.sub(r"%(\d+)", lambda m: f"%{int(m.group(1)) + 1}" if int(m.group(1)) else m.group(0),
                  fibonacci)
    gaps = re.sub(r"^(\d+):", lambda m: f"{int(m.group(1)) + 1}:", gaps, flags=re.MULTILINE)
    assert not repair(IR.replace(fibonacci, gaps), triple=TRIPLE, datalayout=None).repairs
    fixed = repair(module, triple=TRIPLE, datalayout=None)
    assert [r.kind for r in fixed.repairs] == ["renumbering"]
    assert fixed.ir == IR
    # a number used but never defined is not renumbered (that would be guessing)
    undefined = IR.replace(fibonacci, fibonacci.replace("ret i32 %20", "ret i32 %99"))
    assert "renumbering" not in [r.kind for r in repair(undefined, triple=TRIPLE, datalayout=None).repairs]
    # cut off mid-line inside the last function: the partial line goes, `unreachable` and `}` come
    last = IR.index("define dso_local i32 @main")
    cut = IR[: IR.index("call void @bubble_sort", last) + 10]
    fixed = repair(cut, triple=TRIPLE, datalayout=None)
    assert fixed.repairs[0].kind == "end" and "dropped the incomplete last line" in fixed.repairs[0].detail
    assert "  unreachable\n}\n" in fixed.ir and errors(fixed.ir) == []
    # a void function gets `ret void`
    void_cut = function_ir("bubble_sort")[:300].rsplit("\n", 1)[0] + "\n"
    assert "ret void\n}" in repair(void_cut, triple=TRIPLE, datalayout=None).ir


def test_declared_and_defined_the_function_name_and_pointer_integer_types() -> None:
    toolchain = discover()
    layout = datalayout_for(toolchain, TRIPLE)
    function = next(f for f in parse_asm(ASM).functions if f.name == "sum_array")
    snippet = function_asm(ASM, function)
    right = function_ir("sum_array") + "\n" + ATTRIBUTES + "\n"
    assert judge(toolchain, snippet, "sum_array", LiftAnswer(right, True), "greedy", TRIPLE, layout).exact
    # another name, declared as well as defined; the pointer argument stored as an i64, a loaded
    # pointer defined as an i64: each is the same machine code once repaired
    wrong = ("declare i32 @total(ptr, i64)\n\n" + right.replace("@sum_array(", "@total(")
             .replace("store ptr %0", "store i64 %0").replace("%12 = load ptr", "%12 = load i64"))
    assert errors(wrong)
    candidate = judge(toolchain, snippet, "sum_array", LiftAnswer(wrong, True), "greedy", TRIPLE, layout)
    kinds = [r.kind for r in candidate.repairs]
    assert {"duplicate", "name"} <= set(kinds) and kinds.count("types") == 2, candidate.repairs
    assert "@sum_array(" in (candidate.ir or "") and "@total" not in (candidate.ir or "")
    assert candidate.exact and not candidate.compiles_before_repairs
    # the symbols it calls and addresses, named otherwise: the assembly's names, kind by kind in order
    fibonacci = next(f for f in parse_asm(ASM).functions if f.name == "fibonacci")
    misnamed = (function_ir("fibonacci") + "\n" + ATTRIBUTES + "\n").replace("@fibonacci(", "@fib(").replace(
        "@table", "@lut")
    renamed = judge(toolchain, function_asm(ASM, fibonacci), "fibonacci", LiftAnswer(misnamed, True),
                    "greedy", TRIPLE, layout)
    details = [r.detail for r in renamed.repairs if r.kind == "name"]
    assert details == ["the function @fib takes the assembly's name @fibonacci",
                       "the assembly's symbols, in the order the function uses them: @lut -> @table"]
    assert renamed.compiles and "@lut" not in (renamed.ir or "") and "@fib(" not in (renamed.ir or "")
    # `leaq table(%rip)`: llc reaches @table directly only when it is dso_local, as the repair declares it
    assert "@table = external dso_local global" in (renamed.ir or "")
    assert "dso_local on @table, which the assembly refers to directly" in [r.detail for r in renamed.repairs]
    # a pointer used as an i32 is another width: not repaired (a truncation would be made up)
    narrow = right.replace("store ptr %0", "store i32 %0")
    (error,) = [d for d in check_ir(toolchain, narrow) if d.severity == "error"]
    assert retype(narrow, error.line, error.message, layout) is None
    assert not judge(toolchain, snippet, "sum_array", LiftAnswer(narrow, True), "greedy", TRIPLE,
                     layout).compiles


def test_symbol_names_come_from_the_assembly_kind_by_kind() -> None:
    answer = ("define void @x(ptr %0) {\n"
              "  call void @llvm.memcpy.p0.p0.i64(ptr %0, ptr @src, i64 40, i1 false)\n"
              "  call void @helper(ptr %0)\n  ret void\n}\n"
              "declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)\n")
    # llc's `callq memcpy@PLT` for the intrinsic is not one of the answer's symbols
    symbols = [AsmSymbol("table", False, True), AsmSymbol("memcpy", True, False),
               AsmSymbol("use_it", True, True)]
    fixed = repair(answer, triple=TRIPLE, datalayout=None, function_name="copy_it", asm_symbols=symbols)
    assert "define void @copy_it(" in fixed.ir and "ptr @table, i64 40" in fixed.ir
    assert "declare dso_local void @use_it(ptr)" in fixed.ir
    assert "@table = external dso_local global" in fixed.ir
    assert errors(fixed.ir) == []
    # one symbol more in the answer than in the assembly: which is which would be a guess
    fewer = repair(answer, triple=TRIPLE, datalayout=None, function_name="copy_it", asm_symbols=symbols[1:])
    assert "@helper" in fewer.ir and "@src" in fewer.ir
    # called through the PLT: a declaration the answer made dso_local loses it
    declared = answer.replace("declare void @llvm", "declare dso_local void @use_it(ptr)\ndeclare void @llvm")
    plt = repair(declared.replace("@helper", "@use_it"), triple=TRIPLE, datalayout=None, function_name="x",
                 asm_symbols=[AsmSymbol("src", False, True), AsmSymbol("use_it", True, False)])
    assert "declare void @use_it(ptr)" in plt.ir and "not dso_local @use_it" in str(plt.repairs)


# ---- the candidate search with a stand-in model ----


@contextmanager
def standin_service(answers: Callable[[str], str], **settings: object) -> Iterator[ModelService]:
    with standin_model_server(answers) as url:
        service = ModelService(Settings(**{"remote_url": url, "model_format": "irlens", **settings}),  # type: ignore[arg-type]
                               watch=False, cache_dir=None)
        service.start()
        assert service.wait_until_settled(30).state == "ready"
        try:
            yield service
        finally:
            service.stop()


def sequence(*replies: str) -> Callable[[str], str]:
    """Answers the disassembly prompt with `replies` in turn (greedy first, then the samples)."""
    calls = {"n": 0}

    def answer(prompt: str) -> str:
        reply = replies[min(calls["n"], len(replies) - 1)]
        calls["n"] += 1
        return reply

    return answer


def sizes_function(name: str):  # type: ignore[no-untyped-def]
    return next(f for f in parse_asm(ASM).functions if f.name == name)


def test_greedy_garbage_then_samples_stop_at_the_exact_round_trip(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    changed = IR.replace("add nsw i32 %16, %15", "add nsw i32 %16, 0", 1)
    # without target lines and loop metadata (`, !llvm.loop !5` refers to nothing): two repairs
    bare = function_ir("sum_array") + "\n" + ATTRIBUTES
    answers = sequence("garbage, no code", f"<code>{changed}</code>", f"<code>{bare}</code>", "never asked")
    with standin_service(answers) as service:
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=8))
    assert result.choice == "exact" and len(result.candidates) == 3  # stopped early
    assert result.candidates[0].ir is None and "no usable answer" in (result.candidates[0].problem or "")
    assert result.candidates[1].compiles and not result.candidates[1].exact
    chosen = result.chosen
    assert chosen is not None and chosen.sampling.startswith("t=") and not chosen.compiles_before_repairs
    assert {r.kind for r in result.repairs} == {"declaration", "target"}
    assert result.verdict().startswith("round-trips exactly")
    data = result.to_json()
    assert data["candidates_tried"] == 3 and data["round_trip_exact"]
    assert data["compiles_before_repairs"] is False
    assert data["repairs"] and data["choice"] == "exact"


def test_the_closest_compiling_candidate_wins_and_none_compiling_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    one_off = IR.replace("add nsw i32 %16, %15", "add nsw i32 %16, 0", 1)
    squares = "".join(f"  %{n + 1} = mul i32 %{n}, %{n}\n" for n in range(22, 30))
    far_off = IR.replace("  ret i32 %22\n", f"{squares}  ret i32 %30\n", 1)  # 8 more instructions
    broken = IR.replace("%17 = add nsw i32 %16, %15", "%17 = add nsw i32 %16, %undefined", 1)
    replies = sequence(f"<code>{far_off}</code>", f"<code>{broken}</code>", f"<code>{one_off}</code>")
    with standin_service(replies) as service:
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=3, refine_s=0))
    assert result.choice == "closest" and len(result.candidates) == 3
    differs = [c.check.instructions_differing for c in result.candidates if c.check and c.compiles]
    assert len(differs) == 2 and differs[0] is not None and differs[1] is not None and differs[0] > differs[1]
    assert result.ir == one_off
    assert result.check is not None and result.check.instructions_differing == differs[1]
    assert result.verdict().startswith(f"compiles, {differs[1]} instructions differ")
    with standin_service(sequence(f"<code>{broken}</code>")) as service:
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=2, refine_s=0))
    assert result.choice == "does-not-compile" and result.verdict().startswith("does not compile: line ")
    assert "undefined" in result.verdict()
    assert len(result.candidates) == 2 and result.candidates[1].ir == result.candidates[0].ir  # judged once
    # refinement makes it compile (the value the model meant is the one the block defines and never uses)
    with standin_service(sequence(f"<code>{broken}</code>")) as service:
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=1))
    assert result.choice == "exact"
    assert result.refinements == ("line 37: undefined %undefined -> %15 (unused)",)


WRAPPER = f"""target triple = "{TRIPLE}"

@hooks = dso_local global [2 x ptr] zeroinitializer

declare i32 @lookup(ptr, ptr, i32)

define dso_local i32 @wrapper(ptr %0, ptr %1) {{
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = call i32 @lookup(ptr %5, ptr %6, i32 1)
  %8 = load ptr, ptr getelementptr inbounds (i8, ptr @hooks, i64 8), align 8
  %9 = load ptr, ptr %3, align 8
  call void %8(ptr %9)
  ret i32 %7
}}
"""


def o0_listing(ir: str = WRAPPER, triple: str = TRIPLE) -> str:
    """llc -O0's assembly of `ir` for `triple` (the original a lift is judged against)."""
    return run_tool(discover(), "llc", ["-O0", f"-mtriple={triple}", "-o", "out.s"], stdin=ir.encode(),
                    outputs=["out.s"]).outputs["out.s"].decode()


def test_refinement_takes_a_constant_argument_and_a_function_pointer_from_the_assembly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    toolchain = discover()
    listing = o0_listing()
    operands = asm_operands(listing)  # the frame size, the argument; the pointer's field
    assert operands.immediates == [24, 1] and operands.offsets == [("hooks", 8)]
    # the answer forgets the constant argument and calls a function where the assembly calls through
    # the pointer at hooks+8: it compiles, and differs
    answer = (WRAPPER.replace("ptr %6, i32 1)", "ptr %6)")
              .replace("@hooks = dso_local global [2 x ptr] zeroinitializer\n", "")
              .replace("  %8 = load ptr, ptr getelementptr inbounds (i8, ptr @hooks, i64 8), align 8\n", "")
              .replace("call void %8(ptr %9)", "call void @release(ptr %9)")
              .replace("declare i32 @lookup", "declare void @release(ptr)\ndeclare i32 @lookup"))
    asm = parse_asm(listing)
    function = next(f for f in asm.functions if f.name == "wrapper")
    with standin_service(sequence(f"<code>{answer}</code>")) as service:
        unrefined = lift_function(toolchain, service, listing, function,
                                  options=LiftOptions(listing=False, candidates=1, refine_s=0))
        refined = lift_function(toolchain, service, listing, function,
                                options=LiftOptions(listing=False, candidates=1, refine_s=10))
    assert unrefined.choice == "closest" and not unrefined.refinements
    assert refined.choice == "exact" and refined.verdict().startswith("round-trips exactly")
    edits = " | ".join(refined.refinements)
    assert "argument i32 1 added" in edits and "the function pointer at @hooks+8" in edits
    assert len(refined.refinements) == 2
    assert refined.ir is not None and "@release" not in refined.ir  # the callee it no longer calls
    assert "@hooks = external dso_local global" in refined.ir  # declared as the assembly refers to it
    assert errors(refined.ir) == []
    assert "refined with llc: " in refined.summary() and "1 candidate tried" in refined.summary()
    data = refined.to_json()
    assert data["candidates_tried"] == 1 and data["refinements"] == list(refined.refinements)
    assert len(refined.candidates) == 2 and refined.candidates[1].sampling == "greedy, refined"
    # only x86 and AArch64 operands are read for edits; a cancelled lift (the document changed) refines
    # nothing
    snippet = function_asm(listing, function)
    assert refine_candidates(toolchain, snippet, "wrapper", unrefined.candidates,
                             triple="riscv64-unknown-linux-gnu", budget_s=10) is None
    cancelled = threading.Event()
    cancelled.set()
    assert refine_candidates(toolchain, snippet, "wrapper", unrefined.candidates, triple=TRIPLE, budget_s=10,
                             cancel=cancelled) is None
    assert refine_candidates(toolchain, snippet, "wrapper", unrefined.candidates, triple=TRIPLE,
                             budget_s=10) is not None


def test_refinement_drops_a_parameter_the_assembly_never_spills_and_fixes_a_stack_slot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    toolchain = discover()
    listing = o0_listing()
    # a third parameter spilled to a slot nothing reads, and the second argument loaded from the
    # first parameter's slot
    answer = (WRAPPER.replace("(ptr %0, ptr %1) {", "(ptr %0, ptr %1, ptr %extra) {")
              .replace("  store ptr %0,", "  %slot = alloca ptr, align 8\n"
                       "  store ptr %extra, ptr %slot, align 8\n  store ptr %0,")
              .replace("%6 = load ptr, ptr %4", "%6 = load ptr, ptr %3"))
    function = next(f for f in parse_asm(listing).functions if f.name == "wrapper")
    with standin_service(sequence(f"<code>{answer}</code>")) as service:
        result = lift_function(toolchain, service, listing, function,
                               options=LiftOptions(listing=False, candidates=1, refine_s=10))
    assert result.choice == "exact", result.verdict()
    assert sorted(edit.split(": ", 1)[1] for edit in result.refinements) == [
        "address %3 -> %4", "parameter %extra dropped (only stored to a slot nothing reads)"]
    assert result.ir is not None and "%extra" not in result.ir and "%slot" not in result.ir


def test_refinement_adds_a_parameter_the_assembly_spills(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    toolchain = discover()
    two = (f'target triple = "{TRIPLE}"\n\ndeclare void @sink(ptr, ptr)\n\n'
           "define dso_local void @pass_on(ptr %0, ptr %1) {\n  %3 = alloca ptr, align 8\n"
           "  %4 = alloca ptr, align 8\n  store ptr %0, ptr %3, align 8\n  store ptr %1, ptr %4, align 8\n"
           "  %5 = load ptr, ptr %3, align 8\n  %6 = load ptr, ptr %4, align 8\n"
           "  call void @sink(ptr %5, ptr %6)\n  ret void\n}\n")
    listing = o0_listing(two)
    # the answer has one parameter: the assembly spills two registers and passes both on
    one = (f'target triple = "{TRIPLE}"\n\ndeclare void @sink(ptr, ptr)\n\n'
           "define dso_local void @pass_on(ptr %0) {\n  %2 = alloca ptr, align 8\n"
           "  store ptr %0, ptr %2, align 8\n  %3 = load ptr, ptr %2, align 8\n"
           "  call void @sink(ptr %3)\n  ret void\n}\n")
    function = next(f for f in parse_asm(listing).functions if f.name == "pass_on")
    with standin_service(sequence(f"<code>{one}</code>")) as service:
        result = lift_function(toolchain, service, listing, function,
                               options=LiftOptions(listing=False, candidates=1, refine_s=10))
    assert result.choice == "exact", result.verdict()
    assert [edit.split(": ", 1)[1] for edit in result.refinements] == [
        "parameter ptr %lifted.1 added (spilled like the others)",
        "call @sink: argument added: a load of %lifted.1.slot"]


def test_bad_input_gets_one_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    toolchain = discover()
    triple = default_triple(toolchain)
    with standin_service(sequence(f"<code>{IR}</code>")) as service:
        aarch64 = ("\t.text\n\t.globl\tadd\n\t.type\tadd,@function\nadd:\n\tadd\tw0, w1, w0\n\tret\n"
                   ".Lfunc_end0:\n\t.size\tadd, .Lfunc_end0-add\n")
        # detected as AArch64 (w registers): the stand-in's irlens format was trained on x86-64 only
        result = lift_function(toolchain, service, aarch64, parse_asm(aarch64).functions[0])
        assert result.choice == "refused" and not result.candidates
        assert result.problem and "trained to lift x86 assembly only" in result.problem
        assert "aarch64" in result.problem
        # told it is the default target's: llvm-mc says it is not
        result = lift_function(toolchain, service, aarch64, parse_asm(aarch64).functions[0],
                               options=LiftOptions(triple=triple))
        assert result.choice == "refused" and not result.candidates
        assert result.problem and f"does not assemble for {triple}" in result.problem
        assert "another target" in result.problem

        function = sizes_function("sum_array")
        lines = ASM.splitlines()
        half = "\n".join(lines[: (function.start_line + function.end_line) // 2]) + "\n"
        cut = parse_asm(half).functions[-1]
        assert cut.name == "sum_array"
        result = lift_function(toolchain, service, half, cut)
        assert result.choice == "refused" and "looks cut off" in (result.problem or "")

        huge = ("\t.globl\tbig\n\t.type\tbig,@function\nbig:\n" + "\taddl\t$1, %eax\n" * 100_000 + "\tretq\n"
                ".Lfunc_end0:\n\t.size\tbig, .Lfunc_end0-big\n")
        started = time.monotonic()
        result = lift_function(toolchain, service, huge, parse_asm(huge).functions[0])
        assert result.choice == "refused" and "too long to lift" in (result.problem or "")
        assert time.monotonic() - started < 10


def test_the_target_comes_from_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An AArch64 file with no triple given: detected (toolchain/target.py), lifted by a model trained on
    AArch64, the target repair and llc's round trip for aarch64, not the tools' x86-64 default."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    toolchain = discover()
    ir = ("define i32 @mix(i32 %a, i32 %b) {\n  %s = add i32 %a, %b\n  %m = mul i32 %s, %b\n"
          "  ret i32 %m\n}\n")
    asm = run_tool(toolchain, "llc", ["-O2", "-mtriple=aarch64-unknown-linux-gnu", "-o", "-"],
                   stdin=ir.encode()).check().stdout_text
    with standin_service(sequence(f"<code>{ir}</code>"), model_format="llm-compiler") as service:
        result = lift_function(toolchain, service, asm, parse_asm(asm).functions[0])
    assert result.choice == "exact", result.verdict()
    assert result.check is not None and result.check.original_instructions >= 3
    assert result.ir is not None and 'target triple = "aarch64-unknown-linux-gnu"' in result.ir
    assert [r.kind for r in result.repairs] == ["target"]


def test_refinement_reads_aarch64_operands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same two mistakes as in the x86 test, in AArch64 assembly (`mov w2, #1`; `adrp x8, hooks;
    add x8, x8, :lo12:hooks; ldr x8, [x8, #8]; blr x8`), lifted by a model trained on AArch64."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    toolchain = discover()
    triple = "aarch64-unknown-linux-gnu"
    listing = o0_listing(triple=triple)
    assert referenced_symbols(listing, "aarch64") == [("lookup", True, True), ("hooks", False, True)]
    assert asm_operands(listing, "aarch64") == ([1, 8], [("hooks", 8)], [])  # no stack-frame offsets
    answer = (WRAPPER.replace("ptr %6, i32 1)", "ptr %6)").replace(TRIPLE, triple)
              .replace("@hooks = dso_local global [2 x ptr] zeroinitializer\n", "")
              .replace("  %8 = load ptr, ptr getelementptr inbounds (i8, ptr @hooks, i64 8), align 8\n", "")
              .replace("call void %8(ptr %9)", "call void @release(ptr %9)")
              .replace("declare i32 @lookup", "declare void @release(ptr)\ndeclare i32 @lookup"))
    function = next(f for f in parse_asm(listing).functions if f.name == "wrapper")
    with standin_service(sequence(f"<code>{answer}</code>"), model_format="llm-compiler") as service:
        result = lift_function(toolchain, service, listing, function,
                               options=LiftOptions(listing=False, candidates=1, refine_s=10))
    assert result.choice == "exact", result.verdict()
    edits = " | ".join(result.refinements)
    assert "argument i32 1 added" in edits and "the function pointer at @hooks+8" in edits


def test_a_model_that_never_stops_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def slow(prompt: str) -> str:
        time.sleep(4)
        return "<code>never"

    with standin_service(slow, model_timeout_s=1.0) as service:
        started = time.monotonic()
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=8, budget_s=1.0))
        elapsed = time.monotonic() - started
    assert result.ir is None and result.choice == "no-answer"
    assert len(result.candidates) == 1  # a timeout ends the search: another sample would time out too
    assert "1 s" in (result.problem or "") and elapsed < 8


@pytest.mark.slow
def test_lift_cli_with_the_tiny_model(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    model = write_tiny_gguf(tmp_path / "irlens-tiny-test.gguf", context_length=2048)
    out = tmp_path / "out.ll"
    code = main(["lift", str(EXAMPLES / "sizes.s"), "--function", "sum_array", "--model", str(model),
                 "--json", "-o", str(out), "--threads", "1", "--candidates", "2", "--no-listing"])
    data = json.loads(capsys.readouterr().out)
    # random weights write garbage: reported as no usable answer, never a crash
    assert code == 3
    assert data["function"] == "sum_array"
    assert data["compiles"] is False and data["round_trip_exact"] is False
    assert data["instructions_differing"] is None
    assert data["error"] and data["candidates_tried"] == 2
    assert set(data) >= {"ir", "compiles", "round_trip_exact", "instructions_differing", "choice", "repairs"}


def test_lift_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lift", str(tmp_path / "absent.s")]) == 2
    assert main(["lift", "/dev/zero"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    model = write_tiny_gguf(tmp_path / "mystery.gguf", name="chat", prompt_format=None)
    assert main(["lift", str(EXAMPLES / "sizes.s"), "--model", str(model)]) == 2
    assert "unknown prompt format" in capsys.readouterr().err
    flags_only = write_tiny_gguf(tmp_path / "irlens-flags.gguf", tasks="flag-tuning")
    # neither the main model nor the lifting model given (in place of the shipped one) lifts
    assert main(["lift", str(EXAMPLES / "sizes.s"), "--model", str(flags_only),
                 "--lift-model", str(flags_only)]) == 2
    assert "was not trained to lift assembly" in capsys.readouterr().err


def _lift_model_service(tmp_path: Path, main_tasks: str, **settings: object) -> ModelService:
    main_model = write_tiny_gguf(tmp_path / "irlens-main-test.gguf", tasks=main_tasks)
    service = ModelService(Settings(model_path=str(main_model), n_threads=1, model_max_tokens=8,  # type: ignore[arg-type]
                                    **settings), watch=False, cache_dir=tmp_path / "cache")
    service.start()
    assert service.wait_until_settled(60).state == "ready"
    return service


def test_a_dedicated_lifting_model_lifts_for_a_main_model_that_cannot(tmp_path: Path) -> None:
    lift_model = write_tiny_gguf(tmp_path / "irlens-test-lift.gguf", tasks="disassembly", seed=3,
                                 context_length=2048)
    service = _lift_model_service(tmp_path, "flag-tuning", lift_model_path=str(lift_model))
    try:
        assert service.status().name == "irlens-main-test.gguf"
        assert service.lifts() and service.lifting_model_name() == "irlens-test-lift.gguf"
        assert "loads on the first lift" in service.lifting_status().detail  # lazily: not loaded yet
        snippet = function_asm(ASM, sizes_function("sum_array"))
        answer = service.lift(snippet)
        # random weights: garbage, but asked of the lifting model (the main one was never trained to lift)
        assert answer is None and service.last_problem().startswith("no usable answer")
        assert "llama.cpp" in service.lifting_status().detail and service.lifting_status().state == "ready"
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=2))
        assert result.choice == "no-answer" and len(result.candidates) == 2
        # flag tuning still goes to the main model, which the lifting model never replaces
        assert service.status().name == "irlens-main-test.gguf"
    finally:
        service.stop()


def test_a_lifting_model_that_cannot_lift_is_not_used_and_says_why(tmp_path: Path) -> None:
    not_lifting = write_tiny_gguf(tmp_path / "irlens-flags-lift.gguf", tasks="flag-tuning")
    service = _lift_model_service(tmp_path, "flag-tuning", lift_model_path=str(not_lifting))
    try:
        assert not service.lifts() and service.lifting_model_name() is None
        assert "was not trained to lift assembly" in service.lift_problem()
    finally:
        service.stop()
    # a main model that lifts itself, loaded from outside the repository, keeps lifting
    service = _lift_model_service(tmp_path, "flag-tuning,disassembly")
    try:
        assert service.lifting_model_name() == "irlens-main-test.gguf"
    finally:
        service.stop()


def test_discovery_never_takes_a_lifting_model_for_the_main_model(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    write_tiny_gguf(models / "irlens-tiny-lift.gguf", tasks="disassembly")
    assert models / "irlens-tiny-lift.gguf" not in candidate_paths(Settings(models_dir=str(models)))
    _, problems = Settings().updated({"liftModelPath": 5})
    assert problems and "liftModelPath" in problems[0] and "a path" in problems[0]


def test_lift_cli_with_a_separate_lifting_model(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    flags_only = write_tiny_gguf(tmp_path / "irlens-flags.gguf", tasks="flag-tuning")
    lift_model = write_tiny_gguf(tmp_path / "irlens-test-lift.gguf", tasks="disassembly", context_length=2048)
    code = main(["lift", str(EXAMPLES / "sizes.s"), "--function", "sum_array", "--model", str(flags_only),
                 "--lift-model", str(lift_model), "--json", "--threads", "1", "--candidates", "2",
                 "--no-listing"])
    data = json.loads(capsys.readouterr().out)
    assert code == 3 and data["candidates_tried"] == 2  # garbage from random weights, but it was asked


def test_the_shipped_lifting_model_is_the_manifests_and_lifts(tmp_path: Path) -> None:
    import hashlib

    from irlens.model.discovery import default_lift_model_path, repo_models_dir
    from irlens.model.gguf_info import read_gguf_info

    path = default_lift_model_path()
    if path is None:
        pytest.skip("no models/irlens-tiny-lift.gguf in this checkout")
    entry = next(m for m in json.loads((repo_models_dir() / "manifest.json").read_text())["models"]
                 if m["file"] == path.name)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    assert path.stat().st_size < 50_000_000
    info = read_gguf_info(path)
    assert info.prompt_format == "irlens" and info.tasks == ("disassembly",)
    # the shipped irlens-tiny as the main model: lifting goes to the lifting model
    service = ModelService(Settings(model_path=str(repo_models_dir() / "irlens-tiny.gguf"), n_threads=1,
                                    model_max_tokens=64), watch=False, cache_dir=tmp_path / "cache")
    service.start()
    try:
        assert service.wait_until_settled(60).state == "ready"
        assert service.lifting_model_name() == path.name
        result = lift_function(discover(), service, ASM, sizes_function("sum_array"),
                               options=LiftOptions(listing=False, candidates=1))
        assert len(result.candidates) == 1 and "llama.cpp" in service.lifting_status().detail
    finally:
        service.stop()
