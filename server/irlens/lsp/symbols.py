"""Document symbols: functions (with their body range) and globals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.ir.asm import AsmIndex
from irlens.ir.index import IRIndex
from irlens.ir.names import display_token
from irlens.lsp.positions import line_range, span_range
from irlens.lsp.protocol import JsonResult, json_result

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def register(server: IrlensServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def document_symbols(ls: IrlensServer, params: types.DocumentSymbolParams) -> JsonResult:
        return await ls.off_loop(lambda: json_result(symbols_of(ls, params.text_document.uri)))


def symbols_of(ls: IrlensServer, uri: str) -> list[types.DocumentSymbol]:
    """Linear in the number of functions and globals; on a thread (a 10 MB module has 100,000s)."""
    document = ls.engine.document(uri)
    if document is None:
        return []
    lines = document.text.splitlines()
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
                    range=line_range(lines, function.define_line, function.end_line),
                    selection_range=span_range(lines, function.name_span),
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
                    range=line_range(lines, variable.line, variable.line),
                    selection_range=span_range(lines, variable.name_span),
                )
            )
        found.sort(key=lambda symbol: symbol.range.start.line)
    elif isinstance(index, AsmIndex):
        for asm_function in index.functions:
            label = lines[asm_function.start_line] if asm_function.start_line < len(lines) else ""
            start = max(0, label.find(asm_function.name))
            found.append(
                types.DocumentSymbol(
                    name=asm_function.name,
                    kind=types.SymbolKind.Function,
                    range=line_range(lines, asm_function.start_line, asm_function.end_line),
                    selection_range=types.Range(
                        types.Position(asm_function.start_line, start),
                        types.Position(asm_function.start_line, start + len(asm_function.name)),
                    ),
                )
            )
    return found
