"""The server's commands (workspace/executeCommand): show a pipeline, a function's facts, model info,
restart, optimize a function (awaits the verified suggestion, applies the verified edit) and lift a
function of an assembly document into a new `.ll` document."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

from lsprotocol import types

from irlens.engine.documents import DocumentSnapshot
from irlens.engine.facts import Suggestion
from irlens.engine.lifted import lifted_document, lifted_uri
from irlens.ir.columns import Encoding
from irlens.ir.names import display_token
from irlens.lsp.positions import whole_document_range
from irlens.lsp.progress import CommandProgress
from irlens.lsp.server import IrlensServer  # at run time: pygls resolves command handlers' annotations
from irlens.toolchain.baseline import BaselineExactness, InputKind

_T = TypeVar("_T")

COMMAND_SHOW_PIPELINE = "irlens.showPipeline"
COMMAND_OPTIMIZE_FUNCTION = "irlens.optimizeFunction"
COMMAND_LIFT_FUNCTION = "irlens.liftFunction"
COMMAND_FUNCTION_FACTS = "irlens.functionFacts"
COMMAND_MODEL_INFO = "irlens.modelInfo"
COMMAND_RESTART = "irlens.restart"
COMMAND_SIZE_REPORT = "irlens.sizeReport"


def replace_document(document: DocumentSnapshot, new_text: str, encoding: Encoding) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(
                    uri=document.uri, version=document.version
                ),
                edits=[types.TextEdit(range=whole_document_range(document.text, encoding),
                                      new_text=new_text)],
            )
        ]
    )


def optimize_title(name: str, suggestion: Suggestion, kind: InputKind | None) -> str:
    """The edit's title; `kind` (what made the module; None for assembly) says whether its -Oz figure
    is estimated."""
    saving = max(0.0, suggestion.saving_vs_oz_percent)
    shown = display_token(name)
    note = BaselineExactness.of(kind, suggestion.baseline).note if kind is not None else ""
    estimated = f", {note}" if note else ""
    if suggestion.baseline == "clang":  # the new body is measured, and offered, with clang -Oz's attributes
        return (f"Optimize @{shown} for size (−{saving:.0f}% vs clang -Oz{estimated}; "
                "marks it minsize optsize)")
    return f"Optimize @{shown} for size (−{saving:.0f}% vs paper -Oz)"


def register(server: IrlensServer) -> None:
    @server.command(COMMAND_SHOW_PIPELINE)
    def show_pipeline(ls: IrlensServer, *args: Any) -> str | None:
        if not args or not isinstance(args[0], str):
            return None
        text = f"opt -p '{args[0]}'"
        ls.show_message(text)
        return text

    @server.command(COMMAND_FUNCTION_FACTS)
    async def function_facts(ls: IrlensServer, *args: Any) -> dict[str, Any] | None:
        if len(args) < 2:
            return None
        snapshot = await ls.snapshot(str(args[0]))
        if snapshot is None:
            return None
        facts = await ls.off_loop(ls.engine.facts_in, snapshot, str(args[1]))
        if facts is None:
            return None
        suggestion = facts.suggestion
        return {
            "name": facts.name,
            "ir_instructions": facts.measured_instructions or facts.ir_instructions,
            "bytes": facts.bytes,
            "oz_bytes": facts.oz_bytes,
            "pending": facts.pending,
            "errors": facts.errors,
            "prediction": None
            if facts.prediction is None
            else {
                "ir_instructions": facts.prediction.ir_instructions,
                "binary_bytes": facts.prediction.binary_bytes,
                "pipeline": facts.prediction.pipeline,
            },
            "prediction_problem": facts.prediction_problem,
            "suggestion_deferred": facts.suggestion_deferred,
            "suggestion": None
            if suggestion is None
            else {
                "pipeline": suggestion.pipeline,
                "size_bytes": suggestion.size_bytes,
                "oz_bytes": suggestion.oz_bytes,
                "compilations": suggestion.compilations,
            },
        }

    @server.command(COMMAND_MODEL_INFO)
    def model_info(ls: IrlensServer, *args: Any) -> dict[str, Any]:
        line = ls.model_status_line() or "model: disabled (no model runtime or none configured)"
        ls.show_message(f"irlens {line}")
        status = ls.model_service.status() if ls.model_service is not None else None
        return {
            "state": status.state if status else "disabled",
            "name": status.name if status else None,
            "detail": status.detail if status else None,
            "lifts": ls.engine.lift_problem() is None,  # a model trained to lift assembly is ready
            "toolchain": ls.engine.toolchain.describe(),
        }

    @server.command(COMMAND_RESTART)
    async def restart(ls: IrlensServer, *args: Any) -> bool:
        """Re-discover the toolchain and re-check (re-index) every open document."""
        ls.update_documents(ls.engine.update_settings, ls.settings)
        ls.update_documents(ls.engine.restart_all)
        await ls.documents_settled()
        return True

    @server.command(COMMAND_OPTIMIZE_FUNCTION)
    async def optimize_function(ls: IrlensServer, *args: Any) -> dict[str, Any]:
        if len(args) < 2:
            return {"applied": False, "reason": "expected [uri, function name]"}
        uri, name = str(args[0]), str(args[1])
        await ls.documents_settled()
        progress = CommandProgress(ls, f"irlens: optimizing @{display_token(name)}")
        version, suggestion, reason = await progress.run(
            lambda cancel, report: ls.engine.wait_for_suggestion(uri, name, cancel, report))
        document = ls.engine.snapshot(uri)
        if suggestion is None or document is None or document.version != version:
            progress.end(reason or "no result")
            return {"applied": False, "reason": reason or "the document changed"}
        new_text = await ls.threads.run_long(ls.engine.verified_edit, document, name, suggestion)
        if new_text is None or not ls.engine.is_current(uri, version):
            progress.end("the optimized module did not verify")
            return {"applied": False, "reason": "the spliced module did not verify or the document changed"}
        result = await ls.workspace_apply_edit_async(
            types.ApplyWorkspaceEditParams(
                edit=replace_document(document, new_text, ls.position_encoding),
                label=optimize_title(name, suggestion, document.source.input_kind),
            )
        )
        progress.end(f"{suggestion.size_bytes} bytes with opt -p '{suggestion.pipeline}'")
        return {
            "applied": bool(result.applied),
            "pipeline": suggestion.pipeline,
            "size_bytes": suggestion.size_bytes,
            "oz_bytes": suggestion.oz_bytes,
        }

    @server.command(COMMAND_LIFT_FUNCTION)
    async def lift_function(ls: IrlensServer, *args: Any) -> dict[str, Any]:
        """The engine lifts the function (candidates drawn, repaired and judged by the compiler; awaited,
        with $/progress; an edit of the source cancels it); the chosen IR opens as a new `.ll` document
        created by a WorkspaceEdit, with the compiler's verdict as its diagnostics."""
        if len(args) < 2:
            return {"created": False, "reason": "expected [uri, function name]"}
        uri, name = str(args[0]), str(args[1])
        await ls.documents_settled()
        progress = CommandProgress(ls, f"irlens: lifting {name}")
        try:
            result = await progress.run(lambda cancel, report: ls.engine.lift(uri, name, cancel, report))
        except Exception as error:  # a broken model or tool must not break the server
            result = f"lifting failed: {error}"
        if isinstance(result, str) or result.ir is None:
            reason = result if isinstance(result, str) else (
                f"{result.problem}" if result.choice == "refused"
                else f"the model gave no usable answer ({result.problem})")
            progress.end(reason)
            ls.show_message(f"irlens: lifting {name}: {reason}", types.MessageType.Warning)
            return {"created": False, "reason": reason}
        target = lifted_uri(uri, name, lambda candidate: ls.engine.snapshot(candidate) is not None
                            or ls.engine.lifted(candidate) is not None)
        model = ls.engine.model_if_ready()
        model_name = (model.lifting_model_name() if model is not None else None) or "model"
        lifted = lifted_document(target, Path(unquote(urlparse(uri).path)).name, model_name, result)
        edit = types.WorkspaceEdit(
            document_changes=[
                # Never over a file: _lifted_uri picked a free name; one made meanwhile fails the edit.
                types.CreateFile(uri=target, options=types.CreateFileOptions(overwrite=False,
                                                                             ignore_if_exists=False)),
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=target, version=None),
                    edits=[types.TextEdit(range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                                          new_text=lifted.text)],
                ),
            ]
        )
        ls.engine.remember_lift(lifted)
        applied = await ls.workspace_apply_edit_async(
            types.ApplyWorkspaceEditParams(edit=edit, label=f"Lift {name} to LLVM IR")
        )
        progress.end(f"{name}: {result.verdict()}")
        if applied.applied:
            with contextlib.suppress(Exception):  # clients without showDocument still have the edit
                await ls.window_show_document_async(types.ShowDocumentParams(uri=target, take_focus=True))
        return {"created": bool(applied.applied), "uri": target, "ir": result.ir, **result.to_json(),
                "verdict": result.verdict()}
