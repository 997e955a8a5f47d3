"""The compiler's facts about a document version: diagnostics (llvm-as / llvm-mc), object bytes per
function, and the -Oz baseline per function.

On open, one module measurement (one llc compile gives every function's bytes). After an edit, the
functions whose text changed are measured first, each alone (the function with the module's globals
and declarations and the other functions declared, compiled as the module is: the same bytes as in the
module compile), and the whole-module measure follows when nothing more urgent waits. A function
whose text did not change keeps its bytes from the results cache.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping

from irlens.engine import jobs
from irlens.engine.documents import Document, Snapshot
from irlens.engine.facts import UNNAMED_PROBLEM, Diagnostic, one_line
from irlens.engine.session import Session
from irlens.ir.abi import DLL_STORAGE, LINKAGES, VISIBILITIES, one_of
from irlens.ir.index import FunctionDef, IRIndex
from irlens.ir.names import is_numbered, object_symbol
from irlens.toolchain import diagnostics as tool_diagnostics
from irlens.toolchain.measure import (
    ModuleMeasurement,
    function_bytes,
    measure_asm,
    measure_ir,
    oz_function_bytes,
    oz_function_sizes,
)
from irlens.toolchain.target import resolve_asm_target

log = logging.getLogger(__name__)

# From this many functions waiting for -Oz on, one batched compile of the module (~0.3 s + ~1.5 ms a
# function) beats extracting them one by one (~0.09 s each).
OZ_BATCH_MIN_FUNCTIONS = 8
# Up to this many edited functions are measured one by one before the whole-module measure.
MAX_FUNCTION_MEASURES = 8
# A define line's linkage and the like, which a declaration of the same function may not carry
# (dso_local stays: it decides how calls and addresses of the function are compiled).
_DECLARATION_DROPS = LINKAGES | VISIBILITIES | DLL_STORAGE | {"local_unnamed_addr", "unnamed_addr"}
_DEFINE_PREFIX = re.compile(rf"^define\s+((?:(?:{one_of(_DECLARATION_DROPS)})\s+)*)")


class Analysis:
    """Schedules a version's compiler work and publishes what it finds as the version's next
    `DocumentSnapshot` (`Document.update`)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- scheduling ---------------------------------------------------------------------------------

    def schedule(self, document: Document, *, diagnostics: bool,
                 changed: tuple[int, list[FunctionDef]] | None = None) -> None:
        """The version's work: diagnostics, the functions whose text changed (measured alone), then the
        module measurement. `changed`: the version the document was scheduled at before and the
        functions whose text differs from it (None: a new or re-checked document, measured whole)."""
        document.scheduled = True
        document.set(background=self.background_functions(document.snapshot))
        since, edited = changed if changed is not None else (None, None)
        current = document.current
        # the version the edits start from checked clean: only the edited functions can be wrong
        clean_before = current.diagnostics == () and current.diagnostics_version == since is not None
        if diagnostics and edited is not None and clean_before and len(edited) <= MAX_FUNCTION_MEASURES:
            self.session.scheduler.submit_interactive(
                f"diagnostics:{document.uri}:{document.version}",
                functools.partial(self._diagnose_edited, document, edited), cancel=document.cancel,
                priority=jobs.PRIORITY_DIAGNOSTICS)
        elif diagnostics:
            self.submit_diagnostics(document)
        if edited and len(edited) <= MAX_FUNCTION_MEASURES and document.language == "llvm":
            for function in edited:
                self.session.scheduler.submit_interactive(
                    f"measure-function:{document.uri}:{document.version}:{function.name}",
                    functools.partial(self._measure_function, document, function),
                    cancel=document.cancel, priority=jobs.PRIORITY_FUNCTION_MEASURE)
            priority = jobs.PRIORITY_IDLE
        else:
            priority = jobs.PRIORITY_MEASURE
        self.session.scheduler.submit(f"measure:{document.uri}:{document.version}",
                                      lambda: self._measure(document), cancel=document.cancel,
                                      priority=priority)
        if (index := document.snapshot.ir_index) is not None:
            # Beside the module measure, not after it: the -Oz batch compiles on the other core.
            self._schedule_baselines(document)
            # After the version's own checks: go-to-definition then answers at once, even the first
            self.session.scheduler.submit_interactive(
                f"definitions:{document.uri}:{document.version}", index.prepare_definitions,
                cancel=document.cancel, priority=jobs.PRIORITY_IDLE)

    def background_functions(self, snapshot: Snapshot) -> frozenset[str]:
        """The functions searched (and predicted) without being asked: the largest
        `max_background_functions` (0: all) while `background_suggestions` is on."""
        settings = self.session.settings
        index = snapshot.ir_index
        if index is None or not settings.background_suggestions:
            return frozenset()
        largest = sorted(index.defined_functions, key=lambda f: -f.instruction_count)
        limit = settings.max_background_functions
        return frozenset(f.name for f in (largest[:limit] if limit > 0 else largest))

    def submit_diagnostics(self, document: Document) -> None:
        self.session.scheduler.submit_interactive(f"diagnostics:{document.uri}:{document.version}",
                                                  lambda: self._diagnose(document), cancel=document.cancel,
                                                  priority=jobs.PRIORITY_DIAGNOSTICS)

    def look_at(self, document: Document, names: list[str]) -> None:
        """The user looks at these functions (a hint, not a request): their pending -Oz baselines move
        up, and later per-function work of the version runs them first."""
        document.visible = frozenset(names)
        current = document.current
        index = current.ir_index
        if index is None or current.measurement is None:
            return
        for name in names:
            function = index.function_named(name)
            key = self.session.function_key(current.source, name)
            if function is not None and key is not None:
                results = self.session.function_results(key)
                if results.oz_bytes is None and results.oz_error is None:
                    self._submit_baseline(document, function, key)

    # -- diagnostics --------------------------------------------------------------------------------

    def _diagnose(self, document: Document) -> None:
        session = self.session
        found: list[Diagnostic] = []
        try:
            if document.language == "asm":
                items = tool_diagnostics.check_asm(session.toolchain, document.snapshot.text,
                                                   triple=session.settings.asm_triple)
            else:
                items = list(assembled(session, document)[0])
            for item in items:
                found.append(Diagnostic(item.line, item.column, item.message, item.severity, item.source))
        except Exception as error:  # a missing tool or a crash is one diagnostic, not a dead server
            found.append(Diagnostic(0, 0, one_line(error), "warning", "irlens"))
        self._publish_diagnostics(document, found)

    def _diagnose_edited(self, document: Document, edited: list[FunctionDef]) -> None:
        """The version's diagnostics when it differs from a clean version (no diagnostics) by edits
        inside these functions' bodies: llvm-as on each one's function module (the function, the
        module's globals and declarations) instead of the whole text, what it finds moved to the
        function's lines. A finding outside the function, or a tool failure, checks the whole text
        after all (on the compiler queue, after the edited functions' bytes)."""
        found: list[Diagnostic] = []
        for function in edited:
            module, define_line = _function_module(document.snapshot, function)
            last_line = define_line + function.end_line - function.define_line
            try:
                items: list[tool_diagnostics.ToolDiagnostic] | None = tool_diagnostics.check_ir(
                    self.session.toolchain, module)
            except Exception:
                items = None
            if items is None or any(not define_line <= item.line <= last_line for item in items):
                self.session.scheduler.submit(
                    f"diagnostics:{document.uri}:{document.version}", lambda: self._diagnose(document),
                    cancel=document.cancel, priority=jobs.PRIORITY_DIAGNOSTICS)
                return
            found += [Diagnostic(function.define_line + item.line - define_line, item.column, item.message,
                                 item.severity, item.source) for item in items]
        self._publish_diagnostics(document, found)

    def _publish_diagnostics(self, document: Document, found: list[Diagnostic]) -> None:
        session = self.session
        if session.documents.is_current(document.uri, document.version):
            document.set(diagnostics=tuple(found), diagnostics_version=document.version)
            verdict = session.lifted.verdict(document.uri, document.snapshot.text)
            session.emit("diagnostics", document, found + verdict)

    # -- object bytes -------------------------------------------------------------------------------

    def measured(self, snapshot: Snapshot, name: str) -> tuple[int | None, int | None] | None:
        """(IR instructions, bytes) of `name` from an earlier measurement of the same function text."""
        key = self.session.function_key(snapshot, name)
        found = self.session.results.get(("measured", key)) if key is not None else None
        return found

    def _remember_measured(self, snapshot: Snapshot, name: str, value: tuple[int | None, int | None]) -> None:
        key = self.session.function_key(snapshot, name)
        if key is not None:
            self.session.results.put(("measured", key), value, 120)

    def _measure_function(self, document: Document, function: FunctionDef) -> None:
        """One edited function's bytes, without compiling the whole module."""
        snapshot = document.snapshot
        if self.measured(snapshot, function.name) is not None or document.current.measurement is not None:
            return
        try:
            # Compiled as it is: llvm-extract would turn the globals it uses into declarations, which
            # changes how they are addressed (6 bytes more or less in examples/sizes.ll's @main).
            size = function_bytes(self.session.toolchain, function_module(snapshot, function), function.name)
        except Exception as error:  # the module measure that follows says what is wrong, if anything
            log.info("measuring @%s alone failed: %s", function.name, one_line(error))
            return
        if document.cancel.is_set():
            return
        self._remember_measured(snapshot, function.name, (function.instruction_count, size))
        self.session.emit("measurements", document, function.name)

    def _measure(self, document: Document) -> None:
        session = self.session
        snapshot = document.snapshot
        if document.language == "asm":
            try:  # here, not in a hover: reading 200k lines takes seconds
                document.set(asm_target=resolve_asm_target(session.toolchain, snapshot.text,
                                                           session.settings.asm_triple))
            except Exception:  # the hover then names no target; measuring says what is wrong
                log.exception("choosing the target of %s failed", document.uri)
        # An .s file's bytes depend on the asmTriple setting (unless the file names its own target).
        triple = session.settings.asm_triple if document.language == "asm" else None
        cache_key = ("module", f"{session.toolchain.key}|{triple or ''}", snapshot.text_hash)
        measurement: ModuleMeasurement | None = session.results.get(cache_key)
        if measurement is None:
            try:
                if document.language == "asm":
                    measurement = measure_asm(session.toolchain, snapshot.text, triple=triple)
                else:
                    # llc reads the bitcode the diagnostics' llvm-as made: the text is parsed once
                    measurement = measure_ir(session.toolchain, module_input(session, document),
                                             instruction_counts=_instruction_counts(snapshot))
            except Exception as error:
                document.set(measure_error=one_line(error))
                session.emit("measurements", document)
                return
            session.results.put(cache_key, measurement, 150 * len(measurement.functions) + 200)
        if document.language == "llvm":
            for name, function in measurement.functions.items():
                self._remember_measured(snapshot, name, (function.ir_instructions, function.bytes))
        document.set(measurement=measurement, measure_error=None)
        session.emit("measurements", document)

    # -- -Oz baselines ------------------------------------------------------------------------------

    def _schedule_baselines(self, document: Document) -> None:
        snapshot = document.snapshot
        index = snapshot.ir_index
        if index is None:
            return
        functions = index.defined_functions
        done = 0
        waiting: list[tuple[FunctionDef, str]] = []
        for function in functions:
            key = self.session.function_key(snapshot, function.name)
            if key is None:
                continue
            results = self.session.function_results(key)
            if results.oz_bytes is not None or results.oz_error is not None:
                done += 1
            else:
                waiting.append((function, key))
        document.set(baseline_total=len(functions), baseline_done=done)
        for function, key in waiting:
            self._submit_baseline(document, function, key)
        self.session.emit("progress", document, (done, len(functions)))

    def _submit_baseline(self, document: Document, function: FunctionDef, key: str) -> None:
        priority = jobs.function_priority(jobs.PRIORITY_BASELINE, visible=function.name in document.visible,
                                          size=function.instruction_count)
        self.session.scheduler.submit(f"oz:{key}", lambda: self._baseline(document, function, key),
                                      cancel=document.cancel, priority=priority)

    def _baseline(self, document: Document, function: FunctionDef, key: str) -> None:
        session = self.session
        results = session.function_results(key)
        if results.oz_bytes is None and results.oz_error is None:
            try:
                self._find_baseline(document, function, key)
            except Exception as error:
                if document.cancel.is_set():
                    return  # its tools were stopped by an edit: the function's next version asks again
                session.update_results(key, oz_error=one_line(error))
        current = document.update(lambda state: {"baseline_done": state.baseline_done + 1})
        session.emit("measurements", document, function.name)
        session.emit("progress", document, (current.baseline_done, current.baseline_total))

    def _find_baseline(self, document: Document, function: FunctionDef, key: str) -> None:
        session = self.session
        if is_numbered(function.name):
            session.update_results(key, oz_error=UNNAMED_PROBLEM)
            return
        oz_bytes = self._oz_batch(document).get(object_symbol(function.name))
        if oz_bytes is None and not isinstance(module_input(session, document), bytes):
            # llvm-as refuses the module, as every extraction would: said once, for the version,
            # instead of one tool failure per function
            document.set(baseline_error="the module does not assemble (see the diagnostics)")
            return
        if oz_bytes is None:
            oz_bytes = oz_function_bytes(session.toolchain, module_input(session, document), function.name,
                                         baseline=session.settings.size_baseline)
        session.update_results(key, oz_bytes=oz_bytes)

    def _oz_batch(self, document: Document) -> Mapping[str, int]:
        """-Oz bytes of all functions from one batched compile of this version (made by the first
        baseline job while enough functions wait; the others wait for it). Empty when the batch
        failed or was not worth it: the caller then extracts its function alone."""
        with document.compute_lock:
            current = document.current
            waiting = current.baseline_total - current.baseline_done
            worth_it = waiting >= OZ_BATCH_MIN_FUNCTIONS and not document.cancel.is_set()
            batch = current.oz_batch
            if batch is None and worth_it:
                try:
                    batch = oz_function_sizes(self.session.toolchain, document.snapshot.text,
                                              baseline=self.session.settings.size_baseline,
                                              names=_instruction_counts(document.snapshot))
                except Exception as error:
                    log.info("batched -Oz baseline failed, extracting functions one by one: %s", error)
                    batch = {}
                document.set(oz_batch=batch)
            return batch or {}


def module_input(session: Session, document: Document) -> str | bytes:
    """The module as bitcode (made once per version, kept in its snapshot) for llc and the per-function
    tools: they skip parsing the text, and llvm-extract reads bitcode several times faster than text,
    which matters with thousands of functions. The text when llvm-as refuses it."""
    try:
        bitcode = assembled(session, document)[1]
    except Exception:  # a missing tool: the tools that read the text say what is wrong
        bitcode = b""
    return bitcode or document.snapshot.text


def assembled(session: Session,
              document: Document) -> tuple[tuple[tool_diagnostics.ToolDiagnostic, ...], bytes]:
    """llvm-as on the version's whole text, once per version for whichever needs it first (the
    diagnostics, or a tool that reads the module): what it reported, and the bitcode (b"" when it
    refused the text)."""
    with document.assemble_lock:
        current = document.current
        if current.bitcode is None or current.assembly_diagnostics is None:
            found, bitcode = tool_diagnostics.check_and_assemble_ir(session.toolchain, document.snapshot.text)
            current = document.set(bitcode=bitcode or b"", assembly_diagnostics=tuple(found))
        assert current.assembly_diagnostics is not None and current.bitcode is not None
        return current.assembly_diagnostics, current.bitcode


def _instruction_counts(snapshot: Snapshot) -> dict[str, int]:
    """IR instructions per defined function from the index, keyed as measure.count_ir_instructions
    keys them (without scanning the text again)."""
    index = snapshot.ir_index
    assert index is not None
    counts: dict[str, int] = {}
    for function in index.defined_functions:
        counts.setdefault(object_symbol(function.name), function.instruction_count)
    return counts


def function_module(snapshot: Snapshot, function: FunctionDef) -> str:
    """A module that defines only `function`: the snapshot's text outside function bodies (globals,
    declarations, types, attributes, metadata), the function, and a declaration of every other
    function it defines (so that calls and references still resolve)."""
    return _function_module(snapshot, function)[0]


def _function_module(snapshot: Snapshot, function: FunctionDef) -> tuple[str, int]:
    """`function_module`, and the line its function's define line is on. Cut out piece by piece: a
    `splitlines` of a 12 MB text holds the interpreter lock for ~60 ms and makes 30 MB of lines."""
    index = snapshot.index
    assert isinstance(index, IRIndex)
    text = snapshot.text
    parts: list[str] = []
    position = 0
    define_line = 0
    for other in index.defined_functions:
        start, end = index.function_offsets(other)
        parts.append(text[position:start])
        if other is function:
            define_line = sum(part.count("\n") for part in parts)
            parts.append(text[start:end])
        else:
            header_end = text.find("\n", start, end)
            parts.append(_declaration(text[start:end if header_end < 0 else header_end]))
        position = end
    parts.append(text[position:])
    return "".join(parts).removesuffix("\n") + "\n", define_line


def _declaration(define_line: str) -> str:
    """`define internal fastcc i32 @f(i32 %x) #0 {` -> `declare fastcc i32 @f(i32 %x)`."""
    header = _DEFINE_PREFIX.sub("declare ", define_line, count=1)
    depth = 0
    seen_name = False
    for position, char in enumerate(header):
        if char == "@":
            seen_name = True
        elif char == "(" and seen_name:
            depth += 1
        elif char == ")" and seen_name:
            depth -= 1
            if depth == 0:
                return header[: position + 1]
    return header.rstrip(" {")
