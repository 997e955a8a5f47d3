"""Issue 9, the ranker: irlens-tiny scores the K coreset pipelines in one forward pass.

    python -m models.recipe.rank train  --budget-minutes 35    # resumes from WORK/rank/last.pt
    python -m models.recipe.rank export --out models/irlens-tiny.gguf
    python -m models.recipe.rank heldout                       # model order on models/eval/heldout.jsonl
    python -m models.recipe.rank all --smoke --work-dir /tmp/x  # CI: tiny table, steps, export, scoring

Contract with the server (the GGUF's metadata):
- `irlens.tasks` includes `pipeline-ranking`;
- `irlens.coreset_digest`: the `digest` of server/irlens/data/coreset.json the model was trained for;
- `irlens.rank_tokens`: one token text per coreset pipeline, in coreset.json's order (`<p0>`..), each a
  control token of the GGUF's vocabulary; `irlens.rank_token_oz` (`<pOz>`): "-Oz stays best".
Scoring: the prompt is `prompts.flag_tuning_prompt(extracted module)`, tokenized by llama.cpp with BOS
(no special-token parsing); the logits at the last prompt position, read at the rank tokens, order the
pipelines, higher first.

Training starts from the shipped GGUF (`--base`): its Q8_0 weights are dequantized into the recipe's
PyTorch model (the exporter wrote Q and K unpermuted: the model's RoPE is llama.cpp's interleaved
one) and its vocabulary is kept as it is, the rank tokens appended after it. Labels are the coreset
`table` stage's function bytes (clang -Oz baseline) per pipeline and -Oz. Per function the target is
softmax(-(bytes - best) / T) over the K pipelines and -Oz, T = max(1 byte, `--temperature` x -Oz
bytes); the loss is its cross-entropy against the model's distribution over those K+1 tokens at the
last prompt position (weighted up where a pipeline beats -Oz, the only functions where order changes
the bytes), plus the flag-tuning answer (`Run opt -p '<best>' ...`) on the same sequence, so the model
keeps proposing, and a hinge that keeps every rank token below the model's best ordinary token there,
so generation never starts with one. A slice of the training functions (id hash) is held out for
choosing the checkpoint; the held-out evaluation split is used once, at the end, by `heldout`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import multiprocessing
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gguf
import llama_cpp
import numpy as np
import torch
import torch.nn.functional as F
from models.recipe import coreset, tools
from models.recipe.export import TASKS, Vocab, gguf_tensors, write_gguf
from models.recipe.model import ModelConfig, TinyLlama
from torch import nn

from irlens.bench.curve import budget_curve
from irlens.model import answers, gguf_info, prompts
from irlens.optimize.candidates import pipeline_list_digest
from irlens.toolchain.baseline import OZ_PIPELINE, baseline_input
from irlens.toolchain.discovery import discover
from irlens.toolchain.measure import apply_pipeline

REPO = Path(__file__).resolve().parents[2]
KEY_CORESET_DIGEST = "irlens.coreset_digest"
KEY_RANK_TOKENS = "irlens.rank_tokens"
KEY_RANK_TOKEN_OZ = "irlens.rank_token_oz"
RANK_TASK = "pipeline-ranking"
OZ_TOKEN = "<pOz>"


def rank_token(index: int) -> str:
    return f"<p{index}>"


# --- the base model out of a GGUF --------------------------------------------------------------------

def _field(reader: gguf.GGUFReader, key: str) -> Any:
    field = reader.fields[key]
    return field.contents()


def load_gguf(path: Path) -> tuple[TinyLlama, Vocab]:
    """The recipe's model and vocabulary from an irlens-tiny GGUF (Q8_0 matrices dequantized)."""
    reader = gguf.GGUFReader(str(path))
    vocab = Vocab([t.encode() for t in _field(reader, "tokenizer.ggml.tokens")],
                  [float(s) for s in _field(reader, "tokenizer.ggml.scores")],
                  [int(t) for t in _field(reader, "tokenizer.ggml.token_type")],
                  int(_field(reader, "tokenizer.ggml.bos_token_id")),
                  int(_field(reader, "tokenizer.ggml.eos_token_id")),
                  int(_field(reader, "tokenizer.ggml.unknown_token_id")))
    config = ModelConfig(vocab_size=len(vocab.tokens), dim=int(_field(reader, "llama.embedding_length")),
                         layers=int(_field(reader, "llama.block_count")),
                         heads=int(_field(reader, "llama.attention.head_count")),
                         ffn_dim=int(_field(reader, "llama.feed_forward_length")),
                         context=int(_field(reader, "llama.context_length")),
                         rope_theta=float(_field(reader, "llama.rope.freq_base")),
                         norm_eps=float(_field(reader, "llama.attention.layer_norm_rms_epsilon")))
    model = TinyLlama(config)
    params = gguf_tensors(model)
    found = set()
    for tensor in reader.tensors:
        array = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
        target = params[tensor.name]
        with torch.no_grad():
            target.copy_(torch.from_numpy(np.array(array, dtype=np.float32)).reshape(target.shape))
        found.add(tensor.name)
    if found != set(params):
        raise ValueError(f"{path}: tensors missing: {sorted(set(params) - found)}")
    return model.eval(), vocab


def load_base(path: Path) -> tuple[TinyLlama, Vocab, torch.Tensor | None, str | None]:
    """`load_gguf` less the rank tokens of an earlier ranker, if the GGUF is one; their output rows and
    coreset digest are returned, so that training goes on from them across sessions."""
    model, vocab = load_gguf(path)
    reader = gguf.GGUFReader(str(path))
    if KEY_RANK_TOKENS not in reader.fields:
        return model, vocab, None, None
    keep = len(vocab.tokens) - len(_field(reader, KEY_RANK_TOKENS)) - (KEY_RANK_TOKEN_OZ in reader.fields)
    state = model.state_dict()
    rows = state["output.weight"][keep:].clone()
    for name in ("embed.weight", "output.weight"):
        state[name] = state[name][:keep]
    base = TinyLlama(ModelConfig(**{**model.config.to_dict(), "vocab_size": keep}))
    base.load_state_dict(state)
    vocab = Vocab(vocab.tokens[:keep], vocab.scores[:keep], vocab.types[:keep], vocab.bos, vocab.eos,
                  vocab.unk)
    return base.eval(), vocab, rows, str(_field(reader, KEY_CORESET_DIGEST))


class Ranker(nn.Module):
    """The base model and one output row per rank token (K pipelines, then -Oz), trained apart from
    the base vocabulary's rows so that it can learn faster; merged into `output` on export."""

    def __init__(self, base: TinyLlama, choices: int, frozen_blocks: int = 0) -> None:
        super().__init__()
        self.base = base
        self.rank_head = nn.Parameter(torch.zeros(choices, base.config.dim))
        # The embedding and the first `frozen_blocks` blocks stay as shipped: their output per function
        # is computed once (`fill_cache`) and training runs the remaining blocks only.
        self.frozen_blocks = frozen_blocks
        self.cache: dict[str, torch.Tensor] = {}
        for module in [base.embed, *base.blocks[:frozen_blocks]] if frozen_blocks else []:
            module.requires_grad_(False)

    def _lower(self, tokens: torch.Tensor) -> torch.Tensor:
        base = self.base
        cos, sin = base.rope_cos[: tokens.shape[1]], base.rope_sin[: tokens.shape[1]]
        x = base.embed(tokens)
        for block in base.blocks[: self.frozen_blocks]:
            x = block(x, cos, sin)
        return x

    @torch.no_grad()
    def fill_cache(self, items: list[Item], batch_tokens: int) -> None:
        """The frozen part's output for each item's prompt and answer (float16, on the CPU)."""
        for batch in _batches([i for i in items if i.id not in self.cache], batch_tokens, random.Random(0)):
            longest = max(len(i.prompt_ids) + len(i.answer_ids) for i in batch)
            tokens = torch.zeros(len(batch), longest, dtype=torch.long)
            for row, item in enumerate(batch):
                tokens[row, : len(item.prompt_ids) + len(item.answer_ids)] = torch.tensor(
                    item.prompt_ids + item.answer_ids)
            x = self._lower(tokens.to(self.rank_head.device))
            for row, item in enumerate(batch):
                self.cache[item.id] = x[row, : len(item.prompt_ids) + len(item.answer_ids)].half().cpu()

    def forward(self, tokens: torch.Tensor, last: torch.Tensor, ids: Sequence[str] = ()
                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Rank logits (batch, choices) and the base vocabulary's logits at `last` (batch, vocab), and
        the hidden states (batch, time, dim) after the final norm for the answer loss."""
        base = self.base
        time_steps = tokens.shape[1]
        if self.frozen_blocks and ids and all(i in self.cache for i in ids):
            x = torch.zeros(len(ids), time_steps, base.config.dim, device=tokens.device)
            for row, fid in enumerate(ids):
                cached = self.cache[fid][:time_steps]
                x[row, : len(cached)] = cached.to(x.device, torch.float32)
        elif self.frozen_blocks:
            with torch.no_grad():
                x = self._lower(tokens)
        else:
            x = self._lower(tokens)
        for block in base.blocks[self.frozen_blocks:]:
            x = block(x, base.rope_cos[:time_steps], base.rope_sin[:time_steps])
        hidden = base.norm(x)
        at_last = hidden[torch.arange(tokens.shape[0]), last]
        return at_last @ self.rank_head.T, base.output(at_last), hidden

    def merged(self) -> TinyLlama:
        """One TinyLlama whose vocabulary ends with the rank tokens (their embeddings: the mean row;
        they are never input)."""
        base = self.base
        extra = len(self.rank_head)
        config = ModelConfig(**{**base.config.to_dict(), "vocab_size": base.config.vocab_size + extra})
        model = TinyLlama(config)
        state = {k: v for k, v in base.state_dict().items() if k not in ("embed.weight", "output.weight")}
        embed = base.embed.weight.detach()
        state["embed.weight"] = torch.cat([embed, embed.mean(0, keepdim=True).expand(extra, -1)])
        state["output.weight"] = torch.cat([base.output.weight.detach(), self.rank_head.detach()])
        model.load_state_dict(state, strict=False)
        return model.eval()


# --- labels ------------------------------------------------------------------------------------------

@dataclass
class Item:
    id: str
    prompt_ids: list[int]
    answer_ids: list[int]
    bytes: list[int]  # per coreset pipeline, then -Oz
    validation: bool


def coreset_pipelines(path: Path) -> tuple[list[str], str]:
    data = json.loads(path.read_text())
    return [item["pipeline"] for item in data["pipelines"]], str(data["digest"])


def table_rows(table_dir: Path, pipelines: list[str]) -> dict[str, dict[str, list[int]]]:
    """function id -> pipeline -> [function bytes, module text+data] (clang baseline), for functions
    measured under -Oz; a pipeline that failed counts as no better than the worst measured one."""
    rows: dict[str, dict[str, list[int]]] = {}
    for _, record in coreset.read_shards(table_dir):
        rows.setdefault(record["id"], {}).update(record["sizes"].get("clang", {}))
    complete = {}
    for fid, sizes in rows.items():
        if OZ_PIPELINE not in sizes:
            continue
        worst = max(sizes.values())
        complete[fid] = {p: sizes.get(p, worst) for p in [*pipelines, OZ_PIPELINE]}
    return complete


def is_validation(fid: str, share: float) -> bool:
    return int(hashlib.sha256(fid.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def _count_job(job: tuple[str, str]) -> int | None:
    ir, pipeline = job
    try:
        optimized = apply_pipeline(discover(), baseline_input(ir, "clang"), pipeline, text=True)
    except Exception:
        return None
    assert isinstance(optimized, str)
    return tools.ir_instruction_count(optimized)


def build_items(work: Path, table_dir: Path, pipelines: list[str], base: Path, context: int,
                validation_share: float, jobs: int) -> list[Item]:
    """Tokenized training items (cached in WORK/rank/items.jsonl, rebuilt when the table grew)."""
    rows = table_rows(table_dir, pipelines)
    cache = work / "rank" / "items.jsonl"
    cached = {r["id"]: r for r in coreset.read_jsonl(cache)} if cache.exists() else {}
    samples = {s["id"]: s for _, s in coreset.training_samples(work, coreset.REPO / "models" / "eval" /
                                                                "heldout.jsonl")}
    todo = [fid for fid in rows if fid in samples and fid not in cached]
    if todo:
        from llama_cpp import Llama  # the runtime's tokenizer: the ids llama.cpp will see

        vocab = Llama(model_path=str(base), vocab_only=True, verbose=False)
        best_of = {fid: min(pipelines, key=lambda p: (rows[fid][p][0], pipelines.index(p))) for fid in todo}
        winner = {fid: best_of[fid] if rows[fid][best_of[fid]][0] < rows[fid][OZ_PIPELINE][0] else OZ_PIPELINE
                  for fid in todo}
        with multiprocessing.Pool(jobs) as workers:
            counts = workers.map(_count_job, [(samples[fid]["ir"], winner[fid]) for fid in todo])
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("a") as handle:
            for fid, count in zip(todo, counts, strict=True):
                prompt = prompts.flag_tuning_prompt(samples[fid]["ir"])
                prompt_ids = list(vocab.tokenize(prompt.encode(), add_bos=True, special=False))
                answer_ids: list[int] = []
                if count is not None:
                    text = answers.flag_tuning_answer(winner[fid], count, rows[fid][winner[fid]][1])
                    answer_ids = [*vocab.tokenize(text.encode(), add_bos=False, special=False),
                                  vocab.token_eos()]
                record = {"id": fid, "prompt_ids": prompt_ids, "answer_ids": answer_ids}
                handle.write(json.dumps(record) + "\n")
                cached[fid] = record
    items = []
    for fid, sizes in rows.items():
        if fid not in cached or len(cached[fid]["prompt_ids"]) > context:
            continue
        answer = cached[fid]["answer_ids"][: context - len(cached[fid]["prompt_ids"])]
        item_bytes = [sizes[p][0] for p in [*pipelines, OZ_PIPELINE]]
        items.append(Item(fid, cached[fid]["prompt_ids"], answer, item_bytes,
                          is_validation(fid, validation_share)))
    return items


def targets(item_bytes: Sequence[int], temperature: float) -> tuple[torch.Tensor, float]:
    """The listwise target over K pipelines and -Oz, and the item's weight (1 where a pipeline beats
    -Oz, else 0.2: there the order cannot change the bytes)."""
    values = torch.tensor(item_bytes, dtype=torch.float32)
    oz = float(values[-1])
    scale = max(1.0, temperature * oz)
    target = torch.softmax(-(values - values.min()) / scale, dim=0)
    return target, 1.0 if float(values[:-1].min()) < oz else 0.2


# --- training ----------------------------------------------------------------------------------------

@dataclass
class TrainSettings:
    budget_minutes: float
    batch_tokens: int = 4096
    lr: float = 3e-4
    head_lr: float = 3e-3
    temperature: float = 0.02
    answer_weight: float = 0.3
    margin: float = 2.0
    frozen_blocks: int = 0
    threads: int = 1
    max_steps: int | None = None
    validate_every_s: float = 240.0
    checkpoint_every_s: float = 120.0
    seed: int = 0


def _batches(items: list[Item], batch_tokens: int, rng: random.Random) -> list[list[Item]]:
    """Batches of similar length (little padding), in random order."""
    ordered = sorted(items, key=lambda i: len(i.prompt_ids) + len(i.answer_ids) + rng.random())
    batches: list[list[Item]] = []
    current: list[Item] = []
    for item in ordered:
        length = len(item.prompt_ids) + len(item.answer_ids)
        if current and length * (len(current) + 1) > batch_tokens:
            batches.append(current)
            current = []
        current.append(item)
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


def _tensors(batch: list[Item], temperature: float
             ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    longest = max(len(i.prompt_ids) + len(i.answer_ids) for i in batch)
    tokens = torch.zeros(len(batch), longest, dtype=torch.long)
    answer_targets = torch.full((len(batch), longest), -100, dtype=torch.long)
    last = torch.zeros(len(batch), dtype=torch.long)
    rank_targets, weights = [], []
    for row, item in enumerate(batch):
        ids = item.prompt_ids + item.answer_ids
        tokens[row, : len(ids)] = torch.tensor(ids)
        last[row] = len(item.prompt_ids) - 1
        if item.answer_ids:  # position t predicts token t+1: the answer from the last prompt position on
            answer_targets[row, len(item.prompt_ids) - 1: len(ids) - 1] = torch.tensor(item.answer_ids)
        target, weight = targets(item.bytes, temperature)
        rank_targets.append(target)
        weights.append(weight)
    return tokens, last, answer_targets, torch.stack(rank_targets), torch.tensor(weights)


def losses(ranker: Ranker, batch: list[Item], settings: TrainSettings
           ) -> tuple[torch.Tensor, dict[str, float]]:
    tokens, last, answer_targets, rank_targets, weights = _tensors(batch, settings.temperature)
    tokens, last, answer_targets = (t.to(ranker.rank_head.device) for t in (tokens, last, answer_targets))
    rank_targets, weights = rank_targets.to(tokens.device), weights.to(tokens.device)
    rank_logits, vocab_logits, hidden = ranker(tokens, last, [i.id for i in batch])
    # cross-entropy less the target's entropy (KL): 0 when the model's distribution is the target's
    entropy = -(rank_targets * rank_targets.clamp_min(1e-12).log()).sum(-1)
    per_item = -(rank_targets * F.log_softmax(rank_logits, -1)).sum(-1) - entropy
    listwise = (per_item * weights).sum() / weights.sum()
    hinge = F.relu(rank_logits.max(-1).values - vocab_logits.max(-1).values.detach() + settings.margin).mean()
    total = listwise + hinge
    parts = {"listwise": listwise.item(), "hinge": hinge.item()}
    mask = answer_targets >= 0
    if settings.answer_weight > 0 and bool(mask.any()):
        answer_logits = ranker.base.output(hidden[mask])
        answer = F.cross_entropy(answer_logits, answer_targets[mask])
        total = total + settings.answer_weight * answer
        parts["answer"] = answer.item()
    return total, parts


@torch.no_grad()
def rank_logits(ranker: Ranker, items: list[Item], batch_tokens: int) -> dict[str, list[float]]:
    ranker.eval()
    result = {}
    for batch in _batches(items, batch_tokens, random.Random(0)):
        longest = max(len(i.prompt_ids) for i in batch)
        tokens = torch.zeros(len(batch), longest, dtype=torch.long)
        for row, item in enumerate(batch):
            tokens[row, : len(item.prompt_ids)] = torch.tensor(item.prompt_ids)
        last = torch.tensor([len(i.prompt_ids) - 1 for i in batch])
        logits, _, _ = ranker(tokens.to(ranker.rank_head.device), last.to(ranker.rank_head.device),
                              [i.id for i in batch])
        for item, row in zip(batch, logits.float().cpu().tolist(), strict=True):
            result[item.id] = row
    ranker.train()
    return result


def model_order(logits: Sequence[float], pipelines: list[str]) -> list[str]:
    """The coreset pipelines by logit, higher first (ties: coverage order)."""
    return [pipelines[i] for i in sorted(range(len(pipelines)), key=lambda i: (-logits[i], i))]


def validation_curve(ranker: Ranker, items: list[Item], pipelines: list[str], batch_tokens: int
                     ) -> dict[int, float]:
    logits = rank_logits(ranker, items, batch_tokens)
    table = {i.id: dict(zip([*pipelines, OZ_PIPELINE], i.bytes, strict=True)) for i in items}
    orders = {fid: model_order(row[: len(pipelines)], pipelines) for fid, row in logits.items()}
    return budget_curve(table, orders, (1, 2, 4))


def train(items: list[Item], pipelines: list[str], base: Path, out_dir: Path, settings: TrainSettings
          ) -> dict[str, Any]:
    """Fine-tunes under a wall-clock budget that adds up over resumed runs (WORK/rank/last.pt); keeps
    the checkpoint with the best validation curve (budgets 1 and 2) as best.pt."""
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model, _, rows, digest = load_base(base)
    ranker = Ranker(model, len(pipelines) + 1, settings.frozen_blocks).to(device)
    same_coreset = digest == pipeline_list_digest(pipelines)
    if rows is not None and same_coreset and rows.shape == ranker.rank_head.shape:
        with torch.no_grad():  # the base is a ranker of this coreset: go on from its rank rows
            ranker.rank_head.copy_(rows)
    head = [ranker.rank_head]
    trainable = [p for p in ranker.base.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW([{"params": trainable, "lr": settings.lr},
                                   {"params": head, "lr": settings.head_lr}],
                                  betas=(0.9, 0.95), weight_decay=0.0)
    train_items = [i for i in items if not i.validation]
    valid_items = [i for i in items if i.validation]
    out_dir.mkdir(parents=True, exist_ok=True)
    state: dict[str, Any] = {"step": 0, "elapsed": 0.0, "tokens": 0, "best": None, "history": []}
    last_path = out_dir / "last.pt"
    if last_path.exists():
        checkpoint = torch.load(last_path, map_location=device, weights_only=False)
        if checkpoint["pipelines"] == pipelines:
            ranker.load_state_dict(checkpoint["ranker"])
            optimizer.load_state_dict(checkpoint["optimizer"])
            state = checkpoint["state"]
            print(f"rank: resumed at step {state['step']} ({state['elapsed'] / 60:.1f} min)", flush=True)

    def save(path: Path) -> None:
        torch.save({"ranker": ranker.state_dict(), "optimizer": optimizer.state_dict(), "state": state,
                    "pipelines": pipelines, "config": ranker.base.config.to_dict()}, path.with_suffix(".tmp"))
        path.with_suffix(".tmp").replace(path)

    def validate() -> None:
        curve = validation_curve(ranker, valid_items, pipelines, settings.batch_tokens)
        score = curve[1] + curve[2]
        state["history"].append({"step": state["step"], "minutes": round(state["elapsed"] / 60, 1),
                                 "validation": curve})
        print(f"rank: step {state['step']} validation % under -Oz at 1/2/4: {curve}", flush=True)
        if state["best"] is None or score > state["best"]["score"]:
            state["best"] = {"step": state["step"], "score": score, "validation": curve}
            save(out_dir / "best.pt")

    print(f"rank: {len(train_items)} training, {len(valid_items)} validation functions; {device}", flush=True)
    if settings.frozen_blocks:
        cache_started = time.time()
        ranker.fill_cache(items, settings.batch_tokens)
        print(f"rank: outputs of the {settings.frozen_blocks} frozen blocks cached in "
              f"{time.time() - cache_started:.0f} s", flush=True)
    budget_s = 60 * settings.budget_minutes
    rng = random.Random(settings.seed + state["step"])
    started = time.time() - state["elapsed"]
    last_save = last_valid = time.time()
    warmup = 20
    if state["step"] == 0 and valid_items:
        validate()
    averages: dict[str, float] = {}
    def done() -> bool:
        return state["elapsed"] >= budget_s or (settings.max_steps is not None
                                                and state["step"] >= settings.max_steps)

    if not train_items:  # else the loop below would never advance the clock: a hang, not a run
        raise ValueError("rank: no training function fits the context; nothing to train")
    while not done():
        for batch in _batches(train_items, settings.batch_tokens, rng):
            state["elapsed"] = time.time() - started
            if done():
                break
            # cosine decay over the budget (steps when a step limit is given)
            progress = (state["elapsed"] / budget_s if settings.max_steps is None
                        else state["step"] / settings.max_steps)
            scale = min(1.0, (state["step"] + 1) / warmup) * (0.55 + 0.45 * math.cos(math.pi * progress))
            for group, lr in zip(optimizer.param_groups, (settings.lr, settings.head_lr), strict=True):
                group["lr"] = lr * scale
            loss, parts = losses(ranker, batch, settings)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(ranker.parameters(), 1.0)
            optimizer.step()
            state["step"] += 1
            state["tokens"] += sum(len(i.prompt_ids) + len(i.answer_ids) for i in batch)
            for key, value in parts.items():
                averages[key] = value if key not in averages else 0.95 * averages[key] + 0.05 * value
            if state["step"] % 10 == 0:
                print(f"rank: step {state['step']} {state['elapsed'] / 60:.1f} min tokens {state['tokens']} "
                      + " ".join(f"{k} {v:.3f}" for k, v in averages.items()), flush=True)
            if valid_items and time.time() - last_valid > settings.validate_every_s:
                validate()
                last_valid = time.time()
            if time.time() - last_save > settings.checkpoint_every_s:
                save(last_path)
                last_save = time.time()
    state["elapsed"] = time.time() - started
    state["final"] = averages
    if valid_items:
        validate()
    save(last_path)
    if not (out_dir / "best.pt").exists():
        save(out_dir / "best.pt")
    stats = {"steps": state["step"], "tokens": state["tokens"], "seconds": round(state["elapsed"]),
             "final": {k: round(v, 4) for k, v in averages.items()}, "best": state["best"],
             "functions": {"training": len(train_items), "validation": len(valid_items)}, "device": device}
    (out_dir / "train_stats.json").write_text(json.dumps(stats, indent=1) + "\n")
    return stats


def load_ranker(path: Path, base: Path) -> tuple[Ranker, list[str]]:
    checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    model, _, _, _ = load_base(base)
    ranker = Ranker(model, len(checkpoint["pipelines"]) + 1)
    ranker.load_state_dict(checkpoint["ranker"])
    return ranker.eval(), list(checkpoint["pipelines"])


# --- export and scoring ------------------------------------------------------------------------------

def export(ranker: Ranker, vocab: Vocab, pipelines: list[str], digest: str, out: Path, description: str
           ) -> Path:
    """The GGUF: the base vocabulary plus the rank tokens (control tokens), the merged model."""
    tokens = [rank_token(i) for i in range(len(pipelines))]
    extended = vocab.extended([*tokens, OZ_TOKEN])

    def metadata(writer: gguf.GGUFWriter) -> None:
        writer.add_string(gguf_info.KEY_TASKS, ",".join([*TASKS, RANK_TASK]))
        writer.add_string(KEY_CORESET_DIGEST, digest)
        writer.add_array(KEY_RANK_TOKENS, tokens)
        writer.add_string(KEY_RANK_TOKEN_OZ, OZ_TOKEN)

    return write_gguf(ranker.merged(), extended, out, description=description, extra_metadata=metadata)


class LlamaScorer:
    """The contract's scoring path with llama.cpp: rank-token logits at the last prompt position."""

    def __init__(self, path: Path, threads: int = 1) -> None:
        self.llama = llama_cpp.Llama(model_path=str(path), n_ctx=0, n_threads=threads, n_batch=512,
                                     verbose=False)
        reader = gguf.GGUFReader(str(path))
        self.digest = str(_field(reader, KEY_CORESET_DIGEST))
        texts = [str(t) for t in _field(reader, KEY_RANK_TOKENS)]
        self.token_ids = [self._single_token(t) for t in texts]
        self.oz_id = self._single_token(str(_field(reader, KEY_RANK_TOKEN_OZ)))

    def _single_token(self, text: str) -> int:
        ids = self.llama.tokenize(text.encode(), add_bos=False, special=True)
        if len(ids) != 1:
            raise ValueError(f"rank token {text!r} is {len(ids)} tokens")
        return int(ids[0])

    def logits(self, prompt: str) -> list[float]:
        """Logits of the K rank tokens (coreset order) then of -Oz's."""
        tokens = self.llama.tokenize(prompt.encode(), add_bos=True, special=False)
        self.llama.reset()
        self.llama.eval(tokens)
        row = llama_cpp.llama_get_logits_ith(self.llama._ctx.ctx, -1)  # the last evaluated position
        return [float(row[i]) for i in [*self.token_ids, self.oz_id]]


# --- stages -------------------------------------------------------------------------------------------

def stage_train(args: argparse.Namespace) -> None:
    pipelines, _ = coreset_pipelines(args.coreset)
    items = build_items(args.work_dir, args.work_dir / args.table_dir, pipelines, args.base,
                        args.context, args.validation_share, args.jobs)
    print(f"rank: {len(items)} functions with labels that fit the context", flush=True)
    settings = TrainSettings(budget_minutes=args.budget_minutes, batch_tokens=args.batch_tokens, lr=args.lr,
                             head_lr=args.head_lr, temperature=args.temperature,
                             answer_weight=args.answer_weight, threads=args.threads, max_steps=args.max_steps,
                             validate_every_s=args.validate_every_s, frozen_blocks=args.frozen_blocks)
    stats = train(items, pipelines, args.base, args.work_dir / args.run_dir, settings)
    print(f"rank: trained {json.dumps(stats)}", flush=True)


def stage_export(args: argparse.Namespace) -> None:
    pipelines, digest = coreset_pipelines(args.coreset)
    ranker, trained_for = load_ranker(args.work_dir / args.run_dir / args.checkpoint, args.base)
    if trained_for != pipelines:
        raise SystemExit(f"rank: the checkpoint was trained for another coreset than {args.coreset}")
    _, vocab, _, _ = load_base(args.base)
    stats_path = args.work_dir / args.run_dir / "train_stats.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    description = (f"irlens-tiny: proposes opt pass pipelines, sizes and lifted IR, and ranks the "
                   f"{len(pipelines)} coreset pipelines (digest {digest[:12]}); fine-tuned "
                   f"{stats.get('steps', '?')} steps on the coreset table")
    temporary = args.out.with_name(args.out.name + ".tmp")
    written = export(ranker, vocab, pipelines, digest, temporary, description)
    written.replace(args.out)  # the base may be the file replaced: it was read before
    print(f"rank: exported {args.out} ({args.out.stat().st_size} bytes)", flush=True)


def stage_parity(args: argparse.Namespace) -> None:
    """llama.cpp's order of the rank tokens equals PyTorch's (Q8_0-rounded weights) on a few prompts."""
    from models.recipe.export import dequantized_copy

    pipelines, _ = coreset_pipelines(args.coreset)
    model, _ = load_gguf(args.out)
    model = dequantized_copy(model)
    scorer = LlamaScorer(args.out)
    samples = [s for _, s in coreset.training_samples(args.work_dir, args.heldout)][: args.parity_prompts]
    report = []
    for sample in samples:
        prompt = prompts.flag_tuning_prompt(sample["ir"])
        ids = scorer.llama.tokenize(prompt.encode(), add_bos=True, special=False)
        if len(ids) > model.config.context:
            continue
        with torch.no_grad():
            row = model(torch.tensor([ids]))[0, -1]
        torch_logits = [float(row[i]) for i in [*scorer.token_ids, scorer.oz_id]]
        llama_logits = scorer.logits(prompt)
        names = [*pipelines, OZ_PIPELINE]
        torch_order, llama_order = model_order(torch_logits, names), model_order(llama_logits, names)
        diff = max(abs(a - b) for a, b in zip(torch_logits, llama_logits, strict=True))
        # pairs the two order differently: allowed only where PyTorch's logits are within the rounding
        swapped = [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))
                   if (torch_logits[i] - torch_logits[j]) * (llama_logits[i] - llama_logits[j]) < 0]
        widest = max((abs(torch_logits[i] - torch_logits[j]) for i, j in swapped), default=0.0)
        report.append({"id": sample["id"], "tokens": len(ids), "same_order": torch_order == llama_order,
                       "same_top2": torch_order[:2] == llama_order[:2], "swapped_pairs": len(swapped),
                       "widest_swapped_gap": round(widest, 5), "max_abs_diff": round(diff, 5),
                       "spread": round(max(torch_logits) - min(torch_logits), 3)})
    print(f"parity: {json.dumps(report)}", flush=True)
    if not report or not all(r["widest_swapped_gap"] <= 2 * r["max_abs_diff"] + 1e-4 for r in report):
        raise SystemExit("parity: llama.cpp and PyTorch order pipelines differently beyond the rounding")


def _heldout_table(path: Path) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for record in coreset.read_jsonl(path):
        table.setdefault(record["id"], {}).update({p: v[0] for p, v in record["sizes"]["clang"].items()})
    return table


def model_orders(model: Path, samples: list[dict[str, Any]], pipelines: list[str], threads: int = 1
                 ) -> tuple[dict[str, list[str]], int]:
    """Per sample id the coreset pipelines in the GGUF's order (llama.cpp, the contract's scoring), and
    how many prompts did not fit the context (those keep coverage order, as the server's fallback)."""
    scorer = LlamaScorer(model, threads=threads)
    orders, too_long = {}, 0
    for sample in samples:
        prompt = prompts.flag_tuning_prompt(sample["ir"])
        if len(scorer.llama.tokenize(prompt.encode(), add_bos=True, special=False)) > scorer.llama.n_ctx():
            orders[sample["id"]], too_long = list(pipelines), too_long + 1
            continue
        orders[sample["id"]] = model_order(scorer.logits(prompt)[: len(pipelines)], pipelines)
    return orders, too_long


def stage_heldout(args: argparse.Namespace) -> None:
    """The budget curve on the held-out split with model order (llama.cpp on the exported GGUF) beside
    coverage order, frequency order (training-table wins) and the per-function oracle."""
    pipelines, _ = coreset_pipelines(args.coreset)
    table = {fid: sizes for fid, sizes in _heldout_table(args.work_dir / args.heldout_table).items()
             if OZ_PIPELINE in sizes and all(p in sizes for p in pipelines)}
    samples = {s["id"]: s for s in coreset.read_jsonl(args.heldout)}
    orders, too_long = model_orders(args.out, [samples[fid] for fid in table], pipelines, args.threads)
    training = {fid: {p: v[0] for p, v in sizes.items()}
                for fid, sizes in table_rows(args.work_dir / args.table_dir, pipelines).items()}
    frequency = coreset.wins_by_frequency(training, pipelines)
    budgets = [b for b in (1, 2, 4, 8, 16) if b <= len(pipelines)] + [len(pipelines)]
    result = {
        "functions": len(table), "prompts_over_context": too_long,
        "oz_bytes": sum(s[OZ_PIPELINE] for s in table.values()),
        "model": budget_curve(table, orders, budgets),
        "coverage": budget_curve(table, pipelines, budgets),
        "frequency": budget_curve(table, frequency, budgets),
        "oracle": budget_curve(table, pipelines, [len(pipelines)])[len(pipelines)],
        "model_file": args.out.name, "frequency_from": f"{len(training)} training functions",
    }
    coreset.write_atomic(args.curve_out, json.dumps(result, indent=1) + "\n")
    print(f"heldout: {json.dumps(result)}", flush=True)


def _answer_loss(model: TinyLlama, ids: list[int], answer_start: int) -> float:
    with torch.no_grad():
        logits = model(torch.tensor([ids[:-1]]))[0]
    return float(F.cross_entropy(logits[answer_start - 1:], torch.tensor(ids[answer_start:])))


def stage_tasks(args: argparse.Namespace) -> None:
    """What fine-tuning did to the other tasks, on validation functions (training split, never trained
    on): the mean answer loss per task (teacher-forced, PyTorch on each GGUF's weights) of the base
    and the new GGUF, and llama.cpp's greedy flag-tuning answers (how many name a valid pipeline)."""
    from models.recipe import lifting, sources

    from irlens.toolchain.pipeline import PipelineRejected, validate_pipeline

    toolchain = discover()
    samples = [s for _, s in coreset.training_samples(args.work_dir, args.heldout)
               if is_validation(s["id"], args.validation_share)][: args.task_functions]
    vocab = llama_cpp.Llama(model_path=str(args.base), vocab_only=True, verbose=False)
    examples: dict[str, list[tuple[list[int], int]]] = {"emulation": [], "disassembly": []}

    def add(task: str, prompt: str, answer: str) -> None:
        prompt_ids = list(vocab.tokenize(prompt.encode(), add_bos=True, special=False))
        ids = [*prompt_ids, *vocab.tokenize(answer.encode(), add_bos=False, special=False), vocab.token_eos()]
        if len(ids) <= args.context:
            examples[task].append((ids, len(prompt_ids)))

    for sample in samples:
        try:
            o0 = tools.measure_pipeline(sample["ir"], None)
            oz = tools.measure_pipeline(sample["ir"], OZ_PIPELINE)
        except tools.ToolError:
            continue
        add("emulation", prompts.compiler_emulation_prompt(sample["ir"], OZ_PIPELINE, o0.ir_count, o0.bytes),
            answers.emulation_answer(oz.ir_count, oz.bytes, oz.ir))
        fields = set(sources.Sample.__dataclass_fields__)
        for pair in lifting.pairs_of(sources.Sample(**{k: v for k, v in sample.items() if k in fields}),
                                     args.context):
            add("disassembly", prompts.disassembly_prompt(pair["asm"]),
                answers.disassembly_answer(pair["ir"]))
    report: dict[str, Any] = {"functions": len(samples),
                              "examples": {task: len(found) for task, found in examples.items()}}
    for label, path in (("base", args.base), ("new", args.out)):
        model, _ = load_gguf(path)
        report[label] = {task: round(sum(_answer_loss(model, ids, start) for ids, start in found)
                                     / max(1, len(found)), 4) for task, found in examples.items()}
        llama = llama_cpp.Llama(model_path=str(path), n_ctx=0, n_threads=args.threads, verbose=False)
        valid, answers_seen = 0, []
        for sample in samples:
            prompt = prompts.flag_tuning_prompt(sample["ir"])
            if len(llama.tokenize(prompt.encode(), add_bos=True, special=False)) + 96 > llama.n_ctx():
                continue
            text = llama.create_completion(prompt, max_tokens=96, temperature=0.0)["choices"][0]["text"]
            parsed = answers.parse_pipeline(text)
            with contextlib.suppress(PipelineRejected):
                valid += parsed is not None and bool(validate_pipeline(parsed, toolchain))
            answers_seen.append(parsed)
        report[label]["flag_tuning"] = {"prompts": len(answers_seen), "valid_pipelines": valid,
                                        "distinct": len(set(answers_seen)),
                                        "default_oz": sum(a == OZ_PIPELINE for a in answers_seen)}
    coreset.write_atomic(args.work_dir / args.run_dir / "tasks.json", json.dumps(report, indent=1) + "\n")
    print(f"tasks: {json.dumps(report)}", flush=True)


def retarget(source: Path, out: Path, previous: list[str], current: list[str]) -> Path:
    """A copy of the ranker GGUF `source`, trained on the coreset `previous`, for the coreset `current`:
    the same pipelines in another order (the `ship` stage reorders them when the table grows). The rank
    tokens follow their pipelines, so every pipeline keeps its score; nothing is retrained."""
    reader = gguf.GGUFReader(str(source))
    if str(_field(reader, KEY_CORESET_DIGEST)) != pipeline_list_digest(previous):
        raise ValueError(f"{source} was not made for the previous coreset given")
    if sorted(previous) != sorted(current):
        raise ValueError("the coresets hold different pipelines: the ranker must be trained again")
    tokens = [str(t) for t in _field(reader, KEY_RANK_TOKENS)]
    new_metadata = {KEY_CORESET_DIGEST: pipeline_list_digest(current),
                    KEY_RANK_TOKENS: [tokens[previous.index(p)] for p in current]}
    writer = gguf.GGUFWriter(str(out), str(_field(reader, gguf.Keys.General.ARCHITECTURE)))
    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue  # written by the writer itself
        kind = field.types[0]
        sub_type = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        value = new_metadata.get(field.name, field.contents())
        writer.add_key_value(field.name, value, kind, sub_type=sub_type)
    for tensor in reader.tensors:
        writer.add_tensor_info(tensor.name, tensor.data.shape, tensor.data.dtype, tensor.data.nbytes,
                               tensor.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for tensor in reader.tensors:
        writer.write_tensor_data(tensor.data)
    writer.close()
    return out


def stage_retarget(args: argparse.Namespace) -> None:
    previous, current = coreset.pipelines_of(args.previous_coreset), coreset.pipelines_of(args.coreset)
    scratch = args.out.with_suffix(".retarget.tmp")
    retarget(args.out, scratch, previous, current)
    scratch.replace(args.out)
    print(f"retarget: {args.out} ranks the coreset {pipeline_list_digest(current)[:12]}", flush=True)


STAGES = ("train", "export", "parity", "heldout")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=(*STAGES, "tasks", "retarget", "all"))
    parser.add_argument("--work-dir", type=Path, default=coreset.DEFAULT_WORK)
    parser.add_argument("--table-dir", default="table_clang2", help="the coreset table (clang baseline)")
    parser.add_argument("--coreset", type=Path, default=REPO / "server" / "irlens" / "data" / "coreset.json")
    parser.add_argument("--base", type=Path, default=REPO / "models" / "irlens-tiny.gguf",
                        help="the GGUF whose weights and vocabulary training starts from")
    parser.add_argument("--out", type=Path, default=REPO / "models" / "irlens-tiny.gguf")
    parser.add_argument("--run-dir", default="rank", help="checkpoints and stats, under the work dir")
    parser.add_argument("--checkpoint", default="best.pt", help="export: best.pt or last.pt")
    parser.add_argument("--context", type=int, default=1536)
    parser.add_argument("--validation-share", type=float, default=0.1)
    parser.add_argument("--budget-minutes", type=float, default=35.0)
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--batch-tokens", type=int, default=4096)
    parser.add_argument("--lr", type=float, default=3e-4)
    parser.add_argument("--head-lr", type=float, default=3e-3)
    parser.add_argument("--temperature", type=float, default=0.02, help="of the target, x -Oz bytes")
    parser.add_argument("--answer-weight", type=float, default=0.3, help="flag-tuning answer loss")
    parser.add_argument("--validate-every-s", type=float, default=240.0)
    parser.add_argument("--frozen-blocks", type=int, default=0,
                        help="blocks kept as shipped (their outputs cached once; training runs the rest)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--parity-prompts", type=int, default=4)
    parser.add_argument("--task-functions", type=int, default=16, help="tasks: validation functions")
    parser.add_argument("--heldout", type=Path, default=REPO / "models" / "eval" / "heldout.jsonl")
    parser.add_argument("--heldout-table", default="heldout_clang2.jsonl",
                        help="coreset.py heldout's measurements, under the work dir")
    parser.add_argument("--curve-out", type=Path, default=REPO / "models" / "eval" / "rank_heldout.json")
    parser.add_argument("--previous-coreset", type=Path,
                        help="retarget: the coreset.json the --out ranker was trained on")
    parser.add_argument("--smoke", action="store_true", help="a few steps (CI)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.max_steps, args.budget_minutes, args.validate_every_s = 3, 5.0, 0.0
        args.batch_tokens, args.parity_prompts = 2048, 2
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for stage in STAGES if args.stage == "all" else (args.stage,):
        print(f"== {stage}", flush=True)
        globals()[f"stage_{stage}"](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
