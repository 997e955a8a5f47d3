"""Go to definition and find references for @globals, %locals (per function), basic-block labels,
#attribute groups and !metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.ir.index import IRIndex, Symbol
from irlens.lsp.positions import code_point_column, lines_of, span_range
from irlens.lsp.protocol import JsonResult, json_result

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def _symbol_at(ls: IrlensServer, uri: str, position: types.Position) -> tuple[list[str], Symbol] | None:
    document = ls.engine.document(uri)
    if document is None or not isinstance(document.index, IRIndex):
        return None
    lines = lines_of(document.text)
    column = code_point_column(lines, position, ls.position_encoding)
    found = document.index.symbol_at(position.line, column)
    if found is None and column > 0:  # the cursor just after the name, or on its sigil
        found = document.index.symbol_at(position.line, column + 1)
    return (lines, found[1]) if found else None


def register(server: IrlensServer) -> None:
    # Off the event loop: the first lookup in a version indexes every reference of the module.
    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    async def definition(ls: IrlensServer, params: types.DefinitionParams) -> types.Location | None:
        return await ls.off_loop(_definition, ls, params)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    async def references(ls: IrlensServer, params: types.ReferenceParams) -> JsonResult:
        return await ls.off_loop(lambda: json_result(_references(ls, params)))


def _definition(ls: IrlensServer, params: types.DefinitionParams) -> types.Location | None:
    found = _symbol_at(ls, params.text_document.uri, params.position)
    if found is None or found[1].definition is None:
        return None
    lines, symbol = found
    definition = symbol.definition
    assert definition is not None
    return types.Location(uri=params.text_document.uri,
                          range=span_range(lines, definition, ls.position_encoding))


def _references(ls: IrlensServer, params: types.ReferenceParams) -> list[types.Location]:
    found = _symbol_at(ls, params.text_document.uri, params.position)
    if found is None:
        return []
    lines, symbol = found
    spans = list(symbol.references)
    if params.context.include_declaration and symbol.definition is not None:
        spans.insert(0, symbol.definition)
    encoding = ls.position_encoding
    return [types.Location(uri=params.text_document.uri, range=span_range(lines, span, encoding))
            for span in spans]
