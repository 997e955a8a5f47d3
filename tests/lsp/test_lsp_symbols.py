"""Document symbols: functions with their ranges, and globals."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, line_of, lsp_session, open_document


async def test_functions_and_globals(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        by_name = {symbol.name: symbol for symbol in symbols}
        assert {"@sum_array", "@main", "@llvm.memcpy.p0.p0.i64", "@table", "@__const.main.a"} <= set(by_name)
        main = by_name["@main"]
        assert main.kind == types.SymbolKind.Function
        assert main.range.start.line == line_of(text, "define dso_local i32 @main")
        assert text.splitlines()[main.range.end.line] == "}"
        assert by_name["@table"].kind == types.SymbolKind.Variable
        assert by_name["@__const.main.a"].kind == types.SymbolKind.Constant
        selection = by_name["@main"].selection_range
        line = text.splitlines()[selection.start.line]
        assert line[selection.start.character:selection.end.character] == "main"


async def test_assembly_functions(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.s").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.s", text)
        symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        assert [s.name for s in symbols] == ["sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort",
                                             "main"]
