"""Semantic tokens from pygments' lexers, decoded back to text to check they land on the right words."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, lsp_session, open_document


def _decode(data: list[int], legend: list[str], text: str) -> list[tuple[str, str]]:
    lines = text.split("\n")
    line = start = 0
    out = []
    for i in range(0, len(data), 5):
        delta_line, delta_start, length, kind, _ = data[i:i + 5]
        line += delta_line
        start = start + delta_start if delta_line == 0 else delta_start
        out.append((lines[line][start:start + length], legend[kind]))
    return out


async def _tokens(client, uri: str) -> list[int]:  # type: ignore[no-untyped-def]
    result = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    return list(result.data)


async def test_llvm_tokens(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        legend = client.initialize_result.capabilities.semantic_tokens_provider.legend.token_types
        uri = open_document(client, tmp_path / "sizes.ll", text)
        decoded = _decode(await _tokens(client, uri), legend, text)
        assert ("define", "keyword") in decoded
        assert ("i32", "type") in decoded
        assert ("@table", "function") in decoded or ("@table", "variable") in decoded
        assert ("%struct.point", "variable") in decoded or ("%struct.point", "type") in decoded
        assert any(kind == "comment" and word.startswith("; Function Attrs") for word, kind in decoded)
        assert any(kind == "number" for _, kind in decoded)


async def test_asm_tokens(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.s").read_text()
    async with lsp_session() as client:
        legend = client.initialize_result.capabilities.semantic_tokens_provider.legend.token_types
        uri = open_document(client, tmp_path / "sizes.s", text)
        decoded = _decode(await _tokens(client, uri), legend, text)
        assert ("pushq", "keyword") in decoded
        assert (".cfi_startproc", "macro") in decoded
        assert ("%rbp", "variable") in decoded
