"""Answer formats of the compiler models and defensive parsers for them.

What the models write after `[/INST]` (the completion, without the prompt):

compiler emulation (both families; "sise" is what the LLM Compiler models really write, sic)::

    The LLVM-IR will have instruction count 12 and binary sise 65 bytes:\n\n<code>...IR...</code>
    The assembly will have instruction count 12 and binary sise 65 bytes:\n\n<code>...asm...</code>

flag tuning: a pass list in `opt -p` syntax, the predicted sizes after it and (LLM Compiler) the
optimised code. The irlens models write exactly `flag_tuning_answer(...)`::

    Run opt -p 'module(default<Oz>)' to get instruction count 9 and binary size 52 bytes:\n\n<code>...</code>

(the code part is optional: irlens-tiny stops after the sizes with a full stop). The parsers accept
the wording variations seen from LLM Compiler ("-p '...'", "-passes='...'", "from X to Y", "size" or
"sise", "of N"), and read sizes only from the text before the first `<code>`, so numbers inside code
never count.

disassembly: `<code>...IR...</code>`.

Every parser takes any object and returns None for a truncated, empty or garbage answer: "the model
gave no usable answer" is a normal outcome, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Larger numbers than this are garbage, not a prediction.
_MAX_NUMBER = 10**9
# A pass pipeline longer than this is runaway generation, not a pipeline.
_MAX_PIPELINE_CHARS = 8192

_CODE_BLOCK = re.compile(r"<code>(.*?)</code>", re.DOTALL)
_INSTRUCTION_COUNT = re.compile(
    r"instruction\s+count\s+(?:of\s+)?(?:from\s+\d+\s+to\s+)?(\d+)", re.IGNORECASE
)
_BINARY_SIZE = re.compile(
    r"binary\s+si[sz]e\s+(?:of\s+)?(?:from\s+\d+\s*(?:bytes\s+)?to\s+)?(\d+)\s*bytes?", re.IGNORECASE
)
# `-p 'x'`, `-p "x"`, `-passes='x'`, `--passes="x"`; then an unquoted `-p x` as a last resort.
_QUOTED_PIPELINE = re.compile(r"(?<![\w-])--?p(?:asses)?(?:=|\s+)(['\"])(.*?)\1", re.DOTALL)
_BARE_PIPELINE = re.compile(r"(?<![\w-])--?p(?:asses)?(?:=|\s+)([^\s'\"]+)")


@dataclass(frozen=True)
class SizePrediction:
    """Sizes a model predicts (never measured): IR instructions and object text+data bytes."""

    ir_instructions: int | None
    binary_bytes: int | None
    pipeline: str | None = None  # the pipeline the prediction is for, when the answer names one


@dataclass(frozen=True)
class FlagTuningAnswer:
    pipeline: str  # raw `opt -p` text as the model wrote it: NOT validated, callers validate
    sizes: SizePrediction | None
    code: str | None  # the optimised IR the model predicts, when it wrote a complete block


@dataclass(frozen=True)
class EmulationAnswer:
    sizes: SizePrediction | None
    code: str | None


# ---- canonical answers (training text for irlens models, recorded answers in tests) ----


def emulation_answer(ir_count: int, bin_size: int, code: str, *, output: str = "ir") -> str:
    subject = "The LLVM-IR" if output == "ir" else "The assembly"
    head = f"{subject} will have instruction count {ir_count} and binary sise {bin_size} bytes"
    return f"{head}:\n\n<code>{code}</code>"


def flag_tuning_answer(pipeline: str, ir_count: int, bin_size: int, code: str | None = None) -> str:
    head = f"Run opt -p '{pipeline}' to get instruction count {ir_count} and binary size {bin_size} bytes"
    return f"{head}:\n\n<code>{code}</code>" if code is not None else f"{head}."


def disassembly_answer(ir: str) -> str:
    return f"<code>{ir}</code>"


# ---- parsers ----


def parse_sizes(answer: object) -> SizePrediction | None:
    """Instruction count and binary size from the answer's header (text before any code)."""
    if not isinstance(answer, str):
        return None
    header = answer.split("<code>", 1)[0]
    count = _number(_INSTRUCTION_COUNT.search(header))
    size = _number(_BINARY_SIZE.search(header))
    if count is None and size is None:
        return None
    return SizePrediction(ir_instructions=count, binary_bytes=size)


def parse_code(answer: object) -> str | None:
    """The first complete `<code>...</code>` block; None when there is none (e.g. truncated)."""
    if not isinstance(answer, str):
        return None
    match = _CODE_BLOCK.search(answer)
    if match is None or not match.group(1).strip():
        return None
    return match.group(1)


def parse_pipeline(answer: object) -> str | None:
    """The pass pipeline (opt -p syntax) the answer names before any code; None if there is none or it
    cannot be a pipeline (empty, multi-line, runaway)."""
    if not isinstance(answer, str):
        return None
    header = answer.split("<code>", 1)[0]
    quoted = _QUOTED_PIPELINE.search(header)
    if quoted is not None:
        candidate = quoted.group(2)
    else:
        bare = _BARE_PIPELINE.search(header)
        if bare is None:
            return None
        # An unquoted pipeline ends the sentence: "... -p default<Oz>." or "...:".
        candidate = bare.group(1).rstrip(".:,;")
    candidate = candidate.strip()
    if not candidate or len(candidate) > _MAX_PIPELINE_CHARS:
        return None
    if any(ch in candidate for ch in "\n\r\t\0`") or not candidate.isprintable():
        return None
    if candidate.count("(") != candidate.count(")"):
        return None  # cut off mid-pipeline
    return candidate


def parse_flag_tuning(answer: object) -> FlagTuningAnswer | None:
    pipeline = parse_pipeline(answer)
    if pipeline is None:
        return None
    return FlagTuningAnswer(pipeline=pipeline, sizes=parse_sizes(answer), code=parse_code(answer))


def parse_emulation(answer: object) -> EmulationAnswer | None:
    sizes = parse_sizes(answer)
    code = parse_code(answer)
    if sizes is None and code is None:
        return None
    return EmulationAnswer(sizes=sizes, code=code)


@dataclass(frozen=True)
class LiftAnswer:
    ir: str
    complete: bool  # False: the answer stopped inside its code block (token limit); `ir` is cut off


def parse_disassembly(answer: object) -> LiftAnswer | None:
    """The lifted IR of a disassembly answer, complete or cut off inside its code block (the lifter
    repairs a cut-off end mechanically and says so); None when there is no code at all."""
    if not isinstance(answer, str):
        return None
    code = parse_code(answer)
    if code is not None:
        return LiftAnswer(code, True)
    opened = answer.find("<code>")
    if opened < 0 or "</code>" in answer:
        return None
    rest = answer[opened + len("<code>"):]
    return LiftAnswer(rest, False) if "define" in rest else None


def _number(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) > 10:
        return None
    value = int(digits)
    return value if value < _MAX_NUMBER else None
