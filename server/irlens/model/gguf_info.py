"""GGUF inspection without loading weights, and which prompt format a model speaks.

`read_gguf_info` memory-maps the file with `gguf.GGUFReader` and reads only metadata and the tensor
table (names, types, shapes); tensor data pages are never touched, so a 7 GB model is inspected in
well under a second.

Metadata keys irlens reads (the irlens-tiny exporter in models/recipe writes the `irlens.*` ones):

- ``irlens.prompt_format`` (string): ``"irlens"`` for irlens' own models, which are trained on the
  prompt strings of `irlens.model.prompts` and answer as `irlens.model.answers` describes;
  ``"llm-compiler"`` for a re-export of Meta's LLM Compiler that keeps its formats.
- ``irlens.prompt_format_version`` (uint32): 1. A version this code does not know is refused.
- ``irlens.tasks`` (string, comma-separated `Task` values, e.g. ``"flag-tuning,compiler-emulation-ir"``):
  the tasks the model was trained for; absent means every text task (`prompts.TEXT_TASKS`).
- ``irlens.lift_targets`` (string, comma-separated, e.g. ``"thumbv7m,riscv32"``): the targets a lifting
  model was trained on (the recipe's `--lift-target` names, or any triple); absent means what its prompt
  format's models lift (`irlens.lift.lifter.LIFT_TARGETS`: x86-64 for irlens-tiny-lift).
- A ranking model (``pipeline-ranking`` among its tasks) also carries ``irlens.coreset_digest``
  (string: `optimize.candidates.pipeline_list_digest` of the coreset it ranks, coreset.json's
  ``digest``) and ``irlens.rank_tokens`` (array of strings: one token per coreset pipeline, in the
  coreset's order; its logit at the last prompt position scores that pipeline), optionally
  ``irlens.rank_token_oz`` (string: the token meaning "-Oz alone is best"). That each is one token
  of the vocabulary is checked when llama.cpp has loaded the model (model/llama_backend.py).

Meta's LLM Compiler GGUFs carry no irlens keys; they are recognised by "llm-compiler" (also
"llm_compiler", "llm compiler", any case) in ``general.name``, ``general.basename``,
``general.finetune`` or the file name. Any other model is refused with a message, never run with a
guessed format (a user who knows better passes ``--format``).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from irlens.input_files import file_kind
from irlens.model.prompts import PROMPT_FORMATS, TEXT_TASKS, PromptFormat, Task

KEY_PROMPT_FORMAT = "irlens.prompt_format"
KEY_PROMPT_FORMAT_VERSION = "irlens.prompt_format_version"
KEY_TASKS = "irlens.tasks"
KEY_LIFT_TARGETS = "irlens.lift_targets"
KEY_CORESET_DIGEST = "irlens.coreset_digest"
KEY_RANK_TOKENS = "irlens.rank_tokens"
KEY_RANK_TOKEN_OZ = "irlens.rank_token_oz"
PROMPT_FORMAT_VERSION = 1

_TARGET_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_LLM_COMPILER_NAME = re.compile(r"llm[-_ ]?compiler", re.IGNORECASE)
_GGUF_MAGIC = b"GGUF"


class GGUFError(Exception):
    """The file is not a usable GGUF (missing, truncated, corrupt); the message says which."""


class UnknownModelFormat(Exception):
    """The model's prompt format cannot be determined; it is refused rather than guessed."""


@dataclass(frozen=True)
class GGUFInfo:
    path: str
    file_bytes: int
    name: str | None
    architecture: str | None
    parameter_count: int
    quantization: str  # general.file_type name (e.g. "Q4_K_M"), else the dominant tensor type
    tensor_types: dict[str, int]  # tensor type -> number of tensors
    context_length: int | None
    tokenizer_model: str | None
    vocab_size: int | None
    prompt_format: PromptFormat | None  # None: unknown, the model is refused under format "auto"
    format_reason: str  # how the format was recognised, or why it was not
    tasks: tuple[str, ...]
    coreset_digest: str | None = None  # the coreset a ranking model ranks
    rank_tokens: tuple[str, ...] = ()  # one per coreset pipeline, in the coreset's order
    rank_token_oz: str | None = None
    ranking_problem: str = "not a ranking model"  # "" when the ranking metadata is complete
    lift_targets: tuple[str, ...] = ()  # irlens.lift_targets; (): the prompt format's default


    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["tasks"] = list(self.tasks)
        data["rank_tokens"] = list(self.rank_tokens)
        data["lift_targets"] = list(self.lift_targets)
        return data


def read_gguf_info(path: str | os.PathLike[str]) -> GGUFInfo:
    """Metadata of a GGUF file; raises GGUFError with a one-line reason for anything unreadable."""
    file = Path(path)
    try:
        # Opened without blocking and checked before anything reads it: a FIFO would wait for a writer
        # forever, and a device or directory is no model either.
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                raise GGUFError(f"{file}: not a regular file ({file_kind(mode)}); a model is a .gguf file")
            size = os.fstat(fd).st_size
            magic = os.read(fd, 4)
        finally:
            os.close(fd)
    except OSError as exc:
        raise GGUFError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    if magic != _GGUF_MAGIC:
        raise GGUFError(f"{file}: not a GGUF file (magic {magic!r}, expected b'GGUF')")
    import gguf  # deferred: numpy + gguf cost ~0.2 s to import

    try:
        reader = gguf.GGUFReader(file)
    except Exception as exc:  # the reader raises ValueError/IndexError/KeyError/... on bad bytes
        reason = f"{type(exc).__name__}: {exc}"
        raise GGUFError(f"{file}: corrupt or truncated GGUF ({size} bytes; {reason})") from exc
    try:
        return _info_from_reader(file, size, reader)
    finally:
        del reader  # drops the memory map


def _info_from_reader(file: Path, size: int, reader: Any) -> GGUFInfo:
    import gguf

    tensors = reader.tensors
    if tensors:
        data_end = max(int(t.data_offset) + int(t.n_bytes) for t in tensors)
        if data_end > size:
            raise GGUFError(
                f"{file}: truncated GGUF: its tensors need {data_end} bytes, the file has {size}"
                " (still being copied or downloaded?)"
            )
    fields = reader.fields

    def scalar(key: str) -> Any:
        field = fields.get(key)
        if field is None or not field.types or field.types[0] == gguf.GGUFValueType.ARRAY:
            return None
        try:
            return field.contents()
        except (UnicodeDecodeError, IndexError, ValueError):
            return None

    architecture = scalar("general.architecture")
    arch = architecture if isinstance(architecture, str) else None
    context_length = scalar(f"{arch}.context_length") if arch else None
    tokens_field = fields.get("tokenizer.ggml.tokens")
    type_counts = Counter(t.tensor_type.name for t in tensors)
    elements_by_type: Counter[str] = Counter()
    for tensor in tensors:
        elements_by_type[tensor.tensor_type.name] += int(tensor.n_elements)
    file_type = scalar("general.file_type")
    try:
        quantization = gguf.LlamaFileType(file_type).name.removeprefix("MOSTLY_").removeprefix("ALL_")
    except ValueError:
        quantization = elements_by_type.most_common(1)[0][0] if elements_by_type else "unknown"
    name = scalar("general.name")
    prompt_format, reason, tasks = _prompt_format(file, scalar)
    digest, rank_tokens, rank_token_oz, ranking_problem = _ranking(fields, scalar, tasks)
    raw_targets = scalar(KEY_LIFT_TARGETS)
    # target names as triples and the recipe write them; anything else is not a target
    lift_targets = tuple(t.strip() for t in raw_targets.split(",") if _TARGET_NAME.fullmatch(t.strip())) \
        if isinstance(raw_targets, str) else ()
    return GGUFInfo(
        path=str(file),
        file_bytes=size,
        name=name if isinstance(name, str) else None,
        architecture=arch,
        parameter_count=sum(int(t.n_elements) for t in tensors),
        quantization=quantization,
        tensor_types=dict(type_counts),
        context_length=int(context_length) if isinstance(context_length, int) else None,
        tokenizer_model=_str_or_none(scalar("tokenizer.ggml.model")),
        vocab_size=len(tokens_field.data) if tokens_field is not None else None,
        prompt_format=prompt_format,
        format_reason=reason,
        tasks=tasks,
        coreset_digest=digest,
        rank_tokens=rank_tokens,
        rank_token_oz=rank_token_oz,
        ranking_problem=ranking_problem,
        lift_targets=lift_targets,
    )


def _ranking(fields: Any, scalar: Any, tasks: tuple[str, ...]
             ) -> tuple[str | None, tuple[str, ...], str | None, str]:
    """The ranking metadata and what is wrong with it ("" when a ranking model is complete)."""
    import gguf

    digest = scalar(KEY_CORESET_DIGEST)
    digest = digest if isinstance(digest, str) and digest.strip() else None
    oz = scalar(KEY_RANK_TOKEN_OZ)
    oz = oz if isinstance(oz, str) and oz else None
    tokens: tuple[str, ...] = ()
    field = fields.get(KEY_RANK_TOKENS)
    tokens_problem = f"no {KEY_RANK_TOKENS}"
    if field is not None:
        if field.types[:1] != [gguf.GGUFValueType.ARRAY] or field.types[-1] != gguf.GGUFValueType.STRING:
            tokens_problem = f"{KEY_RANK_TOKENS} is not an array of strings"
        else:
            try:
                tokens = tuple(field.contents())
                tokens_problem = ""
            except (UnicodeDecodeError, IndexError, ValueError):
                tokens_problem = f"{KEY_RANK_TOKENS} is unreadable"
    if Task.PIPELINE_RANKING.value not in tasks or (digest is None and field is None):
        return digest, tokens, oz, "not a ranking model"
    if digest is None:
        problem = f"no {KEY_CORESET_DIGEST}"
    elif tokens_problem:
        problem = tokens_problem
    elif not tokens or not all(tokens):
        problem = f"{KEY_RANK_TOKENS} is empty or holds an empty token"
    elif len(set(tokens)) != len(tokens) or (oz is not None and oz in tokens):
        problem = f"{KEY_RANK_TOKENS} repeats a token"
    else:
        problem = ""
    return digest, tokens, oz, f"broken ranking metadata: {problem}" if problem else ""


def _prompt_format(file: Path, scalar: Any) -> tuple[PromptFormat | None, str, tuple[str, ...]]:
    all_tasks = tuple(task.value for task in Task)
    declared = scalar(KEY_PROMPT_FORMAT)
    if declared is not None:
        version = scalar(KEY_PROMPT_FORMAT_VERSION)
        if declared not in PROMPT_FORMATS:
            return None, f"{KEY_PROMPT_FORMAT}={declared!r} is not a format irlens knows", ()
        if version != PROMPT_FORMAT_VERSION:
            return None, (
                f"{KEY_PROMPT_FORMAT_VERSION}={version!r}; this irlens speaks version {PROMPT_FORMAT_VERSION}"
            ), ()
        raw_tasks = scalar(KEY_TASKS)
        tasks = TEXT_TASKS
        if isinstance(raw_tasks, str) and raw_tasks.strip():
            tasks = tuple(t.strip() for t in raw_tasks.split(",") if t.strip() in all_tasks)
        return declared, f"metadata {KEY_PROMPT_FORMAT}={declared!r}", tasks
    for key in ("general.name", "general.basename", "general.finetune"):
        value = scalar(key)
        if isinstance(value, str) and _LLM_COMPILER_NAME.search(value):
            return "llm-compiler", f"{key}={value!r}", TEXT_TASKS
    if _LLM_COMPILER_NAME.search(file.name):
        return "llm-compiler", f"file name {file.name!r}", TEXT_TASKS
    return None, (
        f"no {KEY_PROMPT_FORMAT} metadata and not named like an LLM Compiler model;"
        " pass --format llm-compiler|irlens if you know its prompt format"
    ), ()


def resolve_format(info: GGUFInfo, requested: str) -> PromptFormat:
    """The format to run `info`'s model with: the user's explicit choice, else the metadata's.
    Raises UnknownModelFormat (with the reason) when "auto" cannot tell."""
    if requested in PROMPT_FORMATS:
        return requested
    if info.prompt_format is None:
        raise UnknownModelFormat(f"{Path(info.path).name}: unknown prompt format: {info.format_reason}")
    return info.prompt_format


def model_digest(path: str | os.PathLike[str]) -> str:
    """A cheap content digest for cache keys: size plus the first and last 4 MiB and 16 samples in
    between (hashing all of a 7 GB model would take tens of seconds on every load)."""
    file = Path(path)
    size = file.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    chunk = 4 << 20
    with file.open("rb") as handle:
        offsets = [0, max(0, size - chunk)] + [size * i // 17 for i in range(1, 17)]
        for offset in offsets:
            handle.seek(offset)
            digest.update(handle.read(chunk if offset in (0, max(0, size - chunk)) else 65536))
    return digest.hexdigest()[:32]


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None
