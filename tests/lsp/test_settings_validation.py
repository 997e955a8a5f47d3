"""Odd setting values get a sentence naming the setting and what it accepts, never a traceback; the
previous value stays. The LSP shows the sentence (window/showMessage); the CLI gives a usage error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from conftest import EXAMPLES, line_of, lsp_session, open_document, poll_hover
from irlens.cli import main
from irlens.config import Settings, check_setting
from irlens.toolchain.discovery import discover
from polling import wait_for

SIZES = (EXAMPLES / "sizes.ll").read_text()


@pytest.mark.parametrize(
    ("key", "value", "accepted"),
    [
        ("llvmBin", ["/usr/bin"], "a path as text"),
        ("llvmBin", 19, "a path as text"),
        ("toolTimeoutS", 1e300, "from 0.1 to 86400 seconds"),
        ("toolTimeoutS", -1, "from 0.1 to 86400 seconds"),
        ("toolTimeoutS", float("nan"), "from 0.1 to 86400 seconds"),
        ("toolMemoryMb", 1e13, "a whole number from 64 to 1048576 MB"),
        ("toolMemoryMb", 100.5, "a whole number"),
        ("toolOutputMb", 0, "a whole number from 1 to 1048576 MB"),
        ("maxInputMb", -64, "a whole number from 1 to 1048576 MB"),
        ("maxInputMb", "64", "a whole number"),
        ("nCtx", 0, "from 256 to 1048576 tokens"),
        ("debounceMs", -5, "from 0 to 60000 ms"),
        ("debounceMs", "fast", "a whole number"),
        ("nThreads", 0, "or null (automatic)"),
        ("modelFormat", "gpt", "one of 'auto', 'llm-compiler', 'irlens'"),
        ("remoteUrl", "file:///etc/passwd", "a URL (http:// or https://)"),
        ("diagnosticsOnType", 1, "true or false"),
        ("remoteReadTimeoutS", True, "a number"),
        ("liftCandidates", 0, "a whole number from 1 to 64 candidates per function"),
        ("liftRefineS", -1, "from 0 to 600 seconds (0: no refinement)"),
    ],
)
def test_refused_with_a_sentence_and_the_previous_value_kept(key: str, value: Any, accepted: str) -> None:
    before = Settings(tool_timeout_s=7.0)
    after, problems = before.updated({"irlens": {key: value, "maxCandidates": 3}})
    assert len(problems) == 1
    assert problems[0].startswith(f"setting {key} = ") and accepted in problems[0]
    assert "keeping" in problems[0]
    assert after.max_candidates == 3  # the good values in the same change still apply
    unchanged = {name: getattr(before, name) for name in vars(before) if name != "max_candidates"}
    assert {name: getattr(after, name) for name in unchanged} == unchanged


def test_good_values_are_taken_as_the_setting_holds_them() -> None:
    settings, problems = Settings().updated({"toolTimeoutS": 5, "toolMemoryMb": 2048.0, "nThreads": None,
                                             "llvmBin": "", "remoteUrl": "http://127.0.0.1:8080",
                                             "nGpuLayers": -1, "modelConnectTimeoutS": 3})
    assert problems == []
    assert (settings.tool_timeout_s, settings.tool_memory_mb, settings.n_threads, settings.llvm_bin) == (
        5.0, 2048, None, None)
    assert isinstance(settings.tool_timeout_s, float) and isinstance(settings.tool_memory_mb, int)
    assert settings.remote_url == "http://127.0.0.1:8080" and settings.n_gpu_layers == -1
    assert settings.extra == {"modelConnectTimeoutS": 3}  # unknown keys are kept, not refused


def test_the_limits_settings_reach_the_tools() -> None:
    settings, problems = Settings().updated({"toolOutputMb": 16.0, "maxInputMb": 128})
    assert problems == [] and (settings.tool_output_mb, settings.max_input_mb) == (16, 128)
    assert discover(settings).limits.output_mb == 16


async def test_lsp_shows_the_sentence_and_keeps_serving(tmp_path: Path) -> None:
    async with lsp_session({"llvmBin": ["/usr/lib/llvm-19/bin"], "toolMemoryMb": 1e13}) as client:
        await wait_for(lambda: sum("was refused" in m.message for m in client.messages) >= 2, 10)
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"irlens": {"toolTimeoutS": 1e300, "debounceMs": 10}}))
        shown = await wait_for(lambda: [m for m in client.messages if "toolTimeoutS" in m.message], 10)
        assert shown[0].type == types.MessageType.Warning
        assert shown[0].message == ("irlens: setting toolTimeoutS = 1e+300 was refused: it takes a number "
                                    "from 0.1 to 86400 seconds; keeping 60.0")
        assert any(m.message.startswith("irlens: setting llvmBin = [") for m in client.messages)
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        hover = await poll_hover(client, uri, line_of(SIZES, "define dso_local i32 @main"),
                                 lambda text: "bytes (llc -O2)" in text, timeout_s=60)
        assert "@main" in hover


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["optimize", "F", "--jobs", "-1"],
         "argument --jobs: invalid value '-1': it takes a whole number from 1"),
        (["optimize", "F", "--jobs", "two"], "argument --jobs: invalid value 'two'"),
        (["optimize", "F", "-o", "DIR"],
         "argument -o/--output: 'DIR' is a directory; give the name of a file"),
        (["optimize", "F", "-o", "DIR/missing/out.ll"],
         "the directory of 'DIR/missing/out.ll' does not exist"),
        (["optimize", "F", "--timeout", "0"],
         "argument --timeout: invalid value '0': it takes a number from 0.1"),
        (["size", "F", "--timeout", "1e300"], "argument --timeout: invalid value '1e300'"),
        (["lift", "F", "--threads", "-3"], "argument --threads: invalid value '-3'"),
        (["lift", "F", "--candidates", "0"],
         "argument --candidates: invalid value '0': it takes a whole number from 1 to 64"),
        (["lift", "F", "--candidates", "many"], "argument --candidates: invalid value 'many'"),
        (["lift", "F", "-o", "DIR"], "'DIR' is a directory"),
    ],
)
def test_cli_flags_get_a_usage_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      argv: list[str], says: str) -> None:
    source = tmp_path / "f.ll"
    source.write_text(SIZES)
    directory = str(tmp_path / "out")
    Path(directory).mkdir()
    args = [str(source) if a == "F" else a.replace("DIR", directory) for a in argv]
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert says.replace("DIR", directory) in error
    assert "Traceback" not in error


def test_every_setting_has_a_check() -> None:
    """A setting added without saying what it accepts would be refused whatever its value."""
    defaults = Settings()
    for name in vars(defaults):
        if name != "extra":
            assert check_setting(name, getattr(defaults, name)) == getattr(defaults, name), name
