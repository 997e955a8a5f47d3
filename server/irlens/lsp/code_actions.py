"""Code actions (textDocument/codeAction).

- "Optimize @f for size (−N% vs -Oz)": offered only for a pipeline the compiler verified and measured
  no larger than -Oz, and only once the spliced module has itself passed llvm-as and the verifier (the
  engine's verified edit). The edit replaces the document text; it is never a file write. While the
  search still runs, "Find a smaller version of @f" runs it now (irlens.optimizeFunction).
- "Copy pipeline: opt -p '...'" (irlens.showPipeline).
- For assembly: "Lift @f to LLVM IR" (irlens.liftFunction) when a model trained to lift is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lsprotocol import types

from irlens.ir.names import display_token
from irlens.lsp import commands
from irlens.lsp.hover import function_name_at

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def _command_action(title: str, kind: types.CodeActionKind, command: str, arguments: list[Any], *,
                    command_title: str | None = None) -> types.CodeAction:
    """A code action that runs one of the server's commands (titled as the action unless told)."""
    return types.CodeAction(
        title=title,
        kind=kind,
        command=types.Command(title=command_title or title, command=command, arguments=arguments),
    )


def register(server: IrlensServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.RefactorRewrite, types.CodeActionKind.Empty]
        ),
    )
    async def code_action(ls: IrlensServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        document = await ls.snapshot(uri, edits=True)
        name = function_name_at(document, params.range.start.line) if document is not None else None
        if document is None or name is None:
            return []
        actions: list[types.CodeAction] = []
        if document.language == "asm":
            if ls.engine.lift_problem() is None:
                actions.append(_command_action(f"Lift @{name} to LLVM IR",
                                               types.CodeActionKind.RefactorRewrite,
                                               commands.COMMAND_LIFT_FUNCTION, [uri, name]))
            return actions
        facts = await ls.off_loop(ls.engine.facts_in, document, name)
        if facts is None:
            return []
        suggestion = facts.suggestion
        if suggestion is not None:
            new_text = await ls.threads.run_long(ls.engine.verified_edit, document, name, suggestion)
            if new_text is not None and ls.engine.is_current(uri, document.version):
                actions.append(
                    types.CodeAction(
                        title=commands.optimize_title(name, suggestion, document.source.input_kind),
                        kind=types.CodeActionKind.RefactorRewrite,
                        is_preferred=True,
                        edit=commands.replace_document(document, new_text, ls.position_encoding),
                    )
                )
            command = f"opt -p '{suggestion.pipeline}'"
            actions.append(_command_action(f"Copy pipeline: {command}", types.CodeActionKind.Empty,
                                           commands.COMMAND_SHOW_PIPELINE, [suggestion.pipeline]))
        elif "verified suggestion" in facts.pending or facts.suggestion_deferred:
            ls.engine.request_suggestion(uri, name, urgent=True)
            shown = display_token(name)
            actions.append(_command_action(f"Find a smaller verified version of @{shown} (runs now)",
                                           types.CodeActionKind.RefactorRewrite,
                                           commands.COMMAND_OPTIMIZE_FUNCTION, [uri, name],
                                           command_title=f"Optimize @{display_token(name)}"))
        return actions
