"""A tiny but real llama-architecture GGUF for the model tests, written with the gguf writer.

Random weights (2 layers, width 64), a SentencePiece-style ("llama") vocabulary with the three
control tokens, all 256 byte tokens `<0x00>`..`<0xFF>` (byte_fallback: any text tokenizes) and the
printable ASCII characters with `▁` for space. llama.cpp loads it and generates (garbage) text.

`write_ranking_gguf` makes a ranking model of it (issue 9's metadata and rank tokens) whose logits at
the last prompt position are crafted: every layer adds nothing to the residual stream, so the last
position's hidden state is the embedding of the prompt's last token (`]` of `[/INST]`), and the output
rows of the rank tokens turn that into the chosen scores.

`wait_for_status` waits until a ModelService's status matches (loads run on the service's thread).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import gguf
import numpy as np

from irlens.model import gguf_info
from polling import wait_until

if TYPE_CHECKING:  # not imported at run time: scripts/test-vscode.sh imports this module for write_tiny_gguf
    from irlens.model.service import ModelService, ModelStatus

UNK, BOS, EOS = 0, 1, 2


def tiny_vocab(extra_tokens: Sequence[str] = ()) -> tuple[list[str], list[float], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    tokens += [f"<0x{byte:02X}>" for byte in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    pieces = ["▁"] + [ch for ch in string.printable if ch.isprintable() and ch != " "]
    tokens += pieces
    types += [gguf.TokenType.NORMAL] * len(pieces)
    scores = [0.0] * 259 + [-float(rank) for rank in range(len(pieces))]
    tokens += list(extra_tokens)  # user-defined: llama.cpp matches them whole
    types += [gguf.TokenType.USER_DEFINED] * len(extra_tokens)
    scores += [0.0] * len(extra_tokens)
    return tokens, scores, [int(t) for t in types]


def write_tiny_gguf(
    path: Path,
    *,
    name: str = "irlens-tiny-test",
    prompt_format: str | None = "irlens",
    prompt_format_version: int = gguf_info.PROMPT_FORMAT_VERSION,
    seed: int = 0,
    n_layers: int = 2,
    dim: int = 64,
    n_heads: int = 4,
    context_length: int = 4096,
    tasks: str | None = None,
    extra_tokens: Sequence[str] = (),
    metadata: dict[str, str | list[str]] | None = None,
    last_token_logits: dict[str, float] | None = None,
) -> Path:
    """Write the model to `path` (atomically: a temp file, then rename) and return `path`.
    `extra_tokens`: user-defined tokens appended to the vocabulary; `metadata`: more string (or string
    array) keys; `last_token_logits`: the logits these tokens get after a prompt ending in `]` (the
    layers then add nothing to the residual stream)."""
    rng = np.random.default_rng(seed)
    tokens, scores, types = tiny_vocab(extra_tokens)
    n_vocab, n_ff = len(tokens), dim * 2

    def matrix(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * 0.2).astype(np.float32)

    tmp = path.with_name(path.name + ".part")
    writer = gguf.GGUFWriter(str(tmp), "llama")
    writer.add_name(name)
    writer.add_context_length(context_length)
    writer.add_embedding_length(dim)
    writer.add_block_count(n_layers)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_heads)
    writer.add_head_count_kv(n_heads)
    writer.add_rope_dimension_count(dim // n_heads)
    writer.add_rope_freq_base(1_000_000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_bos_token_id(BOS)
    writer.add_eos_token_id(EOS)
    writer.add_unk_token_id(UNK)
    writer.add_add_bos_token(True)
    writer.add_add_space_prefix(False)
    if prompt_format is not None:
        writer.add_string(gguf_info.KEY_PROMPT_FORMAT, prompt_format)
        writer.add_uint32(gguf_info.KEY_PROMPT_FORMAT_VERSION, prompt_format_version)
    if tasks is not None:
        writer.add_string(gguf_info.KEY_TASKS, tasks)
    for key, value in (metadata or {}).items():
        if isinstance(value, str):
            writer.add_string(key, value)
        else:
            writer.add_array(key, value)

    embedding, output = matrix(n_vocab, dim), matrix(n_vocab, dim)
    if last_token_logits is not None:
        # the last position's hidden state is embedding(']') = e0, RMS-normed to sqrt(dim) * e0
        embedding[tokens.index("]")] = np.eye(dim, dtype=np.float32)[0]
        output[:, 0] = 0.0
        for text, logit in last_token_logits.items():
            output[tokens.index(text), 0] = logit / np.sqrt(dim)
    quiet = last_token_logits is not None  # layers that write nothing to the residual stream

    # numpy shapes are ggml's ne reversed: token_embd ne=[dim, n_vocab] -> (n_vocab, dim)
    writer.add_tensor("token_embd.weight", embedding)
    writer.add_tensor("output_norm.weight", np.ones(dim, dtype=np.float32))
    writer.add_tensor("output.weight", output)
    for layer in range(n_layers):
        prefix = f"blk.{layer}."
        writer.add_tensor(prefix + "attn_norm.weight", np.ones(dim, dtype=np.float32))
        for part in ("attn_q", "attn_k", "attn_v", "attn_output"):
            weight = matrix(dim, dim)
            silent = quiet and part == "attn_output"
            writer.add_tensor(prefix + part + ".weight", weight * 0 if silent else weight)
        writer.add_tensor(prefix + "ffn_norm.weight", np.ones(dim, dtype=np.float32))
        writer.add_tensor(prefix + "ffn_gate.weight", matrix(n_ff, dim))
        writer.add_tensor(prefix + "ffn_up.weight", matrix(n_ff, dim))
        down = matrix(dim, n_ff)
        writer.add_tensor(prefix + "ffn_down.weight", down * 0 if quiet else down)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.replace(path)
    return path


def write_ranking_gguf(path: Path, coreset_digest: str, logits: Sequence[float], *,
                       tasks: str = "flag-tuning,pipeline-ranking", oz_logit: float | None = None,
                       rank_tokens: Sequence[str] | None = None) -> Path:
    """A ranking model for a coreset of len(logits) pipelines: rank tokens `<p0>`.. (or `rank_tokens`,
    written to the metadata as given; only `<pN>` texts are in the vocabulary) whose logits after any
    flag-tuning prompt are `logits` (and `<oz>`'s is `oz_logit`)."""
    vocabulary = [f"<p{i}>" for i in range(len(logits))] + ["<oz>"]
    crafted = dict(zip(vocabulary, [*logits, -100.0 if oz_logit is None else oz_logit], strict=True))
    metadata: dict[str, str | list[str]] = {
        gguf_info.KEY_CORESET_DIGEST: coreset_digest,
        gguf_info.KEY_RANK_TOKENS: list(rank_tokens) if rank_tokens is not None else vocabulary[:-1],
    }
    if oz_logit is not None:
        metadata[gguf_info.KEY_RANK_TOKEN_OZ] = "<oz>"
    return write_tiny_gguf(path, name="irlens-rank-test", tasks=tasks, extra_tokens=vocabulary,
                           metadata=metadata, last_token_logits=crafted)


def wait_for_status(service: ModelService, until: Callable[[ModelStatus], bool],
                    timeout_s: float = 60) -> ModelStatus:
    return wait_until(service.status, timeout_s, "the model status", until=until, interval_s=0.02)
