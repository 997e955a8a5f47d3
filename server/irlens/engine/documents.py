"""The document store: one immutable `Snapshot` per document version (text and index), and one
immutable `DocumentSnapshot` of what the analysis knows about it, replaced whole as results land.

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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from irlens.ir.asm import AsmIndex, parse_asm, revised_asm
from irlens.ir.columns import Encoding, to_code_points
from irlens.ir.index import FunctionDef, IRIndex, TextChange, parse_ir
from irlens.toolchain.baseline import InputKind, input_kind
from irlens.toolchain.measure import ModuleMeasurement
from irlens.toolchain.target import AsmTarget

if TYPE_CHECKING:
    from irlens.engine.facts import Diagnostic
    from irlens.toolchain.diagnostics import ToolDiagnostic

Language = Literal["llvm", "asm"]
ASM_SUFFIXES = (".s", ".S", ".asm")


def language_of(uri: str, language_id: str | None = None) -> Language:
    if language_id in ("asm", "gas", "assembly", "s") or uri.endswith(ASM_SUFFIXES):
        return "asm"
    return "llvm"


_DIGEST_PIECE = 1 << 20  # characters


def digest(text: str) -> str:
    """sha256 of the text's UTF-8, encoded a piece at a time: no second copy of a 12 MB text, and
    other threads run between the pieces."""
    hasher = hashlib.sha256()
    for start in range(0, len(text), _DIGEST_PIECE):
        hasher.update(text[start:start + _DIGEST_PIECE].encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


Edit = TextChange | str  # a range of the text replaced (LSP incremental sync), or the whole new text


@dataclass(frozen=True)
class Snapshot:
    """One version of one document, never changed once made. Made by `indexed` and `revised` only,
    on the server's update thread: what every reader of the version needs is worked out there, not
    in the first hover."""

    uri: str
    version: int
    text: str
    language: Language
    index: IRIndex | AsmIndex
    context_hash: str  # everything outside function bodies, comments left out (IR only)
    function_hashes: Mapping[str, str]  # defined function -> hash of its text (IR only; the first
    # definition of a repeated name)
    input_kind: InputKind | None  # what made the module (toolchain.baseline.input_kind; IR only)
    incremental: bool = False  # made from the previous version by re-scanning the edited function only

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
        return Snapshot(uri, version, text, language, parse_asm(text), "", {}, None)
    index = parse_ir(text)
    return Snapshot(uri, version, text, language, index, _context_hash(text, index), _function_hashes(index),
                    input_kind(text))


def revised(previous: Snapshot, version: int, edits: Sequence[Edit], *,
            encoding: Encoding = "utf-16") -> Snapshot:
    """The snapshot after `edits` (in order, their columns in `encoding`'s units) of `previous`. IR is
    re-scanned incrementally (only the function an edit is inside, see `IRIndex.apply_change`); the
    module outside function bodies is then unchanged and its hash is kept, and so is what is derived
    from the functions that did not change. Otherwise (assembly, a whole-text change, an edit of a
    function boundary) the new text is indexed in full. Either way the index equals a full parse of
    the text."""
    if isinstance(previous.index, AsmIndex):
        return _revised_asm(previous, version, edits, encoding)
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
    old_index = previous.ir_index
    rescanned = index.rescanned_since(old_index) if context_kept and index and old_index else None
    if language == "asm" or index is None or old_index is None or rescanned is None:
        return indexed(uri, version, text, language)
    hashes = dict(previous.function_hashes)
    for old, new in rescanned:
        if old.name != new.name or hashes.get(old.name) != old.content_hash:
            hashes = _function_hashes(index)  # a function renamed, or a repeated name: made anew
            break
        hashes[new.name] = new.content_hash
    kind = previous.input_kind if _keeps_input_kind(old_index, index, rescanned) else input_kind(text)
    return Snapshot(uri, version, text, language, index, previous.context_hash, hashes, kind,
                    incremental=True)


def _revised_asm(previous: Snapshot, version: int, edits: Sequence[Edit], encoding: Encoding) -> Snapshot:
    """Assembly: each edit inside one function's body re-scans its lines only (ir.asm.revised_asm);
    any other edit indexes the new text in full."""
    text = previous.text
    index: AsmIndex | None = previous.index if isinstance(previous.index, AsmIndex) else None
    for edit in edits:
        new_text = edit if isinstance(edit, str) else apply_edit(text, edit, encoding=encoding)
        if index is not None and not isinstance(edit, str):
            first, last = sorted((edit.start_line, edit.end_line))
            index = revised_asm(index, text, new_text, first, last, edit.text)
        else:
            index = None
        text = new_text
    if index is None:
        return indexed(previous.uri, version, text, previous.language)
    return Snapshot(previous.uri, version, text, previous.language, index, "", {}, None, incremental=True)


def _function_hashes(index: IRIndex) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for function in index.defined_functions:
        hashes.setdefault(function.name, function.content_hash)
    return hashes


def _keeps_input_kind(old_index: IRIndex, index: IRIndex,
                      rescanned: list[tuple[FunctionDef, FunctionDef]]) -> bool:
    """Whether the edits inside these function bodies keep the module's input kind: no define line
    changed, and no edited function holds an attribute group line (what toolchain.baseline.input_kind
    reads; 0.3 s at 12 MB)."""
    for old, new in rescanned:
        old_text, new_text = old_index.function_text(old), index.function_text(new)
        if (old_text.partition("\n")[0] != new_text.partition("\n")[0]
                or "\nattributes" in old_text or "\nattributes" in new_text):
            return False
    return True


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


@dataclass(frozen=True)
class ScheduledVersion:
    """What the engine keeps of the last version whose work was scheduled, to tell which functions a
    later version changed: its hashes, not its text (a document edited faster than the debounce
    would otherwise keep a second copy of its text alive)."""

    version: int
    context_hash: str
    function_hashes: Mapping[str, str]

    @staticmethod
    def of(snapshot: Snapshot) -> ScheduledVersion:
        return ScheduledVersion(snapshot.version, snapshot.context_hash, snapshot.function_hashes)


@dataclass(frozen=True, eq=False)  # compared by identity: a version's state is one object
class DocumentSnapshot:
    """One version of a document as a request sees it: the text snapshot and what the background work
    had found out about exactly that version when the request began. Never changed: the analysis layer
    replaces it whole when a result lands (`Document.update`), so a handler that took one answers from
    one version only, whatever lands meanwhile."""

    source: Snapshot
    diagnostics: tuple[Diagnostic, ...] | None = None  # of this version, or kept from a previous one
    diagnostics_version: int | None = None  # the version they are of
    measurement: ModuleMeasurement | None = None  # of exactly this text
    measure_error: str | None = None
    baseline_total: int = 0
    baseline_done: int = 0
    baseline_error: str | None = None  # why no -Oz baseline is computed for this version at all
    bitcode: bytes | None = None  # the module input of llc and the per-function tools; b"" when llvm-as
    # refused the text
    assembly_diagnostics: tuple[ToolDiagnostic, ...] | None = None  # what that llvm-as run reported
    oz_batch: Mapping[str, int] | None = None  # -Oz bytes per function from one batched compile
    asm_target: AsmTarget | None = None  # assembly: chosen once per version by the measuring job
    background: frozenset[str] = frozenset()  # functions searched and predicted without being asked
    explicit_suggestions: frozenset[str] = frozenset()  # asked for by the user
    explicit_predictions: frozenset[str] = frozenset()  # hovered

    @property
    def uri(self) -> str:
        return self.source.uri

    @property
    def version(self) -> int:
        return self.source.version

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def language(self) -> Language:
        return self.source.language

    @property
    def index(self) -> IRIndex | AsmIndex:
        return self.source.index

    @property
    def ir_index(self) -> IRIndex | None:
        return self.source.ir_index


@dataclass(eq=False)
class Document:
    """The slot of an open document's current version: its latest `DocumentSnapshot` and the engine's
    bookkeeping for the version. `cancel` is set when the version is replaced or closed: every job of
    the version stops, and whatever it would still publish is dropped."""

    current: DocumentSnapshot
    cancel: threading.Event = field(default_factory=threading.Event)
    visible: frozenset[str] = frozenset()  # functions the user looks at (a hint: scheduled first)
    scheduled: bool = False  # its work was scheduled (edits within the debounce delay never are)
    previous: ScheduledVersion | None = None  # the last version whose work was scheduled, until this one's is
    compute_lock: threading.Lock = field(default_factory=threading.Lock)  # the -Oz batch, made once
    assemble_lock: threading.Lock = field(default_factory=threading.Lock)  # the bitcode, made once
    _update_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def snapshot(self) -> Snapshot:
        return self.current.source

    @property
    def uri(self) -> str:
        return self.snapshot.uri

    @property
    def version(self) -> int:
        return self.snapshot.version

    @property
    def language(self) -> Language:
        return self.snapshot.language

    def update(self, change: Callable[[DocumentSnapshot], Mapping[str, Any]]) -> DocumentSnapshot:
        """Replace the current snapshot by one with `change(current)`'s fields (read and replaced under
        one lock, so that results landing together are all kept)."""
        with self._update_lock:
            self.current = replace(self.current, **change(self.current))
            return self.current

    def set(self, **fields: Any) -> DocumentSnapshot:
        return self.update(lambda _: fields)


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

    def snapshot(self, uri: str) -> DocumentSnapshot | None:
        document = self.get(uri)
        return document.current if document is not None else None

    def replace(self, snapshot: Snapshot) -> Document:
        """`snapshot` becomes the current version; the previous version's work is cancelled and its
        diagnostics are kept on show until the new check lands."""
        with self._lock:
            old = self._documents.get(snapshot.uri)
            kept = old.current if old is not None else DocumentSnapshot(snapshot)
            document = Document(DocumentSnapshot(snapshot, diagnostics=kept.diagnostics,
                                                 diagnostics_version=kept.diagnostics_version))
            if old is not None:
                document.visible = old.visible
            self._documents[snapshot.uri] = document
        if old is not None:
            old.cancel.set()
        return document

    def close(self, uri: str) -> Document | None:
        with self._lock:
            document = self._documents.pop(uri, None)
        if document is not None:
            document.cancel.set()
        return document
