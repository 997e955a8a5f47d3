"""A code lens above each function with the hover's numbers; refreshed when measurements land."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from irlens.engine.documents import DocumentSnapshot
from irlens.engine.facts import FunctionFacts
from irlens.ir.asm import AsmIndex
from irlens.ir.index import IRIndex
from irlens.lsp.protocol import JsonResult, json_result

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer


def title(facts: FunctionFacts) -> str:
    parts = [f"{facts.measured_instructions or facts.ir_instructions} instr"] if facts.ir_instructions else []
    parts.append(f"{facts.bytes} B" if facts.bytes is not None else "… B")
    if facts.oz_bytes is not None:
        note = f" ({facts.oz_note})" if facts.oz_note else ""
        parts.append(f"{facts.oz_label} {facts.oz_bytes} B{note}")
    if facts.suggestion is not None:
        parts.append(
            f"best {facts.suggestion.size_bytes} B "
            f"({-facts.suggestion.saving_vs_oz_percent:+.1f}% vs {facts.oz_label})"
        )
    if facts.prediction is not None and facts.prediction.binary_bytes is not None:
        parts.append(f"model predicts {facts.prediction.binary_bytes} B")
    if facts.errors:
        parts.append("⚠ " + facts.errors[0])
    elif facts.pending:
        parts.append("measuring…")
    return " · ".join(parts)


def register(server: IrlensServer) -> None:
    from irlens.lsp.commands import COMMAND_FUNCTION_FACTS

    @server.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False))
    async def code_lens(ls: IrlensServer, params: types.CodeLensParams) -> JsonResult:
        snapshot = await ls.snapshot(params.text_document.uri)
        return await ls.off_loop(lambda: json_result(lenses(ls, snapshot, COMMAND_FUNCTION_FACTS)))


def lenses(ls: IrlensServer, document: DocumentSnapshot | None, command: str) -> list[types.CodeLens]:
    """One lens per function, linear in their number (20,000 functions: ~0.3 s, on a thread)."""
    if document is None:
        return []
    uri = document.uri
    index = document.index
    places: list[tuple[str, int]] = []
    if isinstance(index, IRIndex):
        places = [(f.name, f.define_line) for f in index.defined_functions]
    elif isinstance(index, AsmIndex):
        places = [(f.name, f.start_line) for f in index.functions]
    found = []
    for name, line in places:
        facts = ls.engine.facts_in(document, name)
        if facts is not None:
            found.append(types.CodeLens(
                range=types.Range(types.Position(line, 0), types.Position(line, 0)),
                command=types.Command(title=title(facts), command=command, arguments=[uri, name])))
    return found
