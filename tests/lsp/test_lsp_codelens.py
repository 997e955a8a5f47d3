"""Code lens: one per defined function, numbers filled in as measurements land, refresh requested."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, lsp_session, open_document
from polling import wait_for


async def _lenses(client, uri: str) -> list[types.CodeLens]:  # type: ignore[no-untyped-def]
    return await client.text_document_code_lens_async(types.CodeLensParams(
        text_document=types.TextDocumentIdentifier(uri=uri))) or []


async def _titles(client, uri: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [lens.command.title for lens in await _lenses(client, uri) if lens.command]


async def test_code_lens_per_function_fills_in_and_refreshes(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        lenses = await _lenses(client, uri)
        lines = text.splitlines()
        assert len(lenses) == 6  # defined functions only, not the memcpy declaration
        for lens in lenses:
            assert lines[lens.range.start.line].startswith("define ")
        titles = await wait_for(lambda: _titles(client, uri), 120, "every lens measured", interval_s=0.3,
                                until=lambda titles: all("-Oz" in title and "best" in title
                                                         and "measuring" not in title for title in titles))
        assert all(" B" in title for title in titles)
        await wait_for(lambda: client.code_lens_refreshes > 0)  # type: ignore[attr-defined]


async def test_code_lens_for_assembly(tmp_path: Path) -> None:
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.s", (EXAMPLES / "sizes.s").read_text())
        await wait_for(lambda: _titles(client, uri), 60, "every lens measured", interval_s=0.2,
                       until=lambda titles: len(titles) == 6 and all("… B" not in title for title in titles))
