"""The fault corpus (issue 21), irlens-cc's part: damaged and shared caches, broken and hanging LLVM tools,
careless settings and odd files, each through the real launcher and clang-19 with a time bound.

Whatever goes wrong after the plain compile, the build gets the plain object and the compiler's exit
code; whatever the cache holds, nothing but an intact entry decided against the same plain object is
used. The bounds are far above what the cases take on a 2-core machine (a cold compile of util.c takes
~2 s) and far below a hang.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import TESTS, wrapped_toolchain
from irlens.toolchain.measure import measure_object
from polling import wait_until

CLANG = "clang-19"
PROJECT = TESTS / "fixtures" / "launcher_project"
LAUNCHER = [sys.executable, "-m", "irlens", "cc"]
FLAGS = ["-Oz", "-ffunction-sections", "-fdata-sections", "-c", "util.c"]
COMPILE_S = 60  # one cold compile of util.c: ~2 s

pytestmark = pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")


def env_for(root: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("IRLENS_CC_")}
    env.update({"IRLENS_CC_CACHE_DIR": str(root / "cache"), "IRLENS_CC_LOG": str(root / "build.jsonl"),
                **extra})
    return env


def project(tmp_path: Path) -> Path:
    shutil.copytree(PROJECT, tmp_path / "p")
    subprocess.run([CLANG, *FLAGS, "-o", "plain.o"], cwd=tmp_path / "p", check=True, timeout=COMPILE_S)
    return tmp_path / "p"


def launch(directory: Path, env: dict[str, str], output: str = "util.o", flags: list[str] = FLAGS,
           bound_s: float = COMPILE_S) -> subprocess.CompletedProcess[bytes]:
    started = time.monotonic()
    done = subprocess.run([*LAUNCHER, CLANG, *flags, "-o", output], cwd=directory, env=env,
                          capture_output=True, timeout=bound_s)
    assert time.monotonic() - started < bound_s
    return done


def last_record(root: Path) -> dict:
    return json.loads((root / "build.jsonl").read_text().splitlines()[-1])


def test_a_damaged_result_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    directory = project(tmp_path)
    env = env_for(tmp_path)
    assert launch(directory, env).returncode == 0
    first = (directory / "util.o").read_bytes()
    assert last_record(tmp_path)["status"] == "smaller"
    entries = list((tmp_path / "cache" / "r").rglob("*"))
    results = [path for path in entries if path.is_file()]
    assert len(results) == 1
    damaged = bytearray(results[0].read_bytes())
    damaged[-20:] = b"\0" * 20  # in the object: its digest no longer matches
    results[0].write_bytes(bytes(damaged))
    assert launch(directory, env).returncode == 0
    record = last_record(tmp_path)
    assert record["status"] == "smaller" and "cached" not in record, record
    assert (directory / "util.o").read_bytes() == first
    assert launch(directory, env).returncode == 0
    assert last_record(tmp_path)["cached"] == "unit"  # the rebuilt entry is whole again


def test_a_damaged_manifest_is_a_miss(tmp_path: Path) -> None:
    directory = project(tmp_path)
    env = env_for(tmp_path, IRLENS_CC_BUDGET="4")
    assert launch(directory, env).returncode == 0
    first = (directory / "util.o").read_bytes()
    manifest = next(path for path in (tmp_path / "cache" / "m").rglob("*") if path.is_file())
    for damage in ("garbage", "truncated", "empty"):
        text = manifest.read_bytes()  # each run writes it whole again
        damaged = {"garbage": b"\xff{not json", "truncated": text[:len(text) // 2], "empty": b""}
        manifest.write_bytes(damaged[damage])
        assert launch(directory, env).returncode == 0
        assert last_record(tmp_path)["cached"] == "ir", damage  # the front-end IR's key finds the result
        assert (directory / "util.o").read_bytes() == first


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path) -> None:
    directory = project(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    env = env_for(tmp_path, IRLENS_CC_CACHE_DIR=str(blocker / "cache"), IRLENS_CC_LOG=str(blocker / "log"))
    done = launch(directory, env)
    assert done.returncode == 0 and done.stderr == b""
    plain, launched = (measure_object((directory / name).read_bytes()) for name in ("plain.o", "util.o"))
    assert launched.text_data_bytes < plain.text_data_bytes
    assert launched.exported == plain.exported


@pytest.mark.parametrize(("tool", "fault", "word"), [("opt", "crash_segv.sh", "crashed"),
                                                     ("llc", "garbage.sh", "")])
def test_a_broken_llvm_tool_keeps_the_plain_object(tmp_path: Path, tool: str, fault: str, word: str) -> None:
    directory = project(tmp_path)
    tools = wrapped_toolchain(tmp_path / "tools", {tool: fault})
    done = launch(directory, env_for(tmp_path, IRLENS_LLVM_BIN=str(tools)))
    assert done.returncode == 0 and done.stderr == b""
    assert (directory / "util.o").read_bytes() == (directory / "plain.o").read_bytes()
    record = last_record(tmp_path)
    assert record["status"] == "fallback", record
    assert tool in record["reason"] and word in record["reason"]


def test_a_hanging_search_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    directory = project(tmp_path)
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    env = env_for(tmp_path, IRLENS_LLVM_BIN=str(tools), IRLENS_CC_TIME_S="3")
    started = time.monotonic()
    done = launch(directory, env, bound_s=30)  # 3 s of search, then the kill: well under 30
    assert done.returncode == 0
    assert time.monotonic() - started < 30
    assert (directory / "util.o").read_bytes() == (directory / "plain.o").read_bytes()
    assert last_record(tmp_path)["status"] == "fallback"
    assert "timed out" in last_record(tmp_path)["reason"] or "longer than" in last_record(tmp_path)["reason"]


def test_a_missing_compiler_is_named(tmp_path: Path) -> None:
    done = subprocess.run([*LAUNCHER, "clang-no-such", "-Oz", "-c", "a.c"], cwd=tmp_path,
                          env=env_for(tmp_path), capture_output=True, timeout=COMPILE_S)
    assert done.returncode == 127
    assert b"irlens-cc: cannot run clang-no-such" in done.stderr


def test_concurrent_launchers_share_one_cache(tmp_path: Path) -> None:
    """make -j with a shared cache directory: four compiles of the same file at once."""
    directory = project(tmp_path)
    env = env_for(tmp_path)
    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(lambda n: launch(directory, env, f"util{n}.o", bound_s=120), range(4)))
    assert all(run.returncode == 0 and run.stderr == b"" for run in runs)
    objects = {(directory / f"util{n}.o").read_bytes() for n in range(4)}
    assert len(objects) == 1
    lines = (tmp_path / "build.jsonl").read_text().splitlines()
    assert len(lines) == 4 and all(json.loads(line)["status"] == "smaller" for line in lines)
    assert launch(directory, env, "again.o").returncode == 0
    assert last_record(tmp_path)["cached"] == "unit"
    assert (directory / "again.o").read_bytes() in objects


def test_the_summary_skips_a_damaged_log(tmp_path: Path) -> None:
    directory = project(tmp_path)
    env = env_for(tmp_path, IRLENS_CC_BUDGET="4")
    (tmp_path / "build.jsonl").write_bytes(b'{"half a record\n\xff\xfe\n[1, 2]\n{"status": 3}\n')
    assert launch(directory, env).returncode == 0
    shown = subprocess.run([*LAUNCHER, "--summary", "--json"], env=env, capture_output=True,
                           timeout=COMPILE_S)
    assert shown.returncode == 0
    summary = json.loads(shown.stdout)
    assert [record["output"] for record in summary["files"]] == ["util.o"]


def test_careless_settings_are_named_and_replaced_by_defaults(tmp_path: Path) -> None:
    directory = project(tmp_path)
    env = env_for(tmp_path, IRLENS_CC_BUDGET="lots", IRLENS_CC_TIME_S="-1", IRLENS_CC_CACHE_MAX_MB="x",
                  IRLENS_CC_SEARCH="wider")
    done = launch(directory, env)
    assert done.returncode == 0
    messages = done.stderr.decode().splitlines()
    assert messages == ["irlens-cc: IRLENS_CC_SEARCH='wider' is not one of checked, wide; using checked",
                        "irlens-cc: IRLENS_CC_BUDGET='lots' is not a positive number; using the default",
                        "irlens-cc: IRLENS_CC_TIME_S='-1' is not a positive number; using the default"]
    assert last_record(tmp_path)["status"] in ("smaller", "kept")


def test_a_tiny_cache_limit_evicts_instead_of_growing(tmp_path: Path) -> None:
    directory = project(tmp_path)
    env = env_for(tmp_path, IRLENS_CC_CACHE_MAX_MB="0.001", IRLENS_CC_BUDGET="4")  # about 1 kB
    for flags in (FLAGS, [*FLAGS, "-DVARIANT=1"], [*FLAGS, "-DVARIANT=2"]):
        assert launch(directory, env, flags=flags).returncode == 0
    stored = sum(path.stat().st_size for path in (tmp_path / "cache").rglob("*") if path.is_file()
                 and path.name != "build.jsonl")
    assert stored <= 1048 + 4096  # trimmed after each store; the last entry may stand alone


def test_a_source_that_reads_the_clock_is_never_served_stale(tmp_path: Path) -> None:
    (tmp_path / "clock.c").write_text('const char *built(void) { return __DATE__ " " __TIME__; }\n')
    env = env_for(tmp_path, IRLENS_CC_BUDGET="4")
    flags = ["-Oz", "-c", "clock.c"]
    for _ in range(2):
        assert launch(tmp_path, env, "clock.o", flags).returncode == 0
        assert last_record(tmp_path).get("cached") != "unit"


def test_a_source_name_with_spaces_is_cached(tmp_path: Path) -> None:
    (tmp_path / "my file.c").write_text('#include "my header.h"\nint twice(int x) { return x * TWO; }\n')
    (tmp_path / "my header.h").write_text("#define TWO 2\n")
    env = env_for(tmp_path, IRLENS_CC_BUDGET="4")
    flags = ["-Oz", "-c", "my file.c"]
    assert launch(tmp_path, env, "my file.o", flags).returncode == 0
    assert launch(tmp_path, env, "my file.o", flags).returncode == 0
    assert last_record(tmp_path)["cached"] == "unit"
    (tmp_path / "my header.h").write_text("#define TWO 3\n")  # the manifest sees the header change
    assert launch(tmp_path, env, "my file.o", flags).returncode == 0
    assert "cached" not in last_record(tmp_path)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_build_stopped_during_the_search_leaves_clangs_object_and_no_litter(tmp_path: Path,
                                                                           signum: int) -> None:
    """make stops its jobs with SIGTERM (SIGINT from the terminal) while a search waits on a hanging opt:
    the launcher stops the tools, removes its temporary files and exits at once, as killed by the signal."""
    directory = project(tmp_path)
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = env_for(tmp_path, IRLENS_LLVM_BIN=str(tools), TMPDIR=str(temporary))
    launcher = subprocess.Popen([*LAUNCHER, CLANG, *FLAGS, "-o", "util.o"], cwd=directory, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until(lambda: launcher.poll() is not None or list(temporary.glob("irlens-cc-*")), COMPILE_S,
               "the slow path begun")
    assert launcher.poll() is None
    time.sleep(1.0)  # the search is waiting on opt
    launcher.send_signal(signum)
    launcher.wait(timeout=15)  # not the 60 s of the tools' time limit
    assert launcher.returncode == 128 + signum
    assert (directory / "util.o").read_bytes() == (directory / "plain.o").read_bytes()
    assert not list(temporary.glob("irlens-cc-*"))


def test_a_damaged_object_is_an_elf_error_for_the_gc_rule(tmp_path: Path) -> None:
    """The gc rule reads relocations, unwind tables and groups: bytes of a real object overwritten at
    random give an ElfError (the launcher keeps the plain object and says why) or a reading, never
    another exception."""
    import contextlib
    import random

    from irlens.toolchain.elf import ElfError
    from irlens.toolchain.gc_reach import exported_reach

    directory = project(tmp_path)
    subprocess.run([CLANG, *FLAGS, "-o", "util.o"], cwd=directory, check=True, timeout=COMPILE_S)
    original = (directory / "util.o").read_bytes()
    assert exported_reach(original)
    chance = random.Random(22)
    started = time.monotonic()
    for _ in range(400):
        damaged = bytearray(original)
        for _ in range(chance.randint(1, 8)):
            damaged[chance.randrange(len(damaged))] = chance.randrange(256)
        with contextlib.suppress(ElfError):
            exported_reach(bytes(damaged[:chance.choice([len(damaged), chance.randrange(len(damaged))])]))
    assert time.monotonic() - started < 60
