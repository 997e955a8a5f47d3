"""Document sync and diagnostics: llvm-as/opt verify errors for .ll, llvm-mc errors for .s, at their
real line and column, on open, on change (debounced, `diagnosticsOnType`) and on save
(`diagnosticsOnSave`); an empty list clears them once fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.engine.workspace import Diagnostic
from irlens.lsp.positions import line_at, utf16_column

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
}


def to_lsp(lines: list[str], item: Diagnostic) -> types.Diagnostic:
    line = max(0, min(item.line, max(0, len(lines) - 1)))
    text = line_at(lines, line)
    start = utf16_column(text, max(0, min(item.column, len(text))))
    # Underline the word at the column (or the rest of the line when there is none).
    end_column = item.column
    while end_column < len(text) and not text[end_column].isspace():
        end_column += 1
    end = utf16_column(text, end_column) if end_column > item.column else utf16_column(text, len(text))
    return types.Diagnostic(
        range=types.Range(types.Position(line, start), types.Position(line, max(start, end))),
        message=item.message,
        severity=_SEVERITY.get(item.severity, types.DiagnosticSeverity.Error),
        source=item.source,
    )


def publish(server: IrlensServer, uri: str, version: int, items: list[Diagnostic]) -> None:
    document = server.engine.document(uri)
    if document is None or document.version != version:
        return
    lines = document.text.splitlines()
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[to_lsp(lines, item) for item in items]
        )
    )


def publish_unopened(server: IrlensServer, uri: str, items: list[Diagnostic]) -> None:
    """Diagnostics for a document the client has not opened (a lifted document): no version."""
    if server.engine.document(uri) is not None:
        return  # opened meanwhile: its own diagnostics (with the verdict) follow
    lifted = server.engine.lifted(uri)
    lines = lifted.text.splitlines() if lifted is not None else []
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=[to_lsp(lines, item) for item in items])
    )


def register(server: IrlensServer) -> None:
    # The engine indexes documents on the server's update thread, in arrival order (see update_documents).
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: IrlensServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        text = ls.workspace.get_text_document(item.uri).source
        ls.update_documents(ls.engine.open, item.uri, item.version, text, item.language_id)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: IrlensServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.change_document(uri, params.text_document.version, ls.workspace.get_text_document(uri).source)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: IrlensServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.update_documents(ls.engine.save, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: IrlensServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.update_documents(ls.engine.close, uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
