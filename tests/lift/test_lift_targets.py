"""Lifting ARM/Thumb (thumbv7m) and RISC-V (riscv32) assembly: the target comes from the file, the lift
goes to a lifting model whose GGUF names that target (irlens.lift_targets), and where none is installed
the answer is one message naming the target, never an x86 lift of another target's code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clang_output import assembly
from irlens.cli import main
from irlens.config import Settings
from irlens.ir.asm import parse_asm
from irlens.lift.lifter import LiftOptions, lift_function, unknown_target_problem
from irlens.model.gguf_info import read_gguf_info
from irlens.model.service import ModelService
from irlens.toolchain.discovery import discover
from model_fixtures import write_tiny_gguf

TARGET_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "targets"
CROSS_FILES = {"thumbv7m-none-eabi.s": "ARM/Thumb", "riscv32-unknown-elf.s": "RISC-V"}


def _service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cross_targets: str | None) -> ModelService:
    """A main model that cannot lift, an x86-64 lifting model (liftModelPath) and, in the models
    directory, a lifting model for `cross_targets` when given."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no user models
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    models = tmp_path / "models"
    models.mkdir()
    main_model = write_tiny_gguf(tmp_path / "irlens-main-test.gguf", tasks="flag-tuning")
    x86 = write_tiny_gguf(tmp_path / "irlens-x86-lift.gguf", tasks="disassembly", context_length=2048)
    if cross_targets is not None:
        write_tiny_gguf(models / "irlens-cross-lift.gguf", tasks="disassembly", context_length=2048, seed=5,
                        metadata={"irlens.lift_targets": cross_targets})
    service = ModelService(Settings(model_path=str(main_model), models_dir=str(models),  # type: ignore[arg-type]
                                    lift_model_path=str(x86), n_threads=1, model_max_tokens=8),
                           watch=False, cache_dir=tmp_path / "cache")
    service.start()
    assert service.wait_until_settled(60).state == "ready"
    return service


def _function(text: str):  # type: ignore[no-untyped-def]
    return next(f for f in parse_asm(text).functions if f.name == "sum_array")


@pytest.mark.parametrize(("file", "family"),
                         [*sorted(CROSS_FILES.items()), ("aarch64-linux-gnu.s", "AArch64")])
def test_without_a_lifting_model_for_the_target_the_lift_is_refused_naming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, family: str) -> None:
    text = (TARGET_FIXTURES / file).read_text()
    # a lifting model for another target in the models directory (models/ may ship one for Thumb and
    # RISC-V: it comes after this one, which answers for the targets it names)
    service = _service(tmp_path, monkeypatch, cross_targets="x86_64" if file.startswith("aarch64") else None)
    try:
        # the listing translation aside (it needs no model; tested below)
        result = lift_function(discover(), service, text, _function(text),
                               options=LiftOptions(candidates=2, listing=False))
        if not file.startswith("aarch64") and result.choice != "refused":
            assert _repo_ships_a_lifting_model_for(file), result.problem
            return
        assert result.choice == "refused" and not result.candidates  # the x86 model was never asked
        assert result.problem is not None
        assert f"no lifting model for {family} assembly (" in result.problem
        assert "irlens.lift_targets" in result.problem and "irlens-x86-lift.gguf" in result.problem
    finally:
        service.stop()


def test_an_O0_listing_the_translation_reads_is_lifted_without_asking_a_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = assembly("int sum(int *a, int n) {\n  int s = 0;\n"
                    "  for (int i = 0; i < n; i++) s += a[i];\n  return s;\n}\n",
                    "--target=riscv32-unknown-elf", "-O0")
    # an x86-64 lifting model only, the repository's models aside (it may ship one for RISC-V)
    service = _service(tmp_path, monkeypatch, cross_targets=None)
    try:
        function = next(f for f in parse_asm(text).functions if f.name == "sum")
        result = lift_function(discover(), service, text, function, options=LiftOptions(candidates=2))
        assert result.choice == "exact" and result.source == "listing", result.problem
        assert result.candidates_tried == 0  # no model was asked
    finally:
        service.stop()


def _repo_ships_a_lifting_model_for(file: str) -> bool:
    from irlens.model.discovery import repo_models_dir

    name = file.split("-", 1)[0]
    return any(name in read_gguf_info(path).lift_targets for path in repo_models_dir().glob("*-lift.gguf"))


@pytest.mark.parametrize("file", sorted(CROSS_FILES))
def test_the_lifting_model_that_names_the_target_lifts_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          file: str) -> None:
    text = (TARGET_FIXTURES / file).read_text()
    service = _service(tmp_path, monkeypatch, cross_targets="thumbv7m,riscv32")
    try:
        result = lift_function(discover(), service, text, _function(text), options=LiftOptions(candidates=2))
        # random weights: garbage, but the target's model was asked (loaded on this first lift)
        assert result.choice == "no-answer" and len(result.candidates) == 2, result.problem
        triple = file.removesuffix(".s")
        status = service.lifting_status(lambda s: unknown_target_problem(s, triple) is None)
        assert status.name == "irlens-cross-lift.gguf" and "llama.cpp" in status.detail
        # x86-64 assembly still goes to the x86-64 lifting model, which has not loaded
        assert service.lifting_status().name == "irlens-x86-lift.gguf"
        assert "loads on the first lift" in service.lifting_status().detail
    finally:
        service.stop()


def test_a_model_that_names_other_targets_is_not_asked(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    text = (TARGET_FIXTURES / "aarch64-linux-gnu.s").read_text()
    service = _service(tmp_path, monkeypatch, cross_targets="thumbv7m,riscv32")
    try:
        result = lift_function(discover(), service, text, _function(text), options=LiftOptions(candidates=1))
        assert result.choice == "refused" and "AArch64" in (result.problem or "")
    finally:
        service.stop()


def test_lift_cli_names_the_target_it_has_no_model_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    main_model = write_tiny_gguf(tmp_path / "irlens-main-test.gguf", tasks="flag-tuning")
    x86 = write_tiny_gguf(tmp_path / "irlens-x86-lift.gguf", tasks="disassembly", context_length=2048)
    code = main(["lift", str(TARGET_FIXTURES / "aarch64-linux-gnu.s"), "--function", "sum_array", "--json",
                 "--model", str(main_model), "--lift-model", str(x86), "--threads", "1"])
    data = json.loads(capsys.readouterr().out)
    assert code == 3 and data["choice"] == "refused" and data["candidates_tried"] == 0
    assert "no lifting model for AArch64 assembly (aarch64" in data["error"]


def test_refinement_reads_thumb_and_riscv_operands_and_conditions() -> None:
    from irlens.ir.asm import ASM_FAMILIES, AsmSymbol, asm_instructions, asm_operands, referenced_symbols
    from irlens.lift.structure import conditions

    thumb = ("fn0:\n\tpush\t{r7, lr}\n\tsub\tsp, #32\n\tstr\tr0, [sp, #28]\n\tstrh\tr2, [r7, #-10]\n"
             "\tmovw\tr1, :lower16:(g0+8)\n\tmovt\tr1, :upper16:(g0+8)\n\tmovs\tr0, #60\n\tbl\tmalloc\n"
             "\tcbz\tr0, .LBB0_2\n\tb\t.LBB0_1\n\tbx\tlr\t@ done\n")
    assert referenced_symbols(thumb, "arm") == [AsmSymbol("g0", False, True), AsmSymbol("malloc", True, True)]
    operands = asm_operands(thumb, "arm")
    assert operands.immediates == [60] and operands.offsets == [("g0", 8)]  # not the frame's 32, 28, -10
    riscv = ("fn3:\n\taddi\tsp, sp, -32\n\tsw\tra, 28(sp)\n\taddi\ts0, sp, 32\n\tsw\ta1, -12(s0)\n"
             "\tlui\ta0, %hi(g0)\n\tlw\ta1, %lo(g0+4)(a0)\n\tsrai\ta0, a1, 31\n\tli\ta0, 100\n\tcall\text2\n"
             "\ttail\tother\n\tret\t# done\n")
    assert referenced_symbols(riscv, "riscv") == [AsmSymbol("g0", False, True), AsmSymbol("ext2", True, True),
                                                  AsmSymbol("other", True, True)]
    operands = asm_operands(riscv, "riscv")
    assert operands.immediates == [31, 100] and operands.offsets == [("g0", 4)]
    assert {"arm", "riscv"} <= set(ASM_FAMILIES)
    # their branches' conditions, as icmp predicates (with inverses and swaps), for structural edits
    assert "sgt" in conditions(list(asm_instructions("f:\n\tcmp\tr0, #3\n\tbgt\t.LBB0_2\n", "arm")))
    assert "ult" in conditions(list(asm_instructions("f:\n\tbltu\ta0, a1, .LBB0_2\n", "riscv")))
    assert conditions(list(asm_instructions("f:\n\tbl\tmalloc\n\tbx\tlr\n", "arm"))) == ()


SHIPPED_CROSS_MODEL = "irlens-tiny-cross-lift.gguf"


def test_the_shipped_thumb_and_riscv_lifting_model_lifts_a_function_that_compiles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    from irlens.model.discovery import repo_models_dir

    path = repo_models_dir() / SHIPPED_CROSS_MODEL
    if not path.is_file():
        pytest.skip(f"no models/{SHIPPED_CROSS_MODEL} in this checkout")
    entry = next(m for m in json.loads((repo_models_dir() / "manifest.json").read_text())["models"]
                 if m["file"] == path.name)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    assert read_gguf_info(path).lift_targets == ("thumbv7m", "riscv32")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # the shipped main model: x86-64 goes to irlens-tiny-lift, Thumb to the cross-target model
    service = ModelService(Settings(model_path=str(repo_models_dir() / "irlens-tiny.gguf"), n_threads=1),
                           watch=False, cache_dir=tmp_path / "cache")
    service.start()
    try:
        assert service.wait_until_settled(60).state == "ready"
        text = (TARGET_FIXTURES / "lift-thumbv7m-small.s").read_text()
        function = parse_asm(text).functions[0]
        result = lift_function(discover(), service, text, function, options=LiftOptions(candidates=8))
        assert result.check is not None and result.check.compiles, result.verdict()
        assert result.ir is not None and 'target triple = "thumbv7m' in result.ir
    finally:
        service.stop()
