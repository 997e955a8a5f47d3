"""Go to definition and find references for @globals, %locals and labels."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, lsp_session, open_document

TEXT = (EXAMPLES / "sizes.ll").read_text()


def _position(needle: str, offset: int, occurrence: int = 0) -> types.Position:
    index = -1
    for _ in range(occurrence + 1):
        index = TEXT.index(needle, index + 1)
    line = TEXT.count("\n", 0, index)
    return types.Position(line, index - (TEXT.rfind("\n", 0, index) + 1) + offset)


async def _definition(client, uri: str, position: types.Position) -> types.Location:  # type: ignore[no-untyped-def]
    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position))
    assert isinstance(result, types.Location)
    return result


async def test_definitions(tmp_path: Path) -> None:
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", TEXT)
        lines = TEXT.splitlines()
        # @table used in fibonacci -> its global definition
        location = await _definition(client, uri, _position("ptr @table", 6))
        assert lines[location.range.start.line].startswith("@table = ")
        # call @fibonacci in main -> the define line
        location = await _definition(client, uri, _position("call i32 @fibonacci(i32 noundef 20)", 12))
        assert lines[location.range.start.line].startswith("define dso_local i32 @fibonacci")
        # label %11 in sum_array's branch -> "11:" in sum_array
        location = await _definition(client, uri, _position("label %11", 8))
        assert lines[location.range.start.line].startswith("11:")
        assert location.range.start.line < TEXT[: TEXT.index("@checksum")].count("\n")
        # %3 in fibonacci -> its alloca in fibonacci, not sum_array's %3
        fib = TEXT.index("@fibonacci(i32 noundef %0)")
        use = TEXT.index("load i32, ptr %3", fib)
        line = TEXT.count("\n", 0, use)
        column = use - (TEXT.rfind("\n", 0, use) + 1) + len("load i32, ptr %")
        location = await _definition(client, uri, types.Position(line, column))
        assert location.range.start.line > TEXT.count("\n", 0, fib)
        assert "%3 = alloca" in lines[location.range.start.line]


async def test_references(tmp_path: Path) -> None:
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", TEXT)
        position = _position("define dso_local i32 @fibonacci", len("define dso_local i32 @") + 1)
        result = await client.text_document_references_async(types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position,
            context=types.ReferenceContext(include_declaration=True)))
        lines = TEXT.splitlines()
        assert len(result) == 4  # the definition, two recursive calls, main's call
        assert all("@fibonacci" in lines[loc.range.start.line] for loc in result)
        result = await client.text_document_references_async(types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position,
            context=types.ReferenceContext(include_declaration=False)))
        assert len(result) == 3
