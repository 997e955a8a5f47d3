"""Document symbols: functions (with their body range) and globals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.engine.documents import DocumentSnapshot
from irlens.ir.asm import AsmIndex
from irlens.ir.index import IRIndex, Span
from irlens.ir.names import display_token
from irlens.lsp.positions import line_at, line_range, lines_of, span_range
from irlens.lsp.protocol import JsonResult, json_result

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def register(server: IrlensServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def document_symbols(ls: IrlensServer, params: types.DocumentSymbolParams) -> JsonResult:
        snapshot = await ls.snapshot(params.text_document.uri)
        return await ls.off_loop(lambda: json_result(symbols_of(ls, snapshot)))


def symbols_of(ls: IrlensServer, document: DocumentSnapshot | None) -> list[types.DocumentSymbol]:
    """Linear in the number of functions and globals; on a thread (a 10 MB module has 100,000s)."""
    if document is None:
        return []
    lines, encoding = lines_of(document.text), ls.position_encoding
    index = document.index
    found: list[types.DocumentSymbol] = []
    if isinstance(index, IRIndex):
        for function in index.functions:
            found.append(
                types.DocumentSymbol(
                    name=f"@{display_token(function.name)}",
                    detail="declaration"
                    if function.is_declaration
                    else f"{function.instruction_count} instructions",
                    kind=types.SymbolKind.Function,
                    range=line_range(lines, function.define_line, function.end_line, encoding),
                    selection_range=span_range(lines, function.name_span, encoding),
                )
            )
        for variable in index.globals:
            found.append(
                types.DocumentSymbol(
                    name=f"@{display_token(variable.name)}",
                    detail=variable.kind
                    if variable.kind != "global"
                    else ("constant" if variable.is_constant else "global"),
                    kind=types.SymbolKind.Constant if variable.is_constant else types.SymbolKind.Variable,
                    range=line_range(lines, variable.line, variable.line, encoding),
                    selection_range=span_range(lines, variable.name_span, encoding),
                )
            )
        found.sort(key=lambda symbol: symbol.range.start.line)
    elif isinstance(index, AsmIndex):
        for asm_function in index.functions:
            line = asm_function.start_line
            start = max(0, line_at(lines, line).find(asm_function.name))
            found.append(
                types.DocumentSymbol(
                    name=asm_function.name,
                    kind=types.SymbolKind.Function,
                    range=line_range(lines, line, asm_function.end_line, encoding),
                    selection_range=span_range(lines, Span(line, start, start + len(asm_function.name)),
                                               encoding),
                )
            )
    return found
