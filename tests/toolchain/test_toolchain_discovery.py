"""Discovery of the LLVM 17-20 tools (real installation: LLVM 19 suffixed, LLVM 14 unsuffixed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import FAULTS
from irlens.config import Settings
from irlens.toolchain.discovery import TOOLS, ToolMissing, discover, tool_version


def test_finds_a_supported_llvm_and_never_the_old_unsuffixed_one() -> None:
    toolchain = discover(Settings())
    assert 17 <= toolchain.version <= 20
    assert not toolchain.missing
    for name in TOOLS:
        assert tool_version(toolchain.path(name)) == toolchain.version or name in {"llvm-mc", "llvm-readelf"}
    assert toolchain.path("opt") != "/usr/bin/opt"


def test_llvm_bin_override_wins(tmp_path: Path) -> None:
    real = discover(Settings())
    for name in ("opt", "llvm-as"):
        (tmp_path / name).symlink_to(real.path(name))
    toolchain = discover(Settings(llvm_bin=str(tmp_path)))
    assert toolchain.version == real.version
    assert toolchain.path("opt") == str(tmp_path / "opt")
    assert "llc" in toolchain.missing
    with pytest.raises(ToolMissing) as caught:
        toolchain.path("llc")
    assert "llc" in str(caught.value) and "apt-get install llvm-19" in str(caught.value)


def test_environment_variable_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = discover(Settings())
    (tmp_path / "llvm-as").symlink_to(real.path("llvm-as"))
    monkeypatch.setenv("IRLENS_LLVM_BIN", str(tmp_path))
    toolchain = discover(Settings.from_env())
    assert toolchain.tools == {"llvm-as": str(tmp_path / "llvm-as")}


def test_too_old_llvm_is_refused_with_a_reason(tmp_path: Path) -> None:
    for name in ("opt", "llvm-as"):
        (tmp_path / name).symlink_to(FAULTS / "bad_version.sh")
    toolchain = discover(Settings(llvm_bin=str(tmp_path)))
    assert toolchain.tools == {}
    with pytest.raises(ToolMissing, match="LLVM 14"):
        toolchain.path("opt")


@pytest.mark.skipif(not os.path.exists("/usr/bin/opt"), reason="no unsuffixed opt installed")
def test_unsuffixed_old_opt_on_path_is_rejected() -> None:
    if tool_version("/usr/bin/opt") >= 17:
        pytest.skip("the unsuffixed opt here is new enough")
    toolchain = discover(Settings(llvm_bin="/usr/bin"))
    assert not toolchain.tools and "needs LLVM 17-20" in toolchain.problem


def test_empty_directory_reports_every_tool_missing(tmp_path: Path) -> None:
    toolchain = discover(Settings(llvm_bin=str(tmp_path)))
    assert toolchain.missing == TOOLS
    assert "no LLVM tools" in toolchain.describe() or toolchain.version == 0
