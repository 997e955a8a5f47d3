"""`irlens bench optimize`: its rows, on a small held-out module, under both baselines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from irlens.bench.autotuner import random_pipelines
from irlens.config import Settings
from irlens.toolchain.discovery import discover
from irlens.toolchain.pipeline import validate_pipeline

MODULE = Path(__file__).resolve().parent.parent / "models" / "eval" / "modules" / "csmith-1000009.ll"


def test_random_pipelines_are_valid_and_reproducible() -> None:
    toolchain = discover(Settings())
    drawn = random_pipelines(12, seed=3)
    assert drawn == random_pipelines(12, seed=3) and len(set(drawn)) == 12
    for pipeline in drawn:
        validate_pipeline(pipeline, toolchain)  # raises when opt would not take it


def test_rows_for_both_baselines(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    completed = subprocess.run([sys.executable, "-m", "irlens", "bench", "optimize", str(MODULE),
                                "--trials", "4", "--json", str(out)],
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr
    report = json.loads(out.read_text())
    assert set(report["baselines"]) == {"clang", "paper"}
    clang, paper = report["baselines"]["clang"]["rows"], report["baselines"]["paper"]["rows"]
    for rows in (clang, paper):
        assert set(rows) == {"whole-module search", "composed search (default)", "autotuner (4 trials)"}
        for row in rows.values():
            assert row["modules"] == 1 and row["worse_than_oz"] == 0 and row["bytes"] <= row["oz_bytes"]
    # clang -Oz is the stronger baseline: the same module is smaller under it
    assert clang["whole-module search"]["oz_bytes"] < paper["whole-module search"]["oz_bytes"]
    assert "baseline clang -Oz" in completed.stdout
