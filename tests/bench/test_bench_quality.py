"""`irlens bench quality` on the shipped held-out set, a few functions: every row is measured with the
real tools, and nothing the compiler-only baseline or `irlens optimize` answers is worse than -Oz; the
budget curve (smoke form: two functions) with a real ranking GGUF."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from irlens.optimize.candidates import load_coreset
from model_fixtures import write_ranking_gguf

HELDOUT = REPO / "models" / "eval" / "heldout.jsonl"


def test_no_model_rows_and_both_optimize_scopes(tmp_path: Path) -> None:
    out = tmp_path / "quality.json"
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--eval", str(HELDOUT), "--limit", "3",
         "--no-model", "--skip-lift", "--skip-curve", "--ks", "1,4", "--json", str(out)],
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


def test_budget_curve_with_a_ranking_model(tmp_path: Path) -> None:
    coreset = load_coreset()
    assert coreset is not None
    k = len(coreset.pipelines)
    # a ranking-only model that puts the last coverage pipeline first, the first last
    model = write_ranking_gguf(tmp_path / "irlens-rank.gguf", coreset.digest, [float(i) for i in range(k)],
                               tasks="pipeline-ranking")
    out, cache = tmp_path / "curve.json", tmp_path / "sizes.jsonl"
    command = [sys.executable, "-m", "irlens", "bench", "quality", "--eval", str(HELDOUT), "--limit", "2",
               "--curve-only", "--curve-cache", str(cache), "--json", str(out), "--model", str(model)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    curve = json.loads(out.read_text())["budget_curve"]
    assert curve["k"] == k and "ranks the coreset" in curve["model"]
    assert curve["first_suggestion"]["functions"] == 2 and curve["first_suggestion"]["median_s"] > 0
    for baseline in ("clang", "paper"):
        rows = curve["rows"][baseline]
        assert set(rows) == {"frequency order", "coverage order", "model order", "random search",
                             "oracle (best of all K)"}
        oracle = rows["oracle (best of all K)"][str(k)]
        for name, row in rows.items():
            values = [row[b] for b in sorted(row, key=int)]
            assert values == sorted(values) and values[0] >= 0
            assert values[-1] <= oracle or name == "random search"
        assert rows["coverage order"][str(k)] == rows["model order"][str(k)] == oracle
    assert "budget curve, paper -Oz baseline" in run.stdout and "anchor: LLM Compiler FTD 13B" in run.stdout
    # the sizes are kept: a second run (no model) measures nothing again and gives the same curves
    lines = cache.read_text().count("\n")
    again = subprocess.run([*command[:-2], "--no-model"], capture_output=True, text=True, timeout=600,
                           check=False)
    assert again.returncode == 0, again.stderr
    assert cache.read_text().count("\n") == lines
    second = json.loads(out.read_text())["budget_curve"]
    assert "model order" not in second["rows"]["clang"] and "no model order" in second["model"]
    assert second["rows"]["clang"]["coverage order"] == curve["rows"]["clang"]["coverage order"]


def test_a_bounded_lifting_run_takes_only_the_rows_asked_for() -> None:
    from irlens.bench.quality import LiftFilter

    small_o0 = LiftFilter(("-O0",), max_instructions=20)
    assert small_o0.wants("-O0", 20) and not small_o0.wants("-O0", 21) and not small_o0.wants("-O2", 5)
    large = LiftFilter(("-O0", "-O2"), min_instructions=21)
    assert large.wants("-O2", 21) and large.wants("-O0", 400) and not large.wants("-O0", 20)
    assert LiftFilter().wants("-O2", 1)


def test_lifting_rows_with_the_shipped_lifting_model(tmp_path: Path) -> None:
    out = tmp_path / "lift.json"
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--eval", str(HELDOUT), "--limit", "6",
         "--lift-only", "--lift-levels=-O0", "--lift-max-instructions", "20", "--lift-ks", "1,2",
         "--model", str(REPO / "models" / "irlens-tiny-lift.gguf"), "--threads", "1", "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    rows = [row for row in json.loads(out.read_text())["lifting"] if row["ir_instructions"] == "<=20"]
    assert [row["k"] for row in rows] == [1, 2] and rows[0]["functions"] == rows[1]["functions"] > 0
    for row in rows:
        assert 0 <= row["compiles_before_repairs_pct"] <= row["compiles_pct"] <= 100
        # refinement only adds: an exact round trip among the model's candidates stays the choice
        assert 0 <= row["exact_before_refinement_pct"] <= row["exact_pct"] <= row["compiles_pct"]
        # every exact result is counted once by what made it: the listing's translation, the model, refinement
        exact = round(row["exact_pct"] * row["functions"] / 100)
        assert set(row["exact_from"]) == {"listing", "model", "refinement"}
        assert sum(row["exact_from"].values()) == exact
    assert rows[0]["exact_pct"] <= rows[1]["exact_pct"] and "+refined" in run.stdout
    assert "exact from listing/model/refined" in run.stdout


def test_target_option_lifts_that_targets_held_out_split(tmp_path: Path) -> None:
    """`--target riscv32`: the held-out riscv32 split, lifted with the shipped cross-target model, its
    rows labelled riscv32 (one function at k = 1, no refinement: a smoke run)."""
    out = tmp_path / "lift.json"
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--target", "riscv32", "--lift-only",
         "--limit", "3", "--lift-levels=-O0", "--lift-ks", "1", "--lift-refine-seconds", "0",
         "--threads", "1", "--lift-model", str(REPO / "models" / "irlens-tiny-cross-lift.gguf"),
         "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    summary = json.loads(out.read_text())
    assert summary["split"] == "heldout_riscv32.jsonl"
    rows = summary["lifting"]
    assert rows and {row["target"] for row in rows} == {"riscv32"}
    lifted = [row for row in rows if row["functions"]]
    assert lifted and all(row["answered_pct"] > 0 for row in lifted)  # the riscv32 model was asked


def test_each_split_and_target_names_its_file_and_rows() -> None:
    from irlens.bench.quality import EVAL_DIR, LiftFilter, expected_lift_rows, split_file

    assert split_file(None, None) == split_file("heldout", "x86_64") == EVAL_DIR / "heldout.jsonl"
    assert split_file(None, "thumbv7m") == EVAL_DIR / "heldout_thumbv7m.jsonl"
    assert split_file("realcode", "riscv32") == EVAL_DIR / "realcode_riscv32.jsonl"
    assert split_file("realcode_dev", "x86_64") == EVAL_DIR / "realcode_dev.jsonl"
    assert LiftFilter().buckets() == ["<=20", "21-60", ">60"]
    assert LiftFilter(max_instructions=20).buckets() == ["<=20"]
    assert LiftFilter(min_instructions=21).buckets() == ["21-60", ">60"]
    assert LiftFilter(min_instructions=30, max_instructions=60).buckets() == ["21-60"]
    assert LiftFilter(min_instructions=61).buckets() == [">60"]
    rows = expected_lift_rows([{"target": "riscv32"}, {}], LiftFilter(("-O0",), max_instructions=20), [1, 8])
    assert rows == [("riscv32", "-O0", "<=20", 1), ("riscv32", "-O0", "<=20", 8),
                    ("x86_64", "-O0", "<=20", 1), ("x86_64", "-O0", "<=20", 8)]
    # the table: -O0 and -O2 by every size bucket, for each k
    assert len(expected_lift_rows([{"target": "thumbv7m"}], LiftFilter(), [1, 4, 8])) == 2 * 3 * 3


def test_real_code_split_of_a_bare_metal_target_reports_every_row_with_times(tmp_path: Path) -> None:
    """`--split realcode --target thumbv7m`: the thumbv7m build of the real-code packages, lifted with
    the cross-target model; every bucket's row for that target, those no function fell in with 0
    functions and no time (one function, k = 1, no refinement: a smoke run)."""
    out = tmp_path / "lift.json"
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--split", "realcode", "--target", "thumbv7m",
         "--lift-only", "--limit", "1", "--lift-levels=-O0", "--lift-ks", "1", "--lift-refine-seconds", "0",
         "--threads", "1", "--lift-model", str(REPO / "models" / "irlens-tiny-cross-lift.gguf"),
         "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    summary = json.loads(out.read_text())
    assert summary["split"] == "realcode_thumbv7m.jsonl" and summary["of_records"] == 1
    rows = summary["lifting"]
    assert [(r["target"], r["asm"], r["ir_instructions"], r["k"]) for r in rows] == [
        ("thumbv7m", "-O0", bucket, 1) for bucket in ("<=20", "21-60", ">60", "all")]
    (lifted,) = [r for r in rows if r["functions"] and r["ir_instructions"] != "all"]
    assert lifted["seconds_per_function"] > 0 and lifted["median_seconds_per_function"] > 0
    assert rows[-1]["functions"] == 1 and rows[-1]["median_seconds_per_function"] > 0
    for empty in (r for r in rows if not r["functions"]):
        assert empty["seconds_per_function"] is None and empty["median_seconds_per_function"] is None
        assert empty["compiles_pct"] is None and empty["exact_pct"] is None  # not 0% of nothing
    assert "median s" in run.stdout and "thumbv7m asm -O0" in run.stdout


def test_eval_file_and_a_named_split_together_are_refused() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "quality", "--eval", str(HELDOUT), "--target", "riscv32",
         "--lift-only", "--no-model"],
        capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 1 and "--eval names the file" in run.stderr
