"""Structural refinement of lifted functions (lift/structure.py) and the fixes that make a
candidate compile (lift/fixes.py), with the real llvm-as and llc as the judge."""

from __future__ import annotations

from pathlib import Path

import pytest

import irlens.lift.lifter as lifter
from irlens.ir.asm import asm_operands, parse_asm
from irlens.lift.fixes import fix_to_compile
from irlens.lift.lifter import (
    Candidate,
    check_round_trip,
    datalayout_for,
    function_asm,
    judge,
    refine_candidates,
)
from irlens.lift.refine import Refinement, _edits, _Facts
from irlens.lift.structure import conditions
from irlens.model.answers import LiftAnswer
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.runner import run_tool

TRIPLE = "x86_64-unknown-linux-gnu"
HEAD = f'target triple = "{TRIPLE}"\n'
# calls @g, compares, branches: clang -O0's shape
ORIGINAL = HEAD + """
define dso_local i32 @f(i32 noundef %0) {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @g()
  %3 = load i32, ptr %2, align 4
  %4 = icmp slt i32 %3, 5
  br i1 %4, label %then, label %else
then:
  ret i32 1
else:
  %5 = add nsw i32 %3, 2
  ret i32 %5
}
declare void @g()
"""
# a value spilled to a 64-bit slot: `movq` where a 32-bit slot gives `movl`
WIDENED = HEAD + """
define dso_local i64 @h(i32 noundef %0) {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = sext i32 %4 to i64
  store i64 %5, ptr %3, align 8
  %6 = load i64, ptr %3, align 8
  ret i64 %6
}
"""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def snippet_of(toolchain: Toolchain, ir: str, name: str) -> str:
    """llc -O0's assembly of `ir`, cut out as the lifter cuts a function for its prompt."""
    listing = run_tool(toolchain, "llc", ["-O0", f"-mtriple={TRIPLE}", "-o", "out.s"], stdin=ir.encode(),
                       outputs=["out.s"]).outputs["out.s"].decode()
    function = next(f for f in parse_asm(listing).functions if f.name == name)
    return function_asm(listing, function)


def candidate(toolchain: Toolchain, snippet: str, name: str, ir: str) -> Candidate:
    return judge(toolchain, snippet, name, LiftAnswer(ir, True), "greedy", TRIPLE,
                 datalayout_for(toolchain, TRIPLE))


def refined(ir: str, original: str = ORIGINAL, name: str = "f") -> tuple[Candidate, Candidate]:
    """The candidate `ir` as judged, and what refinement made of it (which must be something)."""
    toolchain = discover()
    snippet = snippet_of(toolchain, original, name)
    before = candidate(toolchain, snippet, name, ir)
    after = refine_candidates(toolchain, snippet, name, [before], triple=TRIPLE, budget_s=20)
    assert after is not None
    return before, after


def errors(ir: str) -> list[str]:
    return [d.message for d in check_ir(discover(), ir) if d.severity == "error"]


def test_a_missing_call_is_inserted() -> None:
    before, after = refined(ORIGINAL.replace("  call void @g()\n", "").replace("declare void @g()\n", ""))
    assert before.compiles and not before.exact
    assert after.exact and after.ir is not None
    assert any("call @g inserted" in edit for edit in after.refinements)
    assert "call void @g()" in after.ir and "declare void @g()" in after.ir


def test_an_extra_call_is_deleted() -> None:
    before, after = refined(ORIGINAL.replace("  call void @g()\n", "  call void @g()\n  call void @g()\n"))
    assert not before.exact and after.exact
    assert any("deleted `call void @g()`" in edit for edit in after.refinements)


def test_a_wrong_icmp_predicate_is_fixed() -> None:
    before, after = refined(ORIGINAL.replace("icmp slt", "icmp sgt"))
    assert before.compiles and not before.exact
    assert after.exact
    assert [edit.split(": ", 1)[1] for edit in after.refinements] == ["icmp sgt -> slt"]


def test_blocks_take_the_assembly_order() -> None:
    then = "then:\n  ret i32 1\n"
    swapped = ORIGINAL.replace(then, "").replace("  ret i32 %5\n}", "  ret i32 %5\n" + then + "}")
    before, after = refined(swapped)
    assert before.compiles and not before.exact
    assert after.exact
    assert any("block %then moved below %else" in edit or "block %else moved below" in edit
               for edit in after.refinements)


def test_a_stack_slot_is_retyped_with_its_casts() -> None:
    narrow = WIDENED.replace("%3 = alloca i64, align 8", "%3 = alloca i32, align 4").replace(
        "  %5 = sext i32 %4 to i64\n  store i64 %5, ptr %3, align 8\n  %6 = load i64, ptr %3, align 8\n"
        "  ret i64 %6", "  store i32 %4, ptr %3, align 4\n  %5 = load i32, ptr %3, align 4\n"
        "  %6 = sext i32 %5 to i64\n  ret i64 %6")
    before, after = refined(narrow, WIDENED, "h")
    assert before.compiles and not before.exact
    assert after.exact
    assert any("slot %3 retyped i32 -> i64 (sext)" in edit for edit in after.refinements)


def test_an_undefined_value_is_made_to_compile_then_refined() -> None:
    broken = ORIGINAL.replace("add nsw i32 %3, 2", "add nsw i32 %9, 2")
    before, after = refined(broken)
    assert not before.compiles and before.check is not None
    assert "use of undefined value '%9'" in (before.check.error or "")
    assert after.compiles and after.ir is not None and errors(after.ir) == []
    assert after.refinements[0].endswith("undefined %9 -> a load of %2")
    assert after.exact  # the load, then the operand: the value the block had loaded already


def test_the_fixes_cast_a_value_of_another_width_and_end_a_block() -> None:
    toolchain = discover()
    mistyped = ORIGINAL.replace("%5 = add nsw i32 %3, 2\n  ret i32 %5",
                                "%5 = sext i32 %3 to i64\n  %6 = add nsw i64 %5, 2\n  ret i32 %6")
    fixed = fix_to_compile(toolchain, mistyped, "f", deadline=float("inf"))
    assert fixed is not None and errors(fixed[0]) == []
    assert fixed[1] == ("line 15: %6 cast i64 -> i32 (trunc)",)
    unterminated = ORIGINAL.replace("  ret i32 1\n", "")
    fixed = fix_to_compile(toolchain, unterminated, "f", deadline=float("inf"))
    assert fixed is not None and errors(fixed[0]) == []
    assert fixed[1] == ("line 11: `br label %else` added",)
    # an error none of the fixes knows: no guess
    assert fix_to_compile(toolchain, ORIGINAL.replace("alloca i32", "alloca i32 i32"), "f",
                          deadline=float("inf")) is None
    # a candidate that compiles needs no fix
    assert fix_to_compile(toolchain, ORIGINAL, "f", deadline=float("inf")) is None


def test_a_block_is_taken_from_another_candidate() -> None:
    toolchain = discover()
    wrong_then = ORIGINAL.replace("then:\n  ret i32 1",
                                  "then:\n  %t = load i32, ptr %2, align 4\n  ret i32 %t")
    donor = ORIGINAL.replace("%5 = add nsw i32 %3, 2", "%5 = sub nsw i32 %3, 7")
    lines = wrong_then.split("\n")
    facts = _Facts((), (), (), frozenset())
    structural = _edits(lines, "f", facts, (donor,), structural=True)
    taken = [e for e in structural if "taken from candidate" in e.description]
    # both blocks differ; the entry block is the same
    assert [e.description for e in taken] == ["block %then taken from candidate 1",
                                              "block %else taken from candidate 1"]
    variant = "\n".join(taken[0].lines)
    assert "then:\n  ret i32 1" in variant and "sub nsw" not in variant and errors(variant) == []
    # a donor with other labels has no block to give
    other_labels = donor.replace("%then", "%yes").replace("then:", "yes:")
    structural = _edits(lines, "f", facts, (other_labels,), structural=True)
    assert not [e for e in structural if "taken from" in e.description]
    # and refinement with both candidates reaches the assembly
    snippet = snippet_of(toolchain, ORIGINAL, "f")
    candidates = [candidate(toolchain, snippet, "f", ir) for ir in (wrong_then, donor)]
    after = refine_candidates(toolchain, snippet, "f", candidates, triple=TRIPLE, budget_s=20)
    assert after is not None and after.exact


def test_a_refinement_is_judged_from_scratch(monkeypatch: pytest.MonkeyPatch) -> None:
    """What refinement claims is not trusted: its IR is compiled and compared again."""
    toolchain = discover()
    snippet = snippet_of(toolchain, ORIGINAL, "f")
    further = ORIGINAL.replace("icmp slt", "icmp sgt").replace("add nsw i32 %3, 2", "add nsw i32 %3, 3")
    start = candidate(toolchain, snippet, "f", further)
    assert start.check is not None and start.check.instructions_differing == 2
    claimed = ORIGINAL.replace("icmp slt", "icmp eq").replace("add nsw i32 %3, 2", "mul nsw i32 %3, 3")

    def boasting(*_args: object, **_kwargs: object) -> Refinement:
        return Refinement(claimed, ("line 9: icmp sgt -> eq",), 0)

    monkeypatch.setattr(lifter, "refine", boasting)
    # claimed exact, but further from the assembly than the candidate: not taken
    assert refine_candidates(toolchain, snippet, "f", [start], triple=TRIPLE, budget_s=5) is None
    closer = ORIGINAL.replace("add nsw i32 %3, 2", "add nsw i32 %3, 3")
    monkeypatch.setattr(lifter, "refine", lambda *a, **k: Refinement(closer, ("line 13: 2 -> 3",), 0))
    result = refine_candidates(toolchain, snippet, "f", [start], triple=TRIPLE, budget_s=5)
    assert result is not None and result.check is not None
    assert result.check == check_round_trip(toolchain, snippet, "f", closer, triple=TRIPLE)
    assert not result.exact and result.check.instructions_differing == 1


def test_the_predicates_come_from_the_condition_codes() -> None:
    """A jcc, setcc or cmovcc (with or without a size suffix) names a predicate, its inverse and swaps:
    codegen may branch on the negated condition or compare the operands the other way round."""
    assert conditions([("jl", ".LBB0_2")]) == ("sge", "sgt", "sle", "slt")
    less = conditions([("jl", "x")])
    assert conditions([("cmovll", "%ecx, %eax")]) == conditions([("setl", "%al")]) == less
    assert conditions([("seta", "%al")]) == ("uge", "ugt", "ule", "ult")
    assert conditions([("jne", "x"), ("jmp", "y"), ("jmpq", "*%rax")]) == ("eq", "ne")
    assert conditions([("b.hs", "x")]) == conditions([("jae", "x")])
    assert conditions([("movl", "$1, %eax")]) == ()


# mujs's jsB_EvalError: `movq -8(%rbp), %rax; movq 216(%rax), %rsi; callq jsB_ErrorX`
FIELD = HEAD + """
define dso_local void @jsB_EvalError(ptr noundef %0) {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds i8, ptr %4, i64 216
  %6 = load ptr, ptr %5, align 8
  call void @jsB_ErrorX(ptr noundef %3, ptr noundef %6)
  ret void
}
declare void @jsB_ErrorX(ptr noundef, ptr noundef)
"""


def test_a_field_offset_comes_from_the_assembly() -> None:
    """Real code reads structure fields (`216(%rax)`); the model writes a placeholder offset or leaves
    the field access out, and refinement takes the assembly's displacement."""
    toolchain = discover()
    snippet = snippet_of(toolchain, FIELD, "jsB_EvalError")
    assert asm_operands(snippet).fields == [216]  # not the frame's -8(%rbp)
    before, after = refined(FIELD.replace("i64 216", "i64 0"), FIELD, "jsB_EvalError")
    assert before.compiles and not before.exact and after.exact
    assert any("field of %4 -> offset 216" in edit for edit in after.refinements)
    # the answer that loads the argument from the slot, without the field access
    left_out = FIELD.replace("  %5 = getelementptr inbounds i8, ptr %4, i64 216\n  %6 = load ptr, ptr %5",
                             "  %5 = getelementptr inbounds i8, ptr %4, i64 0\n  %6 = load ptr, ptr %2")
    before, after = refined(left_out, FIELD, "jsB_EvalError")
    assert before.compiles and not before.exact and after.exact
    assert any("address %2 -> field 216 of" in edit for edit in after.refinements)


# mujs's emitline: `movl 4(%rax), %ecx; ...; movl %ecx, 92(%rax)`, an i32 field copied
EMITLINE = HEAD + """
define dso_local void @emitline(ptr noundef %0, ptr noundef %1) {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %5, i64 4
  %7 = load i32, ptr %6, align 4
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds i8, ptr %8, i64 92
  store i32 %7, ptr %9, align 4
  ret void
}
"""


def test_a_loaded_value_is_retyped_with_its_uses() -> None:
    """The answer copied the field as a pointer (`movq`): the load and the store that uses it are
    retyped together (either alone does not compile)."""
    as_pointer = EMITLINE.replace("load i32, ptr %6, align 4", "load ptr, ptr %6, align 8").replace(
        "store i32 %7", "store ptr %7")
    before, after = refined(as_pointer, EMITLINE, "emitline")
    assert before.compiles and not before.exact and after.exact
    assert any(edit.endswith("%7 retyped ptr -> i32") for edit in after.refinements)


def test_a_call_argument_is_loaded_at_its_slots_type() -> None:
    """mujs's js_setglobal passes its pointer parameter again (`movq -8(%rbp), %rdi`); the answer
    passed an i32 constant there."""
    right = ORIGINAL.replace("call void @g()", "call void @g(ptr %2)").replace("declare void @g()",
                                                                                "declare void @g(ptr)")
    right = right.replace("define dso_local i32 @f(i32 noundef %0) {\n  %2 = alloca i32, align 4\n"
                          "  store i32 %0, ptr %2, align 4\n  call void @g(ptr %2)",
                          "define dso_local i32 @f(i32 noundef %0, ptr noundef %p) {\n"
                          "  %2 = alloca i32, align 4\n  %s = alloca ptr, align 8\n"
                          "  store i32 %0, ptr %2, align 4\n  store ptr %p, ptr %s, align 8\n"
                          "  %l = load ptr, ptr %s, align 8\n"
                          "  call void @g(ptr %l)")
    wrong = right.replace("  %l = load ptr, ptr %s, align 8\n", "").replace("call void @g(ptr %l)",
                                                                             "call void @g(i32 0)")
    before, after = refined(wrong, right)
    assert before.compiles and not before.exact and after.exact
    assert any("argument 1 0 -> a load of %s as ptr" in edit for edit in after.refinements)


def test_a_call_argument_takes_a_value_of_another_type() -> None:
    """mujs's DayWithinYear passes YearFromTime's i32 result on (`movl %eax, %edi`); the answer passed
    the double parameter again: the argument becomes the block's value at its own type."""
    right = HEAD + """
define dso_local i32 @w(double noundef %0) {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call i32 @YearFromTime(double noundef %3)
  %5 = call i32 @DayFromYear(i32 noundef %4)
  ret i32 %5
}
declare i32 @YearFromTime(double)
declare i32 @DayFromYear(i32)
"""
    before, after = refined(right.replace("@DayFromYear(i32 noundef %4)", "@DayFromYear(double noundef %3)"),
                            right, "w")
    assert before.compiles and not before.exact and after.exact
    assert any("argument 1 %3 -> i32 %4" in edit for edit in after.refinements)


def test_the_fixes_tell_blocks_from_values() -> None:
    """Real answers number a block like a value (mujs's O_freeze: `br i1 %8, label %9, label %12`
    where %12 is a load of the next block) or use a block's number as a value: the branch goes to
    the next block, the value is replaced as an undefined one."""
    toolchain = discover()
    branch_to_value = ORIGINAL.replace("br i1 %4, label %then, label %else",
                                       "br i1 %4, label %then, label %5")
    assert "forward referenced with type 'label'" in errors(branch_to_value)[0]
    fixed = fix_to_compile(toolchain, branch_to_value, "f", deadline=float("inf"))
    assert fixed is not None and errors(fixed[0]) == []
    assert fixed[1] == ("line 13: branches to %5, a value, -> the next block",)
    assert "br i1 %4, label %then, label %then" in fixed[0]
    label_as_value = ORIGINAL.replace("add nsw i32 %3, 2", "add nsw i32 %then, 2")
    assert "defined with type 'label'" in errors(label_as_value)[0]
    fixed = fix_to_compile(toolchain, label_as_value, "f", deadline=float("inf"))
    assert fixed is not None and errors(fixed[0]) == []
    value_as_label = ORIGINAL.replace("label %then, label %else", "label %then, label %4")
    assert "'%4' is not a basic block" in errors(value_as_label)[0]
    fixed = fix_to_compile(toolchain, value_as_label, "f", deadline=float("inf"))
    assert fixed is not None and errors(fixed[0]) == []
    assert fixed[1] == ("line 9: undefined label %4 -> %then",)


def test_a_value_is_kept_in_a_local_variable() -> None:
    """mujs's itnewnode: `node = js_malloc(J, 16); node->a = ...` keeps the result in a stack slot
    (`movq %rax, -16(%rbp)`, reloaded before each use); the answer used the call's result itself."""
    right = HEAD + """
define dso_local ptr @itnewnode(ptr noundef %0) {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call ptr @js_malloc(ptr noundef %4, i32 noundef 16)
  store ptr %5, ptr %3, align 8
  %6 = load ptr, ptr %3, align 8
  store ptr null, ptr %6, align 8
  %7 = load ptr, ptr %3, align 8
  ret ptr %7
}
declare ptr @js_malloc(ptr noundef, i32 noundef)
"""
    direct = right.replace("  %3 = alloca ptr, align 8\n", "").replace(
        "  store ptr %5, ptr %3, align 8\n  %6 = load ptr, ptr %3, align 8\n"
        "  store ptr null, ptr %6, align 8\n  %7 = load ptr, ptr %3, align 8\n  ret ptr %7",
        "  store ptr null, ptr %5, align 8\n  ret ptr %5").replace("%4", "%3").replace("%5", "%4")
    toolchain = discover()
    snippet = snippet_of(toolchain, right, "itnewnode")
    before = candidate(toolchain, snippet, "itnewnode", direct)
    assert before.compiles and not before.exact and before.ir is not None
    structural = _edits(before.ir.split("\n"), "itnewnode", _Facts((), (), (), frozenset()), structural=True)
    kept = [e for e in structural if e.description.endswith("%4 kept in a new stack slot (a local variable)")]
    assert len(kept) == 1
    variant = "\n".join(kept[0].lines)
    assert check_round_trip(toolchain, snippet, "itnewnode", variant, triple=TRIPLE).round_trip_exact


def test_a_parameter_is_retyped_with_its_slot() -> None:
    """mujs's DaylightSavingTA takes a double (`movsd %xmm0, -8(%rbp)`); the answer spilled a pointer."""
    right = HEAD + """
define dso_local double @DaylightSavingTA(double noundef %0) {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  ret double 0.000000e+00
}
"""
    as_pointer = right.replace("double noundef %0", "ptr noundef %0").replace(
        "alloca double", "alloca ptr").replace("store double %0", "store ptr %0")
    before, after = refined(as_pointer, right, "DaylightSavingTA")
    assert before.compiles and not before.exact and after.exact
    assert any("parameter %0 retyped ptr -> double (with its slot %2)" in edit for edit in after.refinements)


def test_an_unused_call_result_becomes_an_argument_at_the_type_it_needs() -> None:
    """mujs's js_newobject passes jsV_newobject's pointer result on (`movq %rax, %rsi`); the answer
    called it for an i32 it never used, and left the argument out."""
    right = HEAD + """
define dso_local void @js_newobject(ptr noundef %0) {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call ptr @jsV_newobject(ptr noundef %3)
  call void @js_pushobject(ptr noundef %3, ptr noundef %4)
  ret void
}
declare ptr @jsV_newobject(ptr noundef)
declare void @js_pushobject(ptr noundef, ptr noundef)
"""
    unused = right.replace("%4 = call ptr @jsV_newobject", "%4 = call i32 @jsV_newobject").replace(
        "@js_pushobject(ptr noundef %3, ptr noundef %4)", "@js_pushobject(ptr noundef %3)")
    before, after = refined(unused, right, "js_newobject")
    assert before.compiles and not before.exact and after.exact
    assert any("argument ptr %4 added (its call returns ptr)" in edit for edit in after.refinements)
