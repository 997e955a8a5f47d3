"""One command for the whole recipe, or one stage of it.

    python -m models.recipe.run --stage all --budget-minutes 120        # full size, ~2 h on 2 cores
    python -m models.recipe.run --smoke --work-dir /tmp/smoke            # CI: every stage, tiny

Stages: data (samples, labels, lifting pairs, candidates, eval set), tokenizer, train, export.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The recipe's task names, and the names the GGUF's irlens.tasks gives the server for them.
TRAINING_TASKS = {"flag-tuning": "flag-tuning", "emulation": "compiler-emulation-ir",
                  "disassembly": "disassembly"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stage", default="all",
                        choices=("all", "data", "lift-data", "tokenizer", "train", "export"))
    parser.add_argument("--work-dir", type=Path, default=REPO / ".work" / "recipe")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for data generation")
    parser.add_argument("--packages", nargs="*", default=None)
    parser.add_argument("--test-packages", nargs="*", default=None)
    parser.add_argument("--csmith-train", type=int, default=400, help="csmith programs for training")
    parser.add_argument("--csmith-test", type=int, default=20, help="csmith programs held out")
    parser.add_argument("--trials", type=int, default=40, help="random pipelines per function")
    parser.add_argument("--label-minutes", type=float, default=45.0, help="wall-clock budget of autotuning")
    parser.add_argument("--max-files", type=int, default=None, help="C files per package (smoke)")
    parser.add_argument("--max-samples", type=int, default=None,
                        help="keep only the N smallest functions per split (smoke)")
    parser.add_argument("--reuse-samples", action="store_true",
                        help="keep samples.jsonl and the labels so far; autotune the rest")
    parser.add_argument("--top-n", type=int, default=32, help="pipelines in candidates.json")
    parser.add_argument("--candidates-out", type=Path,
                        default=REPO / "server" / "irlens" / "data" / "candidates.json")
    parser.add_argument("--eval-dir", type=Path, default=REPO / "models" / "eval")
    parser.add_argument("--vocab-size", type=int, default=4096)
    parser.add_argument("--budget-minutes", type=float, default=60.0, help="wall-clock budget of training")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--context", type=int, default=1536)
    parser.add_argument("--dim", type=int, default=256)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--batch-tokens", type=int, default=6144)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "models" / "irlens-tiny.gguf")
    parser.add_argument("--lift-seeds", default="1:5001", metavar="START:END",
                        help="csmith seeds of the lift-data stage (training seeds only)")
    parser.add_argument("--synth-seeds", default="0:0", metavar="START:END",
                        help="seeds of generated small C files (models/recipe/synth.py) for lift-data")
    parser.add_argument("--lift-minutes", type=float, default=60.0, help="wall-clock budget of lift-data")
    parser.add_argument("--lift-target", nargs="+", default=["x86_64"],
                        choices=("x86_64", "thumbv7m", "riscv32", "aarch64"),
                        help="lift-data: the targets the same C sources are compiled for (pairs per target)")
    parser.add_argument("--heldout-seeds", default="1000000:1000012", metavar="START:END",
                        help="lift-data: held-out csmith and synth seeds of a cross target's held-out split "
                             "(models/eval/heldout_TARGET.jsonl, written once)")
    parser.add_argument("--dev-seeds", default=None, metavar="START:END",
                        help="lift-data: also write a development split WORK/dev_TARGET.jsonl of these "
                             "generated seeds (csmith and synth; below the held-out ones, outside "
                             "training's)")
    parser.add_argument("--tasks", nargs="+", default=list(TRAINING_TASKS), choices=TRAINING_TASKS,
                        help="tasks to train (e.g. `--tasks disassembly` for a lifting model)")
    parser.add_argument("--init-from", type=Path, default=None, metavar="GGUF",
                        help="tokenizer and starting weights from this GGUF (e.g. models/irlens-tiny.gguf)")
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--max-example-tokens", type=int, default=None, metavar="N",
                        help="train on lifting examples of at most N tokens only (the small functions)")
    parser.add_argument("--lift-renamed-copies", type=int, default=0, metavar="N",
                        help="train: N more copies of each lifting pair with its symbols renamed at random")
    parser.add_argument("--resume", action="store_true",
                        help="continue the training run whose state is in the work directory")
    parser.add_argument("--smoke", action="store_true", help="a few samples and steps through every stage")
    args = parser.parse_args(argv)
    if args.smoke:
        args.packages = args.packages or ["cjson"]
        args.test_packages = args.test_packages or ["none"]
        args.csmith_train, args.csmith_test, args.trials, args.max_samples = 1, 1, 3, 6
        args.max_files, args.label_minutes, args.max_steps = 1, 1.0, 3
        args.vocab_size, args.context, args.dim, args.layers, args.heads = 400, 1024, 64, 2, 4
        args.batch_tokens = 2048
        args.lift_seeds, args.synth_seeds, args.lift_minutes = "1:2", "1:2", 1.0
    return args


def stage_data(args: argparse.Namespace) -> None:
    from models.recipe import autotune, data, sources

    work: Path = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    packages = args.packages or list(sources.DEFAULT_PACKAGES)
    test_packages = args.test_packages or list(sources.DEFAULT_TEST_PACKAGES)
    started = time.time()
    if args.reuse_samples and (work / "samples.jsonl").exists():
        samples = sources.read_samples(work / "samples.jsonl")
    else:
        samples = data.build_samples(work, packages, test_packages, args.csmith_train, args.csmith_test,
                                     args.jobs, args.max_files)
    if args.max_samples is not None:
        samples = [s for split in ("train", "test")
                   for s in sorted((s for s in samples if s.split == split), key=lambda s: len(s.ir))
                   [: args.max_samples]]
    print(f"samples: {len(samples)} functions ({sum(s.split == 'test' for s in samples)} held out) "
          f"in {time.time() - started:.0f}s", flush=True)
    labels = data.build_labels(work, samples, args.trials, args.jobs, started + 60 * args.label_minutes)
    print(f"labels: {len(labels)} autotuned in {time.time() - started:.0f}s", flush=True)
    pairs = data.build_lifting_pairs(work, samples, labels, args.jobs)
    print(f"lifting pairs: {pairs}", flush=True)
    split = {s.id: s.split for s in samples}
    train_labels = [label for label in labels if split.get(label.id) == "train"]
    candidates = autotune.write_candidates(
        train_labels, args.candidates_out, args.top_n,
        f"irlens-tiny recipe: most frequent minimised autotuner winners over {len(train_labels)} training "
        f"functions ({args.trials} random pipelines each)")
    print(f"candidates: {len(candidates)} -> {args.candidates_out}", flush=True)
    count = data.write_eval_set(args.eval_dir, samples, labels, work / "lifting.jsonl")
    print(f"eval set: {count} held-out functions -> {args.eval_dir}", flush=True)
    (work / "data_stats.json").write_text(json.dumps({
        "samples": len(samples), "labels": len(labels), "lifting_pairs": pairs, "eval": count,
        "seconds": round(time.time() - started)}) + "\n")


def stage_lift_data(args: argparse.Namespace) -> None:
    from models.recipe import lifting, sources

    start, _, end = args.lift_seeds.partition(":")
    synth_start, _, synth_end = args.synth_seeds.partition(":")
    held_start, _, held_end = args.heldout_seeds.partition(":")
    test_packages = args.test_packages or list(sources.DEFAULT_TEST_PACKAGES)
    packages = [p for p in (args.packages or sources.DEFAULT_PACKAGES) if p not in test_packages]
    deadline = time.time() + 60 * args.lift_minutes
    for target in args.lift_target:  # the budget is shared: a rerun continues with the targets left
        if target != "x86_64":  # x86_64's held-out split is heldout.jsonl (`--stage data`)
            held = range(int(held_start), int(held_end))
            count = lifting.write_heldout_split(args.eval_dir, args.work_dir, target, csmith_seeds=held,
                                                synth_seeds=held)
            print(f"{target}: held-out split of {count} functions in "
                  f"{lifting.heldout_split_path(args.eval_dir, target)}", flush=True)
        if args.dev_seeds:
            dev_start, _, dev_end = args.dev_seeds.partition(":")
            count = lifting.write_dev_split(args.work_dir, target, seeds=range(int(dev_start), int(dev_end)))
            print(f"{target}: development split of {count} functions in "
                  f"{lifting.dev_split_path(args.work_dir, target)}", flush=True)
        minutes = max(0.0, (deadline - time.time()) / 60)
        stats = lifting.build_extra_pairs(args.work_dir, seeds=range(int(start), int(end)), packages=packages,
                                          test_packages=test_packages, context=args.context, jobs=args.jobs,
                                          minutes=minutes, max_files=args.max_files,
                                          synth_seeds=range(int(synth_start), int(synth_end)), target=target)
        print(f"lifting pairs (extra, {target}): {stats}", flush=True)


def stage_tokenizer(args: argparse.Namespace) -> None:
    from models.recipe import tokenizer, train, warmstart

    if args.init_from is not None:
        path = warmstart.write_tokenizer(args.init_from, args.work_dir / "tokenizer.model")
        print(f"tokenizer: the vocabulary of {args.init_from} -> {path}", flush=True)
        return

    examples = [e for e in train.build_examples(args.work_dir) if e.task in args.tasks]
    texts = [example.prompt + example.answer for example in examples]
    path = tokenizer.train_tokenizer(texts, args.work_dir / "tokenizer", args.vocab_size)
    print(f"tokenizer: {args.vocab_size} pieces from {len(texts)} texts -> {path}", flush=True)


def stage_train(args: argparse.Namespace) -> None:
    from models.recipe import train
    from models.recipe.model import ModelConfig

    examples = [e for e in train.build_examples(args.work_dir, args.lift_renamed_copies)
                if e.task in args.tasks]
    by_task = train.tokenize_examples(examples, args.work_dir / "tokenizer.model", args.context,
                                      args.max_example_tokens)
    counts = {task: len(items) for task, items in by_task.items() if task in args.tasks}
    print(f"examples: {counts} (of {len(examples)}; the rest do not fit {args.context} tokens)", flush=True)
    initial = None
    if args.init_from is not None:  # its shape, its weights; the context is ours (RoPE, no learned positions)
        from models.recipe import warmstart

        initial = warmstart.load_gguf_model(args.init_from, args.context)
        config = initial.config
    else:
        config = ModelConfig(vocab_size=args.vocab_size, dim=args.dim, layers=args.layers, heads=args.heads,
                             ffn_dim=3 * args.dim, context=args.context)
    stats = train.train(by_task, config, args.work_dir / "model.pt", budget_minutes=args.budget_minutes,
                        batch_tokens=args.batch_tokens, threads=args.threads, max_steps=args.max_steps,
                        lr=args.lr, resume=args.resume, initial=initial)
    stats["examples"] = counts  # type: ignore[assignment]
    stats["tasks"] = [TRAINING_TASKS[t] for t in args.tasks]  # type: ignore[assignment]
    (args.work_dir / "train_stats.json").write_text(json.dumps(stats) + "\n")
    print(f"trained: {stats}", flush=True)


def stage_export(args: argparse.Namespace) -> None:
    from models.recipe import export, train

    model = train.load_checkpoint(args.work_dir / "model.pt")
    tasks = [TRAINING_TASKS[t] for t in args.tasks]
    name = args.out.name.removesuffix(".gguf")
    # a lifting model trained for other targets than x86-64 says which (the server picks it by them)
    lift_targets = args.lift_target if "disassembly" in args.tasks and args.lift_target != ["x86_64"] else []
    path = export.export_gguf(model, args.work_dir / "tokenizer.model", args.out, name=name, tasks=tasks,
                              lift_targets=lift_targets)
    print(f"exported: {path} ({path.stat().st_size} bytes)", flush=True)
    manifest = export.write_manifest(path, model, args.work_dir, name=name, tasks=tasks,
                                     lift_targets=lift_targets)
    print(f"manifest: {manifest}", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stages = ("data", "lift-data", "tokenizer", "train", "export") if args.stage == "all" else (args.stage,)
    for stage in stages:
        print(f"== {stage}", flush=True)
        globals()[f"stage_{stage.replace('-', '_')}"](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
