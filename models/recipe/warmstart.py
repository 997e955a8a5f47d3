"""Start training from a shipped GGUF instead of from random weights (`--stage train --init-from`).

irlens-tiny's training data is gone, but its weights and tokenizer are in its GGUF: the Q8_0 matrices
are dequantized back into a TinyLlama (the export's tensor names, in reverse) and the sentencepiece
model is rebuilt from the GGUF's pieces, scores and types with the tokenizer stage's settings, so that
a model trained on (here: a lifting model fine-tuned from irlens-tiny) tokenizes as before and exports
with the same vocabulary.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import torch
from models.recipe.export import gguf_tensors
from models.recipe.model import ModelConfig, TinyLlama
from models.recipe.tokenizer import MAX_SENTENCE_BYTES
from sentencepiece import sentencepiece_model_pb2 as sp_model


def _field(reader: gguf.GGUFReader, key: str) -> object:
    field = reader.fields[key]
    return field.contents()


def config_of(path: Path, context: int | None = None) -> ModelConfig:
    reader = gguf.GGUFReader(str(path))
    arch = str(_field(reader, "general.architecture"))
    dim = int(_field(reader, f"{arch}.embedding_length"))  # type: ignore[call-overload]
    return ModelConfig(
        vocab_size=len(reader.fields["tokenizer.ggml.tokens"].data), dim=dim,
        layers=int(_field(reader, f"{arch}.block_count")),  # type: ignore[call-overload]
        heads=int(_field(reader, f"{arch}.attention.head_count")),  # type: ignore[call-overload]
        ffn_dim=int(_field(reader, f"{arch}.feed_forward_length")),  # type: ignore[call-overload]
        context=context or int(_field(reader, f"{arch}.context_length")),  # type: ignore[call-overload]
        rope_theta=float(_field(reader, f"{arch}.rope.freq_base")),  # type: ignore[arg-type]
        norm_eps=float(_field(reader, f"{arch}.attention.layer_norm_rms_epsilon")))  # type: ignore[arg-type]


def load_gguf_model(path: Path, context: int | None = None) -> TinyLlama:
    """The GGUF's weights in a TinyLlama (Q8_0 matrices dequantized); `context` may differ from the
    file's (RoPE has no learned positions)."""
    reader = gguf.GGUFReader(str(path))
    model = TinyLlama(config_of(path, context))
    by_name = {tensor.name: tensor for tensor in reader.tensors}
    with torch.no_grad():
        for name, parameter in gguf_tensors(model).items():
            tensor = by_name[name]
            values = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
            parameter.copy_(torch.from_numpy(np.array(values, dtype=np.float32).reshape(parameter.shape)))
    return model


def write_tokenizer(path: Path, out: Path) -> Path:
    """The GGUF's vocabulary as a sentencepiece BPE model (tokenizer stage settings) at `out`."""
    reader = gguf.GGUFReader(str(path))
    pieces = _field(reader, "tokenizer.ggml.tokens")
    scores = _field(reader, "tokenizer.ggml.scores")
    types = _field(reader, "tokenizer.ggml.token_type")
    proto = sp_model.ModelProto()
    proto.trainer_spec.model_type = sp_model.TrainerSpec.BPE
    proto.trainer_spec.vocab_size = len(pieces)  # type: ignore[arg-type]
    proto.trainer_spec.byte_fallback = True
    proto.trainer_spec.max_sentence_length = MAX_SENTENCE_BYTES
    proto.trainer_spec.unk_id, proto.trainer_spec.bos_id = 0, 1
    proto.trainer_spec.eos_id, proto.trainer_spec.pad_id = 2, -1
    proto.normalizer_spec.name = "identity"
    proto.normalizer_spec.add_dummy_prefix = False
    proto.normalizer_spec.remove_extra_whitespaces = False
    proto.normalizer_spec.escape_whitespaces = True
    for piece, score, kind in zip(pieces, scores, types, strict=True):  # type: ignore[call-overload]
        entry = proto.pieces.add()
        entry.piece, entry.score, entry.type = piece, float(score), int(kind)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(proto.SerializeToString())
    return out
