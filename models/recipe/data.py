"""Stages 1-3 driver: samples, autotuned labels, lifting pairs and the candidate set, on a local
process pool. For more than one machine the same per-sample functions (`_label_one`, `_lift_one`)
map onto an existing distributed engine (ray.util.multiprocessing.Pool or dask.distributed's
Client.map are drop-in for multiprocessing.Pool here); the recipe has no cluster code of its own.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time
from dataclasses import asdict
from pathlib import Path

from models.recipe import autotune, sources, tools


def _lower_priority() -> None:
    os.nice(5)


def _package_samples(args: tuple[str, list[str], int | None]) -> list[sources.Sample]:
    package_dir, test_packages, max_files = args
    return list(sources.debian_samples(Path(package_dir), set(test_packages), max_files))


def _csmith_samples(args: tuple[int, str]) -> list[sources.Sample]:
    seed, work_dir = args
    return list(sources.csmith_samples(seed, Path(work_dir)))


def build_samples(work: Path, packages: list[str], test_packages: list[str], train_seeds: int,
                  test_seeds: int, jobs: int, max_files: int | None = None) -> list[sources.Sample]:
    src_dir = work / "src"
    sources.fetch_debian_sources(packages, src_dir)
    package_dirs = []
    for package in packages:
        found = sorted(d for d in src_dir.glob(f"{package}-*") if (d / "debian").is_dir())
        if found:
            package_dirs.append(str(found[-1]))
    seeds = [*range(1, train_seeds + 1), *range(sources.TEST_SEED_BASE, sources.TEST_SEED_BASE + test_seeds)]
    samples: list[sources.Sample] = []
    with multiprocessing.Pool(jobs, initializer=_lower_priority) as pool:
        package_jobs = [(d, test_packages, max_files) for d in package_dirs]
        for batch in pool.imap_unordered(_package_samples, package_jobs):
            samples += batch
        for batch in pool.imap_unordered(_csmith_samples, [(s, str(work / "csmith")) for s in seeds]):
            samples += batch
    # A function text that also occurs in training is no test sample.
    train_ids = {s.id for s in samples if s.split == "train"}
    samples = [s for s in samples if s.split == "train" or s.id not in train_ids]
    sources.write_samples(samples, work / "samples.jsonl")
    return sources.read_samples(work / "samples.jsonl")


def _label_one(args: tuple[sources.Sample, int, int]) -> autotune.Label | None:
    sample, trials, seed = args
    return autotune.autotune(sample, trials, seed)


def build_labels(work: Path, samples: list[sources.Sample], trials: int, jobs: int, deadline: float,
                 seed: int = 0) -> list[autotune.Label]:
    """Autotune every test sample, then training samples in random order until the deadline;
    labels.jsonl is appended as results arrive and reused on a rerun."""
    path = work / "labels.jsonl"
    done = {}
    if path.exists():
        for line in path.read_text().splitlines():
            label = autotune.Label(**json.loads(line))
            done[label.id] = label
    todo = [s for s in samples if s.id not in done]
    rng = random.Random(seed)
    rng.shuffle(todo)
    todo.sort(key=lambda s: s.split != "test")
    with path.open("a") as handle, multiprocessing.Pool(jobs, initializer=_lower_priority) as pool:
        for label in pool.imap_unordered(_label_one, [(s, trials, seed) for s in todo], chunksize=1):
            if label is not None:
                done[label.id] = label
                handle.write(autotune.label_to_json(label) + "\n")
                handle.flush()
            if time.time() > deadline:
                pool.terminate()
                break
    return list(done.values())


def _lift_one(args: tuple[sources.Sample, str]) -> dict[str, str] | None:
    sample, best_pipeline = args
    try:
        optimized = tools.apply_pipeline(sample.ir, best_pipeline)
        return {"id": sample.id, "ir_o0": sample.ir, "asm_o0": tools.assembly(sample.ir, "-O0"),
                "ir_opt": optimized, "asm_o2": tools.assembly(optimized, "-O2")}
    except tools.ToolError:
        return None


def build_lifting_pairs(work: Path, samples: list[sources.Sample], labels: list[autotune.Label],
                        jobs: int) -> int:
    """Per function: the assembly a user's .s would hold (llc -O0 of the -O0 IR, llc -O2 of the
    optimised IR) and the IR that produced it."""
    best = {label.id: label.best_pipeline for label in labels}
    todo = [(s, best[s.id]) for s in samples if s.id in best]
    count = 0
    with (work / "lifting.jsonl").open("w") as handle, \
            multiprocessing.Pool(jobs, initializer=_lower_priority) as pool:
        for pair in pool.imap_unordered(_lift_one, todo, chunksize=4):
            if pair is not None:
                handle.write(json.dumps(pair) + "\n")
                count += 1
    return count


def write_eval_set(eval_dir: Path, samples: list[sources.Sample], labels: list[autotune.Label],
                   lifting: Path) -> int:
    """The held-out split for `irlens bench quality`: IR modules, autotuner best, -O0/-Oz sizes,
    lifting pairs. Self-contained JSON, so the benchmark never imports the recipe."""
    by_id = {label.id: label for label in labels}
    pairs = {}
    for line in lifting.read_text().splitlines():
        pair = json.loads(line)
        pairs[pair["id"]] = pair
    eval_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    # Shuffled once (fixed seed), so that `irlens bench quality --limit N` takes a mix of packages.
    ordered = sorted(samples, key=lambda s: s.id)
    random.Random(0).shuffle(ordered)
    with (eval_dir / "heldout.jsonl").open("w") as handle:
        for sample in ordered:
            if sample.split != "test" or sample.id not in by_id:
                continue
            label = by_id[sample.id]
            record = {key: value for key, value in asdict(sample).items() if key != "program"}
            record.update({k: v for k, v in asdict(label).items() if k != "id"})
            record["best_pipeline"] = autotune.merge_function_groups(label.best_pipeline)
            pair = pairs.get(sample.id)
            if pair is not None:
                record["asm_o0"] = pair["asm_o0"]
            handle.write(json.dumps(record) + "\n")
            count += 1
    return count
