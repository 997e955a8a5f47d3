"""Stage 5: multi-task training in the LLM Compiler prompt formats, under a wall-clock budget.

Tasks (the runtime's own prompt builders and answer formats, irlens.model.prompts/answers, so the
text is identical to what the server sends): flag tuning (-> minimised autotuner winner and its
sizes), compiler emulation (sizes, then code, after a pass list) and disassembly (asm -> IR).
Loss is on answer tokens only. A sequence longer than the context is cut at the context (the answer
header, which holds the pipeline and the sizes, comes first); one whose prompt alone does not fit is
skipped.
"""

from __future__ import annotations

import json
import math
import random
import signal
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from models.recipe import sources, tools
from models.recipe.autotune import merge_function_groups
from models.recipe.lifting import canonical_ir, function_snippet, read_extra_pairs, renamed_pair
from models.recipe.model import ModelConfig, TinyLlama
from models.recipe.tokenizer import load as load_tokenizer

from irlens.model import answers, prompts

# How often each task is drawn: flag tuning is what the runtime leans on most.
TASK_WEIGHTS = {"flag-tuning": 0.5, "emulation": 0.15, "disassembly": 0.35}
LENGTH_WINDOW = 24  # a batch draws from this many examples either side of a random one, by length
HELDOUT_EVAL = Path(__file__).resolve().parents[1] / "eval" / "heldout.jsonl"


@dataclass
class Example:
    task: str
    prompt: str
    answer: str


def held_out_ids(work: Path) -> set[str]:
    """Ids (text digests) of every held-out function: the work directory's test split and the
    shipped evaluation sets (models/eval/heldout.jsonl and the cross targets' heldout_TARGET.jsonl),
    which a work directory may not hold."""
    ids: set[str] = set()
    for path in (work / "samples.jsonl", HELDOUT_EVAL, *sorted(HELDOUT_EVAL.parent.glob("heldout_*.jsonl"))):
        if path.exists():
            ids.update(key for record in map(json.loads, path.read_text().splitlines())
                       if record.get("split", "test") == "test" for key in sources.held_out_keys(record))
    return ids


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def lifting_examples(asm: str, ir: str, renamed_copies: int = 0, seed: str = "") -> list[Example]:
    """The disassembly example of one pair, and `renamed_copies` more with every function and global
    renamed at random (`lifting.renamed_pair`; seeded by `seed` and the copy), which teach copying
    names from the assembly rather than remembering them."""
    variants = [(asm, ir)] + [renamed_pair(asm, ir, zlib.crc32(f"{seed}:{copy}".encode()))
                              for copy in range(1, renamed_copies + 1)]
    return [Example("disassembly", prompts.disassembly_prompt(a), answers.disassembly_answer(canonical_ir(i)))
            for a, i in variants]


def build_examples(work: Path, renamed_copies: int = 0) -> list[Example]:
    """Training examples from the training split (never the held-out packages or seeds). A work
    directory with only `--stage lift-data` pairs gives disassembly examples only. Each lifting pair
    gives `renamed_copies` renamed examples besides itself (`lifting_examples`)."""
    samples = {r["id"]: r for r in _records(work / "samples.jsonl") if r["split"] == "train"}
    held_out = held_out_ids(work)
    labels = {r["id"]: r for r in _records(work / "labels.jsonl") if r["id"] in samples}
    pairs = {r["id"]: r for r in _records(work / "lifting.jsonl") if r["id"] in samples}
    examples: list[Example] = []
    for sample_id, label in labels.items():
        ir = samples[sample_id]["ir"]
        examples.append(Example("flag-tuning", prompts.flag_tuning_prompt(ir), answers.flag_tuning_answer(
            merge_function_groups(label["best_pipeline"]), label["best_count"], label["best_bytes"])))
        pair = pairs.get(sample_id)
        if pair is None:
            continue
        examples.append(Example("emulation", prompts.compiler_emulation_prompt(
            ir, label["best_pipeline"], label["o0_count"], label["o0_bytes"]),
            answers.emulation_answer(label["best_count"], label["best_bytes"], pair["ir_opt"])))
        try:
            oz_ir = tools.apply_pipeline(ir, "default<Oz>")
        except tools.ToolError:
            oz_ir = None
        if oz_ir is not None:
            examples.append(Example("emulation", prompts.compiler_emulation_prompt(
                ir, "default<Oz>", label["o0_count"], label["o0_bytes"]),
                answers.emulation_answer(label["oz_count"], label["oz_bytes"], oz_ir)))
        for level, asm, ir_of_asm in (("-O0", pair["asm_o0"], pair["ir_o0"]),
                                       ("-O2", pair["asm_o2"], pair["ir_opt"])):
            snippet = function_snippet(asm, samples[sample_id]["function"])
            if snippet is not None:
                examples += lifting_examples(snippet, ir_of_asm, renamed_copies, f"{sample_id}{level}")
    # `--stage lift-data`: lifting pairs of many more functions (no autotuning needed)
    for pair in read_extra_pairs(work, held_out):
        examples += lifting_examples(pair["asm"], pair["ir"], renamed_copies, f"{pair['id']}{pair['level']}")
    return examples


def tokenize_examples(examples: list[Example], tokenizer_path: Path, context: int,
                      max_tokens: int | None = None) -> dict[str, list[tuple[list[int], int]]]:
    """Per task: (token ids, index of the first answer token). BOS + prompt + answer + EOS."""
    sp = load_tokenizer(tokenizer_path)
    by_task: dict[str, list[tuple[list[int], int]]] = {task: [] for task in TASK_WEIGHTS}
    for example in examples:
        prompt_ids = [sp.bos_id(), *sp.encode(example.prompt)]
        if len(prompt_ids) + 24 > context:
            continue
        ids = prompt_ids + sp.encode(example.answer) + [sp.eos_id()]
        if len(ids) > min(context, max_tokens or context) and example.task == "disassembly":
            continue  # a lifting answer cut short would teach the model never to close its block
        by_task[example.task].append((ids[:context], len(prompt_ids)))
    for items in by_task.values():
        items.sort(key=lambda item: len(item[0]))  # by length: a batch takes neighbours (`_batch`)
    return by_task


def _batch(rng: random.Random, by_task: dict[str, list[tuple[list[int], int]]], batch_tokens: int
           ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """A batch of one task's examples of similar length (neighbours in the length-sorted list, so that
    little of the batch is padding), the task drawn by TASK_WEIGHTS."""
    tasks = [t for t in TASK_WEIGHTS if by_task.get(t)]
    task = rng.choices(tasks, weights=[TASK_WEIGHTS[t] for t in tasks])[0]
    items = by_task[task]
    centre = rng.randrange(len(items))
    chosen: list[tuple[list[int], int]] = []
    longest = 0
    while True:
        item = items[min(len(items) - 1, max(0, centre + rng.randint(-LENGTH_WINDOW, LENGTH_WINDOW)))]
        new_longest = max(longest, len(item[0]))
        if chosen and new_longest * (len(chosen) + 1) > batch_tokens:
            break
        chosen.append(item)
        longest = new_longest
    inputs = torch.zeros(len(chosen), longest - 1, dtype=torch.long)
    targets = torch.full((len(chosen), longest - 1), -100, dtype=torch.long)
    for row, (ids, answer_start) in enumerate(chosen):
        tensor = torch.tensor(ids)
        inputs[row, : len(ids) - 1] = tensor[:-1]
        target = tensor[1:].clone()
        target[: answer_start - 1] = -100  # loss on the answer only
        targets[row, : len(ids) - 1] = target
    return inputs, targets, torch.tensor(len(chosen))


def train(by_task: dict[str, list[tuple[list[int], int]]], config: ModelConfig, out: Path, *,
          budget_minutes: float, batch_tokens: int, threads: int, max_steps: int | None = None,
          lr: float = 2e-3, seed: int = 0, log_every: int = 10, save_every: int = 50,
          resume: bool = False, initial: TinyLlama | None = None) -> dict[str, float]:
    """Train until `budget_minutes` of training (this run and the runs it resumes) have passed.
    With `resume`, continues from `out`'s training state (weights, optimizer, step, clock, sampler);
    the state is saved every `save_every` steps, so a stopped run loses at most that many. `initial`
    (weights of the same shape, e.g. a shipped model's) replaces the random initialisation."""
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    rng = random.Random(seed)
    device = training_device()
    model = TinyLlama(config)
    if initial is not None:
        model.load_state_dict(initial.state_dict())
    model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.95), weight_decay=0.1)
    step, tokens_seen, loss_avg, elapsed_before = 0, 0, float("nan"), 0.0
    state_path = training_state_path(out)
    if resume and state_path.exists():
        state = torch.load(state_path, map_location="cpu", weights_only=False)
        if state["config"] != config.to_dict():
            raise ValueError(f"{state_path} holds a model of another shape: {state['config']}")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, tokens_seen, loss_avg = state["step"], state["tokens"], state["loss"]
        elapsed_before = state["seconds"]
        rng.setstate(state["rng"])
        print(f"resumed at step {step} ({elapsed_before:.0f}s trained)", flush=True)
    print(f"training on {device}", flush=True)
    started = time.time() - elapsed_before
    budget_s = 60 * budget_minutes
    warmup = 30

    def save_state() -> None:
        save(model, out)
        torch.save({"config": config.to_dict(), "model": model.state_dict(),
                    "optimizer": optimizer.state_dict(), "step": step, "tokens": tokens_seen,
                    "loss": loss_avg, "seconds": time.time() - started,
                    "rng": rng.getstate()}, state_path.with_suffix(".tmp"))
        state_path.with_suffix(".tmp").replace(state_path)  # never a half-written state

    stop = threading.Event()  # SIGTERM: save the state at the end of this step, then return
    previous_handler = (signal.signal(signal.SIGTERM, lambda *_: stop.set())
                        if threading.current_thread() is threading.main_thread() else None)
    while not stop.is_set():
        elapsed = time.time() - started
        if elapsed > budget_s or (max_steps is not None and step >= max_steps):
            break
        # Cosine decay over the time budget (the number of steps is not known in advance).
        progress = min(1.0, elapsed / budget_s) if max_steps is None else step / max_steps
        scale = min(1.0, (step + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))
        for group in optimizer.param_groups:
            group["lr"] = lr * scale
        inputs, targets, _ = _batch(rng, by_task, batch_tokens)
        inputs, targets = inputs.to(device), targets.to(device)
        logits = model(inputs)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=-100)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        tokens_seen += inputs.numel()
        loss_avg = loss.item() if math.isnan(loss_avg) else 0.95 * loss_avg + 0.05 * loss.item()
        if step % log_every == 0:
            print(f"step {step} loss {loss_avg:.3f} lr {lr * scale:.2e} tokens {tokens_seen} "
                  f"{tokens_seen / (time.time() - started):.0f} tok/s", flush=True)
        if step % save_every == 0:
            save_state()
    save_state()
    if previous_handler is not None:
        signal.signal(signal.SIGTERM, previous_handler)
    stats = {"steps": step, "tokens": tokens_seen, "seconds": round(time.time() - started),
             "final_loss": round(loss_avg, 4)}
    out.with_suffix(".stats.json").write_text(json.dumps(stats) + "\n")
    return stats


def training_device() -> str:
    """CUDA when a GPU is present (a device session), else the CPU; checkpoints load on either."""
    return "cuda" if torch.cuda.is_available() else "cpu"


def training_state_path(out: Path) -> Path:
    """Weights, optimizer and clock of an unfinished run, beside the checkpoint (never in git)."""
    return out.with_suffix(".state.pt")


def save(model: TinyLlama, path: Path) -> None:
    torch.save({"config": model.config.to_dict(), "state": model.state_dict()}, path)


def load_checkpoint(path: Path) -> TinyLlama:
    checkpoint = torch.load(path, map_location="cpu")
    model = TinyLlama(ModelConfig(**checkpoint["config"]))
    model.load_state_dict(checkpoint["state"])
    return model.eval()
