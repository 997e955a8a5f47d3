"""Code actions: the verified optimize edit (applied and checked with llvm-as/opt), the pipeline command."""

from __future__ import annotations

import subprocess
from pathlib import Path

from lsprotocol import types

from conftest import (
    EXAMPLES,
    apply_full_edit,
    code_actions,
    line_of,
    lsp_session,
    open_document,
    wait_for_optimize_action,
)


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
