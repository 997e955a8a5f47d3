"""Verified edits: a document with one function replaced by its verified suggestion, offered only when
the spliced module (function replaced, declarations, attributes and metadata it needs added) passes
llvm-as and the verifier, and the function, compiled in that module as the user gets it, is no larger
than the suggestion's claimed bytes. Kept in the results cache by (document text, function, pipeline,
claimed bytes)."""

from __future__ import annotations

from irlens.engine.documents import Snapshot
from irlens.engine.facts import Suggestion
from irlens.engine.session import Session
from irlens.optimize.spliced import spliced_function
from irlens.toolchain.diagnostics import check_ir

_REFUSED = ""  # cached for a splice that did not verify (a text is never empty)


def verified_module_text(session: Session, document: Snapshot, name: str,
                         suggestion: Suggestion) -> str | None:
    """Blocking: the document's text with `name` replaced by the suggestion, if the result verifies and
    holds the suggestion's claim."""
    key = ("edit", document.text_hash, name, suggestion.pipeline, suggestion.size_bytes)
    cached: str | None = session.results.get(key)
    if cached is not None:
        return cached or None
    new_text = _REFUSED
    try:
        spliced = spliced_function(session.toolchain, document.text, name, suggestion.optimized_module_text)
        if spliced.function_bytes <= suggestion.size_bytes \
                and not any(d.severity == "error" for d in check_ir(session.toolchain, spliced.text)):
            new_text = spliced.text
    except Exception:
        new_text = _REFUSED
    session.results.put(key, new_text, len(new_text) + 200)
    return new_text or None
