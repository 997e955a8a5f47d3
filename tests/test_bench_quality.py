"""`irlens bench quality` on the shipped held-out set, a few functions: every row is measured with the
real tools, and nothing the compiler-only baseline or `irlens optimize` answers is worse than -Oz."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO

HELDOUT = REPO / "models" / "eval" / "heldout.jsonl"


def test_no_model_rows_and_both_optimize_scopes(tmp_path: Path) -> None:
    out = tmp_path / "quality.json"
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--eval", str(HELDOUT), "--limit", "3",
         "--no-model", "--skip-lift", "--ks", "1,4", "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    summary = json.loads(out.read_text())
    assert summary["functions"] == 3 and 0 < summary["oz_bytes"] < summary["o0_bytes"]
    rows = summary["flag_tuning"]
    assert set(rows) == {"autotuner best (potential)", "no model: top-1", "no model: best of 1 verified",
                         "no model: best of 4 verified"}
    assert rows["no model: best of 4 verified"]["bytes"] <= rows["no model: best of 1 verified"]["bytes"]
    assert all(row["worse_than_oz"] == 0 for name, row in rows.items() if "verified" in name)
    for scope in ("module", "function"):
        optimize = summary["optimize"][scope]
        assert optimize["modules"] == 3 and optimize["failed"] == 0 and optimize["worse_than_oz"] == 0
    assert "irlens optimize FILE.ll (text+data)" in run.stdout


def test_a_bounded_lifting_run_takes_only_the_rows_asked_for() -> None:
    from irlens.bench.quality import LiftFilter

    small_o0 = LiftFilter(("-O0",), max_instructions=20)
    assert small_o0.wants("-O0", 20) and not small_o0.wants("-O0", 21) and not small_o0.wants("-O2", 5)
    large = LiftFilter(("-O0", "-O2"), min_instructions=21)
    assert large.wants("-O2", 21) and large.wants("-O0", 400) and not large.wants("-O0", 20)
    assert LiftFilter().wants("-O2", 1)
