"""Hover through the real protocol: answers at once, then with measured numbers as they land."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import EXAMPLES, hover_text, line_of, lsp_session, open_document, poll_hover


async def test_hover_on_body_shows_measured_oz_and_suggestion(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        body_line = line_of(text, "%17 = add nsw i32 %16, %15")
        started = time.monotonic()
        first = await hover_text(client, uri, body_line, 4)
        assert time.monotonic() - started < 5  # answered without waiting for the compiler
        assert first is not None and "@sum_array" in first and "27 IR instructions" in first

        final = await poll_hover(client, uri, body_line, lambda text: "still computing" not in text)
        assert "bytes (llc -O2)" in final
        assert "-Oz:" in final
        assert "best verified:" in final and "opt -p '" in final


async def test_hover_on_define_line_and_outside_functions(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        define = line_of(text, "define dso_local i32 @fibonacci")
        hover = await hover_text(client, uri, define, 0)
        assert hover is not None and "@fibonacci" in hover
        assert await hover_text(client, uri, 0, 0) is None  # the module header is no function


async def test_hover_on_assembly_function(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.s").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.s", text)
        line = line_of(text, "checksum:")
        hover = await poll_hover(client, uri, line + 3, lambda text: "bytes (llvm-mc)" in text)
        assert "@checksum" in hover
