"""A tiny but real llama-architecture GGUF for the model tests, written with the gguf writer.

Random weights (2 layers, width 64), a SentencePiece-style ("llama") vocabulary with the three
control tokens, all 256 byte tokens `<0x00>`..`<0xFF>` (byte_fallback: any text tokenizes) and the
printable ASCII characters with `▁` for space. llama.cpp loads it and generates (garbage) text.
"""

from __future__ import annotations

import string
from pathlib import Path

import gguf
import numpy as np

from irlens.model import gguf_info

UNK, BOS, EOS = 0, 1, 2


def tiny_vocab() -> tuple[list[str], list[float], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    tokens += [f"<0x{byte:02X}>" for byte in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    pieces = ["▁"] + [ch for ch in string.printable if ch.isprintable() and ch != " "]
    tokens += pieces
    types += [gguf.TokenType.NORMAL] * len(pieces)
    scores = [0.0] * 259 + [-float(rank) for rank in range(len(pieces))]
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
) -> Path:
    """Write the model to `path` (atomically: a temp file, then rename) and return `path`."""
    rng = np.random.default_rng(seed)
    tokens, scores, types = tiny_vocab()
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

    # numpy shapes are ggml's ne reversed: token_embd ne=[dim, n_vocab] -> (n_vocab, dim)
    writer.add_tensor("token_embd.weight", matrix(n_vocab, dim))
    writer.add_tensor("output_norm.weight", np.ones(dim, dtype=np.float32))
    writer.add_tensor("output.weight", matrix(n_vocab, dim))
    for layer in range(n_layers):
        prefix = f"blk.{layer}."
        writer.add_tensor(prefix + "attn_norm.weight", np.ones(dim, dtype=np.float32))
        for part in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(prefix + part + ".weight", matrix(dim, dim))
        writer.add_tensor(prefix + "ffn_norm.weight", np.ones(dim, dtype=np.float32))
        writer.add_tensor(prefix + "ffn_gate.weight", matrix(n_ff, dim))
        writer.add_tensor(prefix + "ffn_up.weight", matrix(n_ff, dim))
        writer.add_tensor(prefix + "ffn_down.weight", matrix(dim, n_ff))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.replace(path)
    return path
