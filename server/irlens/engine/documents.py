"""The document store: one immutable `Snapshot` per document version, and the analysis state of the
current version beside it.

A snapshot is made off the event loop (on the server's update thread) and replaces the previous one
only once it is complete: readers keep answering from the previous snapshot meanwhile. A snapshot
holds the text, the text index and the content hashes the results cache is keyed by: one per function
body and one of everything outside function bodies (a function's -Oz size can depend on the module's
globals and declarations, never on its neighbours' bodies).

`indexed()` makes the first snapshot of a document, `revised()` each next one from the previous
snapshot and the edits: the one place that knows whether the index is re-scanned incrementally or
parsed in full.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from irlens.ir.asm import AsmIndex, parse_asm
from irlens.ir.columns import Encoding, to_code_points
from irlens.ir.index import FunctionDef, IRIndex, TextChange, parse_ir
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


Edit = TextChange | str  # a range of the text replaced (LSP incremental sync), or the whole new text


@dataclass(frozen=True)
class Snapshot:
    """One version of one document, never changed once made."""

    uri: str
    version: int
    text: str
    language: Language
    index: IRIndex | AsmIndex
    context_hash: str  # everything outside function bodies, comments left out (IR only)
    incremental: bool = False  # made from the previous version by re-scanning the edited function only

    @cached_property
    def function_hashes(self) -> Mapping[str, str]:
        """Defined function -> hash of its text (IR only; the first definition of a repeated name)."""
        hashes: dict[str, str] = {}
        if isinstance(self.index, IRIndex):
            for function in self.index.defined_functions:
                hashes.setdefault(function.name, function.content_hash)
        return hashes

    @cached_property
    def text_hash(self) -> str:
        """Made when first needed (the module measurement's cache key), not on every keystroke."""
        return digest(self.text)

    @property
    def ir_index(self) -> IRIndex | None:
        return self.index if isinstance(self.index, IRIndex) else None

    def function_text(self, function: FunctionDef) -> str:
        index = self.ir_index
        assert index is not None
        return index.function_text(function) + "\n"


def indexed(uri: str, version: int, text: str, language: Language) -> Snapshot:
    """The snapshot of `text`, indexed in full (blocking; about a second on a 10 MB module)."""
    if language == "asm":
        return Snapshot(uri, version, text, language, parse_asm(text), "")
    index = parse_ir(text)
    return Snapshot(uri, version, text, language, index, _context_hash(text, index))


def revised(previous: Snapshot, version: int, edits: Sequence[Edit], *,
            encoding: Encoding = "utf-16") -> Snapshot:
    """The snapshot after `edits` (in order, their columns in `encoding`'s units) of `previous`. IR is
    re-scanned incrementally (only the function an edit is inside, see `IRIndex.apply_change`); the
    module outside function bodies is then unchanged and its hash is kept. Otherwise (assembly, a
    whole-text change, an edit of a function boundary) the new text is indexed in full. Either way the
    index equals a full parse of the text."""
    text = previous.text
    index: IRIndex | None = previous.ir_index
    context_kept = index is not None
    for edit in edits:
        if isinstance(edit, str):
            text, index, context_kept = edit, None, False
        elif index is not None:
            index = index.apply_change(edit, encoding=encoding)
            text = index.text
            if not index.incremental:
                # parsed in full: the edits after it in this batch are applied to the text, and the
                # result is parsed once (not once per edit)
                index = None if edit is not edits[-1] else index
                context_kept = False
        else:
            text = apply_edit(text, edit, encoding=encoding)
    uri, language = previous.uri, previous.language
    if language == "asm" or index is None:
        return indexed(uri, version, text, language)
    context = previous.context_hash if context_kept else _context_hash(text, index)
    return Snapshot(uri, version, text, language, index, context, incremental=context_kept)


def apply_edit(text: str, edit: TextChange, *, encoding: Encoding = "utf-16") -> str:
    """`text` with the range of `edit` (columns in `encoding`'s units) replaced (positions clamped to the
    text, as LSP clients expect)."""

    def offset(line: int, character: int) -> int:
        start = 0
        for _ in range(max(0, line)):
            newline = text.find("\n", start)
            if newline < 0:
                return len(text)
            start = newline + 1
        end = text.find("\n", start)
        line_text = text[start : len(text) if end < 0 else end]
        return start + to_code_points(line_text, character, encoding)

    first = offset(edit.start_line, edit.start_character)
    last = offset(edit.end_line, edit.end_character)
    first, last = min(first, last), max(first, last)
    return "".join((text[:first], edit.text, text[last:]))


def _context_hash(text: str, index: IRIndex) -> str:
    """Everything outside function bodies (globals, declarations, types, attributes, metadata),
    comment lines left out: a function's -Oz size can depend on it, its neighbours' bodies cannot.
    Read piece by piece between the functions: one `splitlines` or `join` of a 12 MB text holds the
    interpreter lock for tens of ms (a hover waits), and copies it."""
    hasher = hashlib.sha256()
    separator = b""
    for piece in outside_functions(text, index):
        for line in piece.split("\n"):
            if not line.lstrip().startswith(";"):
                hasher.update(separator + line.encode("utf-8", "surrogatepass"))
                separator = b"\n"
    return hasher.hexdigest()


def outside_functions(text: str, index: IRIndex) -> list[str]:
    """The text between defined functions' bodies, as whole lines without their final newline: the
    text before the first define line, between each closing line and the next define line, after
    the last closing line."""
    pieces: list[str] = []
    position = 0
    for function in index.defined_functions:
        start, end = index.function_offsets(function)
        if start > position:
            pieces.append(text[position:start - 1])  # up to the newline before the define line
        position = max(position, end + 1)  # past the newline after the closing line
    if position < len(text):
        pieces.append(text[position:].removesuffix("\n"))
    return pieces


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
    scheduled: bool = False  # its work was scheduled (edits within the debounce delay never are)
    previous: Snapshot | None = None  # the last version whose work was scheduled, until this one's is
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
