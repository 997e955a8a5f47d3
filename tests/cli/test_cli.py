"""`irlens size`, `irlens optimize` and `irlens check` end to end with the real tools."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, wrapped_toolchain
from irlens.cli import main
from irlens.config import Settings
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.discovery import discover
from irlens.toolchain.measure import measure_ir

SIZES_LL = EXAMPLES / "sizes.ll"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_size_json_matches_the_measurement(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "size", str(SIZES_LL), "--json")
    assert code == 0
    report = json.loads(out)
    measured = measure_ir(discover(Settings()), SIZES_LL.read_text())
    assert [f["name"] for f in report["functions"]] == list(measured.functions)
    for row in report["functions"]:
        assert row["bytes"] == measured.functions[row["name"]].bytes
        assert row["ir_instructions"] == measured.functions[row["name"]].ir_instructions
        assert isinstance(row["oz_bytes"], int) and row["oz_bytes"] > 0
    assert report["module"]["text_data_bytes"] == measured.text_data_bytes
    assert report["module"]["oz_text_data_bytes"] < measured.text_data_bytes


def test_size_oz_is_batched_and_equals_extraction(capsys: pytest.CaptureFixture[str]) -> None:
    _, batched_out, _ = run_cli(capsys, "size", str(SIZES_LL), "--json")
    _, exact_out, _ = run_cli(capsys, "size", str(SIZES_LL), "--json", "--oz-exact")
    batched, exact = json.loads(batched_out), json.loads(exact_out)
    assert batched["module"]["oz_function_method"] == "batched"
    assert exact["module"]["oz_function_method"] == "extracted"
    assert batched["functions"] == exact["functions"]


def test_size_falls_back_to_extraction_when_the_batched_compile_fails(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    tools = wrapped_toolchain(tmp_path / "bin", {"llvm-extract": "crash_on_whole_module.sh"})
    (tools / "llvm-extract.real").symlink_to("/usr/lib/llvm-19/bin/llvm-extract")
    code, out, err = run_cli(capsys, "size", str(SIZES_LL), "--json", "--llvm-bin", str(tools))
    assert code == 0 and "batched -Oz baseline failed" in err
    report = json.loads(out)
    assert report["module"]["oz_function_method"] == "extracted"
    assert all(isinstance(row["oz_bytes"], int) and row["oz_bytes"] > 0 for row in report["functions"])


def test_size_of_assembly(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "size", str(EXAMPLES / "sizes.s"), "--json")
    assert code == 0
    report = json.loads(out)
    assert {f["name"] for f in report["functions"]} >= {"main", "bubble_sort"}
    assert all(f["bytes"] > 0 for f in report["functions"])


def test_optimize_module_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "out.ll"
    code, out, _ = run_cli(capsys, "optimize", str(SIZES_LL), "--json", "--no-model", "-o", str(out_file))
    assert code == 0
    report = json.loads(out)
    assert report["size_bytes"] <= report["oz_size_bytes"] < report["input_size_bytes"]
    assert report["compilations"] >= 2 and report["strategy"] in ("composed", "whole-module", "-Oz")
    written = out_file.read_text()
    assert check_ir(discover(Settings()), written) == []
    assert measure_ir(discover(Settings()), written).text_data_bytes == report["size_bytes"]


def test_optimize_function_writes_a_module_that_verifies(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    out_file = tmp_path / "out.ll"
    code, out, _ = run_cli(capsys, "optimize", str(SIZES_LL), "--function", "bubble_sort", "--json",
                           "--no-model", "-o", str(out_file))
    assert code == 0
    report = json.loads(out)
    assert report["scope"] == "function" and report["size_bytes"] <= report["oz_size_bytes"]
    written = out_file.read_text()
    assert check_ir(discover(Settings()), written) == []
    assert measure_ir(discover(Settings()), written).functions["bubble_sort"].bytes == report["size_bytes"]


def test_check_reports_sizes_and_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", str(SIZES_LL), "--no-model")
    assert code == 0
    assert "bubble_sort" in out and "vs clang -Oz" in out and "opt -p '" in out


@pytest.mark.parametrize("content", [b"define i32 @f() {\n  ret i64 0\n}\n", bytes(range(256)) * 4])
def test_errors_exit_non_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.ll"
    path.write_bytes(content)
    for command in ("check", "size", "optimize"):
        code, _, err = run_cli(capsys, command, str(path), "--no-model") if command != "size" else \
            run_cli(capsys, command, str(path))
        assert code == 1 and "error" in err
        assert "Traceback" not in err


def test_missing_toolchain_is_one_clear_message(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "irlens", "size", str(SIZES_LL), "--llvm-bin", str(tmp_path)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "apt-get install llvm-19" in result.stderr and "Traceback" not in result.stderr
