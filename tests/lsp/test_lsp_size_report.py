"""`irlens.sizeReport` over real stdio: the report HTML of the open documents as the editor has them
(unsaved edits included), and `irlens/sizesChanged` when measurements land."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from lsprotocol import types

from conftest import EXAMPLES, change_document, lsp_session, open_document
from polling import wait_for

EXTRA_FUNCTION = "\ndefine i32 @added_in_the_editor(i32 %x) {\n  %y = mul i32 %x, 5\n  ret i32 %y\n}\n"


def _report_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert match, "no report data in the page"
    return json.loads(match.group(1).replace("<\\/", "</"))


async def test_size_report_of_the_open_documents(tmp_path: Path) -> None:
    async with lsp_session(env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
        changes: list[Any] = []

        @client.feature("irlens/sizesChanged")
        def sizes_changed(params: Any) -> None:
            changes.append(params)

        text = (EXAMPLES / "sizes.ll").read_text() + EXTRA_FUNCTION  # unsaved: only the editor has it
        open_document(client, EXAMPLES / "sizes.ll", text)
        open_document(client, EXAMPLES / "sizes.s")
        answer = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="irlens.sizeReport", arguments=[]))
        assert answer["modules"] == 2
        data = _report_data(answer["html"])
        rows = {(Path(row[0]).name, row[1]) for row in data["functions"]}
        assert ("sizes.ll", "added_in_the_editor") in rows
        assert ("sizes.s", "bubble_sort") in rows
        assert answer["functions"] == len(data["functions"])
        assert 'id="plotly-gz"' in answer["html"]
        await wait_for(lambda: changes, timeout_s=60)  # the engine's measurements landed

        # A path argument: that file (or directory) instead of the open documents.
        answer = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="irlens.sizeReport", arguments=[(EXAMPLES / "sizes.ll").as_uri()]))
        names = {row[1] for row in _report_data(answer["html"])["functions"]}
        assert "added_in_the_editor" not in names and "bubble_sort" in names


async def test_size_report_after_did_change_reflects_the_edit(tmp_path: Path) -> None:
    """The report reads the engine's snapshot of each open document, so an edit sent with didChange
    (incremental, as editors send them) is in it, and a function the edit removed is not."""
    async with lsp_session({"backgroundSuggestions": False},
                           env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
        text = (EXAMPLES / "sizes.ll").read_text()
        uri = open_document(client, EXAMPLES / "sizes.ll", text)
        last_line = text.count("\n")
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(last_line, 0), types.Position(last_line, 0)),
                text=EXTRA_FUNCTION)]))
        names = await _report_functions(client)
        assert "added_in_the_editor" in names and "checksum" in names
        change_document(client, uri, 3, text.replace("@checksum(", "@checksum_renamed("))
        names = await _report_functions(client)
        assert "checksum_renamed" in names
        assert "checksum" not in names and "added_in_the_editor" not in names


async def _report_functions(client: Any) -> set[str]:
    answer = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="irlens.sizeReport", arguments=[]))
    return {row[1] for row in _report_data(answer["html"])["functions"]}
