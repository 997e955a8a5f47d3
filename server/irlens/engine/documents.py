"""The document store: one immutable `Snapshot` per document version, and the analysis state of the
current version beside it.

A snapshot is made off the event loop (on the server's update thread) and replaces the previous one
only once it is complete: readers keep answering from the previous snapshot meanwhile. A snapshot
holds the text, the text index and the content hashes the results cache is keyed by: one per function
body and one of everything outside function bodies (a function's -Oz size can depend on the module's
globals and declarations, never on its neighbours' bodies).

`indexed()` is where a new version's index is made; it is the one place that knows whether the index
is re-scanned incrementally from the previous snapshot or parsed in full.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from irlens.ir.asm import AsmIndex, parse_asm
from irlens.ir.index import FunctionDef, IRIndex, parse_ir
from irlens.toolchain.measure import ModuleMeasurement
from irlens.toolchain.target import AsmTarget

if TYPE_CHECKING:
    from irlens.engine.facts import Diagnostic

Language = Literal["llvm", "asm"]
ASM_SUFFIXES = (".s", ".S", ".asm")


def language_of(uri: str, language_id: str | None = None) -> Language:
    if language_id in ("asm", "gas", "assembly", "s") or uri.endswith(ASM_SUFFIXES):
        return "asm"
    return "llvm"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """One version of one document, never changed once made."""

    uri: str
    version: int
    text: str
    language: Language
    index: IRIndex | AsmIndex
    function_hashes: Mapping[str, str]  # defined function -> hash of its lines (IR only)
    context_hash: str  # everything outside function bodies, comments left out (IR only)

    @cached_property
    def text_hash(self) -> str:
        """Made when first needed (the module measurement's cache key), not on every keystroke."""
        return digest(self.text)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    @property
    def ir_index(self) -> IRIndex | None:
        return self.index if isinstance(self.index, IRIndex) else None

    def function_text(self, function: FunctionDef) -> str:
        return "\n".join(self.lines[function.define_line : function.end_line + 1]) + "\n"


def indexed(uri: str, version: int, text: str, language: Language) -> Snapshot:
    """The snapshot of `text`: its index and content hashes (blocking; seconds on a 10 MB module)."""
    if language == "asm":
        return Snapshot(uri, version, text, language, parse_asm(text), {}, "")
    index = parse_ir(text)
    hashes, context = _content_hashes(text.splitlines(), index)
    return Snapshot(uri, version, text, language, index, hashes, context)


def _content_hashes(lines: list[str], index: IRIndex) -> tuple[dict[str, str], str]:
    hashes: dict[str, str] = {}
    in_function = bytearray(len(lines))
    for function in index.defined_functions:
        hashes[function.name] = digest("\n".join(lines[function.define_line : function.end_line + 1]))
        in_function[function.define_line : function.end_line + 1] = b"\x01" * (
            function.end_line + 1 - function.define_line
        )
    context = "\n".join(
        line for number, line in enumerate(lines)
        if not in_function[number] and not line.lstrip().startswith(";")
    )
    return hashes, digest(context)


@dataclass(eq=False)
class Document:
    """The current version of an open document: its snapshot and what the background work found out
    about exactly that version. `cancel` is set when the version is replaced or closed: every job of
    the version stops, and whatever it would still publish is dropped."""

    snapshot: Snapshot
    cancel: threading.Event = field(default_factory=threading.Event)
    diagnostics: list[Diagnostic] | None = None
    diagnostics_version: int | None = None
    measurement: ModuleMeasurement | None = None  # of exactly this text
    measure_error: str | None = None
    baseline_total: int = 0
    baseline_done: int = 0
    bitcode: bytes | None = None  # b"" when llvm-as refused the text
    oz_batch: dict[str, int] | None = None  # -Oz bytes per function from one batched compile
    baseline_error: str | None = None  # why no -Oz baseline is computed for this version at all
    explicit_suggestions: set[str] = field(default_factory=set)  # asked for by the user
    explicit_predictions: set[str] = field(default_factory=set)  # hovered
    visible: frozenset[str] = frozenset()  # functions the user is looking at (scheduled first)
    background_cache: tuple[tuple[bool, int], frozenset[str]] | None = None
    asm_target: AsmTarget | None = None  # assembly: chosen once per version (Engine.asm_target)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # The snapshot's fields, read through the document (what the LSP handlers use).
    @property
    def uri(self) -> str:
        return self.snapshot.uri

    @property
    def version(self) -> int:
        return self.snapshot.version

    @property
    def text(self) -> str:
        return self.snapshot.text

    @property
    def language(self) -> Language:
        return self.snapshot.language

    @property
    def index(self) -> IRIndex | AsmIndex:
        return self.snapshot.index

    @property
    def ir_index(self) -> IRIndex | None:
        return self.snapshot.ir_index

    @property
    def text_hash(self) -> str:
        return self.snapshot.text_hash


class DocumentStore:
    """The open documents by URI (thread-safe). Replacing a document cancels its previous version."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._documents: dict[str, Document] = {}

    def get(self, uri: str) -> Document | None:
        with self._lock:
            return self._documents.get(uri)

    def all(self) -> list[Document]:
        with self._lock:
            return list(self._documents.values())

    def is_current(self, uri: str, version: int) -> bool:
        document = self.get(uri)
        return document is not None and document.version == version

    def replace(self, snapshot: Snapshot) -> Document:
        """`snapshot` becomes the current version; the previous version's work is cancelled and its
        diagnostics are kept on show until the new check lands."""
        document = Document(snapshot)
        with self._lock:
            old = self._documents.get(snapshot.uri)
            self._documents[snapshot.uri] = document
            if old is not None:
                document.diagnostics = old.diagnostics
                document.diagnostics_version = old.diagnostics_version
                document.visible = old.visible
        if old is not None:
            old.cancel.set()
        return document

    def close(self, uri: str) -> Document | None:
        with self._lock:
            document = self._documents.pop(uri, None)
        if document is not None:
            document.cancel.set()
        return document
