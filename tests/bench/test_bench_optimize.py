"""`irlens bench optimize`: its rows, on a small held-out module, under both baselines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from irlens.bench.autotuner import random_pipelines
from irlens.bench.optimize import known_targets, target_modules
from irlens.config import Settings
from irlens.toolchain.baseline import module_triple
from irlens.toolchain.discovery import discover
from irlens.toolchain.pipeline import validate_pipeline

MODULE = REPO / "models" / "eval" / "modules" / "csmith-1000009.ll"


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
    assert report["target"] is None and report["triples"] == ["x86_64-pc-linux-gnu"]
    for figures in report["baselines"].values():
        (module,) = figures["per_module"].values()
        assert module["composed search (default)"] <= module["whole-module search"] <= module["oz_bytes"]
        assert figures["winners"]["whole-module"][0]["count"] == 1


def test_each_target_has_its_own_held_out_modules() -> None:
    """--target T picks models/eval/modules-T (x86_64: models/eval/modules), all compiled for T from the
    same sources (make_modules.sh)."""
    expected = {"x86_64": "x86_64-pc-linux-gnu", "thumbv7m-none-eabi": "thumbv7m-unknown-none-eabi",
                "riscv32-unknown-elf": "riscv32-unknown-unknown-elf",
                "aarch64-linux-gnu": "aarch64-unknown-linux-gnu"}
    assert sorted(known_targets()) == sorted(expected)
    x86_names = {p.name for p in target_modules("x86_64").glob("*.ll")}
    for target, triple in expected.items():
        modules = sorted(target_modules(target).glob("*.ll"))
        assert len(modules) >= 10 and {p.name for p in modules} <= x86_names
        for module in modules:
            assert module_triple(module.read_text()) == triple, module


def test_unknown_target_is_refused_with_the_known_ones() -> None:
    completed = subprocess.run([sys.executable, "-m", "irlens", "bench", "optimize", "--target", "mips"],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 1
    assert "no held-out modules for mips" in completed.stderr and "thumbv7m-none-eabi" in completed.stderr
