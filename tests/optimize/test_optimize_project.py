"""`irlens optimize` over many modules: every module through the same search on the local cores, a broken
module named without stopping the run, outputs written, and a second run answered from the cache."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from irlens.config import Settings
from irlens.toolchain.discovery import discover
from irlens.toolchain.measure import measure_ir

ROOT = REPO


def _optimize(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "irlens", "optimize", *args, "--no-model", "--json"],
                          capture_output=True, text=True, timeout=600)


def test_a_directory_of_modules(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "sizes.ll", project / "sizes.ll")
    shutil.copy(ROOT / "models" / "eval" / "modules" / "csmith-1000009.ll", project / "sub" / "small.ll")
    (project / "broken.ll").write_text("this is not IR\n")
    out, cache = tmp_path / "out", tmp_path / "cache"

    first = _optimize(str(project), "--output-dir", str(out), "--cache", str(cache), "--jobs", "2")
    assert first.returncode == 1  # one module failed, and says so
    report = json.loads(first.stdout)
    by_name = {Path(r["path"]).name: r for r in report["modules"]}
    assert set(by_name) == {"sizes.ll", "small.ll", "broken.ll"}
    assert "expected top-level entity" in by_name["broken.ll"]["error"]
    toolchain = discover(Settings())
    for name, written in (("sizes.ll", out / "sizes.ll"), ("small.ll", out / "sub" / "small.ll")):
        record = by_name[name]
        assert record["size_bytes"] <= record["oz_size_bytes"]
        assert measure_ir(toolchain, written.read_text()).text_data_bytes == record["size_bytes"]
    summary = report["summary"]
    assert summary["modules"] == 3 and summary["failed"] == 1 and summary["worse_than_oz"] == 0
    assert summary["size_bytes"] == by_name["sizes.ll"]["size_bytes"] + by_name["small.ll"]["size_bytes"]

    again = _optimize(str(project), "--output-dir", str(out), "--cache", str(cache))
    assert "3 of 3 modules from the results cache" in again.stderr
    assert json.loads(again.stdout)["summary"] == summary


def test_one_file_options_are_refused_for_many(tmp_path: Path) -> None:
    completed = _optimize(str(ROOT / "examples" / "sizes.ll"), str(ROOT / "examples" / "sizes.ll"),
                          "--function", "main")
    assert completed.returncode == 2 and "--output-dir" in completed.stderr
