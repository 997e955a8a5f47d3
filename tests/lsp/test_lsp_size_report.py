"""`irlens.sizeReport` over real stdio: the report HTML of the open documents as the editor has them
(unsaved edits included), and `irlens/sizesChanged` when measurements land."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from lsprotocol import types

from conftest import EXAMPLES, lsp_session, open_document
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
