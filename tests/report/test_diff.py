"""`irlens diff OLD NEW`: bloat-o-meter style comparison of IR modules, object files and report JSONs,
with exit codes for CI gates."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES
from irlens.cli import main
from irlens.config import Settings
from irlens.toolchain.discovery import discover
from irlens.toolchain.measure import measure_ir

GROWN_FUNCTION = """
define i32 @added(i32 %x) {
  %y = mul i32 %x, 7
  %z = add i32 %y, 3
  ret i32 %z
}
"""


@pytest.fixture
def builds(tmp_path: Path) -> tuple[Path, Path]:
    """OLD = the example; NEW = the example after -Oz, plus one added function, minus `manhattan`."""
    toolchain = discover(Settings())
    old = tmp_path / "old.ll"
    old.write_text((EXAMPLES / "sizes.ll").read_text())
    optimized = subprocess.run([toolchain.path("opt"), "-p", "default<Oz>", "-S", str(old)], check=True,
                               capture_output=True, text=True).stdout
    without = subprocess.run([toolchain.path("llvm-extract"), "--delete", "--func=manhattan", "-S"],
                             input=optimized, check=True, capture_output=True, text=True).stdout
    new = tmp_path / "new.ll"
    new.write_text(without + GROWN_FUNCTION)
    return old, new


def test_ir_diff_counts_added_removed_grown_shrunk(builds: tuple[Path, Path],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    old, new = builds
    assert main(["diff", str(old), str(new), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    toolchain = discover(Settings())
    before = {n: f.bytes for n, f in measure_ir(toolchain, old.read_text()).functions.items()}
    after = {n: f.bytes for n, f in measure_ir(toolchain, new.read_text()).functions.items()}
    rows = {row["name"]: row for row in result["functions"]}
    assert rows["added"] == {"name": "added", "old": None, "new": after["added"], "delta": after["added"]}
    assert rows["manhattan"]["new"] is None and rows["manhattan"]["delta"] == -before["manhattan"]
    assert result["added"] == 1 and result["removed"] == 1
    assert result["grown"] == sum(1 for n in before if n in after and after[n] > before[n])
    assert result["shrunk"] == sum(1 for n in before if n in after and after[n] < before[n])
    assert result["total_delta"] == sum(after.values()) - sum(before.values())
    assert result["up"] + result["down"] == result["total_delta"]
    deltas = [row["delta"] for row in result["functions"]]
    assert deltas == sorted(deltas, reverse=True)


def test_text_output_is_bloat_o_meter_style(builds: tuple[Path, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    old, new = builds
    assert main(["diff", str(old), str(new)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("add/remove: 1/1 grow/shrink: ")
    assert " up/down: " in lines[0]
    assert lines[1].split() == ["Function", "old", "new", "delta"]
    assert lines[-1].startswith("Total: Before=")
    assert any(line.split()[:2] == ["added", "-"] for line in lines)


def test_gates_exit_one_when_a_limit_is_passed(builds: tuple[Path, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    old, new = builds
    # The whole set shrank (-Oz), so a total gate passes; the added function grew by more than 0 bytes.
    assert main(["diff", str(old), str(new), "--fail-if-grown", "0"]) == 0
    assert main(["diff", str(old), str(new), "--fail-if-function-grown", "0"]) == 1
    assert "added grew by" in capsys.readouterr().err
    assert main(["diff", str(new), str(old), "--fail-if-grown", "0"]) == 1  # the other way round it grew
    assert main(["diff", str(new), str(old), "--fail-if-grown", "100000"]) == 0


def test_object_files_and_reports(builds: tuple[Path, Path], tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    old, new = builds
    toolchain = discover(Settings())
    objects = []
    for module in (old, new):
        obj = module.with_suffix(".o")
        subprocess.run([toolchain.path("llc"), "-O2", "-filetype=obj", "-function-sections", "-o", str(obj),
                        str(module)], check=True)
        objects.append(obj)
    assert main(["diff", *map(str, objects), "--json"]) == 0
    from_objects = json.loads(capsys.readouterr().out)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    from_ir = json.loads(capsys.readouterr().out)
    assert from_objects["functions"] == from_ir["functions"]  # same llc flags: same symbol sizes

    # Two builds of the same module path, as a CI run would report them.
    module = tmp_path / "build" / "module.ll"
    module.parent.mkdir()
    reports = []
    for build in (old, new):
        module.write_text(build.read_text())
        out = tmp_path / f"{build.stem}.json"
        assert main(["report", str(module), "--json", str(out), "--no-cache", "--no-progress"]) == 0
        reports.append(out)
    capsys.readouterr()
    assert main(["diff", *map(str, reports), "--json", "--fail-if-module-grown", "0"]) == 0
    from_reports = json.loads(capsys.readouterr().out)
    assert from_reports["functions"] == from_ir["functions"]
    module_rows = [(m["name"], m["delta"]) for m in from_reports["modules"]]
    assert module_rows == [(str(module), from_ir["total_delta"])]
    assert main(["diff", *map(str, reversed(reports)), "--fail-if-module-grown", "0"]) == 1


def test_unreadable_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    assert main(["diff", str(bad), str(EXAMPLES / "sizes.ll")]) == 2
    assert "not an `irlens report --json` file" in capsys.readouterr().err
    assert main(["diff", str(tmp_path / "missing.o"), str(EXAMPLES / "sizes.ll")]) == 2
