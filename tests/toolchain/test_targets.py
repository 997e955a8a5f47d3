"""Every target a size-conscious developer builds for (x86-64, AArch64, Thumb / Cortex-M, RISC-V):
the target of a .s file (detection, overrides, bad hints), and sizes, diagnostics, symbols and hovers
of clang-19's own output for each (tests/fixtures/targets, made by its make.sh)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from lsprotocol import types

from conftest import TESTS, lsp_session, open_document, poll_hover, wrapped_toolchain
from irlens.cli import main
from irlens.config import Settings
from irlens.ir.asm import parse_asm
from irlens.lift.lifter import check_round_trip, instructions, unknown_target_problem
from irlens.model.service import ModelStatus
from irlens.toolchain.diagnostics import check_asm
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import measure_asm
from irlens.toolchain.runner import ToolFailure
from irlens.toolchain.target import resolve_asm_target
from model_fixtures import write_tiny_gguf
from polling import wait_for

FIXTURES = TESTS / "fixtures" / "targets"
LLVM = Path("/usr/lib/llvm-19/bin")
# fixture name -> the triple irlens must detect from clang's output
TARGETS = {
    "x86_64-linux-gnu": "x86_64-unknown-linux-gnu",
    "aarch64-linux-gnu": "aarch64-unknown-linux-gnu",
    "thumbv7m-none-eabi": "thumbv7m-none-eabi",
    "riscv32-unknown-elf": "riscv32-unknown-elf",
}
FUNCTIONS = ["sum_array", "fib", "classify", "crc4"]


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def symbol_sizes(obj: Path) -> dict[str, int]:
    """FUNC symbol sizes as llvm-readelf prints them (independently of irlens' own parser)."""
    listing = subprocess.run([LLVM / "llvm-readelf", "-sW", obj], capture_output=True, text=True,
                             check=True).stdout
    sizes = {}
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 8 and fields[3] == "FUNC":
            sizes[fields[7]] = int(fields[2])
    return sizes


def label_line(lines: list[str], name: str) -> int:
    return next(number for number, line in enumerate(lines) if line.startswith(f"{name}:"))


def assembled_sizes(asm: Path, triple: str, tmp_path: Path) -> dict[str, int]:
    obj = tmp_path / f"{asm.stem}.o"
    subprocess.run([LLVM / "llvm-mc", "-triple", triple, "-filetype=obj", asm, "-o", obj], check=True)
    return symbol_sizes(obj)


# --- per target: clang's .s and .ll ------------------------------------------------------------------

@pytest.mark.parametrize("name", list(TARGETS))
def test_assembly_sizes_are_the_targets_own(name: str, toolchain: Toolchain, tmp_path: Path) -> None:
    asm = FIXTURES / f"{name}.s"
    text = asm.read_text()
    target = resolve_asm_target(toolchain, text)
    assert (target.triple, target.source) == (TARGETS[name], "detected")
    expected = assembled_sizes(asm, TARGETS[name], tmp_path)
    measured = measure_asm(toolchain, text)
    assert {n: f.bytes for n, f in measured.functions.items()} == expected
    assert list(expected) == FUNCTIONS and all(size > 0 for size in expected.values())
    assert check_asm(toolchain, text) == []


@pytest.mark.parametrize("name", ["thumbv7m-none-eabi", "riscv32-unknown-elf"])
def test_assembly_sizes_equal_clangs_object(name: str, toolchain: Toolchain, tmp_path: Path) -> None:
    """What the developer's build would produce: clang -Oz -c of the same C, symbol for symbol."""
    obj = tmp_path / "clang.o"
    subprocess.run(["clang-19", f"--target={name}", "-ffreestanding", "-fno-asynchronous-unwind-tables",
                    "-Oz", "-c", FIXTURES / "sizes.c", "-o", obj], check=True)
    measured = measure_asm(toolchain, (FIXTURES / f"{name}.s").read_text())
    assert {n: f.bytes for n, f in measured.functions.items()} == symbol_sizes(obj)


@pytest.mark.parametrize("name", list(TARGETS))
def test_broken_instruction_is_reported_at_its_line(name: str, toolchain: Toolchain) -> None:
    lines = (FIXTURES / f"{name}.s").read_text().splitlines()
    label = label_line(lines, "fib")
    operand = {"x86_64-linux-gnu": "%eax", "aarch64-linux-gnu": "w0", "thumbv7m-none-eabi": "r0",
               "riscv32-unknown-elf": "a0"}[name]
    lines.insert(label + 1, f"\tfrobnicate\t{operand}")
    [diagnostic] = check_asm(toolchain, "\n".join(lines) + "\n")
    assert (diagnostic.line, diagnostic.severity, diagnostic.source) == (label + 1, "error", "llvm-mc")
    assert "mnemonic" in diagnostic.message or "invalid instruction" in diagnostic.message
    with pytest.raises(ToolFailure):
        measure_asm(toolchain, "\n".join(lines) + "\n")


@pytest.mark.parametrize("name", list(TARGETS))
def test_assembly_symbols(name: str) -> None:
    text = (FIXTURES / f"{name}.s").read_text()
    functions = parse_asm(text).functions
    assert [f.name for f in functions] == FUNCTIONS
    lines = text.splitlines()
    for function in functions:
        assert function.start_line == label_line(lines, function.name)
        assert lines[function.end_line].strip().startswith(f".size\t{function.name},")


def test_ir_sizes_per_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`irlens size` of each .ll: llc takes the module's own triple; the bytes are that object's."""
    for name in TARGETS:
        ll = FIXTURES / f"{name}.ll"
        assert main(["size", str(ll), "--json", "--no-oz"]) == 0
        report = json.loads(capsys.readouterr().out)
        obj = tmp_path / f"{name}.o"
        subprocess.run([LLVM / "llc", "-O2", "-filetype=obj", "-function-sections", "-data-sections", ll,
                        "-o", obj], check=True)
        assert subprocess.run([LLVM / "llvm-readelf", "-h", obj], capture_output=True, text=True,
                              check=True).stdout.count("Machine:") == 1
        expected = symbol_sizes(obj)
        assert {f["name"]: f["bytes"] for f in report["functions"]} == expected, name
        assert list(expected) == FUNCTIONS


def test_size_cli_names_the_target_and_takes_triple(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out = main(["size", str(FIXTURES / "thumbv7m-none-eabi.s")]), capsys.readouterr().out
    assert code == 0
    assert "target: thumbv7m-none-eabi -mcpu=cortex-m3 (detected: `.cpu cortex-m3` (line 4))" in out
    bare = tmp_path / "bare.s"  # says nothing about its target: --triple decides
    bare.write_text(".globl f\nf:\n\tnop\n\tret\n.size f, .-f\n")
    assert main(["size", str(bare), "--json", "--triple", "riscv64-unknown-elf"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["target"]["triple"] == "riscv64-unknown-elf" and report["target"]["source"] == "setting"
    assert report["functions"][0]["bytes"] == 8  # two 4-byte RISC-V instructions (x86 would be 2)
    assert main(["size", str(bare), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["functions"][0]["bytes"] == 2


# --- detection ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "triple", "why"), [
    (".arch armv7-m\nf:\n\tbx lr\n", "thumbv7m-none-eabi", "`.arch armv7-m`"),
    (".arch armv8.1-m.main\n", "thumbv8.1m.main-none-eabi", "`.arch armv8.1-m.main`"),
    (".arch armv7-a\n.arm\nf:\n\tbx lr\n", "armv7a-none-eabi", "`.arch armv7-a`"),
    (".cpu cortex-m4\n", "thumbv7em-none-eabi -mcpu=cortex-m4", "`.cpu cortex-m4`"),
    (".cpu cortex-m0plus\n", "thumbv6m-none-eabi -mcpu=cortex-m0plus", "`.cpu cortex-m0plus`"),
    (".fpu vfpv3\n", "armv7-none-eabi", "`.fpu vfpv3`"),
    (".syntax unified\n.thumb\n", "thumbv7-none-eabi", "`.syntax unified`"),
    (".thumb_func\nf:\n\tbx lr\n", "thumbv7-none-eabi", "`.thumb_func`"),
    (".eabi_attribute 6, 10\n.eabi_attribute 7, 77\n", "thumbv7m-none-eabi", "`.eabi_attribute 6, 10`"),
    (".eabi_attribute 6, 13\n", "thumbv7em-none-eabi", "`.eabi_attribute 6, 13`"),
    ("\t.code 16\n", "thumbv7-none-eabi", "`.code 16`"),
    ("f:\n\tpush {r7, lr}\n\tpop {r7, pc}\n", "armv7-none-eabi", "ARM register `r7`"),
    (".option norvc\nf:\n\tret\n", "riscv32-unknown-elf -mattr=+m,+a,+c", "`.option norvc`"),
    ('.attribute arch, "rv64imac"\n', "riscv64-unknown-elf", '`.attribute arch, "rv64imac"`'),
    ('.attribute 5, "rv32i2p1_m2p0"\n', "riscv32-unknown-elf", '`.attribute 5, "rv32i2p1_m2p0"`'),
    ("f:\n\tli a0, 1\n\tret\n", "riscv32-unknown-elf -mattr=+m,+a,+c", "RISC-V register `a0`"),
    ("f:\n\taddi sp, sp, -16\n\tsd ra, 8(sp)\n", "riscv64-unknown-elf -mattr=+m,+a,+c",
     "RISC-V instruction `addi`"),
    ("f:\n\tbeqz t0, f\n", "riscv32-unknown-elf -mattr=+m,+a,+c", "RISC-V register `t0`"),
    ("f:\n\tcmp w0, #1\n\tb.eq f\n", "aarch64-unknown-linux-gnu", "AArch64 register `w0`"),
    ("f:\n\tb.ne f\n", "aarch64-unknown-linux-gnu", "AArch64 instruction `b.ne`"),
    ("f:\n\tadd x0, x1, x2\n\tret\n", "aarch64-unknown-linux-gnu", "AArch64 or RISC-V register `x0`"),
    ("f:\n\tmovq %rdi, %rax\n\tret\n", "x86_64-unknown-linux-gnu", "x86 register `%rdi`"),
    ("f:\n\tpushl %ebp\n\tmovl %esp, %ebp\n", "i686-unknown-linux-gnu", "x86 register `%ebp`"),
    (".intel_syntax noprefix\nf:\n\tmov r8, rax\n", "x86_64-unknown-linux-gnu", "`.intel_syntax noprefix`"),
])
def test_detection_from_each_kind_of_hint(text: str, triple: str, why: str, toolchain: Toolchain) -> None:
    target = resolve_asm_target(toolchain, text)
    assert target.source == "detected" and target.notes == ()
    assert " ".join(target.mc_args()[1:]) == triple
    assert target.reason.startswith(why)


def test_hints_in_comments_and_immediates_are_not_hints(toolchain: Toolchain) -> None:
    text = "# uses a0 and x0 and %rax\nf:\t@ r0\n\tli a0, 1  # w0\n"
    target = resolve_asm_target(toolchain, text)
    assert target.triple == "riscv32-unknown-elf" and target.notes == ()


@pytest.mark.parametrize("comment", ["#", ";", "@", "//", "/*"])
def test_directive_beats_setting_beats_detection(comment: str, toolchain: Toolchain) -> None:
    riscv = "f:\n\tli a0, 1\n\tret\n"
    assert resolve_asm_target(toolchain, riscv).triple == "riscv32-unknown-elf"
    by_setting = resolve_asm_target(toolchain, riscv, "riscv64-unknown-elf")
    assert (by_setting.triple, by_setting.source) == ("riscv64-unknown-elf", "setting")
    end = " */" if comment == "/*" else ""
    with_directive = f"{comment} irlens: triple=riscv32-unknown-elf mattr=+m,+c{end}\n" + riscv
    target = resolve_asm_target(toolchain, with_directive, "riscv64-unknown-elf")
    assert (target.triple, target.source, target.mattr) == ("riscv32-unknown-elf", "directive", "+m,+c")
    assert measure_asm(toolchain, with_directive, triple="riscv64-unknown-elf").functions["f"].bytes == 4


def test_unusable_directive_is_said_and_ignored(toolchain: Toolchain) -> None:
    text = "# irlens: triple=-mllvm\nf:\n\tli a0, 1\n"
    target = resolve_asm_target(toolchain, text)
    assert target.triple == "riscv32-unknown-elf"
    [note] = target.notes
    assert note.line == 0 and "ignored irlens directive" in note.message and "triple=-mllvm" in note.message


def test_contradictory_hints_give_one_message(toolchain: Toolchain) -> None:
    text = ".syntax unified\n.thumb\n.option rvc\nf:\n\tmovs r0, #1\n\tbx lr\n"
    diagnostics = check_asm(toolchain, text)
    [note] = [d for d in diagnostics if "contradictory" in d.message]
    assert note.line == 2 and note.severity == "warning"
    assert "`.syntax unified` (line 1) says ARM/Thumb" in note.message
    assert "`.option rvc` (line 3) says RISC-V" in note.message
    assert "assembling as thumbv7-none-eabi" in note.message


def test_unknown_target_is_one_message_at_the_top(toolchain: Toolchain) -> None:
    text = "f:\n\tfoo 1\n\tbar 2\n\tbaz 3\n"
    [diagnostic] = check_asm(toolchain, text)
    assert (diagnostic.line, diagnostic.severity) == (0, "error")
    message = diagnostic.message
    assert message.startswith("could not tell the target of this file; assuming x86_64")
    assert "3 error(s), the first at line 2: invalid instruction mnemonic 'foo'" in message
    assert "asmTriple" in message and "# irlens: triple=" in message
    with pytest.raises(ToolFailure, match="could not tell the target"):
        measure_asm(toolchain, text)
    assert check_asm(toolchain, "f:\n\tnop\n") == []  # assembles for the default: nothing to say


def test_unknown_cpu_gets_the_tools_message_at_its_line(toolchain: Toolchain) -> None:
    named_by_directive = "nop\n@ irlens: triple=thumbv7m-none-eabi mcpu=cortex-m99\nf:\n\tmovs r0, #1\n"
    [diagnostic] = check_asm(toolchain, named_by_directive)
    assert diagnostic.line == 1 and diagnostic.source == "llvm-mc" and diagnostic.severity == "warning"
    assert diagnostic.message == ("'cortex-m99' is not a recognized processor for this target "
                                  "(ignoring processor)")
    named_by_file = ".syntax unified\n.thumb\n.cpu cortex-m99\nf:\n\tmovs r0, #1\n"
    [diagnostic] = check_asm(toolchain, named_by_file)  # llvm-mc's own error at `.cpu`, said once
    assert (diagnostic.line, diagnostic.severity, diagnostic.message) == (2, "error", "Unknown CPU name")


def test_target_llvm_was_built_without_is_named(tmp_path: Path) -> None:
    x86_only = wrapped_toolchain(tmp_path / "bin", {"llc": "x86_only_targets.sh",
                                                   "llvm-mc": "x86_only_targets.sh"})
    toolchain = discover(Settings(llvm_bin=str(x86_only)))
    text = (FIXTURES / "riscv32-unknown-elf.s").read_text()
    [diagnostic] = check_asm(toolchain, text)
    assert diagnostic.line == 0 and diagnostic.severity == "error"
    assert "was built without the `riscv32` target, which riscv32-unknown-elf needs" in diagnostic.message
    assert "(it has: x86, x86-64)" in diagnostic.message
    with pytest.raises(ToolFailure, match="without the `riscv32` target"):
        measure_asm(toolchain, text)
    assert check_asm(toolchain, (FIXTURES / "x86_64-linux-gnu.s").read_text()) == []


# --- over the language server -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["thumbv7m-none-eabi", "riscv32-unknown-elf"])
async def test_hover_symbols_and_diagnostics_over_lsp(name: str, toolchain: Toolchain,
                                                      tmp_path: Path) -> None:
    text = (FIXTURES / f"{name}.s").read_text()
    expected = {n: f.bytes for n, f in measure_asm(toolchain, text).functions.items()}
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / f"{name}.s", text)
        await wait_for(lambda: uri in client.diagnostics)
        assert len(client.diagnostics[uri]) == 0  # no wall of x86 errors
        lines = text.splitlines()
        line = label_line(lines, "crc4")
        hover = await poll_hover(client, uri, line + 2, lambda h: "bytes (llvm-mc)" in h)
        assert f"- measured: {expected['crc4']} bytes (llvm-mc)" in hover
        assert f"- target: {TARGETS[name]}" in hover
        symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        assert [s.name for s in symbols] == FUNCTIONS

        broken = "\n".join([*lines[: line + 1], "\tfrobnicate", *lines[line + 1 :]]) + "\n"
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=broken)]))
        await wait_for(lambda: client.diagnostics.get(uri))
        [diagnostic] = client.diagnostics[uri]
        assert diagnostic.range.start.line == line + 1 and diagnostic.source == "llvm-mc"


async def test_asm_triple_setting_over_lsp(tmp_path: Path) -> None:
    bare = ".globl f\nf:\n\tnop\n\tnop\n.size f, .-f\n"
    async with lsp_session({"asmTriple": "thumbv7m-none-eabi"}) as client:
        uri = open_document(client, tmp_path / "bare.s", bare)
        hover = await poll_hover(client, uri, 3, lambda h: "bytes (llvm-mc)" in h)
        assert "- measured: 4 bytes (llvm-mc)" in hover  # two 16-bit Thumb nops
        assert "- target: thumbv7m-none-eabi (the asmTriple setting / --triple)" in hover
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"irlens": {"asmTriple": "riscv32-unknown-elf"}}))
        hover = await poll_hover(client, uri, 3, lambda h: "riscv32" in h and "bytes (llvm-mc)" in h)
        assert "- measured: 8 bytes (llvm-mc)" in hover


def test_fixtures_are_what_make_sh_makes(tmp_path: Path) -> None:
    """The checked-in files are exactly what their command (make.sh, clang-19) makes."""
    for name in ("sizes.c", "make.sh"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    subprocess.run(["sh", tmp_path / "make.sh"], check=True, timeout=120)
    for name in TARGETS:
        for suffix in (".ll", ".s"):
            made = (tmp_path / f"{name}{suffix}").read_text()
            assert made == (FIXTURES / f"{name}{suffix}").read_text(), f"{name}{suffix}"


# --- lifting's round trip -------------------------------------------------------------------------------

def test_round_trip_compiles_for_the_assemblys_target(toolchain: Toolchain) -> None:
    """IR for the AArch64 function (its own -Oz IR, with no triple of its own, as a model may write it):
    llc must compile it for AArch64, where it reproduces clang's listing exactly."""
    asm = (FIXTURES / "aarch64-linux-gnu.s").read_text()
    ir = subprocess.run([LLVM / "opt", "-p", "default<Oz>", "-S", FIXTURES / "aarch64-linux-gnu.ll"],
                        capture_output=True, text=True, check=True).stdout
    ir = "\n".join(line for line in ir.splitlines()
                   if not line.startswith(("target triple", "target datalayout")))
    triple = resolve_asm_target(toolchain, asm).triple
    same_target = check_round_trip(toolchain, asm, "sum_array", ir, triple=triple)
    assert same_target.compiles and same_target.round_trip_exact and same_target.instructions_differing == 0
    host = check_round_trip(toolchain, asm, "sum_array", ir)
    assert host.compiles and not host.round_trip_exact


def test_instructions_keep_arm_immediates_and_drop_every_comment_style() -> None:
    thumb = instructions((FIXTURES / "thumbv7m-none-eabi.s").read_text(), "sum_array")
    assert thumb[:4] == ["push {r4, r6, r7, lr}", "add r7, sp, #8", "mov r2, r0", "movs r0, #0"]
    aarch64 = instructions("f:\n\tmov w0, #1 // one\n\tret\t// done\n", "f")
    assert aarch64 == ["mov w0, #1", "ret"]


def test_lifting_a_target_the_model_was_not_trained_on_is_refused() -> None:
    tiny = ModelStatus("ready", name="irlens-tiny.gguf", prompt_format="irlens")
    meta = ModelStatus("ready", name="llm-compiler-7b-ftd.Q4_K_M.gguf", prompt_format="llm-compiler")
    assert unknown_target_problem(tiny, "x86_64-unknown-linux-gnu") is None
    problem = unknown_target_problem(tiny, "thumbv7m-none-eabi")
    assert problem is not None and "no lifting model for ARM/Thumb assembly (thumbv7m-none-eabi)" in problem
    assert "trained to lift x86 assembly only" in problem
    assert unknown_target_problem(meta, "aarch64-unknown-linux-gnu") is None
    assert unknown_target_problem(meta, "riscv32-unknown-elf") is not None


def test_lift_cli_says_so_for_a_target_no_model_lifts(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # AArch64: no lifting model in models/ names it (irlens-tiny-cross-lift lifts thumbv7m and riscv32)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    model = write_tiny_gguf(tmp_path / "irlens-tiny-test.gguf", context_length=2048)
    code = main(["lift", str(FIXTURES / "aarch64-linux-gnu.s"), "--function", "fib", "--model", str(model),
                 "--json", "--threads", "1"])
    data = json.loads(capsys.readouterr().out)
    assert code == 3 and data["ir"] is None and data["compiles"] is False
    assert "no lifting model for AArch64 assembly (aarch64" in data["error"]
    assert "its IR would be for the wrong target" in data["error"]
