"""Stage 6: GGUF export (llama architecture, Q8_0 weights, the sentencepiece tokenizer inside,
irlens prompt-format metadata from irlens.model.gguf_info)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import gguf
import numpy as np
import torch
from models.recipe.model import TinyLlama
from models.recipe.tokenizer import load as load_tokenizer

from irlens.model import gguf_info

MODEL_NAME = "irlens-tiny"
TASKS = ("flag-tuning", "compiler-emulation-ir", "disassembly")


def _token_type(sp: object, index: int) -> gguf.TokenType:
    if sp.is_unknown(index):  # type: ignore[attr-defined]
        return gguf.TokenType.UNKNOWN
    if sp.is_control(index):  # type: ignore[attr-defined]
        return gguf.TokenType.CONTROL
    if sp.is_byte(index):  # type: ignore[attr-defined]
        return gguf.TokenType.BYTE
    if sp.is_unused(index):  # type: ignore[attr-defined]
        return gguf.TokenType.UNUSED
    return gguf.TokenType.NORMAL


def gguf_tensors(model: TinyLlama) -> dict[str, torch.Tensor]:
    """llama.cpp tensor names; Q and K are written as they are (interleaved RoPE already)."""
    tensors = {"token_embd.weight": model.embed.weight, "output_norm.weight": model.norm.weight,
               "output.weight": model.output.weight}
    for i, block in enumerate(model.blocks):
        tensors.update({
            f"blk.{i}.attn_norm.weight": block.attn_norm.weight,
            f"blk.{i}.attn_q.weight": block.wq.weight,
            f"blk.{i}.attn_k.weight": block.wk.weight,
            f"blk.{i}.attn_v.weight": block.wv.weight,
            f"blk.{i}.attn_output.weight": block.wo.weight,
            f"blk.{i}.ffn_norm.weight": block.ffn_norm.weight,
            f"blk.{i}.ffn_gate.weight": block.w_gate.weight,
            f"blk.{i}.ffn_up.weight": block.w_up.weight,
            f"blk.{i}.ffn_down.weight": block.w_down.weight,
        })
    return tensors


@dataclass
class Vocab:
    """A llama (SPM) vocabulary as a GGUF stores it."""
    tokens: list[bytes]
    scores: list[float]
    types: list[int]
    bos: int
    eos: int
    unk: int

    def extended(self, pieces: Sequence[str]) -> Vocab:
        """This vocabulary with `pieces` appended as control tokens (never matched in text)."""
        control = int(gguf.TokenType.CONTROL)
        return Vocab([*self.tokens, *(p.encode() for p in pieces)], [*self.scores, *(0.0 for _ in pieces)],
                     [*self.types, *(control for _ in pieces)], self.bos, self.eos, self.unk)


def sentencepiece_vocab(tokenizer_path: Path) -> Vocab:
    sp = load_tokenizer(tokenizer_path)
    size = sp.get_piece_size()
    return Vocab([sp.id_to_piece(i).encode() for i in range(size)],
                 [float(sp.get_score(i)) for i in range(size)],
                 [int(_token_type(sp, i)) for i in range(size)], sp.bos_id(), sp.eos_id(), sp.unk_id())


def export_gguf(model: TinyLlama, tokenizer_path: Path, out: Path, description: str = "", *,
                name: str = MODEL_NAME, tasks: tuple[str, ...] | list[str] = TASKS,
                lift_targets: tuple[str, ...] | list[str] = ()) -> Path:
    """`lift_targets`: the targets a lifting model was trained on (irlens.lift_targets; none: x86-64)."""
    def targets(writer: gguf.GGUFWriter) -> None:
        writer.add_string(gguf_info.KEY_TASKS, ",".join(tasks))
        writer.add_string(gguf_info.KEY_LIFT_TARGETS, ",".join(lift_targets))

    return write_gguf(model, sentencepiece_vocab(tokenizer_path), out, description, name=name, tasks=tasks,
                      extra_metadata=targets if lift_targets else None)


def write_gguf(model: TinyLlama, vocab: Vocab, out: Path, description: str = "", *,
               name: str = MODEL_NAME, tasks: tuple[str, ...] | list[str] = TASKS,
               extra_metadata: Callable[[gguf.GGUFWriter], None] | None = None) -> Path:
    config = model.config
    writer = gguf.GGUFWriter(str(out), "llama")
    writer.add_name(name)
    writer.add_description(description or f"{name}: {', '.join(tasks)} in the irlens prompt format")
    writer.add_license("MIT")
    writer.add_context_length(config.context)
    writer.add_embedding_length(config.dim)
    writer.add_block_count(config.layers)
    writer.add_feed_forward_length(config.ffn_dim)
    writer.add_head_count(config.heads)
    writer.add_head_count_kv(config.heads)
    writer.add_rope_dimension_count(config.dim // config.heads)
    writer.add_rope_freq_base(config.rope_theta)
    writer.add_layer_norm_rms_eps(config.norm_eps)
    writer.add_vocab_size(config.vocab_size)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q8_0)
    writer.add_string(gguf_info.KEY_PROMPT_FORMAT, "irlens")
    writer.add_uint32(gguf_info.KEY_PROMPT_FORMAT_VERSION, gguf_info.PROMPT_FORMAT_VERSION)
    if extra_metadata is not None:
        extra_metadata(writer)  # may set its own task list
    else:
        writer.add_string(gguf_info.KEY_TASKS, ",".join(tasks))
    writer.add_tokenizer_model("llama")
    writer.add_token_list(vocab.tokens)
    writer.add_token_scores(vocab.scores)
    writer.add_token_types(vocab.types)
    writer.add_bos_token_id(vocab.bos)
    writer.add_eos_token_id(vocab.eos)
    writer.add_unk_token_id(vocab.unk)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    writer.add_add_space_prefix(False)  # trained with add_dummy_prefix=False
    for name, tensor in gguf_tensors(model).items():
        data = tensor.detach().float().cpu().numpy()
        if data.ndim == 2:
            writer.add_tensor(name, gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0),
                              raw_dtype=gguf.GGMLQuantizationType.Q8_0)
        else:
            writer.add_tensor(name, data.astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out


def dequantized_copy(model: TinyLlama) -> TinyLlama:
    """The model with every matrix rounded through Q8_0, as llama.cpp sees it (for parity tests)."""
    copy = TinyLlama(model.config)
    copy.load_state_dict(model.state_dict())
    with torch.no_grad():
        for tensor in gguf_tensors(copy).values():
            if tensor.ndim == 2:
                quantized = gguf.quants.quantize(tensor.float().numpy(), gguf.GGMLQuantizationType.Q8_0)
                tensor.copy_(torch.from_numpy(
                    gguf.quants.dequantize(quantized, gguf.GGMLQuantizationType.Q8_0).reshape(tensor.shape)))
    return copy.eval()


def write_manifest(gguf_path: Path, model: TinyLlama, work: Path, *, name: str = MODEL_NAME,
                   tasks: tuple[str, ...] | list[str] = TASKS,
                   lift_targets: tuple[str, ...] | list[str] = ()) -> Path:
    """manifest.json beside the GGUF: file, sha256, size, architecture and how it was made."""
    stats_file = work / "train_stats.json"
    entry = {
        "file": gguf_path.name,
        "sha256": hashlib.sha256(gguf_path.read_bytes()).hexdigest(),
        "size_bytes": gguf_path.stat().st_size,
        "name": name,
        "format": "gguf, llama architecture, Q8_0",
        "prompt_format": "irlens",
        "tasks": list(tasks),
        **({"lift_targets": list(lift_targets)} if lift_targets else {}),
        "parameters": sum(p.numel() for p in model.parameters()),
        "config": model.config.to_dict(),
        "training": json.loads(stats_file.read_text()) if stats_file.exists() else None,
        "command": "python -m models.recipe.run " + " ".join(sys.argv[1:]),
        "exported": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    path = gguf_path.parent / "manifest.json"
    existing = json.loads(path.read_text()) if path.exists() else {}
    models = [m for m in existing.get("models", []) if m.get("file") != entry["file"]]
    path.write_text(json.dumps({"models": [*models, entry]}, indent=1) + "\n")
    return path
