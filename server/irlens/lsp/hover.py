"""Hover on a function (its define line or anywhere in its body): what is measured, the -Oz size, the
best verified suggestion, the model's prediction (labelled as such). Never waits: it answers from what
is known and names what is still being computed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.engine.documents import DocumentSnapshot
from irlens.engine.facts import FunctionFacts
from irlens.ir.asm import AsmIndex
from irlens.ir.index import IRIndex
from irlens.ir.names import display_token
from irlens.toolchain.baseline import EXACT_BASELINE_HINT

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def function_name_at(snapshot: DocumentSnapshot, line: int) -> str | None:
    index = snapshot.index
    if isinstance(index, IRIndex):
        function = index.function_at(line)
        return function.name if function and not function.is_declaration else None
    if isinstance(index, AsmIndex):
        asm_function = index.function_at(line)
        return asm_function.name if asm_function else None
    return None


def _percent(new: int, old: int) -> str:
    return f"{100.0 * (new - old) / old:+.1f}%" if old else "n/a"


def prediction_lines(facts: FunctionFacts) -> list[str]:
    """The model's SizePrediction, labelled as a prediction (never mixed up with measured numbers)."""
    prediction = facts.prediction
    if prediction is None:
        if facts.prediction_problem:
            return [f"- model prediction: the model gave no usable answer ({facts.prediction_problem})"]
        return []
    parts = []
    if prediction.ir_instructions is not None:
        parts.append(f"{prediction.ir_instructions} IR instructions")
    if prediction.binary_bytes is not None:
        parts.append(f"{prediction.binary_bytes} bytes")
    if not parts:
        return ["- model prediction: the model gave no usable answer (no sizes)"]
    after = f" after `opt -p '{prediction.pipeline}'`" if prediction.pipeline else " after optimizing"
    return [f"- *predicted by the model* (not measured){after}: {', '.join(parts)}"]


def render(facts: FunctionFacts, language: str, model_line: str | None) -> str:
    lines = [f"**@{display_token(facts.name)}**", ""]
    if language == "llvm":
        measured = (
            facts.measured_instructions if facts.measured_instructions is not None else facts.ir_instructions
        )
        lines.append(
            f"- measured: {measured} IR instructions"
            + (f", {facts.bytes} bytes (llc -O2)" if facts.bytes is not None else "")
        )
        if facts.oz_bytes is not None:
            delta = f" ({_percent(facts.oz_bytes, facts.bytes)} vs now)" if facts.bytes else ""
            note = f", {facts.oz_note}" if facts.oz_note else ""
            lines.append(f"- {facts.oz_label}: {facts.oz_bytes} bytes{delta}{note}")
            if facts.oz_note:
                lines.append(f"  ({EXACT_BASELINE_HINT})")
        if facts.suggestion is not None:
            suggestion = facts.suggestion
            lines.append(
                f"- best verified: {suggestion.size_bytes} bytes, "
                f"{-suggestion.saving_vs_oz_percent:+.1f}% vs {facts.oz_label} "
                f"({suggestion.compilations} compilations)"
            )
            lines.append(f"  `opt -p '{suggestion.pipeline}'`")
        elif facts.no_suggestion_reason:
            lines.append(f"- no suggestion: {facts.no_suggestion_reason}")
        lines += prediction_lines(facts)
    else:
        lines.append(
            f"- measured: {facts.bytes} bytes (llvm-mc)" if facts.bytes is not None else "- measured: …"
        )
        if facts.target:
            lines.append(f"- target: {facts.target}")
    for error in facts.errors:
        lines.append(f"- ⚠ {error}")
    if facts.pending:
        lines.append(f"- still computing: {', '.join(facts.pending)}")
    if model_line:
        lines += ["", f"_{model_line}_"]
    return "\n".join(lines)


def register(server: IrlensServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: IrlensServer, params: types.HoverParams) -> types.Hover | None:
        # On a thread: quick, except the first use of a toolchain, which runs each tool's --version.
        snapshot = await ls.snapshot(params.text_document.uri)
        if snapshot is None:
            return None
        answer, hovered = await ls.off_loop(_hover, ls, snapshot, params.position.line)
        if hovered is not None:
            # a hint apart from the answer: the hovered function's pending work goes first
            ls.engine.look_at(snapshot, [hovered])
        return answer


def _hover(ls: IrlensServer, snapshot: DocumentSnapshot, line: int) -> tuple[types.Hover | None, str | None]:
    """The hover of `line` in `snapshot` alone, and the function it is about."""
    name = function_name_at(snapshot, line)
    facts = ls.engine.facts_in(snapshot, name) if name is not None else None
    if facts is None:
        return None, None
    text = render(facts, snapshot.language, ls.model_status_line())
    lifted = ls.engine.lifted(snapshot.uri)
    if lifted is not None and lifted.function == name and lifted.matches(snapshot.text):
        text = f"{lifted.hover}\n\n{text}"  # the compiler's verdict on the model's lift first
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text)), name
