"""GGUF inspection without loading weights, prompt-format detection, `irlens model info`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from irlens.cli import main
from irlens.model.gguf_info import GGUFError, UnknownModelFormat, model_digest, read_gguf_info, resolve_format
from model_fixtures import tiny_vocab, write_tiny_gguf


def test_metadata_of_the_tiny_model(tmp_path: Path) -> None:
    path = write_tiny_gguf(tmp_path / "irlens-tiny-test.gguf", n_layers=2, dim=64)
    info = read_gguf_info(path)
    n_vocab, dim, n_ff = len(tiny_vocab()[0]), 64, 128
    per_layer = 2 * dim + 4 * dim * dim + 3 * dim * n_ff
    assert info.parameter_count == 2 * n_vocab * dim + dim + 2 * per_layer
    assert info.architecture == "llama"
    assert info.name == "irlens-tiny-test"
    assert info.quantization == "F32"
    assert info.context_length == 4096
    assert info.tokenizer_model == "llama"
    assert info.vocab_size == n_vocab
    assert info.prompt_format == "irlens"
    assert resolve_format(info, "auto") == "irlens"


def test_llm_compiler_is_recognised_by_name(tmp_path: Path) -> None:
    path = write_tiny_gguf(tmp_path / "model.gguf", name="LLM Compiler 7b Ftd", prompt_format=None)
    info = read_gguf_info(path)
    assert info.prompt_format == "llm-compiler"
    assert "general.name" in info.format_reason
    renamed = write_tiny_gguf(tmp_path / "llm-compiler-13b-ftd.Q4_K_M.gguf", name="x", prompt_format=None)
    assert read_gguf_info(renamed).prompt_format == "llm-compiler"


def test_unknown_models_are_refused_unless_the_user_says_the_format(tmp_path: Path) -> None:
    info = read_gguf_info(write_tiny_gguf(tmp_path / "mystery.gguf", name="codellama", prompt_format=None))
    assert info.prompt_format is None
    with pytest.raises(UnknownModelFormat, match="--format"):
        resolve_format(info, "auto")
    assert resolve_format(info, "llm-compiler") == "llm-compiler"
    future = read_gguf_info(write_tiny_gguf(tmp_path / "future.gguf", prompt_format_version=99))
    assert future.prompt_format is None and "version" in future.format_reason
    odd = read_gguf_info(write_tiny_gguf(tmp_path / "odd.gguf", prompt_format="chatml"))
    assert odd.prompt_format is None and "chatml" in odd.format_reason


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.01])
def test_truncated_files_give_a_clear_error(tmp_path: Path, keep: float) -> None:
    data = write_tiny_gguf(tmp_path / "whole.gguf").read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(GGUFError, match="truncated"):
        read_gguf_info(cut)


def test_not_a_gguf_and_missing_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.gguf"
    text.write_text("hello world")
    with pytest.raises(GGUFError, match="not a GGUF"):
        read_gguf_info(text)
    with pytest.raises(GGUFError, match="cannot read"):
        read_gguf_info(tmp_path / "absent.gguf")
    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"GGUF" + bytes(range(256)) * 8)
    with pytest.raises(GGUFError):
        read_gguf_info(garbage)


def test_digest_follows_content(tmp_path: Path) -> None:
    a = write_tiny_gguf(tmp_path / "a.gguf", seed=1)
    b = write_tiny_gguf(tmp_path / "b.gguf", seed=2)
    assert model_digest(a) != model_digest(b)
    assert model_digest(a) == model_digest(write_tiny_gguf(tmp_path / "c.gguf", seed=1))


def test_model_info_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tiny_gguf(tmp_path / "irlens-tiny-test.gguf")
    assert main(["model", "info", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["architecture"] == "llama" and data["prompt_format"] == "irlens"
    assert data["parameter_count"] == read_gguf_info(path).parameter_count
    assert main(["model", "info", str(path)]) == 0
    assert "irlens" in capsys.readouterr().out
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(path.read_bytes()[:1000])
    assert main(["model", "info", str(broken)]) == 1
    assert "truncated" in capsys.readouterr().err


def test_every_shipped_gguf_is_what_the_manifest_says() -> None:
    import hashlib

    from irlens.model.service import repo_models_dir

    entries = json.loads((repo_models_dir() / "manifest.json").read_text())["models"]
    shipped = sorted(p.name for p in repo_models_dir().glob("*.gguf"))
    assert shipped == sorted(e["file"] for e in entries)  # no model without its entry, no stale entry
    for entry in entries:
        path = repo_models_dir() / entry["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], entry["file"]
        assert path.stat().st_size == entry["size_bytes"] < 50_000_000
        info = read_gguf_info(path)
        assert list(info.tasks) == entry["tasks"]
        if "coreset_digest" in entry:  # a ranker: the coreset and token order it ranks
            assert info.coreset_digest == entry["coreset_digest"]
            assert list(info.rank_tokens or ()) == entry["rank_tokens"]
