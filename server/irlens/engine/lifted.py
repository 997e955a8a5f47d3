"""The compiler's verdict on IR a model lifted from assembly, as diagnostics for the lifted document.

The lifted document is the model's IR under a header comment; the verdict (does not compile, with
the error at its line / compiles and round-trips exactly / compiles and differs in N instructions)
is computed in the background and kept per document URI, so a client that opens the document later
still sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from irlens.engine.ir_index import parse_ir
from irlens.engine.lifter import RoundTrip

SOURCE = "irlens lift"  # the diagnostics' source
# check_round_trip reports the first llvm-as/verifier error as "line N: message" (N 1-based).
_ERROR_AT_LINE = re.compile(r"^line (\d+): (.*)$", re.DOTALL)


@dataclass(frozen=True)
class VerdictLine:
    line: int  # 0-based, in the lifted document
    message: str
    severity: Literal["error", "warning", "information"]


@dataclass
class LiftedDocument:
    """What the server remembers about a document it created with a lift."""

    uri: str
    function: str
    text: str  # the text the server created; the verdict holds while the document still says this
    header_lines: int
    verdict: list[VerdictLine] = field(default_factory=list)

    def matches(self, text: str) -> bool:
        return text.rstrip("\n") == self.text.rstrip("\n")


def header(function: str, source: str, model: str) -> str:
    return (
        f"; irlens: @{function} lifted from {source} by the model {model}; the compiler's verdict "
        "(compiles / round-trips) is in the diagnostics\n"
    )


def checking() -> list[VerdictLine]:
    return [VerdictLine(0, "lifted IR: checking in the background whether it compiles and round-trips",
                        "information")]


def verdict_lines(lifted: LiftedDocument, ir: str, check: RoundTrip) -> list[VerdictLine]:
    if not check.compiles:
        error = check.error or "unknown error"
        match = _ERROR_AT_LINE.match(error)
        line = lifted.header_lines + int(match.group(1)) - 1 if match else 0
        message = match.group(2) if match else error
        return [VerdictLine(max(0, line), f"lifted IR does not compile: {message}", "warning")]
    define = parse_ir(ir).function_named(lifted.function)
    line = lifted.header_lines + (define.define_line if define is not None else 0)
    level = f"llc {check.llc_level}" if check.llc_level else "llc"
    if check.round_trip_exact:
        return [VerdictLine(line, (
            f"lifted IR compiles and round-trips exactly: {level} reproduces all "
            f"{check.original_instructions} instructions of {lifted.function}"
        ), "information")]
    return [VerdictLine(line, (
        f"lifted IR compiles; {level} output differs from the original {lifted.function} in "
        f"{check.instructions_differing} of {check.original_instructions} instructions"
    ), "warning")]
