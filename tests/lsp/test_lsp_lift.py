"""Lift for assembly over stdio: the code action's command lifts with the engine (candidates, repairs,
the compiler as judge), creates the `.ll` document with a WorkspaceEdit (CreateFile, never over an
existing file, + text; the server writes no file); the compiler's verdict is that document's
diagnostics and its hover, and stays when the client opens it.

The correct answers come from a stand-in completions server (a random-weight model cannot write IR)
that answers with the real IR of examples/sizes.ll, once unchanged (round-trips exactly), once with
one instruction changed (differs), once with an undefined value (does not compile, at its line) and
once with the function alone (compiles after repairs, which the document's header shows). The real
tiny GGUF writes garbage: the action then says the model gave no usable answer; a tiny GGUF trained
for flag tuning only gets no lift action, and the status says no model lifts."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types

from conftest import (
    EXAMPLES,
    change_document,
    code_actions,
    hover_text,
    lift,
    line_of,
    lsp_session,
    open_document,
    standin_model_server,
    tiny_model_session,
)
from model_fixtures import write_tiny_gguf
from polling import wait_for

ASM = (EXAMPLES / "sizes.s").read_text()
IR = (EXAMPLES / "sizes.ll").read_text()
CHANGED = IR.replace("%18 = xor i32 %17, %16", "%18 = or i32 %17, %16", 1)
BROKEN = IR.replace("%18 = add nsw i32 %14, %17", "%18 = add nsw i32 %14, %undefined_value", 1)


ATTRIBUTES = next(line for line in IR.splitlines() if line.startswith("attributes #0"))
START = IR.index("define dso_local void @bubble_sort")
BUBBLE_SORT = IR[START : IR.index("\n}\n", START) + 3] + "\n" + ATTRIBUTES + "\n"  # no target, no metadata


def standin_answer(prompt: str) -> str:
    if "Disassemble this code to LLVM-IR" not in prompt:
        return "no answer for this task"
    for name, ir in (("sum_array:", IR), ("checksum:", CHANGED), ("fibonacci:", BROKEN),
                     ("bubble_sort:", BUBBLE_SORT)):
        if name in prompt:
            return f"<code>{ir}</code>"
    return "garbage"


def verdicts(client, uri: str) -> list[types.Diagnostic]:  # type: ignore[no-untyped-def]
    return [d for d in client.diagnostics.get(uri, []) if d.source == "irlens lift"]


async def test_lift_opens_a_new_document_with_the_verdict(tmp_path: Path) -> None:
    with standin_model_server(standin_answer) as url:
        # no refinement: the verdicts are those of the answers (refinement would make BROKEN compile);
        # the model's answers alone (sizes.s is an x86-64 -O0 listing the translation would lift itself)
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens", "liftRefineS": 0,
                   "liftListing": False}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            source = tmp_path / "sizes.s"
            uri = open_document(client, source, ASM)

            result = await lift(client, uri, line_of(ASM, "sum_array:") + 3, "sum_array")
            assert result["created"] is True and result["verdict"].startswith("round-trips exactly")
            # the status says which model lifts
            ready = [s for s in client.model_statuses if getattr(s, "state", None) == "ready"]
            assert ready and getattr(ready[-1], "lifts", None) == "irlens-standin"
            assert result["choice"] == "exact" and result["candidates_tried"] == 1  # greedy was exact
            target = result["uri"]
            assert target == (tmp_path / "sizes.sum_array.lifted.ll").as_uri()
            assert not Path(unquote(urlparse(target).path)).exists()  # an edit, not a server file write
            create, insert = client.applied_edits[-1].edit.document_changes
            assert isinstance(create, types.CreateFile) and create.uri == target
            assert create.options is None or not create.options.overwrite
            assert isinstance(insert, types.TextDocumentEdit) and insert.text_document.uri == target
            text = insert.edits[0].new_text
            assert text.startswith("; irlens: @sum_array lifted from sizes.s") and IR in text
            assert "; irlens: an exact round trip, 1 candidate tried\n" in text

            (exact,) = await wait_for(lambda: verdicts(client, target))
            assert exact.message.startswith("round-trips exactly")
            assert exact.severity == types.DiagnosticSeverity.Information
            assert exact.range.start.line == line_of(text, "define dso_local i32 @sum_array")

            # The client opens the document it created: the verdict is remembered for that URI,
            # and hover over the lifted function says it too.
            client.diagnostics[target] = []
            open_document(client, Path(unquote(urlparse(target).path)), text)
            (kept,) = await wait_for(lambda: verdicts(client, target))
            assert kept.message == exact.message
            hover = await hover_text(client, target, line_of(text, "define dso_local i32 @sum_array") + 2)
            assert hover is not None and "**@sum_array** (lifted): round-trips exactly" in hover
            assert "candidate 1 (greedy): round-trips exactly" in hover
            # Once edited, the verdict is about text the document no longer has: dropped.
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=target, version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text + "; edited\n")]))
            await wait_for(lambda: target in client.diagnostics and not verdicts(client, target), 30)

            result = await lift(client, uri, line_of(ASM, "checksum:") + 3, "checksum")
            assert result["choice"] == "closest"
            (differs,) = await wait_for(lambda: verdicts(client, result["uri"]))
            assert differs.severity == types.DiagnosticSeverity.Warning
            assert differs.message.startswith("compiles, 1 instructions differ")

            result = await lift(client, uri, line_of(ASM, "fibonacci:") + 3, "fibonacci")
            assert result["choice"] == "does-not-compile"
            (broken,) = await wait_for(lambda: verdicts(client, result["uri"]))
            assert broken.message.startswith("does not compile:")
            assert "undefined_value" in broken.message
            lifted_text = client.applied_edits[-1].edit.document_changes[1].edits[0].new_text
            assert broken.range.start.line == line_of(lifted_text, "%undefined_value")

            # The function alone: metadata references and target repaired, recorded in the header.
            result = await lift(client, uri, line_of(ASM, "bubble_sort:") + 3, "bubble_sort")
            assert result["compiles"] and result["compiles_before_repairs"] is False
            assert {r["kind"] for r in result["repairs"]} >= {"target"}
            lifted_text = client.applied_edits[-1].edit.document_changes[1].edits[0].new_text
            summary = lifted_text.splitlines()[1]
            assert summary.startswith("; irlens: an exact round trip, 1 candidate tried; repairs: ")
            assert "declaration: dropped attachments of undefined metadata" in summary
            assert "target: set target triple" in summary


async def test_a_lift_never_overwrites_a_file(tmp_path: Path) -> None:
    with standin_model_server(standin_answer) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens"}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            existing = tmp_path / "sizes.sum_array.lifted.ll"
            existing.write_text("; the user's own file\n")
            (tmp_path / "sizes.sum_array.lifted.1.ll").write_text("; another one\n")
            uri = open_document(client, tmp_path / "sizes.s", ASM)
            result = await lift(client, uri, line_of(ASM, "sum_array:") + 3, "sum_array")
            assert result["uri"] == (tmp_path / "sizes.sum_array.lifted.2.ll").as_uri()
            create = client.applied_edits[-1].edit.document_changes[0]
            assert create.uri == result["uri"] and (create.options is None or not create.options.overwrite)
            assert existing.read_text() == "; the user's own file\n"


async def test_an_edit_of_the_source_cancels_the_lift(tmp_path: Path) -> None:
    def slow(prompt: str) -> str:
        time.sleep(1.5)
        return standin_answer(prompt)

    with standin_model_server(slow) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens", "liftListing": False}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            uri = open_document(client, tmp_path / "sizes.s", ASM)
            line = line_of(ASM, "sum_array:") + 3
            await wait_for(lambda: any(getattr(s, "state", None) == "ready"
                                       for s in client.model_statuses), 30)
            actions = await code_actions(client, uri, line)
            command = next(a.command for a in actions if a.title == "Lift @sum_array to LLVM IR")
            assert command is not None
            running = asyncio.ensure_future(client.workspace_execute_command_async(types.ExecuteCommandParams(
                command=command.command, arguments=command.arguments)))
            await asyncio.sleep(0.5)  # the model is answering the greedy candidate
            change_document(client, uri, 2, ASM + "\n# edited\n")
            result = await asyncio.wait_for(running, 30)
            assert result["created"] is False and "document changed" in result["reason"]
            assert not client.applied_edits


async def test_no_lift_action_for_a_model_not_trained_to_lift(tmp_path: Path) -> None:
    model = write_tiny_gguf(tmp_path / "irlens-flags.gguf", tasks="flag-tuning,compiler-emulation-ir")
    # the lifting model is this one too (in place of the shipped irlens-tiny-lift.gguf): none lifts
    options = {"modelEnabled": True, "modelPath": str(model), "liftModelPath": str(model), "nThreads": 1,
               "modelMaxTokens": 8}
    async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
        uri = open_document(client, tmp_path / "sizes.s", ASM)
        await wait_for(lambda: any(getattr(s, "state", None) == "ready" for s in client.model_statuses), 60)
        ready = next(s for s in client.model_statuses if getattr(s, "state", None) == "ready")
        assert getattr(ready, "lifts", "absent") is None
        actions = await code_actions(client, uri, line_of(ASM, "sum_array:") + 3)
        assert not [a for a in actions if a.title.startswith("Lift")]
        info = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="irlens.modelInfo", arguments=[]))
        assert info["state"] == "ready"
        assert any("lifting: no model trained to lift is loaded" in m.message for m in client.messages)


async def test_a_separate_lifting_model_brings_the_lift_action(tmp_path: Path) -> None:
    model = write_tiny_gguf(tmp_path / "irlens-flags.gguf", tasks="flag-tuning,compiler-emulation-ir")
    lift_model = write_tiny_gguf(tmp_path / "irlens-test-lift.gguf", tasks="disassembly", seed=5)
    options = {"modelEnabled": True, "modelPath": str(model), "liftModelPath": str(lift_model), "nThreads": 1,
               "modelMaxTokens": 8}
    async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
        uri = open_document(client, tmp_path / "sizes.s", ASM)
        await wait_for(lambda: any(getattr(s, "state", None) == "ready" for s in client.model_statuses), 60)
        ready = next(s for s in client.model_statuses if getattr(s, "state", None) == "ready")
        assert getattr(ready, "name", None) == "irlens-flags.gguf"
        assert getattr(ready, "lifts", None) == "irlens-test-lift.gguf"
        actions = await code_actions(client, uri, line_of(ASM, "sum_array:") + 3)
        assert [a for a in actions if a.title == "Lift @sum_array to LLVM IR"]


async def test_lift_with_the_tiny_model_says_no_usable_answer(tmp_path: Path) -> None:
    async with tiny_model_session(tmp_path, max_tokens=64, settings={"liftListing": False}) as client:
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


async def test_an_x86_64_O0_listing_is_lifted_from_the_listing_without_the_model(tmp_path: Path) -> None:
    asked: list[str] = []

    def never(prompt: str) -> str:
        asked.append(prompt)
        return "no code"

    with standin_model_server(never) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens"}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            uri = open_document(client, tmp_path / "sizes.s", ASM)
            result = await lift(client, uri, line_of(ASM, "sum_array:") + 3, "sum_array")
            assert result["created"] is True and result["verdict"].startswith("round-trips exactly")
            assert result["choice"] == "exact" and result["candidates_tried"] == 0
            assert not [p for p in asked if "sum_array" in p]  # the model was never asked to lift


async def test_lift_uses_the_targets_lifting_model_or_names_the_target(tmp_path: Path) -> None:
    targets = Path(__file__).resolve().parents[1] / "fixtures" / "targets"
    model = write_tiny_gguf(tmp_path / "irlens-flags.gguf", tasks="flag-tuning,compiler-emulation-ir")
    x86_lift = write_tiny_gguf(tmp_path / "irlens-test-lift.gguf", tasks="disassembly", seed=5)
    models = tmp_path / "models"
    models.mkdir()
    write_tiny_gguf(models / "irlens-riscv-lift.gguf", tasks="disassembly", seed=6, context_length=2048,
                    metadata={"irlens.lift_targets": "riscv32"})
    options = {"modelEnabled": True, "modelPath": str(model), "liftModelPath": str(x86_lift),
               "modelsDir": str(models), "nThreads": 1, "modelMaxTokens": 8}
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    async with lsp_session(options, env=env) as client:
        riscv = (targets / "riscv32-unknown-elf.s").read_text()
        uri = open_document(client, tmp_path / "riscv.s", riscv)
        result = await lift(client, uri, line_of(riscv, "sum_array:") + 2, "sum_array")
        # the RISC-V model (random weights) was asked: no usable answer, not a refusal
        assert result["created"] is False and result["reason"].startswith("the model gave no usable answer")
        # no model names AArch64: the lift answers a message naming it
        aarch64 = (targets / "aarch64-linux-gnu.s").read_text()
        uri = open_document(client, tmp_path / "a64.s", aarch64)
        result = await lift(client, uri, line_of(aarch64, "sum_array:") + 2, "sum_array")
        assert result["created"] is False
        assert "no lifting model for AArch64 assembly (aarch64" in result["reason"]
        assert any("AArch64" in m.message for m in client.messages)
        assert not client.applied_edits
