"""Document sync notifications: didOpen, didChange, didSave, didClose. The engine indexes documents
on the server's update thread, in arrival order (see IrlensServer.update_documents)."""

from __future__ import annotations

from lsprotocol import types

from irlens.lsp.server import IrlensServer


def register(server: IrlensServer) -> None:
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
