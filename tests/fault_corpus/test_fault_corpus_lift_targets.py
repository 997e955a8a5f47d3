"""Part of the fault corpus: lifting models whose target metadata is careless or hostile. A lifting
GGUF's `irlens.lift_targets` naming no target irlens knows, or odd text, never makes a lift of another
target's assembly, and never takes the server down: the lift is refused with one message (each case a
few seconds: a tiny model, one lift that stops at the target check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from irlens.config import Settings
from irlens.ir.asm import parse_asm
from irlens.lift.lifter import LiftOptions, lift_function
from irlens.model.service import ModelService
from irlens.toolchain.discovery import discover
from model_fixtures import write_tiny_gguf

# AArch64: no lifting model in models/ names it
AARCH64 = Path(__file__).resolve().parents[1] / "fixtures" / "targets" / "aarch64-linux-gnu.s"


@pytest.mark.parametrize("declared", ["pdp11", " , ,", "aarch64\u202e,\x00", "x" * 5000])
def test_unknown_or_garbled_lift_targets_refuse_the_lift(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         declared: str) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    main_model = write_tiny_gguf(tmp_path / "irlens-main-test.gguf", tasks="flag-tuning")
    odd = write_tiny_gguf(tmp_path / "irlens-odd-lift.gguf", tasks="disassembly", context_length=2048,
                          metadata={"irlens.lift_targets": declared})
    settings = Settings(model_path=str(main_model), lift_model_path=str(odd),  # type: ignore[arg-type]
                        n_threads=1, model_max_tokens=8)
    service = ModelService(settings, watch=False, cache_dir=tmp_path / "cache")
    service.start()
    try:
        assert service.wait_until_settled(60).state == "ready"
        text = AARCH64.read_text()
        function = next(f for f in parse_asm(text).functions if f.name == "sum_array")
        result = lift_function(discover(), service, text, function, options=LiftOptions(candidates=1))
        assert result.choice == "refused" and not result.candidates
        assert "no lifting model for AArch64 assembly (aarch64" in (result.problem or "")
    finally:
        service.stop()
