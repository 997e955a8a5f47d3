"""A ranking model orders the coreset for the search (issue 9), on real llama.cpp and a real GGUF whose
rank-token logits are crafted (model_fixtures.write_ranking_gguf), with real opt/llc: the order follows
the logits; a model made for another coreset, a missing, corrupt or broken one, and a ranking that fails
in the middle of a search all leave coverage order, say why, and the search still ends verified."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, hover_text, line_of, lsp_session, open_document, poll_hover
from irlens.config import Settings
from irlens.engine.candidates import Coreset, load_coreset
from irlens.engine.optimizer import SearchOptions, optimize_function
from irlens.engine.ranking import PipelineRanker
from irlens.model.gguf_info import read_gguf_info
from irlens.model.service import ModelService, PipelineRanking
from irlens.toolchain.baseline import OZ_PIPELINE
from irlens.toolchain.discovery import Toolchain, discover
from model_fixtures import write_ranking_gguf, write_tiny_gguf

SERVICE_SETTINGS = {"model_enabled": True, "n_ctx": 4096, "n_threads": 1}


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


@pytest.fixture(scope="module")
def coreset() -> Coreset:
    shipped = load_coreset()
    assert shipped is not None and len(shipped.pipelines) >= 4
    return shipped


@pytest.fixture(scope="module")
def heldout_function() -> tuple[str, str]:
    """(extracted module, function name): the smallest held-out function, as the search sees it."""
    lines = (REPO / "models" / "eval" / "heldout.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    record = min(records, key=lambda r: len(r["ir"]))
    return record["ir"], record["function"].strip('"')


def crafted_logits(count: int) -> list[float]:
    """Distinct logits in a seeded shuffled order (neither coverage order nor its reverse)."""
    logits = [float(value) for value in range(count)]
    random.Random(7).shuffle(logits)
    return logits


def ready(service_factory: Callable[[Settings], ModelService], path: Path,
          **settings: object) -> ModelService:
    options = {**SERVICE_SETTINGS, **settings}
    service = service_factory(Settings(model_path=str(path), **options))  # type: ignore[arg-type]
    status = service.wait_until_settled(120)
    assert status.state in ("ready", "error", "disabled"), status
    return service


def test_the_order_follows_the_logits(tmp_path: Path, coreset: Coreset, toolchain: Toolchain,
                                      heldout_function: tuple[str, str],
                                      service_factory: Callable[[Settings], ModelService]) -> None:
    count = len(coreset.pipelines)
    logits = crafted_logits(count)
    path = write_ranking_gguf(tmp_path / "irlens-rank.gguf", coreset.digest, logits, oz_logit=-1.0)
    info = read_gguf_info(path)
    assert "pipeline-ranking" in info.tasks and info.ranking_problem == ""
    assert info.coreset_digest == coreset.digest and len(info.rank_tokens) == count

    service = ready(service_factory, path)
    assert service.status().state == "ready"
    assert f"ranks {count} coreset pipelines (coreset {coreset.digest[:12]})" in service.status().detail
    module, name = heldout_function
    ranking = service.rank_pipelines(module, coreset.digest, count)
    expected = sorted(range(count), key=lambda i: -logits[i])
    assert ranking.problem == "" and list(ranking.order) == expected and not ranking.oz_first

    ranker = PipelineRanker(lambda: service, coreset)
    assert ranker.uses_model() and "the model's ranking" in ranker.describe()
    ordered = [coreset.pipelines[i] for i in expected]
    assert ranker.order(module, list(coreset.pipelines)) == ordered
    # the search measures -Oz, then the model's first two pipelines (budget 3 without the input)
    result = optimize_function(toolchain, module, name, list(coreset.pipelines), ranker=ranker,
                               options=SearchOptions(budget=3, jobs=1), measure_input=False)
    assert result.model_order
    assert [o.pipeline for o in result.outcomes[:3]] == [OZ_PIPELINE, *ordered[:2]]
    assert result.size_bytes <= result.oz_bytes


def test_another_coreset_keeps_coverage_order_and_says_why(
        tmp_path: Path, coreset: Coreset, heldout_function: tuple[str, str],
        service_factory: Callable[[Settings], ModelService]) -> None:
    other = "0" * 64
    path = write_ranking_gguf(tmp_path / "irlens-rank.gguf", other, crafted_logits(len(coreset.pipelines)))
    service = ready(service_factory, path)
    assert service.status().state == "ready"
    problem = service.ranking_problem(coreset.digest, len(coreset.pipelines))
    assert "ranks another coreset" in problem and other[:12] in problem and coreset.digest[:12] in problem
    ranker = PipelineRanker(lambda: service, coreset)
    assert not ranker.uses_model()
    assert ranker.describe() == f"pipeline order: coverage order ({problem})"
    module, _ = heldout_function
    assert ranker.order(module, list(coreset.pipelines)) == list(coreset.pipelines)
    assert ranker.last_problem == problem


@pytest.mark.parametrize("fault", ["missing", "corrupt", "not one token", "K differs", "no ranking task"])
def test_a_missing_corrupt_or_broken_model_keeps_coverage_order(
        fault: str, tmp_path: Path, coreset: Coreset, heldout_function: tuple[str, str],
        service_factory: Callable[[Settings], ModelService]) -> None:
    count = len(coreset.pipelines)
    path = tmp_path / "irlens-rank.gguf"
    expected = {"missing": "no model in service", "corrupt": "no model in service",
                "not one token": "is not one token of the model's vocabulary",
                "K differs": f"has {count - 1} rank tokens for a coreset of {count}",
                "no ranking task": "does not rank pipelines (not a ranking model)"}[fault]
    if fault == "corrupt":
        whole = write_ranking_gguf(tmp_path / "whole.gguf", coreset.digest, crafted_logits(count))
        data = whole.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif fault == "not one token":
        tokens = [f"<p{i}>" for i in range(count - 1)] + ["<absent>"]
        write_ranking_gguf(path, coreset.digest, crafted_logits(count), rank_tokens=tokens)
    elif fault == "K differs":  # the digest matches (the metadata is wrong) but one token is missing
        tokens = [f"<p{i}>" for i in range(count - 1)]
        write_ranking_gguf(path, coreset.digest, crafted_logits(count), rank_tokens=tokens)
    elif fault == "no ranking task":
        write_tiny_gguf(path, tasks="flag-tuning")
    service = ready(service_factory, path)
    problem = service.ranking_problem(coreset.digest, count)
    assert expected in problem
    ranker = PipelineRanker(lambda: service, coreset)
    assert ranker.describe().startswith("pipeline order: coverage order (") and expected in ranker.describe()
    module, _ = heldout_function
    ranking = service.rank_pipelines(module, coreset.digest, count)
    assert not ranking.ranked and expected in ranking.problem
    assert ranker.order(module, list(coreset.pipelines)) == list(coreset.pipelines)


class _FailingRanking:
    """The real service, whose ranking raises: a fault the tests cannot cause through llama.cpp."""

    def __init__(self, service: ModelService) -> None:
        self._service = service

    def ranking_problem(self, coreset_digest: str, count: int) -> str:
        return self._service.ranking_problem(coreset_digest, count)

    def rank_pipelines(self, module_ir: str, coreset_digest: str, count: int,
                       cancel: threading.Event | None = None) -> PipelineRanking:
        raise RuntimeError("the ranking model crashed")


@pytest.mark.parametrize("failure", ["deadline", "exception"])
def test_a_ranking_failure_mid_search_leaves_coverage_order_and_a_verified_result(
        failure: str, tmp_path: Path, coreset: Coreset, toolchain: Toolchain,
        heldout_function: tuple[str, str], service_factory: Callable[[Settings], ModelService]) -> None:
    count = len(coreset.pipelines)
    path = write_ranking_gguf(tmp_path / "irlens-rank.gguf", coreset.digest, crafted_logits(count))
    # a deadline no evaluation meets: llama.cpp's abort callback stops the forward pass
    service = ready(service_factory, path, model_timeout_s=1e-9 if failure == "deadline" else 60.0)
    assert service.ranking_problem(coreset.digest, count) == ""
    ranker = PipelineRanker(lambda: service if failure == "deadline" else _FailingRanking(service), coreset)
    module, name = heldout_function
    result = optimize_function(toolchain, module, name, list(coreset.pipelines), ranker=ranker,
                               options=SearchOptions(budget=4, jobs=1), measure_input=False)
    assert not result.model_order
    assert [o.pipeline for o in result.outcomes[:4]] == [OZ_PIPELINE, *coreset.pipelines[:3]]
    assert result.compilations == 4 and result.size_bytes <= result.oz_bytes
    assert result.function_text.startswith("define")
    assert ("deadline" if failure == "deadline" else "the ranking model crashed") in ranker.last_problem


async def test_the_editor_shows_why_the_order_is_coverage_order(tmp_path: Path, coreset: Coreset) -> None:
    logits = crafted_logits(len(coreset.pipelines))
    model = write_ranking_gguf(tmp_path / "irlens-rank.gguf", "f" * 64, logits)
    source = REPO / "examples" / "sizes.ll"
    options = {"modelEnabled": True, "modelPath": str(model), "nCtx": 4096, "nThreads": 1,
               "modelMaxTokens": 8}
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    async with lsp_session(options, env=env) as client:
        uri = open_document(client, source)
        text = source.read_text()
        line = line_of(text, "define")
        hover = await poll_hover(client, uri, line, lambda value: "model irlens-rank.gguf: ready" in value)
        assert "pipeline order: coverage order (irlens-rank.gguf ranks another coreset (digest ffffffffffff" \
            in hover
        reported = client.model_statuses  # type: ignore[attr-defined]
        statuses = [s for s in reported if getattr(s, "state", None) == "ready"]
        assert statuses and "ranks another coreset" in getattr(statuses[-1], "pipelineOrder", "")
        assert await hover_text(client, uri, line)


@pytest.mark.parametrize("digest_matches", [True, False])
def test_irlens_optimize_says_which_order_it_used(digest_matches: bool, tmp_path: Path,
                                                  coreset: Coreset) -> None:
    logits = crafted_logits(len(coreset.pipelines))
    digest = coreset.digest if digest_matches else "e" * 64
    model = write_ranking_gguf(tmp_path / "irlens-rank.gguf", digest, logits, tasks="pipeline-ranking")
    run = subprocess.run([sys.executable, "-m", "irlens", "optimize", str(REPO / "examples" / "sizes.ll"),
                          "--function", "bubble_sort", "--budget", "3", "--json", "--model", str(model)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    tried = [c["pipeline"] for c in report["candidates"]][1:2]  # after -Oz (and the input)
    if digest_matches:
        assert "pipeline order: the model's ranking of the" in report["model"]["status"]
        assert report["model"]["ranked"]
        top = max(range(len(logits)), key=lambda i: logits[i])
        assert tried == [coreset.pipelines[top]]
    else:
        status = report["model"]["status"]
        assert "pipeline order: coverage order (irlens-rank.gguf ranks another coreset" in status
        assert not report["model"]["ranked"] and tried == [coreset.pipelines[0]]
    assert report["size_bytes"] <= report["oz_size_bytes"]


@pytest.mark.parametrize(("metadata", "problem"), [
    ({"irlens.rank_tokens": ["<p0>", "<p1>"]}, "no irlens.coreset_digest"),
    ({"irlens.coreset_digest": "d" * 64, "irlens.rank_tokens": "<p0>,<p1>"},
     "irlens.rank_tokens is not an array of strings"),
    ({"irlens.coreset_digest": "d" * 64, "irlens.rank_tokens": ["<p0>", "<p0>"]},
     "irlens.rank_tokens repeats a token"),
    ({"irlens.coreset_digest": "d" * 64}, "no irlens.rank_tokens"),
])
def test_broken_ranking_metadata_is_named(metadata: dict[str, str | list[str]], problem: str, tmp_path: Path,
                                          service_factory: Callable[[Settings], ModelService]) -> None:
    path = write_tiny_gguf(tmp_path / "irlens-rank.gguf", tasks="pipeline-ranking", metadata=metadata,
                           extra_tokens=["<p0>", "<p1>"])
    assert read_gguf_info(path).ranking_problem == f"broken ranking metadata: {problem}"
    service = ready(service_factory, path)  # a ranking-only model still loads, and says why it does not rank
    assert service.status().state == "ready"
    assert f"does not rank pipelines: broken ranking metadata: {problem}" in service.status().detail
    assert problem in service.ranking_problem("d" * 64, 2)


def test_discovery_never_makes_a_ranking_model_the_default(tmp_path: Path, coreset: Coreset) -> None:
    """The shipped ranker is optional (it does not beat coverage order): a newer irlens-tiny-rank.gguf
    beside irlens-tiny.gguf is not picked; it ranks only when named."""
    import os

    models = tmp_path / "models"
    models.mkdir()
    main_model = write_tiny_gguf(models / "irlens-tiny.gguf", tasks="flag-tuning")
    ranker = write_ranking_gguf(models / "irlens-tiny-rank.gguf", coreset.digest,
                                [0.0] * len(coreset.pipelines))
    os.utime(main_model, ns=(1, 1))  # the ranker is the newest file
    service = ModelService(Settings(models_dir=str(models)), watch=False, cache_dir=tmp_path / "cache")
    found = service.candidate_paths()
    assert found[0] == main_model and ranker not in found
    named = ModelService(Settings(model_path=str(ranker)), watch=False, cache_dir=tmp_path / "cache")
    assert named.candidate_paths()[0] == ranker
