"""A function's ABI as its define line states it (ir/abi.py), and splice_function refusing a body that
changes it: what a caller or the linker can observe must stay, hints may change."""

from __future__ import annotations

import pytest

from conftest import TESTS
from irlens.config import Settings
from irlens.engine.splice import SpliceError, splice_function
from irlens.ir.abi import (
    abi_changes,
    function_abi,
    functions_with_undefined_values,
    global_variable_definitions,
    kept_abi_problem,
)
from irlens.toolchain.discovery import discover
from irlens.toolchain.measure import extract_function, optimize_text

FIXTURES = TESTS / "fixtures"
BYVAL = "ptr byval(%struct.S) align 8"
API = "define dso_local i32 @api(i32 noundef %x, ptr noundef byval(%struct.S) align 8 %s) #0 {"


def changes(before: str, after: str, *, calls_only: bool = False) -> list[str]:
    old, new = function_abi(before), function_abi(after)
    assert old is not None and new is not None
    return abi_changes(old, new, calls_only=calls_only)


def test_the_define_line_is_read_whole() -> None:
    abi = function_abi('define internal fastcc zeroext noundef i8 @"f x"(ptr addrspace(1) nonnull %p, '
                       'i16 signext %h, ...) unnamed_addr #2 section ".text.hot" comdat align 16 '
                       "personality ptr @gxx {")
    assert abi is not None and abi.name == "f x"
    assert (abi.linkage, abi.visibility, abi.calling_convention) == ("internal", "default", "fastcc")
    assert (abi.return_attributes, abi.return_type) == (("zeroext",), "i8")
    assert abi.parameters == ("ptr addrspace(1)", "i16 signext", "...")
    assert abi.placement == ('section ".text.hot"', "comdat", "align 16")
    assert function_abi("define i32 @f") is None  # no parameter list: not a define line to judge
    assert function_abi("; no function here") is None


def test_one_abi_spelled_two_ways_is_one_abi() -> None:
    """A hand-written line and opt's printing of it compare equal."""
    assert changes("define external ccc {i32,i32} @f(%\"struct.S\"* %p) comdat($f) {",
                   "define { i32, i32 } @f(%struct.S* %p) comdat {") == []
    assert changes("define cc 8 void @g(i32 %a)", "define fastcc void @g(i32 noundef %a)") == []


def test_hints_may_change() -> None:
    assert changes(API, "define dso_local noundef range(i32 0, 9) i32 @api(i32 noundef %0, ptr nocapture "
                   "readonly byval(%struct.S) align 8 %1) local_unnamed_addr #5 {") == []
    assert changes("define i32 @h(ptr %p)", "define i32 @h(ptr align 8 dereferenceable(16) %p)") == []


@pytest.mark.parametrize(("after", "said"), [
    ("define dso_local void @api(i32 noundef %x, {BYVAL} %s) {", "return type i32 became void"),
    ("define internal i32 @api(i32 %x, {BYVAL} %s) {", "linkage external became internal"),
    ("define hidden i32 @api(i32 %x, {BYVAL} %s) {", "visibility default became hidden"),
    ("define dllexport i32 @api(i32 %x, {BYVAL} %s) {", "DLL storage none became dllexport"),
    ("define fastcc i32 @api(i32 %x, {BYVAL} %s) {", "calling convention ccc became fastcc"),
    ("define i32 @api({BYVAL} %s) {", "parameters (i32, {BYVAL}) became ({BYVAL})"),
    ("define i32 @api(i32 zeroext %x, {BYVAL} %s) {", "parameters"),
    ("define i32 @api(i32 %x, ptr byval(%struct.S) align 4 %s) {", "parameters"),
    ("define i32 @api(i32 %x, ptr %s) {", "parameters"),
    ('define i32 @api(i32 %x, {BYVAL} %s) section "other" {', 'placement default became section "other"'),
    ("define i32 @api(i32 %x, {BYVAL} %s) align 4 {", "placement default became align 4"),
    ("define i32 @api2(i32 %x, {BYVAL} %s) {", "name api became api2"),
])
def test_what_callers_or_the_linker_see_may_not_change(after: str, said: str) -> None:
    found = changes(API, after.replace("{BYVAL}", BYVAL))
    assert len(found) == 1 and found[0].startswith(said.replace("{BYVAL}", BYVAL)), found


def test_calls_only_leaves_linkage_to_the_module() -> None:
    assert changes("define internal fastcc i32 @h(i32 %a)", "define hidden fastcc i32 @h(i32 %a)",
                   calls_only=True) == []
    assert changes("define internal fastcc i32 @h(i32 %a)", "define hidden i32 @h(i32 %a, i32 %b)",
                   calls_only=True) == ["calling convention fastcc became ccc",
                                        "parameters (i32) became (i32, i32)"]


def test_a_result_that_deletes_renames_or_declares_the_function_is_refused() -> None:
    before = function_abi(API)
    assert before is not None
    kept = API + "\n  ret i32 0\n}\n"
    assert kept_abi_problem(before, kept) == ""
    for gone in ("", kept.replace("@api", "@api.1"), "declare i32 @api(i32, ptr)\n"):
        assert kept_abi_problem(before, gone) == "the result no longer defines @api"
    assert "return type i32 became void" in kept_abi_problem(
        before, kept.replace("i32 @api", "void @api").replace("ret i32 0", "ret void"))


# ---- splice_function ----------------------------------------------------------------------------

USER = """\
%struct.S = type { i32, i32 }

@table = dso_local global [2 x i32] [i32 1, i32 2]

define dso_local i32 @api(i32 noundef %x, i32 noundef %y) {
  %s = add i32 %x, %y
  ret i32 %s
}

define dso_local i32 @caller() {
  %r = call i32 @api(i32 1, i32 2)
  ret i32 %r
}
"""


def optimized(header: str, body: str = "  ret i32 %y\n") -> str:
    return f"@table = external global [2 x i32]\n\n{header} {{\n{body}}}\n"


def test_splice_refuses_a_body_that_changes_the_abi() -> None:
    """(Linkage, visibility and DLL storage are put back from the user's line: see the next test.)"""
    with pytest.raises(SpliceError, match="changes its ABI: return type i32 became void"):
        splice_function(USER, "api", optimized("define internal void @api(i32 %x, i32 %y)", "  ret void\n"))
    with pytest.raises(SpliceError, match='placement default became section "hot"'):
        splice_function(USER, "api", optimized('define i32 @api(i32 %x, i32 %y) section "hot"'))
    with pytest.raises(SpliceError, match="calling convention ccc became fastcc"):
        splice_function(USER, "api", optimized("define fastcc i32 @api(i32 %x, i32 %y)"))


def test_splice_keeps_the_users_linkage_and_globals() -> None:
    """llvm-extract's `hidden` gives way to the user's words; a global the optimized module defines under
    a name the user's module holds is added under a new name, the user's stays as it was."""
    spliced = splice_function(USER, "api", "@table = global [4 x i64] zeroinitializer\n\n"
                              "define hidden i32 @api(i32 noundef %x, i32 noundef %y) local_unnamed_addr {\n"
                              "  %v = load i32, ptr @table\n  ret i32 %v\n}\n")
    assert "define dso_local i32 @api(i32 noundef %x, i32 noundef %y) local_unnamed_addr {" in spliced
    assert "@table = dso_local global [2 x i32] [i32 1, i32 2]" in spliced
    assert "@table.1 = global [4 x i64] zeroinitializer" in spliced and "load i32, ptr @table.1" in spliced


def test_splice_reads_a_hand_written_define_line_that_wraps() -> None:
    wrapped = USER.replace("@api(i32 noundef %x, i32 noundef %y) {", "@api(i32 noundef %x,\n"
                           "                           i32 noundef %y) {")
    spliced = splice_function(wrapped, "api", optimized("define i32 @api(i32 %x, i32 %y)"))
    assert "define dso_local i32 @api(i32 %x, i32 %y) {\n  ret i32 %y\n}" in spliced
    with pytest.raises(SpliceError, match="parameters"):
        splice_function(wrapped, "api", optimized("define i32 @api(i32 %x)", "  ret i32 %x\n"))


def test_an_internal_functions_unoptimized_body_does_not_fit_its_oz_calls() -> None:
    """-Oz drops @helper's dead parameter and makes it fastcc, with its calls: the body extracted from the
    input still has three parameters and the C convention, so splicing it there is refused (the verifier
    would take the mismatched calls)."""
    toolchain = discover(Settings())
    source = (FIXTURES / "internal_dead_arg.ll").read_text()
    oz = optimize_text(toolchain, source, "default<Oz>")
    assert "call fastcc i32 @helper(i32 noundef %1, ptr noundef %0)" in oz
    with pytest.raises(SpliceError, match="calling convention fastcc became ccc; parameters"):
        splice_function(oz, "helper", extract_function(toolchain, source, "helper"))
    from_oz = optimize_text(toolchain, extract_function(toolchain, oz, "helper"), "default<Oz>")
    spliced = splice_function(oz, "helper", from_oz)
    assert "define internal fastcc i32 @helper(i32 noundef %0, ptr" in spliced


def test_undefined_values_name_both_sides_of_a_call_a_pipeline_settled() -> None:
    module = ("define internal i32 @zapped(i32 %x) {\n  ret i32 poison\n}\n"
              "define internal void @dead_arg(i32 %x) {\n  ret void\n}\n"
              "define i32 @caller(i32 %y) {\n  call void @dead_arg(i32 poison)\n"
              "  %r = call i32 @zapped(i32 %y)\n  ret i32 %r\n}\n")
    assert functions_with_undefined_values(module) == {"zapped", "dead_arg"}


def test_global_definitions_differ_by_what_their_users_rely_on() -> None:
    source = global_variable_definitions("@g = internal global i32 0, align 4\n@h = global i32 1, align 4\n")
    optimized = global_variable_definitions("@g = internal unnamed_addr constant i32 0, align 8\n"
                                            "@h = dso_local local_unnamed_addr global i32 1, align 16\n")
    assert source["h"] == optimized["h"]
    assert source["g"] != optimized["g"]  # made constant: a store an unoptimized body keeps would fault
