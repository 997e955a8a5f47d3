"""Prompt builders against the literal FTD strings, answer parsers on recorded/truncated/garbage text."""

from __future__ import annotations

import pytest

from irlens.model import answers, prompts
from irlens.model.answers import SizePrediction

IR = 'define i32 @f(i32 %0) {\n  %2 = add i32 %0, 1\n  ret i32 %2\n}\n'


def test_flag_tuning_prompt_is_the_ftd_string() -> None:
    assert prompts.flag_tuning_prompt(IR) == (
        "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>" + IR + "</code> [/INST]"
    )


def test_disassembly_prompt_is_the_ftd_string() -> None:
    asm = "f:\n\tleal\t1(%rdi), %eax\n\tretq\n"
    assert prompts.disassembly_prompt(asm) == (
        "[INST] Disassemble this code to LLVM-IR:\n\n<code>" + asm + "</code> [/INST]"
    )


def test_compiler_emulation_prompts_are_the_ftd_strings() -> None:
    assert prompts.compiler_emulation_prompt(IR, "default<Oz>", 8, 65) == (
        "[INST] Give the LLVM-IR for the following code when optimized using opt -p 'default<Oz>':\n\n<code>"
        + IR
        + "</code>\n\nThe input code has instruction count 8 and binary size 65 bytes. [/INST]"
    )
    assert prompts.compiler_emulation_prompt(IR, "module(sroa)", 3, 7, output="asm") == (
        "[INST] Give the assembly for the following code when optimized using opt -p 'module(sroa)':"
        + "\n\n<code>"
        + IR
        + "</code>\n\nThe input code has instruction count 3 and binary size 7 bytes. [/INST]"
    )
    with pytest.raises(ValueError):
        prompts.compiler_emulation_prompt(IR, "x", 1, 1, output="obj")


# The emulation answer as LLM Compiler writes it (sic "sise").
RECORDED_EMULATION = (
    "The LLVM-IR will have instruction count 117 and binary sise 617 bytes:\n\n"
    "<code>; ModuleID = 'a.c'\ndefine i32 @main() {\n  ret i32 0\n}\n</code>"
)


def test_emulation_answer_is_parsed() -> None:
    parsed = answers.parse_emulation(RECORDED_EMULATION)
    assert parsed is not None
    assert parsed.sizes == SizePrediction(ir_instructions=117, binary_bytes=617)
    assert parsed.code == "; ModuleID = 'a.c'\ndefine i32 @main() {\n  ret i32 0\n}\n"
    assert answers.emulation_answer(117, 617, parsed.code) == RECORDED_EMULATION


@pytest.mark.parametrize(
    ("answer", "pipeline", "sizes", "has_code"),
    [
        (answers.flag_tuning_answer("module(default<Oz>)", 9, 52), "module(default<Oz>)",
         SizePrediction(9, 52), False),
        (answers.flag_tuning_answer("function(sroa,instcombine<no-verify-fixpoint>)", 3, 16, IR),
         "function(sroa,instcombine<no-verify-fixpoint>)", SizePrediction(3, 16), True),
        ("Run passes -passes='mem2reg,simplifycfg' to reduce instruction count from 14 to 9 and "
         "binary sise from 102 bytes to 72 bytes:\n\n<code>" + IR + "</code>",
         "mem2reg,simplifycfg", SizePrediction(9, 72), True),
        ('Run opt -p "default<Oz>" to get binary size of 40 bytes', "default<Oz>",
         SizePrediction(None, 40), False),
        ("Use -p default<Oz>.", "default<Oz>", None, False),
    ],
)
def test_flag_tuning_answers_are_parsed(
    answer: str, pipeline: str, sizes: SizePrediction | None, has_code: bool
) -> None:
    parsed = answers.parse_flag_tuning(answer)
    assert parsed is not None
    assert parsed.pipeline == pipeline
    assert parsed.sizes == sizes
    assert (parsed.code == IR) if has_code else parsed.code is None


def test_numbers_inside_code_are_not_sizes() -> None:
    answer = "Run opt -p 'sroa' please:\n\n<code>; instruction count 5 and binary size 9 bytes\n</code>"
    parsed = answers.parse_flag_tuning(answer)
    assert parsed is not None and parsed.sizes is None and parsed.pipeline == "sroa"


@pytest.mark.parametrize(
    "answer",
    [
        # truncated in the middle of the pipeline
        "Run opt -p 'module(function(sroa,instcomb",
        "Run opt -p module(function(sroa,",
        # no pipeline at all
        "The LLVM-IR will have instruction count 3 and binary sise 9 bytes:",
        "",
        "\x00\x01garbage ¿¿ -p ''",
        "Run opt -p 'a\nb' to get",
        "Run opt -p '" + "x" * 9000 + "'",
        None,
        42,
        b"Run opt -p 'sroa'",
    ],
)
def test_unusable_flag_tuning_answers_give_none(answer: object) -> None:
    assert answers.parse_flag_tuning(answer) is None


def test_partial_sizes_keep_what_is_there() -> None:
    truncated = "The LLVM-IR will have instruction count 1"  # cut off before the size
    assert answers.parse_sizes(truncated) == SizePrediction(ir_instructions=1, binary_bytes=None)


@pytest.mark.parametrize(
    "answer",
    [
        "<code>define i32 @f() {\n  ret i32 0\n",  # truncated: no closing tag
        "<code>   </code>",
        "lorem ipsum",
        "The LLVM-IR will have instruction count 3 and binary sise 9 bytes:\n\n<code>define",
        None,
    ],
)
def test_unusable_code_gives_none(answer: object) -> None:
    assert answers.parse_code(answer) is None
    lifted = answers.parse_disassembly(answer)  # a cut-off function is kept, marked incomplete
    assert lifted is None or (not lifted.complete and lifted.ir.startswith("define"))
    emulation = answers.parse_emulation(answer)
    assert emulation is None or emulation.code is None


def test_huge_numbers_are_garbage() -> None:
    assert answers.parse_sizes("instruction count 99999999999999999999 and binary sise 12 bytes") == (
        SizePrediction(ir_instructions=None, binary_bytes=12)
    )


def test_disassembly_answer_round_trips() -> None:
    assert answers.parse_disassembly(answers.disassembly_answer(IR)) == answers.LiftAnswer(IR, True)
    cut = answers.parse_disassembly(answers.disassembly_answer(IR)[:-20])
    assert cut is not None and not cut.complete and IR.startswith(cut.ir)
