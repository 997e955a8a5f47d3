"""Diagnostics through the real protocol: on open, on (incremental) change, on save; cleared when fixed."""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, change_document, line_of, lsp_session, open_document
from polling import wait_for

BROKEN_LINE = "  %17 = add nsw i32 %16, %undefined_value\n"


def _broken(text: str) -> str:
    return text.replace("  %17 = add nsw i32 %16, %15\n", BROKEN_LINE, 1)


async def test_error_on_open_is_at_its_line_and_cleared_when_fixed(tmp_path: Path) -> None:
    good = (EXAMPLES / "sizes.ll").read_text()
    bad = _broken(good)
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "broken.ll", bad)
        diagnostics = await wait_for(lambda: client.diagnostics.get(uri))
        error = diagnostics[0]
        assert error.severity == types.DiagnosticSeverity.Error
        assert error.range.start.line == line_of(bad, BROKEN_LINE.strip())
        assert "undefined_value" in error.message
        # The column points into the line (at the bad name, as llvm-as reports it).
        assert 0 < error.range.start.character < len(BROKEN_LINE)

        change_document(client, uri, 2, good)
        await wait_for(lambda: uri in client.diagnostics and len(client.diagnostics[uri]) == 0)


async def test_incremental_change_introduces_an_error(tmp_path: Path) -> None:
    good = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "edit.ll", good)
        await wait_for(lambda: uri in client.diagnostics)
        assert len(client.diagnostics[uri]) == 0
        line = line_of(good, "%17 = add nsw i32 %16, %15")
        text_line = good.splitlines()[line]
        start = text_line.index("%15")
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(line, start), types.Position(line, start + 3)),
                text="%nope")]))
        diagnostics = await wait_for(lambda: client.diagnostics.get(uri))
        assert diagnostics[0].range.start.line == line


async def test_on_type_off_waits_for_save(tmp_path: Path) -> None:
    good = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session({"diagnosticsOnType": False}) as client:
        uri = open_document(client, tmp_path / "save.ll", good)
        await wait_for(lambda: uri in client.diagnostics)
        change_document(client, uri, 2, _broken(good))
        # A hover round trip after the debounce: no new diagnostics were published while typing.
        await asyncio.sleep(1.0)
        await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 0)))
        assert len(client.diagnostics[uri]) == 0
        client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        await wait_for(lambda: client.diagnostics.get(uri))


async def test_assembly_error_is_reported(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.s").read_text().replace("\tmovq\t%rsp, %rbp\n", "\tmovq\t%rsp, %bogus\n", 1)
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "broken.s", text)
        diagnostics = await wait_for(lambda: client.diagnostics.get(uri))
        assert diagnostics[0].range.start.line == line_of(text, "%bogus")
