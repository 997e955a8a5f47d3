"""Code actions: the verified optimize edit (applied and checked with llvm-as/opt), the pipeline command."""

from __future__ import annotations

import ast
import asyncio
import subprocess
import time
from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, line_of, lsp_session, open_document


async def code_actions(client, uri: str, line: int) -> list[types.CodeAction]:  # type: ignore[no-untyped-def]
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(line, 2), types.Position(line, 2)),
        context=types.CodeActionContext(diagnostics=[])))
    return [_as_code_action(a) for a in result or []]


def _as_code_action(item: types.CodeAction | types.Command) -> types.CodeAction:
    """lsprotocol's client-side hook reads any result with a "command" key as a bare Command, leaving a
    CodeAction's nested command as the text of a dict in `.command`; rebuild the CodeAction."""
    if isinstance(item, types.CodeAction):
        return item
    nested: object = item.command
    if isinstance(nested, str) and nested.startswith("{"):
        nested = ast.literal_eval(nested)
    if isinstance(nested, dict):
        return types.CodeAction(title=item.title, command=types.Command(
            title=nested["title"], command=nested["command"], arguments=nested.get("arguments")))
    return types.CodeAction(title=item.title, command=item)


async def wait_for_optimize_action(  # type: ignore[no-untyped-def]
        client, uri: str, line: int, title_prefix: str, timeout_s: float
) -> tuple[types.CodeAction, list[types.CodeAction]]:
    """The first code action at `line` whose title starts with title_prefix, and all the actions offered
    with it, polled for until the server's background search has found it (the test fails after
    timeout_s, naming what it got)."""
    deadline = time.monotonic() + timeout_s
    while True:
        actions = await code_actions(client, uri, line)
        found = [a for a in actions if a.title.startswith(title_prefix)]
        if found:
            return found[0], actions
        assert time.monotonic() < deadline, [a.title for a in actions]
        await asyncio.sleep(0.5)


def apply_full_edit(edit: types.WorkspaceEdit) -> str:
    (change,) = edit.document_changes or []
    assert isinstance(change, types.TextDocumentEdit)
    (text_edit,) = change.edits
    assert text_edit.range.start == types.Position(0, 0)
    return text_edit.new_text


def verifies(path: Path) -> bool:
    assemble = subprocess.run(["llvm-as-19", str(path), "-o", "/dev/null"], capture_output=True)
    verify = subprocess.run(["opt-19", "-passes=verify", str(path), "-disable-output"], capture_output=True)
    return assemble.returncode == 0 and verify.returncode == 0


async def test_optimize_action_is_verified_and_applies(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        line = line_of(text, "%17 = add nsw i32 %16, %15")
        optimize, actions = await wait_for_optimize_action(
            client, uri, line, "Optimize @sum_array for size (−", timeout_s=180)
        # sizes.ll is -O0 IR: its clang -Oz figure is estimated, and the title says so
        assert optimize.title.endswith("% vs clang -Oz, estimated from -O0 IR; marks it minsize optsize)")
        assert optimize.edit is not None
        new_text = apply_full_edit(optimize.edit)
        assert new_text != text
        out = tmp_path / "optimized.ll"
        out.write_text(new_text)
        assert verifies(out)
        # The function got smaller in instructions; the others are untouched.
        assert new_text.count("\n") < text.count("\n")
        assert "define dso_local void @bubble_sort" in new_text

        copy = [a for a in actions if a.title.startswith("Copy pipeline: opt -p '")]
        assert copy and copy[0].command is not None
        shown = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=copy[0].command.command, arguments=copy[0].command.arguments))
        assert shown.startswith("opt -p '") and any(m.message == shown for m in client.messages)


async def test_no_actions_outside_functions(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "sizes.ll", text)
        assert await code_actions(client, uri, 0) == []
