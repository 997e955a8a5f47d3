"""Stage `lift-data`: many more lifting pairs, without autotuning (resumable, bounded, local pool).

Per training function (small csmith programs of a seed range, generated C files, functions of the
allowed Debian packages whose sources `--stage data` unpacked), for each lifting target asked
(`--lift-target`: x86_64, thumbv7m, riscv32, aarch64; the same C sources cross-compiled, tools.LIFT_TARGETS):
the -O0 pair (llc -O0 of the clang -O0 IR) and the -O2 pair (llc -O2 of the IR after `default<O2>`,
what a user's optimised .s comes from), each with the function's assembly cut out exactly as the
runtime's lifter cuts it, kept only when prompt and answer fit the context.

Output, appended as results arrive: `lifting-extra.jsonl` (x86_64; `lifting-extra-TARGET.jsonl` for
the others; one pair per line: id, origin, package, function, level, target, asm, ir) and the matching
`.done` file (finished seeds and packages), so a rerun continues where the last one stopped;
`--lift-minutes` bounds one run. Held-out data is refused: generated seeds (csmith and synth) from
TEST_SEED_BASE up, the test packages and every excluded evaluation package. Those held-out seeds give
each cross target its held-out split instead (`write_heldout_split`: models/eval/heldout_TARGET.jsonl),
never read for training.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

from models.recipe import sources, synth, tools
from models.recipe.flat_types import flat_struct_ir

from irlens.ir.asm import parse_asm
from irlens.lift.lifter import function_asm

O2_PIPELINE = "default<O2>"
# Smaller csmith programs than the autotuning data's: functions whose assembly and IR fit the
# model's context together (the default options' functions mostly do not). Not run: a lifting pair
# is the compiler's own output, there is no miscompile to catch.
SMALL_CSMITH_OPTIONS = ("--max-funcs", "8", "--max-block-depth", "2", "--max-block-size", "3",
                        "--max-expr-complexity", "3", "--max-struct-fields", "4", "--no-unions",
                        "--no-volatiles", "--no-packed-struct", "--no-bitfields")
# Characters per token of irlens-tiny's tokenizer on prompts and answers (conservative: IR and
# assembly measured about 3.2 on the held-out prompts).
CHARS_PER_TOKEN = 3.0
PROMPT_OVERHEAD_TOKENS = 24  # the instruction text around the assembly and the answer's <code> tags


def _lower_priority() -> None:
    os.nice(10)


_DROPPED_LINE = re.compile(r"^(?:; ModuleID = .*|source_filename = .*|;.*|!llvm\.(?:module\.flags|ident) = .*"
                           r"|![0-9]+ = .*)$")
_LOOP_ATTACHMENT = re.compile(r", !llvm\.loop ![0-9]+")
_LABEL_COMMENT = re.compile(r"^([-\w.$]+:)\s+;.*$")  # `3:   ; preds = %9, %0`
_METADATA_REF = re.compile(r"![0-9]+")
_TARGET_FEATURES = re.compile(r'"target-features"="([^"]*)"')


def _enabled_features(match: re.Match[str]) -> str:
    """Only the features a function turns on: clang lists every feature the target-cpu lacks as
    `-name` too (RISC-V: ~1,500 characters), which changes nothing llc emits (test_recipe checks)."""
    enabled = [feature for feature in match.group(1).split(",") if not feature.startswith("-")]
    return f'"target-features"="{",".join(enabled)}"'


def canonical_ir(ir: str) -> str:
    """The answer a lifting model is trained to write: the module without what does not change the
    code llc emits for it (module id, source file name, comments, module flags, ident and loop
    metadata, the features a function turns off), so that answers are shorter, and with named structs
    flattened to the byte offsets the assembly shows (`flat_types`); the triple, data layout, globals,
    declarations and attribute groups stay. `test_recipe` checks on real pairs that llc's
    instructions are unchanged."""
    kept = []
    for line in ir.splitlines():
        if _DROPPED_LINE.match(line):
            continue
        line = _LABEL_COMMENT.sub(r"\1", _LOOP_ATTACHMENT.sub("", line))
        line = _TARGET_FEATURES.sub(_enabled_features, line)
        if line or (kept and kept[-1]):
            kept.append(line)
    text = "\n".join(kept).strip() + "\n"
    # other metadata in use: keep the module whole
    return flat_struct_ir(ir if _METADATA_REF.search(text) else text)


# Made-up symbol names for renamed copies of lifting pairs (`renamed_pair`): with every function and
# global renamed at random, a name can only be copied from the assembly, never remembered.
_NAME_WORDS = ("get", "set", "put", "find", "make", "init", "free", "read", "write", "load", "store",
               "copy", "move", "swap", "sort", "peek", "size", "len", "count", "buf", "data", "item",
               "node", "list", "tree", "map", "key", "value", "hash", "next", "prev", "head", "tail",
               "left", "right", "root", "flag", "mode", "state", "ctx", "cfg", "info", "stat", "time",
               "file", "path", "name", "text", "str", "char", "byte", "word", "num", "val", "idx", "pos",
               "off", "ptr", "ref", "obj", "elem", "entry", "table", "queue", "stack", "pool", "cache",
               "block", "chunk", "page", "line", "row", "col", "cell", "field", "attr", "opt", "arg",
               "param", "result", "err", "code", "msg", "log", "dump", "parse", "scan", "emit", "check",
               "valid", "update", "reset", "clear", "open", "close", "begin", "end", "start", "stop",
               "min", "max", "sum", "avg", "mask", "bits", "crc", "rng", "seed", "util", "core", "base",
               "impl", "tmp", "aux", "helper", "encode", "decode", "alloc", "grow", "limit", "step")
_NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_NAME_REST = _NAME_START + "0123456789"
_IR_SYMBOL = re.compile(r"@([A-Za-z_][A-Za-z0-9_]*)(?![\w.$])")  # not intrinsics (llvm.*) or quoted names
_ASM_STRING_LINE = re.compile(r"^\s*\.(?:asciz|ascii|string|file)\b")


def made_up_name(rng: random.Random) -> str:
    """Half of them words of a list (names look like names), half random characters: a model that
    predicts those better than chance has copied them from the assembly."""
    if rng.random() < 0.5:
        return rng.choice(_NAME_START) + "".join(rng.choice(_NAME_REST) for _ in range(rng.randint(2, 11)))
    words = [rng.choice(_NAME_WORDS) for _ in range(rng.randint(1, 3))]
    style = rng.random()
    if style < 0.5:
        name = "_".join(words)
    elif style < 0.8:
        name = words[0] + "".join(word.capitalize() for word in words[1:])
    else:
        name = rng.choice(("x", "my", "g_", "s_", "lib_", "")) + "".join(word.capitalize() for word in words)
    return name + (str(rng.randint(0, 99)) if rng.random() < 0.3 else "")


def renamed_pair(asm: str, ir: str, seed: int) -> tuple[str, str]:
    """The pair with every named function and global of the IR given a made-up name, the same in the
    assembly (labels, calls, references, `.size` and `.type` lines; not string literals), so that llc
    of the renamed IR gives the renamed assembly (test_recipe checks it)."""
    rng = random.Random(seed)
    symbols = sorted(set(_IR_SYMBOL.findall(ir)))
    taken = set(symbols)
    names: dict[str, str] = {}
    for symbol in symbols:
        name = made_up_name(rng)
        while name in taken:
            name += rng.choice("0123456789")
        taken.add(name)
        names[symbol] = name
    if not names:
        return asm, ir
    renamed_ir = _IR_SYMBOL.sub(lambda m: "@" + names[m.group(1)], ir)
    # `$name` is an immediate (AT&T), so `$` may come before a name
    in_asm = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, symbols)) + r")(?![\w.$])")
    renamed_asm = "".join(line if _ASM_STRING_LINE.match(line)
                          else in_asm.sub(lambda m: names[m.group(1)], line)
                          for line in asm.splitlines(keepends=True))
    return renamed_asm, renamed_ir


def function_snippet(asm: str, function: str) -> str | None:
    """The function's assembly exactly as the runtime's lifter cuts it out of a .s file."""
    for candidate in parse_asm(asm).functions:
        if candidate.name == function.strip('"'):
            return function_asm(asm, candidate)
    return None


def fits(asm: str, ir: str, context: int) -> bool:
    return (len(asm) + len(ir)) / CHARS_PER_TOKEN + PROMPT_OVERHEAD_TOKENS <= context


def listings_of(ir: str) -> tuple[tuple[str, str, str], ...]:
    """(level, IR, whole assembly) at -O0 and -O2 (llc for the IR's own target); raises ToolError."""
    optimized = tools.apply_pipeline(ir, O2_PIPELINE)
    return (("-O0", ir, tools.assembly(ir, "-O0")), ("-O2", optimized, tools.assembly(optimized, "-O2")))


def pairs_of(sample: sources.Sample, context: int, target: str = "x86_64") -> Iterator[dict[str, str]]:
    """The -O0 and -O2 pairs of one function module that fit the context."""
    try:
        listings = listings_of(sample.ir)
    except tools.ToolError:
        return
    for level, ir, asm in listings:
        snippet = function_snippet(asm, sample.function)
        if snippet is None or not tools.defined_functions(ir) or not fits(snippet, canonical_ir(ir), context):
            continue  # -O2 may have removed the function, or it is too long for the model
        yield {"id": sample.id, "origin": sample.origin, "package": sample.package,
               "function": sample.function, "level": level, "target": target, "asm": snippet, "ir": ir}


def small_csmith_samples(seed: int, work_dir: Path, target: str = "x86_64") -> Iterator[sources.Sample]:
    work_dir.mkdir(parents=True, exist_ok=True)
    source = work_dir / f"csmith_small_{seed}.c"
    try:
        source.write_bytes(tools.run(["csmith", "--seed", str(seed), *SMALL_CSMITH_OPTIONS], timeout_s=30,
                                     cwd=str(work_dir)))
        ir = tools.compile_c_to_ir(source, [sources.csmith_include_dir()], target=target)
    except tools.ToolError:
        return
    finally:
        source.unlink(missing_ok=True)
    split = "test" if seed >= sources.TEST_SEED_BASE else "train"
    for function, module in sources.function_modules(ir):
        if re.fullmatch(r"func_\d+", function):  # not main, not csmith.h's helpers
            yield sources.Sample(sources.sample_id(module), "csmith", "csmith", "2.3.0",
                                 "BSD-2-Clause (generated programs)", source.name, function, split, module)


def synth_samples(seed: int, work_dir: Path, target: str = "x86_64") -> Iterator[sources.Sample]:
    """The functions of one generated C file (`synth.program`); seeds from TEST_SEED_BASE up are held out."""
    work_dir.mkdir(parents=True, exist_ok=True)
    source = work_dir / f"synth_{seed}.c"
    try:
        source.write_text(synth.program(seed))
        ir = tools.compile_c_to_ir(source, [], target=target)
    except tools.ToolError:
        return
    finally:
        source.unlink(missing_ok=True)
    split = "test" if seed >= sources.TEST_SEED_BASE else "train"
    for function, module in sources.function_modules(ir):
        yield sources.Sample(sources.sample_id(module), "synth", "synth", "1",
                             "MIT (generated by the recipe)", source.name, function, split, module)


# a generated source of pairs: its samples per seed and its directory under the work directory
_GENERATORS = {"csmith": (small_csmith_samples, "csmith-small"), "synth": (synth_samples, "synth")}


def _generated_job(args: tuple[str, int, str, int, str]) -> tuple[str, list[dict[str, str]]]:
    """The pairs of one seed of a generator (`_GENERATORS`), keyed `KIND:SEED` in the done list."""
    kind, seed, work_dir, context, target = args
    samples, directory = _GENERATORS[kind]
    found = [pair for sample in samples(seed, Path(work_dir) / f"{directory}-{target}", target)
             for pair in pairs_of(sample, context, target)]
    return f"{kind}:{seed}", found


def _package_job(args: tuple[str, list[str], int, int | None, str]) -> tuple[str, list[dict[str, str]]]:
    package_dir, test_packages, context, max_files, target = args
    samples = sources.debian_samples(Path(package_dir), set(test_packages), max_files, target)
    found = [pair for sample in samples for pair in pairs_of(sample, context, target)]
    return f"package:{Path(package_dir).name}", found


def extra_pairs_path(work: Path, target: str) -> Path:
    """The pairs file of one target (x86_64 keeps the name it had before there were targets)."""
    return work / ("lifting-extra.jsonl" if target == "x86_64" else f"lifting-extra-{target}.jsonl")


def build_extra_pairs(work: Path, *, seeds: range, packages: list[str], test_packages: list[str],
                      context: int, jobs: int, minutes: float, max_files: int | None = None,
                      synth_seeds: range = range(0), target: str = "x86_64") -> dict[str, int]:
    """Append the pairs of every seed and package not done yet for `target`, until `minutes` have passed."""
    if target not in tools.LIFT_TARGETS:
        raise ValueError(f"unknown lifting target {target} (known: {', '.join(tools.LIFT_TARGETS)})")
    if max(seeds.stop if seeds else 0, synth_seeds.stop if synth_seeds else 0) > sources.TEST_SEED_BASE:
        raise ValueError(f"generated seeds from {sources.TEST_SEED_BASE} up are held out")
    refused = [p for p in packages if sources.is_excluded(p) or p in test_packages]
    if refused:
        raise ValueError(f"held out or excluded packages: {', '.join(refused)}")
    work.mkdir(parents=True, exist_ok=True)
    pairs_path = extra_pairs_path(work, target)
    done_path = pairs_path.with_suffix(".done")
    done = set(done_path.read_text().split()) if done_path.exists() else set()
    package_dirs = [str(d) for p in packages for d in sorted((work / "src").glob(f"{p}-*"))[-1:]
                    if (d / "debian").is_dir()]
    todo_packages = [(d, test_packages, context, max_files, target) for d in package_dirs
                     if f"package:{Path(d).name}" not in done]
    todo_seeds = [("csmith", s, str(work), context, target) for s in seeds if f"csmith:{s}" not in done]
    todo_synth = [("synth", s, str(work), context, target) for s in synth_seeds if f"synth:{s}" not in done]
    deadline = time.time() + 60 * minutes
    stats = {"jobs_done": 0, "pairs": 0, "jobs_left": len(todo_packages) + len(todo_seeds) + len(todo_synth)}
    with pairs_path.open("a") as pairs_out, done_path.open("a") as done_out, \
            multiprocessing.Pool(jobs, initializer=_lower_priority) as pool:
        for iterator in (pool.imap_unordered(_package_job, todo_packages),
                         pool.imap_unordered(_generated_job, todo_synth),
                         pool.imap_unordered(_generated_job, todo_seeds)):
            for key, found in iterator:
                for pair in found:
                    pairs_out.write(json.dumps(pair) + "\n")
                pairs_out.flush()
                done_out.write(key + "\n")  # after its pairs: a job cut off midway is redone
                done_out.flush()
                stats["jobs_done"] += 1
                stats["jobs_left"] -= 1
                stats["pairs"] += len(found)
                if time.time() > deadline:
                    pool.terminate()
                    return stats
    return stats


def read_extra_pairs(work: Path, held_out_ids: set[str]) -> list[dict[str, str]]:
    """The pairs for training, of every target: never a function whose text is held out."""
    pairs = []
    seen: set[tuple[str, str]] = set()  # a job redone after a stop wrote its pairs twice
    for target in tools.LIFT_TARGETS:
        path = extra_pairs_path(work, target)
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            try:
                pair = json.loads(line)
            except ValueError:
                continue  # a line cut off when a run was stopped
            key = (pair.get("id"), pair.get("level"))
            if pair.get("id") not in held_out_ids and key not in seen:
                seen.add(key)
                pairs.append(pair)
    return pairs


def heldout_split_path(eval_dir: Path, target: str) -> Path:
    return eval_dir / f"heldout_{target}.jsonl"


def write_heldout_split(eval_dir: Path, work: Path, target: str, *, csmith_seeds: range,
                        synth_seeds: range) -> int:
    """A cross target's held-out lifting split (`irlens bench quality --target TARGET`): the functions
    of held-out generated seeds (from TEST_SEED_BASE up) with their whole -O0 and -O2 assembly, as
    models/eval/heldout.jsonl's lifting fields (ir, asm_o0, ir_o2, asm_o2). Written once: an existing
    split is kept, so that figures stay comparable. Never read by training but to exclude its ids."""
    if min(csmith_seeds.start, synth_seeds.start) < sources.TEST_SEED_BASE:
        raise ValueError(f"held-out seeds start at {sources.TEST_SEED_BASE}")
    out = heldout_split_path(eval_dir, target)
    if out.exists():
        return sum(1 for _ in out.read_text().splitlines())
    return _write_split(out, work, target, csmith_seeds, synth_seeds)


def dev_split_path(work: Path, target: str) -> Path:
    return work / f"dev_{target}.jsonl"


def write_dev_split(work: Path, target: str, *, seeds: range) -> int:
    """A cross target's development split for the lifter's repairs and refinement (`irlens bench
    quality --eval WORK/dev_TARGET.jsonl`), in the held-out split's format: the functions of generated
    seeds below TEST_SEED_BASE that training does not use (its `--synth-seeds` / `--lift-seeds` ranges
    start at 1; pick seeds far above them, e.g. 900000:900040). Rewritten on each call."""
    if seeds.stop > sources.TEST_SEED_BASE:
        raise ValueError(f"generated seeds from {sources.TEST_SEED_BASE} up are held out")
    return _write_split(dev_split_path(work, target), work, target, seeds, seeds, split="dev")


def _write_split(out: Path, work: Path, target: str, csmith_seeds: range, synth_seeds: range,
                 split: str = "test") -> int:
    """The functions of these generated seeds with their whole -O0 and -O2 listings, one JSON line each."""
    records = []
    samples = [*(s for seed in synth_seeds for s in synth_samples(seed, work / f"synth-{target}", target)),
               *(s for seed in csmith_seeds
                 for s in small_csmith_samples(seed, work / f"csmith-small-{target}", target))]
    for sample in samples:
        try:
            (_, ir_o0, asm_o0), (_, ir_o2, asm_o2) = listings_of(sample.ir)
        except tools.ToolError:
            continue
        if function_snippet(asm_o0, sample.function) is None:
            continue
        records.append({"id": sample.id, "origin": sample.origin, "package": sample.package,
                        "function": sample.function, "split": split, "target": target, "ir": ir_o0,
                        "asm_o0": asm_o0, "ir_o2": ir_o2, "asm_o2": asm_o2})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(record) + "\n" for record in records))
    return len(records)
