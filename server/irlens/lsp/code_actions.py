"""Code actions and the commands behind them.

- "Optimize @f for size (−N% vs -Oz)": offered only for a pipeline the compiler verified and measured
  no larger than -Oz, and only once the spliced module (function replaced, declarations/attributes/
  metadata added) has itself passed llvm-as and the verifier. The edit replaces the document text; it is
  never a file write. While the search still runs, "Find a smaller version of @f" runs it now
  (irlens.optimizeFunction) with $/progress and $/cancelRequest, then applies the edit.
- "Copy pipeline: opt -p '...'" (irlens.showPipeline).
- For assembly: "Lift @f to LLVM IR" (irlens.liftFunction) when a model trained to lift is loaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import threading
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types

from irlens.engine.lifted import lifted_document
from irlens.engine.splice import splice_function
from irlens.engine.workspace import Document, Suggestion
from irlens.lsp import server as server_module
from irlens.lsp.hover import function_name_at
from irlens.lsp.positions import whole_document_range
from irlens.lsp.server import IrlensServer  # at run time: pygls resolves command handlers' annotations
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.ir_names import display_token

# (text hash, function, pipeline) -> verified spliced module text, or None when splicing/verifying failed
_verified_edits: dict[tuple[str, str, str], str | None] = {}
_MAX_VERIFIED_EDITS = 64


def verified_module_text(
    ls: IrlensServer, document: Document, name: str, suggestion: Suggestion
) -> str | None:
    """Blocking: the document with `name` replaced by the suggestion, if the result verifies."""
    key = (document.text_hash, name, suggestion.pipeline)
    if key in _verified_edits:
        return _verified_edits[key]
    new_text: str | None = None
    try:
        candidate = splice_function(document.text, name, suggestion.optimized_module_text)
        problems = [d for d in check_ir(ls.engine.toolchain, candidate) if d.severity == "error"]
        new_text = None if problems else candidate
    except Exception:
        new_text = None
    if len(_verified_edits) >= _MAX_VERIFIED_EDITS:
        _verified_edits.pop(next(iter(_verified_edits)))
    _verified_edits[key] = new_text
    return new_text


def _replace_document(document: Document, new_text: str) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(
                    uri=document.uri, version=document.version
                ),
                edits=[types.TextEdit(range=whole_document_range(document.text), new_text=new_text)],
            )
        ]
    )


def _command_action(title: str, kind: types.CodeActionKind, command: str, arguments: list[Any], *,
                    command_title: str | None = None) -> types.CodeAction:
    """A code action that runs one of the server's commands (titled as the action unless told)."""
    return types.CodeAction(
        title=title,
        kind=kind,
        command=types.Command(title=command_title or title, command=command, arguments=arguments),
    )


def optimize_title(name: str, suggestion: Suggestion) -> str:
    saving = max(0.0, suggestion.saving_vs_oz_percent)
    shown = display_token(name)
    if suggestion.baseline == "clang":  # the new body is measured, and offered, with clang -Oz's attributes
        return f"Optimize @{shown} for size (−{saving:.0f}% vs clang -Oz; marks it minsize optsize)"
    return f"Optimize @{shown} for size (−{saving:.0f}% vs paper -Oz)"


def register(server: IrlensServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.RefactorRewrite, types.CodeActionKind.Empty]
        ),
    )
    async def code_action(ls: IrlensServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        await ls.documents_settled()
        document = ls.engine.document(uri)
        name = function_name_at(ls, uri, params.range.start.line)
        if document is None or name is None:
            return []
        actions: list[types.CodeAction] = []
        if document.language == "asm":
            if ls.engine.lift_problem() is None:
                actions.append(_command_action(f"Lift @{name} to LLVM IR",
                                               types.CodeActionKind.RefactorRewrite,
                                               server_module.COMMAND_LIFT_FUNCTION, [uri, name]))
            return actions
        facts = await ls.off_loop(ls.engine.facts, uri, name)
        if facts is None:
            return []
        suggestion = facts.suggestion
        if suggestion is not None:
            loop = asyncio.get_running_loop()
            new_text = await loop.run_in_executor(None, verified_module_text, ls, document, name, suggestion)
            if new_text is not None and ls.engine.is_current(uri, document.version):
                actions.append(
                    types.CodeAction(
                        title=optimize_title(name, suggestion),
                        kind=types.CodeActionKind.RefactorRewrite,
                        is_preferred=True,
                        edit=_replace_document(document, new_text),
                    )
                )
            command = f"opt -p '{suggestion.pipeline}'"
            actions.append(_command_action(f"Copy pipeline: {command}", types.CodeActionKind.Empty,
                                           server_module.COMMAND_SHOW_PIPELINE, [suggestion.pipeline]))
        elif "verified suggestion" in facts.pending or facts.suggestion_deferred:
            ls.engine.request_suggestion(uri, name, urgent=True)
            shown = display_token(name)
            actions.append(_command_action(f"Find a smaller verified version of @{shown} (runs now)",
                                           types.CodeActionKind.RefactorRewrite,
                                           server_module.COMMAND_OPTIMIZE_FUNCTION, [uri, name],
                                           command_title=f"Optimize @{display_token(name)}"))
        return actions

    @server.command(server_module.COMMAND_SHOW_PIPELINE)
    def show_pipeline(ls: IrlensServer, *args: Any) -> str | None:
        if not args or not isinstance(args[0], str):
            return None
        text = f"opt -p '{args[0]}'"
        ls.show_message(text)
        return text

    @server.command(server_module.COMMAND_FUNCTION_FACTS)
    async def function_facts(ls: IrlensServer, *args: Any) -> dict[str, Any] | None:
        if len(args) < 2:
            return None
        facts = await ls.off_loop(ls.engine.facts, str(args[0]), str(args[1]))
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

    @server.command(server_module.COMMAND_MODEL_INFO)
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

    @server.command(server_module.COMMAND_RESTART)
    async def restart(ls: IrlensServer, *args: Any) -> bool:
        """Re-discover the toolchain and re-check (re-index) every open document."""
        ls.update_documents(ls.engine.update_settings, ls.settings)
        ls.update_documents(ls.engine.restart_all)
        await ls.documents_settled()
        return True

    @server.command(server_module.COMMAND_OPTIMIZE_FUNCTION)
    async def optimize_function(ls: IrlensServer, *args: Any) -> dict[str, Any]:
        if len(args) < 2:
            return {"applied": False, "reason": "expected [uri, function name]"}
        uri, name = str(args[0]), str(args[1])
        await ls.documents_settled()
        cancel = threading.Event()
        progress = _Progress(ls, f"irlens: optimizing @{display_token(name)}")
        await progress.begin()
        loop = asyncio.get_running_loop()
        try:
            version, suggestion, reason = await loop.run_in_executor(
                None, ls.engine.wait_for_suggestion, uri, name, cancel, progress.report_threadsafe
            )
        except asyncio.CancelledError:  # $/cancelRequest
            cancel.set()
            progress.end("cancelled")
            raise
        document = ls.engine.document(uri)
        if suggestion is None or document is None or document.version != version:
            progress.end(reason or "no result")
            return {"applied": False, "reason": reason or "the document changed"}
        new_text = await loop.run_in_executor(None, verified_module_text, ls, document, name, suggestion)
        if new_text is None or not ls.engine.is_current(uri, version):
            progress.end("the optimized module did not verify")
            return {"applied": False, "reason": "the spliced module did not verify or the document changed"}
        result = await ls.workspace_apply_edit_async(
            types.ApplyWorkspaceEditParams(
                edit=_replace_document(document, new_text), label=optimize_title(name, suggestion)
            )
        )
        progress.end(f"{suggestion.size_bytes} bytes with opt -p '{suggestion.pipeline}'")
        return {
            "applied": bool(result.applied),
            "pipeline": suggestion.pipeline,
            "size_bytes": suggestion.size_bytes,
            "oz_bytes": suggestion.oz_bytes,
        }

    @server.command(server_module.COMMAND_LIFT_FUNCTION)
    async def lift_function(ls: IrlensServer, *args: Any) -> dict[str, Any]:
        """The engine lifts the function (candidates drawn, repaired and judged by the compiler; awaited,
        with $/progress; an edit of the source cancels it); the chosen IR opens as a new `.ll` document
        created by a WorkspaceEdit, with the compiler's verdict as its diagnostics."""
        if len(args) < 2:
            return {"created": False, "reason": "expected [uri, function name]"}
        uri, name = str(args[0]), str(args[1])
        await ls.documents_settled()
        cancel = threading.Event()
        progress = _Progress(ls, f"irlens: lifting {name}")
        await progress.begin()
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                None, ls.engine.lift, uri, name, cancel, progress.report_threadsafe)
        except asyncio.CancelledError:  # $/cancelRequest
            cancel.set()
            progress.end("cancelled")
            raise
        except Exception as error:  # a broken model or tool must not break the server
            result = f"lifting failed: {error}"
        if isinstance(result, str) or result.ir is None:
            reason = result if isinstance(result, str) else (
                f"{result.problem}" if result.choice == "refused"
                else f"the model gave no usable answer ({result.problem})")
            progress.end(reason)
            ls.show_message(f"irlens: lifting {name}: {reason}", types.MessageType.Warning)
            return {"created": False, "reason": reason}
        target = _lifted_uri(ls, uri, name)
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


def _lifted_uri(ls: IrlensServer, uri: str, name: str) -> str:
    """`<stem>.<function>.lifted.ll` next to the source, or `<stem>.<function>.lifted.N.ll` with the
    first N that names neither a file nor a document the server knows: a lift never replaces one. The
    function's name is made a file name (no separators or control characters)."""
    safe = re.sub(r"[^\w.$+-]", "_", name).strip(".") or "function"
    parsed = urlparse(uri)
    source = Path(unquote(parsed.path))
    for number in itertools.count():
        suffix = f".{number}" if number else ""
        if parsed.scheme != "file":
            candidate = f"untitled:{safe}.lifted{suffix}.ll"
        else:
            path = source.with_name(f"{source.stem}.{safe}.lifted{suffix}.ll")
            if path.exists():
                continue
            candidate = path.as_uri()
        if ls.engine.document(candidate) is None and ls.engine.lifted(candidate) is None:
            return candidate
    raise AssertionError("unreachable")


class _Progress:
    """$/progress for one long command, when the client supports it."""

    def __init__(self, ls: IrlensServer, title: str) -> None:
        self.ls = ls
        self.title = title
        self.token = f"irlens-{uuid.uuid4().hex[:12]}"
        self.enabled = ls.supports_work_done_progress()
        self.loop = asyncio.get_running_loop()

    async def begin(self) -> None:
        if not self.enabled:
            return
        try:
            await self.ls.work_done_progress.create_async(self.token)
        except Exception:
            self.enabled = False
            return
        self.ls.work_done_progress.begin(
            self.token, types.WorkDoneProgressBegin(title=self.title, cancellable=False)
        )

    def report_threadsafe(self, message: str) -> None:
        if self.enabled:
            self.loop.call_soon_threadsafe(
                self.ls.work_done_progress.report, self.token, types.WorkDoneProgressReport(message=message)
            )

    def end(self, message: str) -> None:
        if self.enabled:
            self.ls.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))
