"""The compiler's verdict on IR a model lifted from assembly, for the lifted document.

The lifted document is the chosen candidate's IR (after mechanical repairs) under a two-line header
comment (where it came from; how it was chosen and which repairs were made). The verdict ("round-trips
exactly" / "compiles, N instructions differ" / "does not compile: <first error>" at the error's line)
is known when the document is created and kept per document URI, so a client that opens the document
later still sees it, as diagnostics and on hover over the function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from irlens.engine.lifter import Candidate, LiftResult
from irlens.ir.index import parse_ir

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
    hover: str = ""  # the verdict and how it was reached, for hover over the lifted function

    def matches(self, text: str) -> bool:
        return text.rstrip("\n") == self.text.rstrip("\n")


def header(function: str, source: str, model: str, result: LiftResult) -> str:
    return (
        f"; irlens: @{function} lifted from {source} by the model {model}; the compiler's verdict is in "
        "the diagnostics\n"
        f"; irlens: {result.summary()}\n"
    )


def lifted_document(uri: str, source: str, model: str, result: LiftResult) -> LiftedDocument:
    """The document a lift creates (the result must have IR) with its verdict."""
    assert result.ir is not None
    head = header(result.function, source, model, result)
    text = head + (result.ir if result.ir.endswith("\n") else result.ir + "\n")
    lifted = LiftedDocument(uri, result.function, text, head.count("\n"))
    lifted.verdict = verdict_lines(lifted, result)
    lifted.hover = "\n".join([f"**@{result.function}** (lifted): {lifted.verdict[0].message}", "",
                              f"- {result.summary()}",
                              *(f"- candidate {n} ({c.sampling}): {_candidate_line(c)}"
                                for n, c in enumerate(result.candidates, 1))])
    return lifted


def _candidate_line(candidate: Candidate) -> str:
    if candidate.check is None:
        return f"no usable answer ({candidate.problem})"
    check = candidate.check
    if not check.compiles:
        return "does not compile"
    return "round-trips exactly" if check.round_trip_exact else \
        f"compiles, {check.instructions_differing} instructions differ"


def verdict_lines(lifted: LiftedDocument, result: LiftResult) -> list[VerdictLine]:
    check = result.check
    assert check is not None and result.ir is not None
    if not check.compiles:
        error = check.error or "unknown error"
        match = _ERROR_AT_LINE.match(error)
        line = lifted.header_lines + int(match.group(1)) - 1 if match else 0
        message = match.group(2) if match else error
        return [VerdictLine(max(0, line), f"does not compile: {message}", "warning")]
    define = parse_ir(result.ir).function_named(lifted.function)
    line = lifted.header_lines + (define.define_line if define is not None else 0)
    level = f"llc {check.llc_level}" if check.llc_level else "llc"
    if check.round_trip_exact:
        return [VerdictLine(line, (
            f"round-trips exactly: {level} reproduces all {check.original_instructions} instructions of "
            f"{lifted.function}"
        ), "information")]
    return [VerdictLine(line, (
        f"compiles, {check.instructions_differing} instructions differ: {level} output vs the "
        f"{check.original_instructions} instructions of the original {lifted.function}"
    ), "warning")]
