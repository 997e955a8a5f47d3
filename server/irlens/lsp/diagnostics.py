"""Publishing diagnostics: llvm-as/opt verify errors for .ll, llvm-mc errors for .s, at their real line
and column, on open, on change (debounced, `diagnosticsOnType`) and on save (`diagnosticsOnSave`); an
empty list clears them once fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.engine.facts import Diagnostic
from irlens.ir.columns import Encoding, to_units
from irlens.lsp.positions import line_at, lines_of

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
}


def to_lsp(lines: list[str], item: Diagnostic, encoding: Encoding) -> types.Diagnostic:
    line = max(0, min(item.line, max(0, len(lines) - 1)))
    text = line_at(lines, line)
    start = to_units(text, item.column, encoding)
    # Underline the word at the column (or the rest of the line when there is none).
    end_column = item.column
    while end_column < len(text) and not text[end_column].isspace():
        end_column += 1
    end = to_units(text, end_column if end_column > item.column else len(text), encoding)
    return types.Diagnostic(
        range=types.Range(types.Position(line, start), types.Position(line, max(start, end))),
        message=item.message,
        severity=_SEVERITY.get(item.severity, types.DiagnosticSeverity.Error),
        source=item.source,
    )


def publish(server: IrlensServer, uri: str, version: int, items: list[Diagnostic]) -> None:
    document = server.engine.snapshot(uri)
    if document is None or document.version != version:
        return
    lines, encoding = lines_of(document.text), server.position_encoding
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[to_lsp(lines, item, encoding) for item in items]
        )
    )


def publish_unopened(server: IrlensServer, uri: str, items: list[Diagnostic]) -> None:
    """Diagnostics for a document the client has not opened (a lifted document): no version."""
    if server.engine.snapshot(uri) is not None:
        return  # opened meanwhile: its own diagnostics (with the verdict) follow
    lifted = server.engine.lifted(uri)
    lines = lines_of(lifted.text) if lifted is not None else []
    diagnostics = [to_lsp(lines, item, server.position_encoding) for item in items]
    server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
