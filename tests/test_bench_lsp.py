"""`irlens bench lsp` end to end on a small generated module: every figure is measured, the answers
timed are right, and the server survives random edits (insertions, deletions, garbage bytes)."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from irlens.bench.lsp import build_module, measure, random_edit
from irlens.engine.documents import apply_edit


def test_random_edits_stay_inside_the_text() -> None:
    rng = random.Random(3)
    text = "define i32 @f() {\n  ret i32 0\n}\n"
    for _ in range(300):
        text = apply_edit(text, random_edit(rng, text))  # raises nothing, whatever the edit


def test_bench_lsp_measures_every_figure(tmp_path: Path) -> None:
    module = build_module(12, tmp_path, large=True)
    figures = asyncio.run(measure(module, hovers=5, timeout_s=240, edit_samples=2, edits=40))
    assert figures["functions"] >= 12 and figures["server_survived"] is True
    # every function of the module got its lens, and every lens its bytes and -Oz size
    assert figures["functions_with_lenses"] == figures["functions_measured_at_end"] == figures["functions"]
    assert figures["seconds_until_all_bytes"] <= figures["seconds_until_all_measured"] < 240
    assert figures["edited_function_bytes_after_debounce_s"]["not_shown"] == 0
    # the timed requests were answered, and go-to-definition found what a full parse finds
    assert figures["first_hovers_after_edit_answered"] == 2
    assert figures["definitions_after_edit_right"] == 2
    # a small module's answers come in well under a second, even on a loaded machine
    assert 0 < figures["hover_while_measuring_ms"]["p50"] < 1000
    assert 0 < figures["first_hover_after_edit_ms"]["max"] < 1000
    assert 0 < figures["definition_after_edit_ms"]["max"] < 1000
    assert figures["peak_rss_server_and_tools_mb"] >= figures["server_peak_rss_mb"] > 0
