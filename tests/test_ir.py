"""The text index behind hover, code lens, symbols and navigation: function ranges, names, references."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from irlens.ir.asm import parse_asm
from irlens.ir.index import parse_ir

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SIZES_LL = (EXAMPLES / "sizes.ll").read_text()
SIZES_S = (EXAMPLES / "sizes.s").read_text()


def _position(text: str, needle: str, occurrence: int = 0, offset: int = 0) -> tuple[int, int]:
    """0-based (line, column) of the n-th occurrence of needle, plus offset columns."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return line, column + offset


def test_functions_have_their_define_and_closing_lines() -> None:
    index = parse_ir(SIZES_LL)
    names = [f.name for f in index.functions]
    assert names == ["sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main",
                     "llvm.memcpy.p0.p0.i64"]
    lines = SIZES_LL.splitlines()
    for function in index.defined_functions:
        assert lines[function.define_line].startswith("define ")
        assert f"@{function.name}(" in lines[function.define_line]
        assert lines[function.end_line] == "}"
    memcpy = index.functions[-1]
    assert memcpy.is_declaration and memcpy.define_line == memcpy.end_line


def test_instruction_count_counts_instructions_not_labels_or_comments() -> None:
    index = parse_ir(SIZES_LL)
    # sum_array: 9 in the entry block, then 4 + 8 + 4 + 2 (counted by hand from examples/sizes.ll).
    assert index.function_named("sum_array").instruction_count == 27  # type: ignore[union-attr]
    fibonacci = index.function_named("fibonacci")
    assert fibonacci is not None and fibonacci.instruction_count == 23


def test_function_at_covers_define_line_and_body_only() -> None:
    index = parse_ir(SIZES_LL)
    checksum = index.function_named("checksum")
    assert checksum is not None
    assert index.function_at(checksum.define_line) is checksum
    assert index.function_at(checksum.define_line + 5) is checksum
    assert index.function_at(checksum.end_line) is checksum
    assert index.function_at(0) is None
    assert index.function_at(checksum.end_line + 1) is None


def test_globals_and_their_references() -> None:
    index = parse_ir(SIZES_LL)
    assert [g.name for g in index.globals] == ["table", "__const.main.values", "__const.main.a",
                                               "__const.main.b"]
    table = index.global_symbols["table"]
    assert table.definition is not None and table.definition.line == _position(SIZES_LL, "@table")[0]
    assert [r.line for r in table.references] == [_position(SIZES_LL, "ptr @table")[0]]
    fibonacci = index.global_symbols["fibonacci"]
    assert fibonacci.kind == "function" and len(fibonacci.references) == 3  # two recursive calls + main


def test_locals_labels_and_arguments_per_function() -> None:
    index = parse_ir(SIZES_LL)
    function = index.function_named("fibonacci")
    assert function is not None
    locals_ = index.locals_of(function)
    assert locals_["0"].kind == "argument" and locals_["0"].definition is not None
    assert locals_["6"].kind == "label"
    label_line = _position(SIZES_LL, "\n6:")[0] + 1
    assert locals_["6"].definition.line == label_line  # type: ignore[union-attr]
    # `br i1 %5, label %6, label %11` uses label 6 once.
    assert len(locals_["6"].references) == 1
    # %3 is defined by an alloca, stored to once and loaded four times.
    assert locals_["3"].kind == "local" and len(locals_["3"].references) == 5
    # %struct.point is a type, not a local.
    assert "struct.point" not in index.locals_of(index.function_named("manhattan"))  # type: ignore[arg-type]
    assert len(index.types["struct.point"].references) >= 6


def test_symbol_at_finds_names_under_the_cursor() -> None:
    index = parse_ir(SIZES_LL)
    line, column = _position(SIZES_LL, "@table, i64 0", offset=2)
    found = index.symbol_at(line, column)
    assert found is not None and found[0] == "@" and found[1].name == "table"
    line, column = _position(SIZES_LL, "label %11", occurrence=0, offset=7)
    found = index.symbol_at(line, column)
    assert found is not None and found[0] == "%" and found[1].kind == "label" and found[1].name == "11"
    line, column = _position(SIZES_LL, "!llvm.loop !5", offset=12)
    found = index.symbol_at(line, column)
    assert found is not None and found[0] == "!" and found[1].name == "5"
    assert index.symbol_at(0, 0) is None


def test_attribute_groups_and_metadata() -> None:
    index = parse_ir(SIZES_LL)
    assert len(index.attribute_groups["0"].references) == 6
    assert index.metadata["6"].definition is not None
    assert len(index.metadata["6"].references) == 4
    assert "wchar_size" not in index.metadata  # !"wchar_size" is a string


def test_quoted_names_comments_and_strings() -> None:
    text = (
        '@"a b" = global i32 0\n'
        '@s = constant [6 x i8] c"x;@y%z\\00"\n'
        'define i32 @"odd name"(i32 %x) {\n'
        'entry:\n'
        '  %v = load i32, ptr @"a b" ; uses @not_a_ref\n'
        '  br label %"exit block"\n'
        '"exit block":\n'
        '  ret i32 %v\n'
        '}\n'
    )
    index = parse_ir(text)
    assert index.functions[0].name == "odd name"
    assert index.functions[0].instruction_count == 3
    assert {g.name for g in index.globals} == {"a b", "s"}
    assert len(index.global_symbols["a b"].references) == 1
    assert "not_a_ref" not in index.global_symbols and "y" not in index.global_symbols
    locals_ = index.locals_of(index.functions[0])
    assert locals_["exit block"].kind == "label" and len(locals_["exit block"].references) == 1
    assert locals_["x"].kind == "argument"


def test_switch_case_lines_are_not_instructions() -> None:
    text = (
        "define i32 @f(i32 %x) {\n"
        "  switch i32 %x, label %d [\n"
        "    i32 0, label %a\n"
        "    i32 1, label %a\n"
        "  ]\n"
        "a:\n"
        "  ret i32 1\n"
        "d:\n"
        "  ret i32 0\n"
        "}\n"
    )
    assert parse_ir(text).functions[0].instruction_count == 3


@pytest.mark.parametrize("text", ["", "garbage \x00\x01 { } define", "define i32 @f() {\n  ret i32 0\n",
                                  "}\n}\n@x =", "define @ {\n}\n"])
def test_malformed_text_never_raises(text: str) -> None:
    index = parse_ir(text)
    for function in index.functions:
        assert function.define_line <= function.end_line < max(1, index.line_count)
        index.locals_of(function)
    index.symbol_at(0, 0)
    assert index.global_symbols is not None


def test_unterminated_function_ends_before_the_next() -> None:
    text = "define void @a() {\n  ret void\ndefine void @b() {\n  ret void\n}\n"
    index = parse_ir(text)
    assert [(f.name, f.define_line, f.end_line) for f in index.functions] == [("a", 0, 1), ("b", 2, 4)]


def test_ten_megabyte_module_indexes_quickly() -> None:
    # A throughput smoke check with a generous bound (the real figures are in `irlens bench lsp`).
    body = SIZES_LL.split("; Function Attrs", 1)[1].split("declare void")[0]
    copies = [body.replace("@sum_array(", f"@sum_array_{i}(") for i in range(10_000_000 // len(body) + 1)]
    text = "\n".join(copies)
    started = time.perf_counter()
    index = parse_ir(text)
    elapsed = time.perf_counter() - started
    assert len(index.functions) == 6 * len(copies)
    assert elapsed < 20


def test_asm_functions_from_type_directives() -> None:
    index = parse_asm(SIZES_S)
    assert [f.name for f in index.functions] == ["sum_array", "checksum", "manhattan", "fibonacci",
                                                 "bubble_sort", "main"]
    lines = SIZES_S.splitlines()
    for function in index.functions:
        assert lines[function.start_line].startswith(f"{function.name}:")
        assert lines[function.end_line].strip().startswith(f".size\t{function.name},")
    first = index.functions[0]
    assert index.function_at(first.start_line + 3) is first
    assert index.function_at(0) is None


def test_asm_without_type_directives_uses_globl_labels() -> None:
    text = ".text\n.globl f\nf:\n  ret\n.globl g\ng:\n  nop\n  ret\n"
    index = parse_asm(text)
    assert [(f.name, f.start_line, f.end_line) for f in index.functions] == [("f", 2, 4), ("g", 5, 7)]
