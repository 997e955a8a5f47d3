"""Lift for assembly over stdio: the code action's command creates the `.ll` document with a
WorkspaceEdit (CreateFile + text; the server writes no file), the compiler's verdict follows in the
background as that document's diagnostics and stays when the client opens it.

The correct answers come from a stand-in completions server (a random-weight model cannot write IR)
that answers with the real IR of examples/sizes.ll, once unchanged (round-trips exactly), once with
one instruction changed (differs) and once with an undefined value (does not compile, at its line).
The real tiny GGUF writes garbage: the action then says the model gave no usable answer."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types

from conftest import (
    EXAMPLES,
    hover_text,
    line_of,
    lsp_session,
    open_document,
    standin_model_server,
    tiny_model_session,
    wait_for,
)
from test_lsp_code_actions import code_actions

ASM = (EXAMPLES / "sizes.s").read_text()
IR = (EXAMPLES / "sizes.ll").read_text()
CHANGED = IR.replace("%18 = xor i32 %17, %16", "%18 = or i32 %17, %16", 1)
BROKEN = IR.replace("%18 = add nsw i32 %14, %17", "%18 = add nsw i32 %14, %undefined_value", 1)


def standin_answer(prompt: str) -> str:
    if "Disassemble this code to LLVM-IR" not in prompt:
        return "no answer for this task"
    for name, ir in (("sum_array:", IR), ("checksum:", CHANGED), ("fibonacci:", BROKEN)):
        if name in prompt:
            return f"<code>{ir}</code>"
    return "garbage"


async def lift(client, uri: str, line: int, name: str, timeout_s: float = 60) -> dict:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while True:
        actions = await code_actions(client, uri, line)
        lift_actions = [a for a in actions if a.title == f"Lift @{name} to LLVM IR"]
        if lift_actions:
            break
        assert time.monotonic() < deadline, [a.title for a in actions]  # offered once the model is ready
        await asyncio.sleep(0.2)
    command = lift_actions[0].command
    assert command is not None
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=command.command, arguments=command.arguments))


def verdicts(client, uri: str) -> list[types.Diagnostic]:  # type: ignore[no-untyped-def]
    return [d for d in client.diagnostics.get(uri, []) if d.source == "irlens lift"
            and not d.message.startswith("lifted IR: checking")]


async def test_lift_opens_a_new_document_and_the_verdict_follows(tmp_path: Path) -> None:
    with standin_model_server(standin_answer) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens"}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            source = tmp_path / "sizes.s"
            uri = open_document(client, source, ASM)

            result = await lift(client, uri, line_of(ASM, "sum_array:") + 3, "sum_array")
            assert result["created"] is True and result["verdict"] == "checking"
            target = result["uri"]
            assert target == (tmp_path / "sizes.sum_array.lifted.ll").as_uri()
            assert not Path(unquote(urlparse(target).path)).exists()  # an edit, not a server file write
            create, insert = client.applied_edits[-1].edit.document_changes
            assert isinstance(create, types.CreateFile) and create.uri == target
            assert isinstance(insert, types.TextDocumentEdit) and insert.text_document.uri == target
            text = insert.edits[0].new_text
            assert text.startswith("; irlens: @sum_array lifted from sizes.s") and IR in text

            (exact,) = await wait_for(lambda: verdicts(client, target))
            assert "compiles and round-trips exactly" in exact.message
            assert exact.severity == types.DiagnosticSeverity.Information
            assert exact.range.start.line == line_of(text, "define dso_local i32 @sum_array")

            # The client opens the document it created: the verdict is remembered for that URI.
            client.diagnostics[target] = []
            open_document(client, Path(unquote(urlparse(target).path)), text)
            (kept,) = await wait_for(lambda: verdicts(client, target))
            assert kept.message == exact.message
            # Once edited, the verdict is about text the document no longer has: dropped.
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=target, version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text + "; edited\n")]))
            await wait_for(lambda: target in client.diagnostics and not verdicts(client, target), 30)

            result = await lift(client, uri, line_of(ASM, "checksum:") + 3, "checksum")
            (differs,) = await wait_for(lambda: verdicts(client, result["uri"]))
            assert differs.severity == types.DiagnosticSeverity.Warning
            assert "compiles; llc" in differs.message and "differs from the original checksum in 1 of" \
                in differs.message

            result = await lift(client, uri, line_of(ASM, "fibonacci:") + 3, "fibonacci")
            (broken,) = await wait_for(lambda: verdicts(client, result["uri"]))
            assert broken.message.startswith("lifted IR does not compile:")
            assert "undefined_value" in broken.message
            lifted_text = client.applied_edits[-1].edit.document_changes[1].edits[0].new_text
            assert broken.range.start.line == line_of(lifted_text, "%undefined_value")


async def test_lift_with_the_tiny_model_says_no_usable_answer(tmp_path: Path) -> None:
    async with tiny_model_session(tmp_path, max_tokens=64) as client:
        uri = open_document(client, tmp_path / "sizes.s", ASM)
        line = line_of(ASM, "sum_array:") + 3
        result = await lift(client, uri, line, "sum_array")
        # random weights write no <code> block: a normal outcome, reported, no document, no crash
        assert result["created"] is False
        assert result["reason"].startswith("the model gave no usable answer")
        assert not client.applied_edits
        assert any("no usable answer" in m.message for m in client.messages)
        hover = await hover_text(client, uri, line)
        assert hover is not None and "@sum_array" in hover
