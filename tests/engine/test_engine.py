"""The engine by itself (no LSP): the results cache's bounds, stale results dropped, an edited
function measured alone with the bytes the module compile gives it, the document store's snapshots."""

from __future__ import annotations

import gc
import random
import weakref
from pathlib import Path

import pytest

from conftest import REPO, TESTS
from irlens.config import Settings
from irlens.engine.analysis import function_module
from irlens.engine.documents import apply_edit, indexed, revised
from irlens.engine.facts import EngineEvent
from irlens.engine.results import ResultsCache
from irlens.engine.workspace import Engine
from irlens.ir.index import TextChange, parse_ir
from irlens.ir.names import object_symbol
from irlens.toolchain import diagnostics as tool_diagnostics
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import function_bytes, measure_ir
from polling import wait_until

EXAMPLE = REPO / "examples" / "sizes.ll"
ODD_NAMES = TESTS / "fixtures" / "odd_names.ll"


def test_results_cache_keeps_the_most_recently_used_within_its_bytes() -> None:
    cache = ResultsCache(1000)
    for number in range(10):
        cache.put(number, f"value {number}", 200)
    assert cache.used_bytes <= 1000
    assert [key for key in range(10) if key in cache] == [5, 6, 7, 8, 9]
    assert cache.get(5) == "value 5"  # used: now the most recent
    cache.put("big", "x", 400)
    assert 5 in cache and 6 not in cache and 7 not in cache
    cache.put("huge", "y", 5000)  # larger than the whole budget: not kept, nothing else lost
    assert "huge" not in cache and "big" in cache
    cache.put("big", "x", 900)  # a value that grew pushes older entries out
    assert cache.used_bytes <= 1000 and list(k for k in (5, 8, 9) if k in cache) == []
    cache.resize(100)
    assert cache.used_bytes <= 100 and len(cache) == 0


def test_cache_setting_is_validated() -> None:
    settings, problems = Settings().updated({"cacheMb": 64})
    assert settings.cache_mb == 64 and problems == []
    kept, problems = settings.updated({"cacheMb": -5})
    assert kept.cache_mb == 64 and "cacheMb" in problems[0] and "16" in problems[0]


def _engine(events: list[EngineEvent], **settings: object) -> Engine:
    chosen: dict[str, object] = {"background_suggestions": False, "model_enabled": False, "debounce_ms": 0}
    return Engine(Settings(**{**chosen, **settings}), events.append, workers=2)  # type: ignore[arg-type]


def _stop(engine: Engine) -> None:
    """Engine.shutdown without its process-wide stop of tool groups (later tests still run tools)."""
    for document in engine.session.documents.all():
        document.cancel.set()
    assert engine.session.scheduler.shutdown(30)


def test_stale_results_are_dropped_and_the_new_version_is_measured() -> None:
    events: list[EngineEvent] = []
    engine = _engine(events)
    try:
        uri = "file:///tmp/engine-stale.ll"
        text = EXAMPLE.read_text()
        engine.open(uri, 1, text)
        edited = text.replace("@fibonacci(", "@fibonacci_renamed(")
        engine.change(uri, 2, [edited])
        wait_until(lambda: (facts := engine.facts(uri, "fibonacci_renamed")) is not None
                   and facts.bytes is not None and facts.oz_bytes is not None)
        assert engine.facts(uri, "fibonacci") is None  # the old text's function is gone
        first_new = next(n for n, e in enumerate(events) if e.version == 2)
        assert all(e.version == 2 for e in events[first_new:])  # nothing for version 1 after it
    finally:
        _stop(engine)


def test_an_edited_function_is_measured_alone_before_the_module() -> None:
    events: list[EngineEvent] = []
    engine = _engine(events)
    try:
        uri = "file:///tmp/engine-edit.ll"
        text = EXAMPLE.read_text()
        engine.open(uri, 1, text)
        wait_until(lambda: (snapshot := engine.snapshot(uri)) is not None
                   and snapshot.measurement is not None)
        document = engine.snapshot(uri)
        assert document is not None and document.ir_index is not None
        body_line = document.ir_index.function_named("checksum")
        assert body_line is not None
        # One more instruction in @checksum: a one-line edit inside the function, as a client sends it.
        insert_at = body_line.define_line + 2
        engine.change(uri, 2, [TextChange(insert_at, 0, insert_at, 0, "  %extra.edit = add i32 1, 2\n")])
        new = engine.snapshot(uri)
        assert new is not None and new.version == 2 and new.source.incremental
        assert new.text.splitlines()[insert_at] == "  %extra.edit = add i32 1, 2"
        unchanged = engine.facts(uri, "sum_array")
        assert unchanged is not None and unchanged.bytes is not None  # kept: its text did not change
        wait_until(lambda: (facts := engine.facts(uri, "checksum")) is not None and facts.bytes is not None)
        measured_alone = engine.facts(uri, "checksum")
        wait_until(lambda: (snapshot := engine.snapshot(uri)) is not None
                   and snapshot.measurement is not None)
        whole = engine.facts(uri, "checksum")
        assert measured_alone is not None and whole is not None
        assert measured_alone.bytes == whole.bytes
    finally:
        _stop(engine)


@pytest.mark.parametrize("path", [EXAMPLE, ODD_NAMES], ids=lambda p: p.name)
def test_a_function_alone_has_the_bytes_of_the_module_compile(path: Path) -> None:
    """The module a function is measured in after an edit: its bytes are those of the module compile."""
    toolchain = discover(Settings())
    text = path.read_text()
    snapshot = indexed("file:///x.ll", 1, text, "llvm")
    whole = measure_ir(toolchain, text)
    index = snapshot.ir_index
    assert index is not None
    checked = 0
    for function in index.defined_functions:
        expected = whole.functions.get(object_symbol(function.name))
        if expected is None or expected.bytes is None:
            continue
        module = function_module(snapshot, function)
        alone = function_bytes(toolchain, module, function.name)
        assert alone == expected.bytes, function.name
        checked += 1
    assert checked >= 3


def test_snapshots_are_immutable_and_readers_keep_the_previous_one() -> None:
    events: list[EngineEvent] = []
    engine = _engine(events, debounce_ms=60_000)  # no compiler work: only the document store
    try:
        uri = "file:///tmp/engine-snapshots.ll"
        text = EXAMPLE.read_text()
        first = engine.open(uri, 1, text)
        snapshot = first.snapshot
        with pytest.raises(AttributeError):
            snapshot.text = "changed"  # type: ignore[misc]
        second = engine.change(uri, 2, [text.replace("@main(", "@main2(")])
        assert second is not None and first.cancel.is_set() and not second.cancel.is_set()
        assert snapshot.text == text and snapshot.version == 1  # a reader holding it still sees v1
        assert snapshot.function_hashes["sum_array"] == second.snapshot.function_hashes["sum_array"]
        assert "main" in snapshot.function_hashes and "main2" in second.snapshot.function_hashes
        engine.close(uri)
        assert second.cancel.is_set() and engine.document(uri) is None
    finally:
        _stop(engine)


def test_a_request_answers_from_the_snapshot_it_took_and_reading_writes_nothing() -> None:
    """A DocumentSnapshot is frozen: results that land and edits replace the document's current one,
    while a request that took one answers from that version alone; reading facts changes nothing."""
    events: list[EngineEvent] = []
    engine = _engine(events, debounce_ms=60_000)  # an edit's work never starts: only what open did
    try:
        uri = "file:///tmp/engine-request-snapshot.ll"
        text = EXAMPLE.read_text()
        engine.open(uri, 1, text)
        taken = engine.snapshot(uri)
        assert taken is not None
        measured_when_taken = taken.measurement
        with pytest.raises(AttributeError):
            taken.measurement = None  # type: ignore[misc]

        def settled() -> bool:
            current = engine.snapshot(uri)
            return (current is not None and current.measurement is not None
                    and current.baseline_done == current.baseline_total > 0)

        wait_until(settled)
        current = engine.snapshot(uri)
        assert current is not None and current is not taken and taken.measurement is measured_when_taken
        for function in parse_ir(text).defined_functions:  # a hover's read, for every function
            assert engine.facts_in(current, function.name) is not None
        assert engine.snapshot(uri) is current  # reading replaced nothing
        engine.change(uri, 2, [text.replace("@checksum(", "@checksum_renamed(")])
        assert engine.facts(uri, "checksum") is None
        old_answer = engine.facts_in(current, "checksum")  # still the version it was taken from
        assert old_answer is not None and old_answer.bytes is not None and old_answer.oz_bytes is not None
    finally:
        _stop(engine)


def test_diagnostics_after_an_edit_check_the_edited_function_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean version edited inside one body: llvm-as reads that function's module, not the whole
    text, and its error lands on the document's line, as the whole-text check puts it. The whole-text
    llvm-as runs once per version: its bitcode is what llc measures."""
    checked: list[int] = []  # the length of every text llvm-as read
    real_check = tool_diagnostics.check_ir
    real_assemble = tool_diagnostics.check_and_assemble_ir

    def recorded(toolchain: Toolchain,
                 text: str) -> tuple[list[tool_diagnostics.ToolDiagnostic], bytes | None]:
        checked.append(len(text))
        return real_assemble(toolchain, text)

    monkeypatch.setattr(tool_diagnostics, "check_and_assemble_ir", recorded)
    events: list[EngineEvent] = []
    engine = _engine(events)
    try:
        uri = "file:///tmp/engine-diagnostics.ll"
        text = EXAMPLE.read_text()
        engine.open(uri, 1, text)
        wait_until(lambda: any(e.kind == "diagnostics" and e.version == 1 for e in events))
        wait_until(lambda: (current := engine.snapshot(uri)) is not None and current.measurement is not None)
        assert [e.payload for e in events if e.kind == "diagnostics"] == [[]] and checked == [len(text)]
        function = parse_ir(text).function_named("checksum")
        assert function is not None
        line = function.define_line + 2
        engine.change(uri, 2, [TextChange(line, 0, line, 0, "  %broken = add i32 %no_such_value, 1\n")])
        wait_until(lambda: any(e.kind == "diagnostics" and e.version == 2 for e in events))
        found = next(e.payload for e in events if e.kind == "diagnostics" and e.version == 2)
        snapshot = engine.snapshot(uri)
        assert snapshot is not None
        whole = real_check(engine.toolchain, snapshot.text)
        assert [(d.line, d.column, d.message) for d in found] == \
            [(d.line, d.column, d.message) for d in whole]
        assert found[0].line == line and "no_such_value" in found[0].message
        # the function's module (and the whole text at most for the module measure, after the debounce)
        assert any(length < len(text) / 2 for length in checked[1:])
        assert all(length < len(text) / 2 or length > len(text) for length in checked[1:])
        # not clean any more: the fix is checked on the whole text
        engine.change(uri, 3, [TextChange(line, 0, line + 1, 0, "")])
        wait_until(lambda: any(e.kind == "diagnostics" and e.version == 3 for e in events))
        assert next(e.payload for e in events if e.kind == "diagnostics" and e.version == 3) == []
        assert checked.count(len(text)) == 2
    finally:
        _stop(engine)


def test_an_edit_releases_the_replaced_versions_text() -> None:
    """Edits faster than the debounce: no replaced version stays alive, neither the one last
    scheduled (only its hashes are kept, to tell the changed functions) nor those its queued jobs
    hold. A 12 MB module would otherwise be held twice."""
    engine = _engine([], debounce_ms=60_000)
    try:
        uri = "file:///tmp/engine-release.ll"
        text = EXAMPLE.read_text()
        opened = engine.open(uri, 1, text)
        assert opened.scheduled
        first = weakref.ref(opened.snapshot)
        del opened
        engine.change(uri, 2, [text + "; two\n"])
        second = engine.document(uri)
        assert second is not None and second.previous is not None and second.previous.version == 1
        second_snapshot = weakref.ref(second.snapshot)
        del second
        engine.change(uri, 3, [text + "; three\n"])

        def released() -> bool:
            gc.collect()
            return first() is None and second_snapshot() is None

        wait_until(released)  # the jobs that were running when version 1 was replaced return
        document = engine.document(uri)
        assert document is not None and document.previous is not None and document.previous.version == 1
    finally:
        _stop(engine)


def test_tool_limits_follow_the_settings() -> None:
    engine = _engine([], tool_timeout_s=7.0, tool_memory_mb=1234)
    try:
        assert (engine.toolchain.limits.timeout_s, engine.toolchain.limits.memory_mb) == (7.0, 1234)
        settings, _ = engine.settings.updated({"toolTimeoutS": 3.0, "toolMemoryMb": 999})
        engine.update_settings(settings)
        assert (engine.toolchain.limits.timeout_s, engine.toolchain.limits.memory_mb) == (3.0, 999)
    finally:
        _stop(engine)


def _random_edit(rng: random.Random, text: str) -> TextChange:
    """An insertion, a deletion or garbage bytes, mostly inside function bodies (what typing does)."""
    lines = text.splitlines() or [""]
    line = rng.randrange(len(lines))
    column = rng.randint(0, len(lines[line]))
    kind = rng.choice(["insert", "delete", "garbage", "newline", "brace"])
    if kind == "delete":
        end_line = min(len(lines) - 1, line + rng.choice([0, 0, 1, 3]))
        return TextChange(line, column, end_line, rng.randint(0, len(lines[end_line])), "")
    inserted = {"insert": "  %t = add i32 1, 2", "newline": "\n", "brace": rng.choice(["}", "{", "\n}\n"]),
                "garbage": "".join(chr(rng.choice([0x00, 0x7F, 0xE9, 0x1F600, 0x22, 0x40, 0x25]))
                                   for _ in range(rng.randint(1, 6)))}[kind]
    return TextChange(line, column, line, column, inserted)


@pytest.mark.parametrize("path", [EXAMPLE, ODD_NAMES], ids=lambda p: p.name)
def test_incremental_revisions_equal_a_full_parse(path: Path) -> None:
    """Random edits through the document store: every snapshot's index, function hashes and context
    hash are those of indexing its text from scratch, and the text is the client's text."""
    rng = random.Random(12)
    snapshot = indexed("file:///x.ll", 0, path.read_text(), "llvm")
    client_text = snapshot.text
    incremental = 0
    for version in range(1, 301):
        edit = _random_edit(rng, client_text)
        client_text = apply_edit(client_text, edit)
        snapshot = revised(snapshot, version, [edit])
        assert snapshot.text == client_text
        full = indexed("file:///x.ll", version, client_text, "llvm")
        assert snapshot.context_hash == full.context_hash
        assert dict(snapshot.function_hashes) == dict(full.function_hashes)
        index, expected = snapshot.ir_index, parse_ir(client_text)
        assert index is not None
        assert [tuple(f) for f in index.functions] == [tuple(f) for f in expected.functions]
        incremental += snapshot.incremental
    assert incremental > 20  # many edits were re-scanned incrementally, not parsed again
