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
import time
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from models.recipe import tools
from models.recipe.autotune import merge_function_groups
from models.recipe.lifting import function_snippet, read_extra_pairs
from models.recipe.model import ModelConfig, TinyLlama
from models.recipe.tokenizer import load as load_tokenizer

from irlens.model import answers, prompts

# How often each task is drawn: flag tuning is what the runtime leans on most.
TASK_WEIGHTS = {"flag-tuning": 0.5, "emulation": 0.15, "disassembly": 0.35}


@dataclass
class Example:
    task: str
    prompt: str
    answer: str


def build_examples(work: Path) -> list[Example]:
    """Training examples from the training split (never the held-out packages or seeds)."""
    samples = {}
    held_out: set[str] = set()
    for line in (work / "samples.jsonl").read_text().splitlines():
        record = json.loads(line)
        if record["split"] == "train":
            samples[record["id"]] = record
        else:
            held_out.add(record["id"])
    labels = {}
    for line in (work / "labels.jsonl").read_text().splitlines():
        record = json.loads(line)
        if record["id"] in samples:
            labels[record["id"]] = record
    pairs = {}
    for line in (work / "lifting.jsonl").read_text().splitlines():
        record = json.loads(line)
        if record["id"] in samples:
            pairs[record["id"]] = record
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
        for asm, ir_of_asm in ((pair["asm_o0"], pair["ir_o0"]), (pair["asm_o2"], pair["ir_opt"])):
            snippet = function_snippet(asm, samples[sample_id]["function"])
            if snippet is not None:
                examples.append(Example("disassembly", prompts.disassembly_prompt(snippet),
                                        answers.disassembly_answer(ir_of_asm)))
    # `--stage lift-data`: lifting pairs of many more functions (no autotuning needed)
    for pair in read_extra_pairs(work, held_out):
        examples.append(Example("disassembly", prompts.disassembly_prompt(pair["asm"]),
                                answers.disassembly_answer(pair["ir"])))
    return examples


def tokenize_examples(examples: list[Example], tokenizer_path: Path, context: int
                      ) -> dict[str, list[tuple[list[int], int]]]:
    """Per task: (token ids, index of the first answer token). BOS + prompt + answer + EOS."""
    sp = load_tokenizer(tokenizer_path)
    by_task: dict[str, list[tuple[list[int], int]]] = {task: [] for task in TASK_WEIGHTS}
    for example in examples:
        prompt_ids = [sp.bos_id(), *sp.encode(example.prompt)]
        if len(prompt_ids) + 24 > context:
            continue
        ids = (prompt_ids + sp.encode(example.answer) + [sp.eos_id()])[:context]
        by_task[example.task].append((ids, len(prompt_ids)))
    return by_task


def _batch(rng: random.Random, by_task: dict[str, list[tuple[list[int], int]]], batch_tokens: int
           ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    tasks = [t for t in TASK_WEIGHTS if by_task[t]]
    chosen: list[tuple[list[int], int]] = []
    longest = 0
    while True:
        task = rng.choices(tasks, weights=[TASK_WEIGHTS[t] for t in tasks])[0]
        item = rng.choice(by_task[task])
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
          lr: float = 2e-3, seed: int = 0, log_every: int = 10) -> dict[str, float]:
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    rng = random.Random(seed)
    model = TinyLlama(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.95), weight_decay=0.1)
    started = time.time()
    budget_s = 60 * budget_minutes
    warmup = 30
    step, tokens_seen, loss_avg = 0, 0, float("nan")
    while True:
        elapsed = time.time() - started
        if elapsed > budget_s or (max_steps is not None and step >= max_steps):
            break
        # Cosine decay over the time budget (the number of steps is not known in advance).
        progress = min(1.0, elapsed / budget_s) if max_steps is None else step / max_steps
        scale = min(1.0, (step + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))
        for group in optimizer.param_groups:
            group["lr"] = lr * scale
        inputs, targets, _ = _batch(rng, by_task, batch_tokens)
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
        if step % 200 == 0:
            save(model, out)
    save(model, out)
    stats = {"steps": step, "tokens": tokens_seen, "seconds": round(time.time() - started),
             "final_loss": round(loss_avg, 4)}
    out.with_suffix(".stats.json").write_text(json.dumps(stats) + "\n")
    return stats


def save(model: TinyLlama, path: Path) -> None:
    torch.save({"config": model.config.to_dict(), "state": model.state_dict()}, path)


def load_checkpoint(path: Path) -> TinyLlama:
    checkpoint = torch.load(path, map_location="cpu")
    model = TinyLlama(ModelConfig(**checkpoint["config"]))
    model.load_state_dict(checkpoint["state"])
    return model.eval()
