"""Long work: irlens.optimizeFunction reports $/progress, honours $/cancelRequest, and a result for an
older document version is dropped."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from conftest import (
    EXAMPLES,
    change_document,
    hover_text,
    line_of,
    lsp_session,
    open_document,
    wrapped_toolchain,
)


async def test_optimize_command_reports_progress_and_applies_a_verified_edit(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="irlens.optimizeFunction", arguments=[uri, "bubble_sort"]))
        assert result["applied"] is True and result["size_bytes"] <= result["oz_bytes"]
        kinds = [type(report).__name__ for reports in client.progress_reports.values() for report in reports]
        assert "WorkDoneProgressBegin" in kinds and "WorkDoneProgressEnd" in kinds
        (applied,) = client.applied_edits  # type: ignore[attr-defined]
        new_text = applied.edit.document_changes[0].edits[0].new_text
        out = tmp_path / "out.ll"
        out.write_text(new_text)
        assert subprocess.run(["opt-19", "-passes=verify", "-disable-output", str(out)]).returncode == 0


async def test_cancel_request_stops_waiting_and_server_answers(tmp_path: Path) -> None:
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session({"llvmBin": str(tools), "toolTimeoutS": 20.0}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        request = asyncio.ensure_future(client.protocol.send_request_async(
            "workspace/executeCommand",
            types.ExecuteCommandParams(command="irlens.optimizeFunction", arguments=[uri, "checksum"]),
            msg_id="optimize-1"))
        await asyncio.sleep(1.0)
        client.protocol.notify("$/cancelRequest", types.CancelParams(id="optimize-1"))
        with pytest.raises(JsonRpcException):
            await asyncio.wait_for(request, 10)
        hover = await hover_text(client, uri, line_of(text, "define dso_local i32 @main"))
        assert hover is not None and "@main" in hover


async def test_result_for_an_edited_document_is_dropped(tmp_path: Path) -> None:
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session({"llvmBin": str(tools), "toolTimeoutS": 3.0}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        request = asyncio.ensure_future(client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="irlens.optimizeFunction", arguments=[uri, "manhattan"])))
        await asyncio.sleep(1.0)
        change_document(client, uri, 2, text + "\n; edited while the job ran\n")
        result = await asyncio.wait_for(request, 60)
        assert result["applied"] is False and "changed" in result["reason"]
        assert client.applied_edits == []  # type: ignore[attr-defined]
