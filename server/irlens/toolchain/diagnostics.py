"""Compiler diagnostics at their real line and column.

`.ll`: `llvm-as` parses and then runs the IR verifier (the same Verifier `opt -passes=verify`
runs), so one call reports both. Parse errors carry `<stdin>:LINE:COL`; verifier errors carry no
position, only the offending instruction as printed, which is looked up in the source to find
its line. `.s`: `llvm-mc -filetype=obj` for the file's target (assembling for real catches more than
parsing alone: undefined fixups, bad relocations). Binary data and invalid UTF-8 are reported, never raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from irlens.ir.asm import file_reading_statements
from irlens.ir.columns import to_code_points
from irlens.ir.names import decode_ir_name
from irlens.ir.scan import IDENT, scan_functions
from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.runner import ToolFailure, first_error_line, run_tool
from irlens.toolchain.target import resolve_asm_target

Severity = Literal["error", "warning"]

_POSITIONED = re.compile(r"<stdin>:(\d+):(\d+): (error|warning|note): (.*)")
_NOT_VERIFIED = "does not verify as correct"
_FUNCTION_REF = re.compile(r"@(" + IDENT + r")")


@dataclass(frozen=True)
class ToolDiagnostic:
    line: int  # 0-based
    column: int  # 0-based
    message: str
    severity: Severity
    source: str  # the tool that reported it


def check_ir(toolchain: Toolchain, text: str) -> list[ToolDiagnostic]:
    return check_and_assemble_ir(toolchain, text)[0]


def check_and_assemble_ir(toolchain: Toolchain, text: str) -> tuple[list[ToolDiagnostic], bytes | None]:
    """check_ir's diagnostics, and the bitcode llvm-as made of the text (None when it refused it): one
    parse of the text serves the diagnostics and the tools that read the module afterwards."""
    encoded, found = _prepare(text)
    if encoded is None:
        return found, None
    try:
        result = run_tool(toolchain, "llvm-as", ["-o", "out.bc"], stdin=encoded, outputs=["out.bc"])
    except ToolFailure as failure:
        return [*found, ToolDiagnostic(0, 0, f"could not check this file: {failure}", "warning",
                                       "llvm-as")], None
    del encoded
    stderr = result.stderr_text
    found.extend(_positioned(stderr, "llvm-as", text))
    if _NOT_VERIFIED in stderr:
        found.extend(_verifier_errors(stderr, text))
    if not result.ok and not any(d.severity == "error" for d in found):
        message = first_error_line(stderr) if stderr.strip() else "llvm-as rejected this file"
        found.append(ToolDiagnostic(0, 0, message, "error", "llvm-as"))
    return found, result.outputs.get("out.bc") if result.ok else None


def check_asm(toolchain: Toolchain, text: str, *, triple: str | None = None) -> list[ToolDiagnostic]:
    """llvm-mc's errors for the file's target (`triple`: the user's asmTriple / --triple), plus what
    choosing the target had to say (see toolchain.target)."""
    refused = file_reading_statements(text)
    if refused:  # no tool run: the assembler would read the named file
        return [ToolDiagnostic(r.line, r.column, r.message, "error", "irlens") for r in refused]
    target = resolve_asm_target(toolchain, text, triple)
    assembled = target.assembler_input(text)
    encoded, found = _prepare(assembled)
    if encoded is None:
        return found
    found.extend(ToolDiagnostic(n.line, 0, n.message, n.severity, "irlens") for n in target.notes)
    if target.missing:
        return [*found, ToolDiagnostic(0, 0, target.missing, "error", "irlens")]
    try:
        result = run_tool(toolchain, "llvm-mc", [*target.mc_args(), "-filetype=obj", "-o", "out.o"],
                          stdin=encoded)
    except ToolFailure as failure:
        return [*found, ToolDiagnostic(0, 0, f"could not check this file: {failure}", "warning", "llvm-mc")]
    reported = _positioned(result.stderr_text, "llvm-mc", assembled)
    if target.source == "default" and any(d.severity == "error" for d in reported):
        return [*found, ToolDiagnostic(0, 0, target.unknown_message(result.stderr_text), "error", "irlens")]
    lines = {d.line for d in reported}  # `.cpu X`: llvm-mc's own error there says it already
    found.extend(ToolDiagnostic(n.line, 0, n.message, n.severity, "llvm-mc")
                 for n in target.cpu_notes(result.stderr_text) if n.line not in lines)
    found.extend(reported)
    if not result.ok and not any(d.severity == "error" for d in found):
        stderr = result.stderr_text  # its last line is often the caret under the error ("^")
        message = first_error_line(stderr) if stderr.strip() else "llvm-mc rejected this file"
        found.append(ToolDiagnostic(0, 0, message, "error", "llvm-mc"))
    return found


_UNDECODABLE = re.compile(r"[\udc80-\udcff\ufffd]")


def _prepare(text: str) -> tuple[bytes | None, list[ToolDiagnostic]]:
    """Bytes for the tool, plus diagnostics for content no tool should be shown."""
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul)
        column = nul - (text.rfind("\n", 0, nul) + 1)
        return None, [ToolDiagnostic(line, column, "binary data (NUL byte): this is not a text file",
                                     "error", "irlens")]
    found: list[ToolDiagnostic] = []
    # isascii first: one regex search of a 12 MB text holds the interpreter lock for ~75 ms
    bad = None if text.isascii() else _UNDECODABLE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start())
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1)
        found.append(ToolDiagnostic(line, column, "invalid UTF-8 byte sequence", "warning", "irlens"))
    return text.encode("utf-8", "surrogateescape"), found


def _positioned(stderr: str, source: str, text: str) -> list[ToolDiagnostic]:
    """`<stdin>:LINE:COL:` messages of the tool that read `text`; LLVM counts a column in bytes of
    the line, irlens in characters."""
    found = []
    matches = list(_POSITIONED.finditer(stderr))
    lines = None if not matches or text.isascii() else text.split("\n")
    for match in matches:
        number, byte_column, kind, message = match.groups()
        line, column = max(0, int(number) - 1), max(0, int(byte_column) - 1)
        if lines is not None and line < len(lines):
            column = to_code_points(lines[line], column, "utf-8")
        severity: Severity = "warning" if kind != "error" else "error"
        found.append(ToolDiagnostic(line, column, message.strip(), severity, source))
    return found


def _verifier_errors(stderr: str, text: str) -> list[ToolDiagnostic]:
    """Verifier messages: a header line, then indented context (printed instructions, `ptr @f`)."""
    lines = text.splitlines()
    stripped_source = [line.strip() for line in lines]
    body = stderr.split(_NOT_VERIFIED, 1)[1].split("\n", 1)[-1]
    groups: list[tuple[str, list[str]]] = []
    for raw in body.splitlines():
        if not raw.strip() or raw.startswith(("llvm-as", "<stdin>")):
            continue
        if raw[:1].isspace() and groups:
            groups[-1][1].append(raw.strip())
        else:
            groups.append((raw.strip(), []))
    found = []
    for header, context in groups:
        # "does not dominate all uses" prints the definition, then the use that is wrong.
        ordered = context[::-1] if "dominate" in header else context
        line, column = _locate(ordered, stripped_source, lines)
        message = header if not context else f"{header} {context[0]}"
        found.append(ToolDiagnostic(line, column, f"verifier: {message}", "error", "llvm-as"))
    return found


def _locate(context: list[str], stripped_source: list[str], lines: list[str]) -> tuple[int, int]:
    for wanted in context:
        for number, candidate in enumerate(stripped_source):
            if candidate and (candidate == wanted or candidate.split(";", 1)[0].rstrip() == wanted):
                return number, len(lines[number]) - len(lines[number].lstrip())
    for wanted in context:  # `ptr @f`: point at the define of @f
        ref = _FUNCTION_REF.search(wanted)
        if ref:
            name = decode_ir_name(ref.group(1))
            for scanned in scan_functions("\n".join(lines)):
                if scanned.function.name == name and scanned.function.is_definition:
                    return scanned.line, 0
    return 0, 0

