"""Stage 4: a sentencepiece BPE tokenizer trained on IR and assembly.

Byte fallback (any byte is encodable), identity normalisation, no extra-whitespace removal and no
dummy prefix: the text the runtime sends is tokenized exactly as in training, by sentencepiece here
and by llama.cpp's SPM tokenizer from the GGUF.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import sentencepiece as spm

# Whole training texts are sentences (they contain newlines); longer ones are cut for training only.
MAX_SENTENCE_BYTES = 16384


def train_tokenizer(texts: Iterable[str], prefix: Path, vocab_size: int) -> Path:
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(t[:MAX_SENTENCE_BYTES] for t in texts),
        model_prefix=str(prefix),
        model_type="bpe",
        vocab_size=vocab_size,
        byte_fallback=True,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        add_dummy_prefix=False,
        split_digits=False,  # digits split made IR (datalayouts, constants) ~2 chars/token
        max_sentence_length=MAX_SENTENCE_BYTES,
        character_coverage=1.0,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1,
        num_threads=2,
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def load(path: Path) -> spm.SentencePieceProcessor:
    return spm.SentencePieceProcessor(model_file=str(path))
