"""`irlens bench build`: libb2 (Debian's source, apt-get source into ~/.cache/irlens/bench-src) built for
x86_64 by clang-19 and through irlens-cc with a tiny search budget; the full run stays out of CI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from irlens.bench.build import Build, Project, launcher_statuses, run_tests


def test_libb2_through_the_launcher(tmp_path: Path) -> None:
    out = tmp_path / "build.json"
    completed = subprocess.run(
        [sys.executable, "-m", "irlens", "bench", "build", "--project", "libb2", "--target", "x86_64",
         "--budget", "2", "--time-s", "20", "--work-dir", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    assert "libb2    x86_64" in completed.stdout
    report = json.loads(out.read_text())
    assert report["sources"]["libb2"]["fetched_by"] == "apt-get source libb2"
    [result] = report["results"]
    units = len(result["units"])
    assert units == 8  # four library sources and four test programs
    assert all(test["passed"] for test in result["tests"]["plain"] + result["tests"]["irlens"])
    assert len(result["tests"]["irlens"]) == 4
    assert result["units_larger"] == [] and result["irlens_bytes"] <= result["plain_bytes"]
    assert result["outputs_larger"] == []
    assert result["goals"]["no_unit_larger"] and result["goals"]["tests_pass"]
    assert set(result["diff"]) == set(result["outputs"]) == {f"{v}-test" for v in
                                                              ("blake2s", "blake2b", "blake2sp", "blake2bp")}
    cold, warm = result["launcher_log"]["cold"], result["launcher_log"]["warm"]
    assert sum(cold.get(s, 0) for s in ("smaller", "kept")) == units  # every compile was searched
    assert warm.get("cached") == units and result["warm_identical"]  # the same cache answers the second build
    assert set(result["seconds"]) == {"plain", "cold", "warm"}


def test_a_failing_test_is_reported(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    project = Project("demo", library=(), programs=(), tests=(("passes", "test -d $BIN"),
                                                              ("fails", "echo broken >&2; exit 3")))
    results = run_tests(project, tmp_path, Build(tmp_path))
    assert [r["passed"] for r in results] == [True, False]
    assert results[1]["output_tail"] == "broken\n(exit 3)"


def test_launcher_log_statuses_skip_damaged_lines(tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text('{"status": "kept", "output": "a.o"}\nnot json\n[1]\n'
                   '{"status": "smaller", "cached": "unit", "output": "b.o"}\n{"x": 1}\n')
    assert launcher_statuses(log) == {"kept": 1, "smaller": 1, "cached": 1}
    assert launcher_statuses(tmp_path / "absent.jsonl") == {}

