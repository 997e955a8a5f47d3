"""`irlens bench lsp --json` end to end on a small generated module: the figures it prints are the ones
it measured (every key, sane values), every hover was answered, the edited function's new bytes were
shown, and the server survived random edits (insertions, deletions, garbage bytes)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from irlens.bench.lsp import build_module, random_edit
from irlens.config import Settings
from irlens.engine.documents import apply_edit
from irlens.ir.columns import to_units
from irlens.ir.index import parse_ir

BENCH_S = 240  # ~10 s on a 2-core machine: 13 small functions, a few hovers, 200 edits
HOVER_MS = 5000.0  # a hover never waits on work: far above what one takes, far below a lost one
EDITS = 200  # the bench checks that the server answers after every 100


def test_random_edits_stay_inside_the_text() -> None:
    rng = random.Random(3)
    text = "define i32 @f() {\n  ret i32 0\n}\n"
    kinds = set()
    for _ in range(300):
        lines = text.split("\n")
        change = random_edit(rng, text)
        assert (change.start_line, change.start_character) <= (change.end_line, change.end_character)
        assert change.end_line < len(lines)
        assert change.end_character <= to_units(lines[change.end_line], len(lines[change.end_line]), "utf-16")
        edited = apply_edit(text, change)
        deleted = change.text == ""
        garbage = any(ord(character) > 0x7F or character == "\x00" for character in change.text)
        kinds.add("delete" if deleted else "garbage" if garbage else "insert")
        assert change.text in edited
        assert len(edited) <= len(text) if deleted else len(edited) == len(text) + len(change.text)
        text = edited
    assert kinds == {"delete", "insert", "garbage"}


def test_bench_lsp_reports_what_it_measured(tmp_path: Path) -> None:
    module = build_module(12, tmp_path)
    functions = len(parse_ir(module.read_text()).defined_functions)
    completed = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "lsp", "--input", str(module), "--hovers", "5",
         "--edit-samples", "2", "--edits", str(EDITS), "--timeout", str(BENCH_S), "--json"],
        capture_output=True, text=True, timeout=BENCH_S + 120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    figures = json.loads(completed.stdout)
    assert set(figures) == {
        "module", "module_bytes", "functions", "hovers", "hover_while_measuring_ms",
        "hover_after_measuring_ms", "seconds_until_all_bytes", "seconds_until_all_measured",
        "functions_measured_at_end", "functions_with_lenses", "edit_samples", "first_hover_after_edit_ms",
        "edited_function_bytes_after_debounce_s", "debounce_ms", "random_edits", "alive_checks",
        "server_survived", "server_peak_rss_mb", "peak_rss_server_and_tools_mb"}
    assert figures["module"] == str(module) and figures["module_bytes"] == module.stat().st_size
    assert functions >= 12 and figures["functions"] == functions
    # every hover answered, within the bound
    assert figures["hovers"] == 5
    for phase in ("hover_while_measuring_ms", "hover_after_measuring_ms"):
        latency = figures[phase]
        assert 0 < latency["p50"] <= latency["p99"] <= latency["max"] < HOVER_MS, (phase, latency)
    first = figures["first_hover_after_edit_ms"]
    assert 0 < first["median"] <= first["max"] < HOVER_MS
    # every function measured (bytes, then -Oz), and its code lens says so
    assert 0 < figures["seconds_until_all_bytes"] <= figures["seconds_until_all_measured"] < BENCH_S
    assert figures["functions_measured_at_end"] == figures["functions_with_lenses"] == functions
    # both edited functions showed their new text's bytes, after the debounce
    shown = figures["edited_function_bytes_after_debounce_s"]
    assert figures["edit_samples"] == 2 and shown["not_shown"] == 0
    assert 0 <= shown["median"] <= shown["max"] < 60
    assert figures["debounce_ms"] == Settings().debounce_ms
    # the random edits: the server answered after every 100 and is still alive
    assert figures["random_edits"] == EDITS and figures["alive_checks"] == EDITS // 100
    assert figures["server_survived"] is True
    # peak memory: the server's own (VmHWM) and the sampled sum of the server and its tools
    assert 10 < figures["server_peak_rss_mb"] < 4096 and 10 < figures["peak_rss_server_and_tools_mb"] < 4096
