"""`irlens bench lsp` end to end on a small generated module: every figure is measured, and the server
survives random edits (insertions, deletions, garbage bytes)."""

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
    figures = asyncio.run(measure(module, hovers=5, timeout_s=240, edit_samples=1, edits=40))
    assert figures["functions"] >= 12 and figures["server_survived"] is True
    assert figures["seconds_until_all_measured"] is not None
    assert figures["edited_function_bytes_after_debounce_s"]["not_shown"] == 0
    assert figures["first_hover_after_edit_ms"]["max"] > 0
    assert figures["peak_rss_server_and_tools_mb"] >= figures["server_peak_rss_mb"] > 0
