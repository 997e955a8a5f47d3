"""Prompt builders for Meta's LLM Compiler FTD models and irlens' own models.

The strings are the ones of Meta's published demo for `llm-compiler-{7b,13b}-ftd`, character for
character: those models were fine-tuned on exactly this text and drift (a missing blank line, a space
before `[/INST]`) degrades them. No system prompt; the tokenizer adds BOS; generation ends at EOS.
The irlens models (irlens-tiny) are trained on the SAME prompt strings, so the runtime serves both
alike; only their answers differ in detail (see `irlens.model.answers`) and the GGUF metadata says
which family a model belongs to (see `irlens.model.gguf_info`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

# The prompt/answer family of a model. "auto" (in Settings) is resolved to one of these from GGUF
# metadata or a server's /v1/models; a model that resolves to neither is refused.
PromptFormat = Literal["llm-compiler", "irlens"]
PROMPT_FORMATS: tuple[PromptFormat, ...] = ("llm-compiler", "irlens")


class Task(StrEnum):
    """What a prompt asks; also part of the answer-cache key."""

    FLAG_TUNING = "flag-tuning"
    DISASSEMBLY = "disassembly"
    COMPILER_EMULATION_IR = "compiler-emulation-ir"
    COMPILER_EMULATION_ASM = "compiler-emulation-asm"
    PIPELINE_RANKING = "pipeline-ranking"  # the flag-tuning prompt, scored at the coreset's rank tokens


# What a model is taken to do when it does not say (LLM Compiler, a server, irlens.tasks absent): every
# task that answers in text. Ranking needs its own metadata and is only ever declared.
TEXT_TASKS: tuple[str, ...] = tuple(task.value for task in Task if task is not Task.PIPELINE_RANKING)


def flag_tuning_prompt(ir: str) -> str:
    """Ask for the pass list that minimises object file size (answer: pipeline, sizes, code)."""
    return f"[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>{ir}</code> [/INST]"


def disassembly_prompt(asm: str) -> str:
    """Ask for the LLVM IR that compiles to this (x86_64 or AArch64) assembly."""
    return f"[INST] Disassemble this code to LLVM-IR:\n\n<code>{asm}</code> [/INST]"


def compiler_emulation_prompt(
    ir: str, passes: str, ir_count: int, bin_size: int, *, output: str = "ir"
) -> str:
    """Ask what `opt -p '{passes}'` makes of `ir` (output="ir") or the assembly llc then emits
    (output="asm"). `ir_count` is the input's IR instruction count, `bin_size` its object text+data
    bytes (the sizes as the models were trained on them)."""
    if output == "ir":
        head = "Give the LLVM-IR for the following code"
    elif output == "asm":
        head = "Give the assembly for the following code"
    else:
        raise ValueError(f"output must be 'ir' or 'asm', not {output!r}")
    return (
        f"[INST] {head} when optimized using opt -p '{passes}':\n\n<code>{ir}</code>\n\n"
        f"The input code has instruction count {ir_count} and binary size {bin_size} bytes. [/INST]"
    )
