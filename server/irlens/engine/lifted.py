"""The documents a lift creates: the compiler's verdict on IR a model lifted from assembly, and the
registry of lifted documents by URI.

The lifted document is the chosen candidate's IR (after mechanical repairs) under a two-line header
comment (where it came from; how it was chosen and which repairs were made). The verdict ("round-trips
exactly" / "compiles, N instructions differ" / "does not compile: <first error>" at the error's line)
is known when the document is created and kept per document URI, so a client that opens the document
later still sees it, as diagnostics and on hover over the function.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlparse

from irlens.engine.facts import Diagnostic
from irlens.ir.index import parse_ir
from irlens.lift.lifter import Candidate, LiftResult

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


def diagnostics_of(lifted: LiftedDocument) -> list[Diagnostic]:
    return [Diagnostic(v.line, 0, v.message, v.severity, SOURCE) for v in lifted.verdict]


class LiftedDocuments:
    """The documents the server created with a lift, by URI (thread-safe), with their verdicts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_uri: dict[str, LiftedDocument] = {}

    def remember(self, lifted: LiftedDocument) -> None:
        with self._lock:
            self._by_uri[lifted.uri] = lifted

    def get(self, uri: str) -> LiftedDocument | None:
        with self._lock:
            return self._by_uri.get(uri)

    def verdict(self, uri: str, text: str) -> list[Diagnostic]:
        """The verdict as diagnostics while the document still holds the text the lift created."""
        lifted = self.get(uri)
        if lifted is None or not lifted.matches(text):
            return []  # edited since: the verdict was about the model's text
        return diagnostics_of(lifted)


def lifted_uri(source_uri: str, function: str, taken: Callable[[str], bool]) -> str:
    """`<stem>.<function>.lifted.ll` next to the source, or `<stem>.<function>.lifted.N.ll` with the
    first N that names neither a file nor a URI `taken` says is in use: a lift never replaces one. The
    function's name is made a file name (no separators or control characters)."""
    safe = re.sub(r"[^\w.$+-]", "_", function).strip(".") or "function"
    parsed = urlparse(source_uri)
    source = Path(unquote(parsed.path))
    for number in itertools.count():
        suffix = f".{number}" if number else ""
        if parsed.scheme != "file":
            candidate = f"untitled:{safe}.lifted{suffix}.ll"
        else:
            path = source.with_name(f"{source.stem}.{safe}.lifted{suffix}.ll")
            if path.exists():
                continue
            candidate = path.as_uri()
        if not taken(candidate):
            return candidate
    raise AssertionError("unreachable")
