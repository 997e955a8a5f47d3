"""Document sync notifications: didOpen, didChange, didSave, didClose. The engine indexes documents
on the server's update thread, in arrival order (see IrlensServer.update_documents), and keeps the
text of open documents itself: edits are applied there; pygls's workspace keeps no copy
(lsp/protocol.py)."""

from __future__ import annotations

from lsprotocol import types

from irlens.engine.documents import Edit
from irlens.ir.index import TextChange
from irlens.lsp.server import IrlensServer


def register(server: IrlensServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: IrlensServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        if not ls.refuse_document(item.uri, item.version, item.text):
            ls.update_documents(ls.engine.open, item.uri, item.version, item.text, item.language_id)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: IrlensServer, params: types.DidChangeTextDocumentParams) -> None:
        if ls.is_refused(params.text_document.uri):
            return
        # The engine applies the edits to its own copy of the text, off the event loop (the protocol
        # does not: pygls's copy would cost a third of a second per keystroke on a 12 MB module).
        edits: list[Edit] = [
            TextChange(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character,
                       c.text) if isinstance(c, types.TextDocumentContentChangePartial) else c.text
            for c in params.content_changes
        ]
        ls.change_document(params.text_document.uri, params.text_document.version, edits)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: IrlensServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.update_documents(ls.engine.save, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: IrlensServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.forget_refused(uri)
        ls.update_documents(ls.engine.close, uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
