"""The allow-list of build command flags (toolchain/compile_flags.py): what reaches clang, in which form,
and what is refused with which reason. The hostile compiles themselves are in
tests/fault_corpus/test_fault_corpus_repository.py."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from irlens.toolchain.compile_flags import RESPONSE_FILE_MAX_BYTES, FilteredCommand, filter_command

SRC = Path("/src")


def _filter(command: str, directory: Path = SRC, source: str = "a.c") -> FilteredCommand:
    return filter_command(shlex.split(command), directory, source)


def _refused(command: str, directory: Path = SRC) -> dict[str, str]:
    return {refused.argument: refused.reason for refused in _filter(command, directory).refused}


def test_meaning_and_code_flags_are_kept_in_an_unambiguous_form() -> None:
    kept = _filter("gcc -DX=1 -D Y -UZ -I inc -Iinc2 -isystem /usr/x -iquote q -idirafter d -include cfg.h "
                   "-imacros m.h -x c -std=gnu11 -ansi -pedantic -w -Wall -Wno-unused -Werror=format "
                   "-g -ggdb3 -gdwarf-4 -fPIC -fno-common -fvisibility=hidden -fno-builtin-memcpy "
                   "-ffreestanding -fshort-enums -fdebug-prefix-map=/a=/b -march=armv7-m -mcpu=cortex-m4 "
                   "-mfloat-abi=hard -mthumb -m32 -target arm-none-eabi --sysroot /opt/sys -isysroot/x "
                   "-nostdinc -pthread a.c").kept
    assert kept == ["-DX=1", "-DY", "-UZ", "-Iinc", "-Iinc2", "-isystem", "/usr/x", "-iquote", "q",
                    "-idirafter", "d", "-include", "cfg.h", "-imacros", "m.h", "-x", "c", "-std=gnu11",
                    "-ansi", "-pedantic", "-w", "-Wall", "-Wno-unused", "-Werror=format", "-g", "-ggdb3",
                    "-gdwarf-4", "-fPIC", "-fno-common", "-fvisibility=hidden", "-fno-builtin-memcpy",
                    "-ffreestanding", "-fshort-enums", "-fdebug-prefix-map=/a=/b", "-march=armv7-m",
                    "-mcpu=cortex-m4", "-mfloat-abi=hard", "-mthumb", "-m32", "--target=arm-none-eabi",
                    "--sysroot=/opt/sys", "-isysroot/x", "-nostdinc", "-pthread"]


def test_the_builds_own_outputs_are_replaced_without_a_word() -> None:
    filtered = _filter("ccache gcc -O2 -c -o obj/a.o -MD -MF obj/a.d -MT obj/a.o -pipe -flto=thin a.c")
    assert filtered.kept == [] and filtered.refused == []


@pytest.mark.parametrize(("command", "argument", "reason"), [
    ("-fplugin=/r/x.so", "-fplugin=/r/x.so", "loads code"),
    ("-fpass-plugin=x.so", "-fpass-plugin=x.so", "loads code"),
    ("-Xclang -load -Xclang x.so", "-Xclang -load", "-Xclang -load loads code"),
    ("-mllvm -load=x.so", "-mllvm -load=x.so", "LLVM's internals"),
    ("--config=evil.cfg", "--config=evil.cfg", "reads more flags"),
    ("--config evil.cfg", "--config evil.cfg", "reads more flags"),
    ("-B/r/bin", "-B/r/bin", "loads code"),
    ("--gcc-toolchain=/r", "--gcc-toolchain=/r", "loads code"),
    ("-MJ /tmp/x.json", "-MJ /tmp/x.json", "writes files"),
    ("-ftime-trace=/tmp/t.json", "-ftime-trace=/tmp/t.json", "writes files"),
    ("-Wp,-MD,/tmp/d", "-Wp,-MD,/tmp/d", "passes options on"),
    ("--save-temps", "--save-temps", "writes files"),
    ("-save-stats=obj", "-save-stats=obj", "writes files"),
    ("-fcrash-diagnostics-dir=/tmp", "-fcrash-diagnostics-dir=/tmp", "writes files"),
    ("-fprofile-instr-generate", "-fprofile-instr-generate", "profiles"),
    ("-fmodules-cache-path=/tmp/m", "-fmodules-cache-path=/tmp/m", "writes files"),
    ("-Wl,-rpath,/x", "-Wl,-rpath,/x", "linking"),
    ("-Xlinker --x", "-Xlinker --x", "linking"),
    ("-###", "-###", "prints the commands"),
    ("-module-dependency-dir /tmp", "-module-dependency-dir /tmp", "allow-list"),
    ("-fdebug-compilation-dir=/x", "-fdebug-compilation-dir=/x", "allow-list"),
    ("-x cuda", "-x cuda", "only C, C++"),
    ("-include -fplugin=x.so", "-include -fplugin=x.so", "looks like a flag"),
    ("-target ../../x", "-target ../../x", "not a target triple"),
    ("other.o", "other.o", "only the entry's own file"),
])
def test_every_other_flag_is_refused_with_its_value_and_why(command: str, argument: str, reason: str) -> None:
    filtered = _filter(f"cc {command} -DKEEP a.c")
    assert filtered.kept == ["-DKEEP"]  # the value went with the flag: nothing of it reaches clang
    described = {r.argument: r.describe() for r in filtered.refused}
    assert argument in described and reason in described[argument], described


def test_a_value_that_would_be_a_flag_is_joined_to_its_option() -> None:
    # Written joined, clang reads "-fplugin=x.so" as the macro's text, never as a flag.
    assert _filter("cc -D -fplugin=x.so a.c").kept == ["-D-fplugin=x.so"]


def test_response_files_are_expanded_here_with_limits(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "flags.rsp").write_text('-DFROM_RSP=1 "-DSPACED=a b" -fplugin=x.so @sub/nested.rsp\n')
    (tmp_path / "sub" / "nested.rsp").write_text("-DNESTED\n")  # relative to the file naming it
    (tmp_path / "loop.rsp").write_text("@loop.rsp\n")
    (tmp_path / "big.rsp").write_text("-DX " * (RESPONSE_FILE_MAX_BYTES // 4 + 1))
    (tmp_path / "secrets.rsp").symlink_to("/proc/self/environ")  # its words would land in the report
    filtered = _filter("cc @flags.rsp @missing.rsp @loop.rsp @big.rsp @/proc/self/environ @secrets.rsp a.c",
                       tmp_path)
    assert filtered.kept == ["-DFROM_RSP=1", "-DSPACED=a b", "-DNESTED"]
    reasons = {r.argument: r.describe() for r in filtered.refused}
    assert "loads code" in reasons["-fplugin=x.so"]
    assert "No such file" in reasons["@missing.rsp"]
    assert "nested more than" in reasons["@loop.rsp"]
    assert "larger than" in reasons["@big.rsp"]
    assert "outside the entry's directory" in reasons["@/proc/self/environ"]
    assert "outside the entry's directory" in reasons["@secrets.rsp"]


def test_a_fifo_response_file_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.rsp")  # reading it would wait for a writer forever
    assert "not a regular file" in _filter("cc @pipe.rsp a.c", tmp_path).refused[0].describe()
