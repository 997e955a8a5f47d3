"""Part of the fault corpus (issue 21): a hostile cloned repository. Its compile_commands.json asks clang
to load a plugin, read a config or response file full of flags, and write files wherever it likes;
`irlens report REPO/` and the editor's `irlens.sizeReport` must run none of it, write nothing outside
their temporary directories, name every refused flag, and still measure every entry (without those
flags). Real clang-19; each case has a time bound far above what it takes on a 2-core CI machine.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from irlens.config import Settings
from irlens.engine.report import CompileJob, RunOptions, build_report, compile_to_ir, find_clang
from irlens.toolchain.discovery import ToolLimits, discover
from raw_lsp import raw_session

pytestmark = pytest.mark.skipif(shutil.which("clang-19") is None, reason="clang-19 compiles the entries")

CLI_S = 120.0  # one `irlens report` of 12 small entries: about 3 s
COMPILE_S = 30.0  # one sandboxed clang of a 1-line file: well under 1 s
ANSWER_S = 60.0  # sizeReport of one small .ll (nothing compiled)

PLUGIN_SOURCE = r"""
#include <stdio.h>
__attribute__((constructor)) static void ran(void) {
    FILE *marker = fopen(MARKER, "w");
    if (marker) { fputs("the repository's code ran\n", marker); fclose(marker); }
}
"""


@dataclass
class HostileRepo:
    root: Path  # the clone: sources, x.so, evil.cfg, evil.rsp, build/compile_commands.json
    outside: Path  # where the hostile flags ask clang to write
    marker: Path  # written by x.so's constructor if it ever runs

    def files(self) -> set[Path]:
        return {path for path in self.root.rglob("*")}


# (case name, the entry's hostile flags); {R} is the repository, {O} the outside directory.
HOSTILE = [
    ("plugin", ["-fplugin={R}/x.so"]),
    ("xclang_load", ["-Xclang", "-load", "-Xclang", "{R}/x.so"]),
    ("pass_plugin", ["-fpass-plugin={R}/x.so"]),
    ("config_joined", ["--config={R}/evil.cfg"]),
    ("config_separate", ["--config", "evil.cfg"]),
    ("mj", ["-MJ", "{O}/mj.json"]),
    ("time_trace", ["-ftime-trace={O}/trace.json"]),
    ("wp_md", ["-Wp,-MD,{O}/deps.d"]),
    ("save_temps", ["--save-temps"]),
    ("response_file", ["@evil.rsp"]),
    ("mllvm", ["-mllvm", "-load={R}/x.so"]),
]
# What the report must say for each case: the refused flag, by name.
NAMED = ["-fplugin=", "-Xclang -load", "-fpass-plugin=", "--config", "-MJ", "-ftime-trace=", "-Wp,-MD",
         "--save-temps", "-mllvm"]


@pytest.fixture
def hostile_repo(tmp_path: Path) -> HostileRepo:
    root, outside, marker = tmp_path / "repo", tmp_path / "outside", tmp_path / "marker"
    (root / "build").mkdir(parents=True)
    (root / "inc").mkdir()
    outside.mkdir()
    clang = shutil.which("clang-19")
    assert clang is not None
    (root / "plugin.c").write_text(PLUGIN_SOURCE)
    subprocess.run([clang, "-shared", "-fPIC", f'-DMARKER="{marker}"', "-o", str(root / "x.so"),
                    str(root / "plugin.c")], check=True, timeout=COMPILE_S)
    # The probe is live: clang itself, given the flag, runs the plugin's constructor.
    (root / "probe.c").write_text("int probe;\n")
    subprocess.run([clang, f"-fplugin={root}/x.so", "-S", "-o", os.devnull, str(root / "probe.c")],
                   check=True, timeout=COMPILE_S, cwd=root)
    assert marker.exists()
    marker.unlink()
    (root / "evil.cfg").write_text(f"-fplugin={root}/x.so\n")
    (root / "evil.rsp").write_text(f"-fplugin={root}/x.so -DFROM_RSP=1\n")
    entries: list[dict[str, Any]] = []
    for name, flags in HOSTILE:
        source = f"{name}.c"
        guard = "#ifndef FROM_RSP\n#error the response file's -D was lost\n#endif\n"
        guard = guard if name == "response_file" else ""
        (root / source).write_text(f"{guard}int fn_{name}(int x) {{ return x * 7 + 1; }}\n")
        arguments = ["cc", *(flag.format(R=root, O=outside) for flag in flags), "-O2", "-c", source,
                     "-o", f"build/{name}.o"]
        entries.append({"directory": str(root), "arguments": arguments, "file": source})
    # A clean entry: its -D and -I must reach clang (the source does not compile without them).
    (root / "inc" / "scale.h").write_text("#define TIMES(x) ((x) * SCALE)\n")
    (root / "clean.c").write_text('#include "scale.h"\n#ifndef SCALE\n#error no SCALE\n#endif\n'
                                  "int scaled(int x) { return TIMES(x); }\n")
    entries.append({"directory": str(root), "file": "clean.c",
                    "command": "cc -DSCALE=3 -I inc -Wall -std=c11 -fPIC -O2 -c clean.c -o build/clean.o"})
    (root / "build" / "compile_commands.json").write_text(json.dumps(entries))
    return HostileRepo(root, outside, marker)


def test_report_of_a_hostile_repository_runs_none_of_it(hostile_repo: HostileRepo, tmp_path: Path) -> None:
    before = hostile_repo.files()
    out = tmp_path / "report.json"
    started = time.monotonic()
    # The repository itself (a directory): its build/compile_commands.json is found and compiled.
    done = subprocess.run([sys.executable, "-m", "irlens", "report", f"{hostile_repo.root}/",
                           "--json", str(out), "--no-cache", "--no-progress", "--jobs", "2"],
                          capture_output=True, text=True, timeout=CLI_S,
                          env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < CLI_S
    assert not hostile_repo.marker.exists(), "the repository's plugin ran"
    assert list(hostile_repo.outside.iterdir()) == [], "a build flag wrote outside the temp dirs"
    assert hostile_repo.files() == before, "a build flag wrote into the repository"

    report = json.loads(out.read_text())
    measured = {f["name"] for m in report["modules"] for f in m["functions"]}
    # Every entry was compiled, without its refused flags, and measured; the clean one with its -D/-I.
    assert {f"fn_{name}" for name, _ in HOSTILE} | {"scaled"} <= measured
    problems = [p["problem"] for p in report["problems"]]
    for flag in NAMED:
        naming = [p for p in problems if f"flag {flag}" in p]
        assert len(naming) == 1, (flag, problems)  # named once, however many entries carry it
        assert "refused" in naming[0] and "compiled without it" in naming[0]
    assert any("-fplugin=" in p and "loads code" in p and "2 entries" in p for p in problems), problems
    assert not any("compile failed" in p for p in problems), problems


def test_a_flag_that_slipped_through_still_cannot_write_outside(hostile_repo: HostileRepo) -> None:
    """The sandbox under the allow-list: clang run with hostile flags as they are (no allow-list) by the
    report's own compile step still writes nowhere but its temporary directory."""
    toolchain = discover(Settings())
    clang = find_clang(toolchain)
    assert clang is not None
    before = hostile_repo.files()
    root, outside = hostile_repo.root, hostile_repo.outside
    for arguments in ([f"-fplugin={root}/x.so"], ["-MJ", f"{outside}/mj.json"],
                      [f"-ftime-trace={outside}/trace.json"], ["--save-temps"]):
        started = time.monotonic()
        outcome = compile_to_ir((CompileJob(str(root / "plugin.c"), str(root), tuple(arguments)), clang,
                                 toolchain))
        assert time.monotonic() - started < COMPILE_S
        assert set(outcome) <= {"text", "error"}
    assert not hostile_repo.marker.exists(), "the plugin wrote its marker outside the sandbox"
    assert list(outside.iterdir()) == []
    assert hostile_repo.files() == before


def test_a_compile_that_never_ends_is_stopped_by_the_tool_timeout(hostile_repo: HostileRepo) -> None:
    # -include is allowed (it reads), but of a FIFO nobody writes to it blocks forever.
    os.mkfifo(hostile_repo.root / "never.h")
    (hostile_repo.root / "build" / "compile_commands.json").write_text(json.dumps([
        {"directory": str(hostile_repo.root), "command": "cc -include never.h -c clean.c",
         "file": "clean.c"}]))
    toolchain = dataclasses.replace(discover(Settings()), limits=ToolLimits(timeout_s=2.0, memory_mb=4096))
    started = time.monotonic()
    report = build_report([hostile_repo.root / "build" / "compile_commands.json"], toolchain,
                          RunOptions(workers=1, progress=False))
    assert time.monotonic() - started < COMPILE_S
    assert any("compile failed" in p["problem"] and "timed out" in p["problem"] for p in report["problems"])


def _report_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert match, "no report data in the page"
    data: dict[str, Any] = json.loads(match.group(1).replace("<\\/", "</"))
    return data


async def test_size_report_in_an_untrusted_workspace_compiles_nothing(hostile_repo: HostileRepo,
                                                                     tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "sizes.ll", hostile_repo.root / "sizes.ll")  # measuring IR is fine
    home = tmp_path / "home"
    home.mkdir()
    # What the VS Code client sends in Restricted Mode; the folders: the clone, the root and the home.
    async with raw_session({"compileCommands": False, "backgroundSuggestions": False},
                           env={"HOME": str(home), "XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
        folders = [{"uri": path.as_uri(), "name": path.name or "/"}
                   for path in (hostile_repo.root, Path("/"), home)]
        client.notify("workspace/didChangeWorkspaceFolders", {"event": {"added": folders, "removed": []}})
        response, took = await client.request("workspace/executeCommand",
                                              {"command": "irlens.sizeReport", "arguments": []}, ANSWER_S)
        assert took < ANSWER_S
    answer = response["result"]
    data = _report_data(answer["html"])
    assert answer["modules"] == 1 and {Path(row[0]).name for row in data["functions"]} == {"sizes.ll"}
    problems = {Path(path).name or "/": problem for path, problem in data["problems"]}
    assert "not compiled" in problems["compile_commands.json"]
    assert "not searched" in problems["/"] and "not searched" in problems["home"]
    assert not hostile_repo.marker.exists()
    assert list(hostile_repo.outside.iterdir()) == []
