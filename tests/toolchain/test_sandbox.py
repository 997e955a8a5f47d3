"""Passes are checked for what they do, and tools cannot write outside their own temporary directory.

The module tests/faults/gcov_escape.ll carries `!llvm.gcov` metadata naming a notes file outside any
tool's directory; `insert-gcov-profiling` would write it there. It is refused as a pipeline (CLI, LSP,
a remote model proposing it) and, with the pass check bypassed, the Landlock sandbox stops the write.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FAULTS, function_facts, lsp_session, open_document, standin_model_server
from irlens.config import Settings
from irlens.engine.candidates import FALLBACK_PIPELINES, candidate_pipelines
from irlens.toolchain import sandbox
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.pipeline import (
    ALLOWED_PASSES,
    PipelineRejected,
    parse_pipeline,
    registered_passes,
    validate_pipeline,
)
from irlens.toolchain.runner import run_tool
from polling import wait_for

GCOV_PIPELINE = "insert-gcov-profiling,default<Oz>"
needs_landlock = pytest.mark.skipif(sandbox.landlock_abi() == 0, reason="this kernel offers no Landlock")


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def gcov_module(outside: Path) -> str:
    outside.mkdir(parents=True, exist_ok=True)
    text = (FAULTS / "gcov_escape.ll").read_text()
    return text.replace("GCNO_PATH", str(outside / "escaped.gcno")).replace("GCDA_PATH",
                                                                              str(outside / "escaped.gcda"))


def model_proposing(pipeline: str, asked: list[str]):  # type: ignore[no-untyped-def]
    def answer(prompt: str) -> str:
        asked.append(prompt)
        return f"Run opt -p '{pipeline}' to get instruction count 3 and binary size 8 bytes."
    return answer


@pytest.mark.parametrize("pipeline", [
    "insert-gcov-profiling", "function(instcombine),insert-gcov-profiling", "instrprof", "pgo-instr-gen",
    "pgo-instr-use", "sample-profile", "pgo-icall-prom", "asan", "msan", "tsan-module", "hwasan",
    "memprof-module", "ctx-instr-lower", "instrorderfile", "function(dot-cfg)", "print<domtree>",
    "view-callgraph", "embed-bitcode", "metarenamer", "trigger-crash-module",
])
def test_passes_with_io_are_refused_by_name(toolchain: Toolchain, pipeline: str) -> None:
    with pytest.raises(PipelineRejected) as caught:
        validate_pipeline(pipeline, toolchain)
    token = caught.value.token
    assert token and token in pipeline
    assert f"pass {token!r} is not allowed" in str(caught.value)
    assert "allow-list" in str(caught.value)


def test_a_pass_opt_does_not_know_yet_is_refused_as_not_on_the_list() -> None:
    """A pass a later LLVM adds (here: one opt would list) is refused until it is reviewed."""
    with pytest.raises(PipelineRejected, match="'future-pass' is not allowed: it is not on irlens's allow"):
        parse_pipeline("function(instcombine,future-pass)", frozenset({"instcombine", "future-pass"}))


def test_the_candidate_set_and_default_pipelines_stay_accepted(toolchain: Toolchain) -> None:
    known = registered_passes(toolchain)
    for pipeline in [*candidate_pipelines(), *FALLBACK_PIPELINES, "default<O2>", "default<Os>", "default<Oz>",
                     "function(verify)"]:
        parse_pipeline(pipeline, known)  # the allow-list's part; opt's own check is test_pipeline's
    assert "insert-gcov-profiling" in known  # opt has it: the list refuses it
    assert "insert-gcov-profiling" not in ALLOWED_PASSES


@needs_landlock
def test_the_sandbox_itself_stops_the_write(toolchain: Toolchain, tmp_path: Path) -> None:
    """run_tool with the pass check bypassed: opt runs the pass, the kernel refuses the write."""
    outside = tmp_path / "outside"
    module = gcov_module(outside).encode()
    # Unconfined, this module really makes opt write there (so the check below can fail).
    subprocess.run([toolchain.path("opt"), "-p", "insert-gcov-profiling", "-disable-output"], input=module,
                   check=True, capture_output=True, timeout=30)
    assert (outside / "escaped.gcno").exists()
    (outside / "escaped.gcno").unlink()

    result = run_tool(toolchain, "opt", ["-p", "insert-gcov-profiling", "-S", "-o", "out.ll"], stdin=module,
                      outputs=["out.ll"])
    assert not result.ok
    assert "Permission denied" in result.stderr_text
    assert list(outside.iterdir()) == []
    # Writing in its own directory still works.
    result = run_tool(toolchain, "opt", ["-p", "default<Oz>", "-S", "-o", "out.ll"], stdin=module,
                      outputs=["out.ll"])
    assert result.ok and b"define" in result.outputs["out.ll"]


@needs_landlock
def test_a_tool_cannot_create_or_remove_files_elsewhere(tmp_path: Path) -> None:
    """Any write outside: a fake opt (a shell script) tries to create, append, delete and link."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    script = tmp_path / "tools" / "opt"
    script.parent.mkdir()
    script.write_text(f"#!/bin/sh\necho x > {tmp_path}/new.txt\necho x >> {victim}\nrm -f {victim}\n"
                      f"ln -s /etc/passwd {tmp_path}/link\nmkdir {tmp_path}/dir\necho inside > here.txt\n"
                      "cat here.txt\n")
    script.chmod(0o755)
    fake = Toolchain(version=19, tools={"opt": str(script)}, missing=(), origin="test")
    result = run_tool(fake, "opt", [])
    assert result.stdout_text == "inside\n"  # its own directory is writable
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tools", "victim.txt"]
    assert victim.read_text() == "keep me\n"


@needs_landlock
def test_cli_with_a_remote_model_proposing_gcov(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    source = tmp_path / "gcov.ll"
    source.write_text(gcov_module(outside))
    asked: list[str] = []
    with standin_model_server(model_proposing(GCOV_PIPELINE, asked)) as url:
        started = time.monotonic()
        command = ["optimize", str(source), "--function", "f", "--budget", "4", "--remote", url,
                   "--format", "irlens", "--json"]
        run = subprocess.run([sys.executable, "-m", "irlens", *command], capture_output=True, text=True,
                             timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert asked, "the model was never asked"
    assert GCOV_PIPELINE in report["model"]["proposals"]
    refused = [c for c in report["candidates"] if c["pipeline"] == GCOV_PIPELINE]
    assert refused and "insert-gcov-profiling" in refused[0]["error"] and "allow-list" in refused[0]["error"]
    assert list(outside.iterdir()) == []
    assert time.monotonic() - started < 60


@needs_landlock
async def test_lsp_with_a_remote_model_proposing_gcov(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    asked: list[str] = []
    with standin_model_server(model_proposing(GCOV_PIPELINE, asked)) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens", "maxCandidates": 2}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            uri = open_document(client, tmp_path / "gcov.ll", gcov_module(outside))
            await wait_for(lambda: asked, 60)
            # The search for @f (the model's proposal among the candidates) has ended.
            facts = await wait_for(lambda: function_facts(client, uri, "f"), 60, "the search for @f ended",
                                   until=lambda facts: facts is not None and facts["suggestion"] is not None,
                                   interval_s=0.2)
            assert facts["suggestion"]["pipeline"] != GCOV_PIPELINE
    assert list(outside.iterdir()) == []
