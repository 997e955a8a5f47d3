"""Verified edits: a document with one function replaced by its verified suggestion, offered only when
the spliced module (function replaced, declarations, attributes and metadata it needs added) passes
llvm-as and the verifier. Kept in the results cache by (document text, function, pipeline)."""

from __future__ import annotations

from irlens.engine.documents import Document
from irlens.engine.facts import Suggestion
from irlens.engine.session import Session
from irlens.engine.splice import splice_function
from irlens.toolchain.diagnostics import check_ir

_REFUSED = ""  # cached for a splice that did not verify (a text is never empty)


def verified_module_text(session: Session, document: Document, name: str,
                         suggestion: Suggestion) -> str | None:
    """Blocking: the document's text with `name` replaced by the suggestion, if the result verifies."""
    key = ("edit", document.text_hash, name, suggestion.pipeline)
    cached: str | None = session.results.get(key)
    if cached is not None:
        return cached or None
    new_text = _REFUSED
    try:
        candidate = splice_function(document.text, name, suggestion.optimized_module_text)
        if not any(d.severity == "error" for d in check_ir(session.toolchain, candidate)):
            new_text = candidate
    except Exception:
        new_text = _REFUSED
    session.results.put(key, new_text, len(new_text) + 200)
    return new_text or None
