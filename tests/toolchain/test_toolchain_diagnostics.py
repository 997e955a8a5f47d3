"""Diagnostics from llvm-as (parser + verifier) and llvm-mc at real positions; bad input never raises."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from irlens.config import Settings
from irlens.toolchain.diagnostics import check_asm, check_ir
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import measure_ir


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def test_clean_files_have_no_diagnostics(toolchain: Toolchain) -> None:
    assert check_ir(toolchain, (EXAMPLES / "sizes.ll").read_text()) == []
    assert check_asm(toolchain, (EXAMPLES / "sizes.s").read_text()) == []


def test_parse_error_at_its_line_and_column(toolchain: Toolchain) -> None:
    text = "define i32 @f(i32 %a) {\nentry:\n  %x = add i32 %a, 1\n  ret i64 %x\n}\n"
    [diagnostic] = check_ir(toolchain, text)
    assert (diagnostic.line, diagnostic.column) == (3, 10)
    assert "expected 'i64'" in diagnostic.message and diagnostic.severity == "error"


def test_verifier_error_points_at_the_bad_use(toolchain: Toolchain) -> None:
    text = ("define i32 @f(i32 %a) {\nentry:\n  %x = add i32 %a, %y\n  %y = add i32 %a, 1\n"
            "  ret i32 %x\n}\n")
    [diagnostic] = check_ir(toolchain, text)
    assert diagnostic.line == 2 and diagnostic.column == 2
    assert "does not dominate" in diagnostic.message


def test_assembler_errors(toolchain: Toolchain) -> None:
    found = check_asm(toolchain, "  movl %eax\n  frob %ebx\nok:\n  ret\n")
    assert [(d.line, d.column) for d in found] == [(0, 2), (1, 2)]
    assert "invalid instruction mnemonic 'frob'" in found[1].message


def test_binary_garbage_is_a_diagnostic(toolchain: Toolchain) -> None:
    garbage = bytes(range(256)).decode("latin-1")
    [diagnostic] = check_ir(toolchain, garbage)
    assert "binary" in diagnostic.message
    assert check_asm(toolchain, "\x00\x01\x02")[0].severity == "error"


def test_non_utf8_is_reported_not_raised(toolchain: Toolchain) -> None:
    text = b"; caf\xe9\ndefine void @f() {\n  ret void\n}\n".decode("utf-8", "surrogateescape")
    found = check_ir(toolchain, text)
    assert found[0].message == "invalid UTF-8 byte sequence" and found[0].line == 0
    assert not any(d.severity == "error" for d in found)


def test_ten_megabyte_file(toolchain: Toolchain) -> None:
    body = "".join(f"define i32 @f{i}(i32 %a) {{\n  %b = add i32 %a, {i}\n  ret i32 %b\n}}\n"
                   for i in range(160_000))
    assert len(body) > 10_000_000
    broken = body + "define i32 @last() {\n  ret i32 %nope\n}\n"
    found = check_ir(toolchain, broken)
    assert [d.line for d in found] == [640_001]


def test_function_of_100k_instructions(toolchain: Toolchain) -> None:
    lines = ["define i32 @huge(i32 %a0) {"]
    lines += [f"  %a{i + 1} = add i32 %a{i}, {i % 7 + 1}" for i in range(100_000)]
    lines += ["  ret i32 %a100000", "}"]
    text = "\n".join(lines) + "\n"
    assert check_ir(toolchain, text) == []
    measured = measure_ir(toolchain, text)
    assert measured.functions["huge"].ir_instructions == 100_001
    assert (measured.functions["huge"].bytes or 0) > 0
