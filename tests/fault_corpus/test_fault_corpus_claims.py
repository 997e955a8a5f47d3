"""Part of the fault corpus (issue 21): careless and hostile inputs to what issue 22 added. Bitcode that
is not (a `.bc` cut short, or text behind bitcode's magic), an `irlens ir` whose compile_commands.json
is broken or asks clang to load a plugin, read a response file outside the project or write elsewhere,
and IR text whose module-level `uselistorder` directives no longer count the uses they list. Each gets a
clear message (or is compiled without what was refused), never a traceback; each case has a time bound
far above what it takes on a 2-core CI machine.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TESTS

FIXTURES = TESTS / "fixtures"
SIZES_C = FIXTURES / "targets" / "sizes.c"
CLANG = shutil.which("clang-19") or "/usr/lib/llvm-19/bin/clang"
BOUND_S = 120


def _irlens(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "irlens", *argv], capture_output=True, text=True,
                          timeout=BOUND_S)


@pytest.mark.parametrize("content", [b"BC\xc0\xde" + bytes(range(200)),
                                     b"BC\xc0\xdedefine i32 @f() {\n  ret i32 0\n}\n"])
def test_broken_bitcode_is_one_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.bc"
    path.write_bytes(content)
    for command in ("size", "check", "optimize"):
        completed = _irlens(command, str(path), *(["--no-model"] if command != "size" else []))
        assert completed.returncode == 2, (command, completed.stderr)
        assert "cannot read" in completed.stderr and "as bitcode" in completed.stderr
        assert "Traceback" not in completed.stderr


def test_truncated_real_bitcode_is_one_message(tmp_path: Path) -> None:
    whole = tmp_path / "whole.bc"
    subprocess.run([CLANG, "-Oz", "-Xclang", "-disable-llvm-optzns", "-emit-llvm", "-c", str(SIZES_C),
                    "-o", str(whole)], check=True, timeout=BOUND_S)
    cut = tmp_path / "cut.bc"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    completed = _irlens("size", str(cut))
    assert completed.returncode == 2 and "as bitcode" in completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.parametrize("database", ["{not json", '{"file": "a.c"}', "[1, 2, 3]"])
def test_irlens_ir_with_a_broken_compile_commands(tmp_path: Path, database: str) -> None:
    source = tmp_path / "a.c"
    source.write_text("int f(void) { return 1; }\n")
    (tmp_path / "compile_commands.json").write_text(database)
    completed = _irlens("ir", str(source))
    assert completed.returncode == 2 and completed.stderr.startswith("irlens ir: ")
    assert "Traceback" not in completed.stderr


def test_irlens_ir_refuses_what_would_run_or_write_elsewhere(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    source = project / "a.c"
    source.write_text("int f(int x) { return x * 3; }\n")
    outside = tmp_path / "outside.rsp"
    outside.write_text("-DSECRET=1\n")
    written = tmp_path / "written.d"
    command = (f"cc -fplugin=./x.so -Xclang -load -Xclang ./x.so @{outside} -MD -MF {written} "
               "-c a.c -o a.o")
    (project / "compile_commands.json").write_text(json.dumps([{"directory": str(project), "file": "a.c",
                                                                "command": command}]))
    completed = _irlens("ir", str(source))
    assert completed.returncode == 0, completed.stderr
    assert "define" in completed.stdout and "SECRET" not in completed.stdout
    assert "-fplugin=./x.so refused" in completed.stderr and "-Xclang" in completed.stderr
    assert "response file" in completed.stderr
    assert not written.exists()


def test_stale_module_use_list_directives_are_reported_not_crashed_on(tmp_path: Path) -> None:
    """A hand-edited file whose `uselistorder` no longer matches its uses: llvm-as's message, exit 1."""
    path = tmp_path / "stale.ll"
    path.write_text("@g = global i32 0\n"
                    "define i32 @f() {\n  %a = load i32, ptr @g\n  ret i32 %a\n}\n"
                    "uselistorder ptr @g, { 1, 0 }\n")
    completed = _irlens("size", str(path))
    assert completed.returncode == 1 and "stale.ll:6:1: error: value only has one use" in completed.stderr
    assert "Traceback" not in completed.stderr
