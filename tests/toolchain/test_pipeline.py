"""Pipeline validation: new-PM text only, pass names from opt itself, opt as the final judge."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from conftest import wrapped_toolchain
from irlens.config import Settings
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.pipeline import (
    MAX_PIPELINE_CHARS,
    PassListUnavailable,
    PipelineRejected,
    parse_pipeline,
    registered_passes,
    validate_pipeline,
)
from irlens.toolchain.runner import ToolFailure, cancelled_when


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("default<Oz>", "default<Oz>"),
        ("  default<Oz> , function( instcombine )", "default<Oz>,function(instcombine)"),
        ("mergefunc,default<Oz>", "mergefunc,default<Oz>"),
        ("loop-mssa(licm)", "loop-mssa(licm)"),
        ("function(simplifycfg<bonus-inst-threshold=1;switch-range-to-icmp>)",
         "function(simplifycfg<bonus-inst-threshold=1;switch-range-to-icmp>)"),
        ("function<eager-inv>(sroa),cgscc(function-attrs)",
         "function<eager-inv>(sroa),cgscc(function-attrs)"),
    ],
)
def test_accepts_real_pipelines(toolchain: Toolchain, text: str, canonical: str) -> None:
    assert validate_pipeline(text, toolchain) == canonical


@pytest.mark.parametrize(
    ("text", "token", "reason"),
    [
        ("-load-pass-plugin=evil.so", "-load-pass-plugin=evil.so", "flags"),
        ("-load=evil.so", "-load=evil.so", "flags"),
        ("default<Oz>,/tmp/evil.so", "/tmp/evil.so", "paths"),
        ("default<Oz>;touch x", ";touch x", "shell"),
        ("default<Oz>|cat", "|cat", "shell"),
        ("default<Oz>$(id)", "$", "shell"),
        ("'default<Oz>'", "'default", "quotes"),
        ("default<Oz>\ninstcombine", "\ninstcombine", "whitespace"),
        ("default<Oz>,\u00a0instcombine", "\u00a0instcombine", "whitespace"),
        ("default<O z>", " z", "whitespace"),
        ("frobnicate", "frobnicate", "unknown pass"),
        ("function(dot-cfg)", "dot-cfg", "not allowed"),
        ("print<domtree>", "print", "not allowed"),
        ("trigger-crash-module", "trigger-crash-module", "not allowed"),
    ],
)
def test_refuses_and_names_the_token(toolchain: Toolchain, text: str, token: str, reason: str) -> None:
    with pytest.raises(PipelineRejected) as caught:
        validate_pipeline(text, toolchain)
    assert caught.value.token == token
    assert reason in str(caught.value)


def test_length_and_nesting_caps(toolchain: Toolchain) -> None:
    with pytest.raises(PipelineRejected, match="limit"):
        validate_pipeline("instcombine," * (MAX_PIPELINE_CHARS // 12 + 1) + "instcombine", toolchain)
    with pytest.raises(PipelineRejected, match="nests deeper"):
        parse_pipeline("module(" * 20 + "globaldce" + ")" * 20)


@pytest.mark.parametrize("text", ["", "default<Oz>,", "function(sroa", "function(sroa))"])
def test_malformed_text(toolchain: Toolchain, text: str) -> None:
    with pytest.raises(PipelineRejected):
        validate_pipeline(text, toolchain)


@pytest.mark.parametrize(
    ("text", "opt_says"),
    [
        ("instcombine,globaldce", "unknown function pass 'globaldce'"),  # flat module/function mix
        ("function(licm)", "LICM requires MemorySSA"),  # licm outside loop-mssa
    ],
)
def test_opt_is_the_final_validator(toolchain: Toolchain, text: str, opt_says: str) -> None:
    with pytest.raises(PipelineRejected) as caught:
        validate_pipeline(text, toolchain)
    assert "opt rejected" in str(caught.value) and opt_says in str(caught.value)


def test_pass_names_come_from_opt(toolchain: Toolchain) -> None:
    passes = registered_passes(toolchain)
    assert {"instcombine", "mergefunc", "simplifycfg", "globaldce"} <= passes
    assert not any("<" in name for name in passes)


def test_a_failed_pass_list_is_remembered_per_toolchain(tmp_path: Path) -> None:
    """opt --print-passes that hangs fails once, at the user's timeout; every later check with that
    toolchain fails at once with the same message instead of running opt again."""
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    toolchain = discover(Settings(llvm_bin=str(tools), tool_timeout_s=1.0))
    started = time.monotonic()
    with pytest.raises(PassListUnavailable) as first:
        validate_pipeline("default<Oz>", toolchain)
    assert time.monotonic() - started < 1.0 + 2.0
    assert str(first.value) == ("opt timed out: --print-passes gave no pass list (no result after 1 s; "
                                "stopped); no pipeline can be checked")
    started = time.monotonic()
    for pipeline in ("function(instcombine)", "default<Os>"):
        with pytest.raises(PassListUnavailable) as again:
            validate_pipeline(pipeline, toolchain)
        assert str(again.value) == str(first.value)
    assert time.monotonic() - started < 0.5


def test_a_cancelled_pass_list_is_not_remembered(tmp_path: Path) -> None:
    """opt --print-passes stopped because the caller's document was replaced is no verdict on opt: the
    next check runs it again (here it hangs, so it fails at the timeout, not with "cancelled")."""
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    toolchain = discover(Settings(llvm_bin=str(tools), tool_timeout_s=1.0))
    replaced = threading.Event()
    replaced.set()
    with cancelled_when(replaced), pytest.raises(ToolFailure) as cancelled:
        validate_pipeline("default<Oz>", toolchain)
    assert cancelled.value.kind == "cancelled" and not isinstance(cancelled.value, PassListUnavailable)
    with pytest.raises(PassListUnavailable) as next_check:
        validate_pipeline("default<Oz>", toolchain)
    assert "no result after 1 s" in str(next_check.value)
