"""`irlens report --ray`: a real 1-node Ray head on loopback gives the same results as the local pool,
and a cluster that goes away mid-run is reported and the run finishes locally."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from irlens.bench.report import free_port
from irlens.config import Settings
from irlens.engine.fanout import ResultCache
from irlens.engine.report import RunOptions, build_report
from irlens.toolchain.discovery import discover
from polling import wait_until

pytest.importorskip("ray")
RAY = str(Path(sys.executable).parent / "ray") if (Path(sys.executable).parent / "ray").exists() else "ray"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ray_head(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    # The workers import this checkout's irlens, as the driver does.
    env = {**os.environ, "PYTHONPATH": str(REPO / "server"), "RAY_USAGE_STATS_ENABLED": "0"}
    subprocess.run([RAY, "start", "--head", "--node-ip-address=127.0.0.1", f"--port={port}", "--num-cpus=2",
                    "--include-dashboard=false", "--disable-usage-stats"], check=True, capture_output=True,
                   env=env, timeout=120)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([RAY, "stop", "--force"], capture_output=True, env=env, timeout=60)


def _write_modules(directory: Path, count: int) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    base = (REPO / "examples" / "sizes.ll").read_text()
    for index in range(count):  # distinct texts: each is its own task and cache entry
        (directory / f"m{index}.ll").write_text(base + f"\n@marker{index} = global i32 {index}\n")
    (directory / "broken.ll").write_text("define void @g( {\n")
    return directory


@pytest.fixture(scope="module")
def modules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_modules(tmp_path_factory.mktemp("modules"), 8)


@pytest.fixture(scope="module")
def local(modules: Path) -> dict[str, Any]:
    return build_report([modules], discover(Settings()), RunOptions(progress=False))


def test_ray_results_equal_the_local_run(ray_head: str, modules: Path, local: dict[str, Any]) -> None:
    toolchain = discover(Settings())
    messages: list[str] = []
    on_ray = build_report([modules], toolchain, RunOptions(progress=False, ray_address=ray_head,
                                                           log=messages.append))
    assert on_ray == local
    assert any("1 node(s)" in message for message in messages)
    assert not any("finishing" in message for message in messages)  # nothing fell back to the local pool


def test_a_cluster_that_goes_away_is_reported_and_the_run_finishes_locally(ray_head: str,
                                                                           tmp_path: Path) -> None:
    toolchain = discover(Settings())
    modules = _write_modules(tmp_path / "modules", 20)  # enough that the cluster goes away mid-run
    cache = tmp_path / "cache"
    messages: list[str] = []
    outcome: dict[str, Any] = {}
    options = RunOptions(progress=False, ray_address=ray_head, cache=ResultCache(cache), log=messages.append)
    run = threading.Thread(target=lambda: outcome.update(report=build_report([modules], toolchain, options)))
    run.start()
    wait_until(lambda: list(cache.rglob("*.json")), 60, "a first result cached")
    subprocess.run([RAY, "stop", "--force"], capture_output=True, timeout=60)
    run.join(timeout=120)
    assert not run.is_alive()
    assert any(f"Ray cluster {ray_head}:" in m and "came back from it" in m for m in messages), messages
    assert any("locally" in message for message in messages)
    records = {Path(m["module"]).name: m for m in outcome["report"]["modules"]}
    assert len(records) == 21 and [n for n, m in records.items() if m["error"]] == ["broken.ll"]
    # Whichever side measured them, the first and the last module are what a local run gives.
    expected = build_report([modules / "m0.ll", modules / "m19.ll"], toolchain, RunOptions(progress=False))
    assert [records["m0.ll"], records["m19.ll"]] == expected["modules"]


@pytest.mark.skipif(shutil.which(RAY) is None and not Path(RAY).exists(), reason="ray CLI")
def test_an_unreachable_cluster_falls_back_to_the_local_pool(modules: Path) -> None:
    messages: list[str] = []
    report = build_report([modules / "m0.ll"], discover(Settings()),
                          RunOptions(progress=False, ray_address=f"127.0.0.1:{free_port()}",
                                     log=messages.append))
    assert report["modules"][0]["functions"] and not report["modules"][0]["error"]
    assert any("came back from it" in message for message in messages)
