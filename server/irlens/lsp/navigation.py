"""Go to definition and find references for @globals, %locals (per function), basic-block labels,
#attribute groups and !metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.engine.documents import DocumentSnapshot
from irlens.ir.index import IRIndex, Symbol
from irlens.lsp.positions import IndexedLines, code_point_column, lines_of, span_range
from irlens.lsp.protocol import JsonResult, json_result

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def _symbol_at(ls: IrlensServer, snapshot: DocumentSnapshot | None,
               position: types.Position) -> tuple[list[str], Symbol] | None:
    if snapshot is None or not isinstance(snapshot.index, IRIndex):
        return None
    lines = lines_of(snapshot.text)
    column = code_point_column(lines, position, ls.position_encoding)
    found = snapshot.index.symbol_at(position.line, column)
    if found is None and column > 0:  # the cursor just after the name, or on its sigil
        found = snapshot.index.symbol_at(position.line, column + 1)
    return (lines, found[1]) if found else None


def register(server: IrlensServer) -> None:
    # Off the event loop: the first lookup after opening indexes the module's pieces (later versions
    # keep the pieces whose text did not change; references merge every piece).
    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    async def definition(ls: IrlensServer, params: types.DefinitionParams) -> types.Location | None:
        return await ls.off_loop(_definition, ls, await ls.snapshot(params.text_document.uri), params)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    async def references(ls: IrlensServer, params: types.ReferenceParams) -> JsonResult:
        snapshot = await ls.snapshot(params.text_document.uri)
        return await ls.off_loop(lambda: json_result(_references(ls, snapshot, params)))


def _definition(ls: IrlensServer, snapshot: DocumentSnapshot | None,
                params: types.DefinitionParams) -> types.Location | None:
    """From the module's definitions and the names on the cursor's line only: no reference table,
    no split of the text (fast right after an edit)."""
    if snapshot is None or not isinstance(snapshot.index, IRIndex):
        return None
    index, position = snapshot.index, params.position
    lines = IndexedLines(index)
    column = code_point_column(lines, position, ls.position_encoding)
    found = index.definition_at(position.line, column)
    if found is None and column > 0:  # the cursor just after the name, or on its sigil
        found = index.definition_at(position.line, column + 1)
    if found is None or found[1] is None:
        return None
    return types.Location(uri=snapshot.uri, range=span_range(lines, found[1], ls.position_encoding))


def _references(ls: IrlensServer, snapshot: DocumentSnapshot | None,
                params: types.ReferenceParams) -> list[types.Location]:
    found = _symbol_at(ls, snapshot, params.position)
    if found is None:
        return []
    lines, symbol = found
    spans = list(symbol.references)
    if params.context.include_declaration and symbol.definition is not None:
        spans.insert(0, symbol.definition)
    encoding = ls.position_encoding
    return [types.Location(uri=params.text_document.uri, range=span_range(lines, span, encoding))
            for span in spans]
