"""Issue 9, data and coreset: a per-candidate size table, a greedy-coverage coreset, its csmith check.

    nice -n 10 python -m models.recipe.coreset label       # resumable; stop it any time (Ctrl-C, kill)
    nice -n 10 python -m models.recipe.coreset select      # greedy coverage -> coreset_selected.json
    nice -n 10 python -m models.recipe.coreset table       # every training function x every coreset pipeline
    nice -n 10 python -m models.recipe.coreset table --table-all --table-pipelines shipped \
        --table-baselines clang --table-dir table_clang2 --jobs 1   # the ranker's labels (rank.py)
    nice -n 10 python -m models.recipe.coreset check       # each coreset pipeline on >= 200 csmith programs
    nice -n 10 python -m models.recipe.coreset ship        # -> server/irlens/data/coreset.json
    nice -n 10 python -m models.recipe.coreset heldout     # budget curve on models/eval/heldout.jsonl
                                                            # (the ranker's order beside it: rank.py heldout)
    python -m models.recipe.coreset all --smoke --work-dir /tmp/x   # every stage, tiny (CI)

Labels. Training functions come from allowed Debian source packages and csmith seeds below
`sources.TEST_SEED_BASE` (one llvm-extract module per function, as the rest of the recipe makes them).
Each one is measured after -Oz, after the previous candidate set, and after a random draw of
`--per-function` pipelines from a fixed, seeded pool of correctly nested pipelines (pool.json), under
both baselines: "clang" (the module's function attributes made what clang -Oz emits, then the
pipeline) and "paper" (the pipeline on the IR as given). Per measurement: the function's symbol bytes
and the module's text+data (Berkeley), both from `llc -O2 -filetype=obj` with default sections. Every
pipeline goes through irlens' validator and tool runner. One JSONL per shard (package, or a block of
csmith seeds) under WORK/labels/, appended one complete line at a time, so that a rerun skips what is
done; a line cut short by a kill is dropped on the next start.

Coreset. Greedy coverage under the clang baseline: best-so-far starts at each function's -Oz bytes;
the next pipeline is the one whose saving over best-so-far, summed over functions, is largest. A pool
pipeline is measured on only part of the functions, so while selecting, its observed saving is scaled
to all functions (saving x functions / functions it was measured on). The `table` stage measures
every function under every chosen pipeline (the ranker's label table; it makes the scaling exact);
`ship` reruns the greedy order over the pipelines that passed the check and records each one's
marginal gain in bytes and the functions it was measured on.

Check. As PassListEval does: whole csmith programs (seeds from `--check-seed`, disjoint from the
training seeds) -> clang -O0 IR -> baseline attributes -> opt -p PIPELINE -> llc -O2 -> linked by clang
-> run; the output must equal the -O0 build's and nothing may fail to compile. A pipeline with any
failure is dropped from the shipped coreset.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.recipe import autotune, sources, tools

from irlens.bench.curve import budget_curve
from irlens.optimize.candidates import pipeline_list_digest
from irlens.report.fanout import run_many
from irlens.toolchain.baseline import BASELINES, OZ_PIPELINE, Baseline, baseline_input
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import apply_pipeline, compile_object
from irlens.toolchain.pipeline import PipelineRejected, validate_pipeline
from irlens.toolchain.runner import ToolFailure

REPO = Path(__file__).resolve().parents[2]
DEFAULT_WORK = REPO / ".work" / "recipe"
PACKAGES = ("lz4", "xxhash", "libyaml", "jansson", "expat", "lmdb", "libtommath", "libzstd", "libdeflate",
            "brotli", "zopfli", "libtomcrypt", "utf8proc")
CSMITH_BLOCK = 50  # csmith seeds per label shard
CHECK_SEED_BASE = 900_000  # csmith programs for the check: disjoint from training seeds, below the test range
PREVIOUS_SETS = (REPO / "server" / "irlens" / "data" / "candidates.json",
                 REPO / "server" / "irlens" / "data" / "coreset.json")
Sizes = dict[str, list[int]]  # pipeline -> [function bytes, module text+data]


# --- files -----------------------------------------------------------------------------------------

def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, prefix=path.name + ".") as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The complete lines of an append-only JSONL file; a last line cut short by a kill is cut off."""
    if not path.exists():
        return []
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        with path.open("r+b") as handle:
            handle.truncate(data.rfind(b"\n") + 1)
        data = data[: data.rfind(b"\n") + 1]
    records = []
    for line in data.decode().splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return records


def read_shards(directory: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(directory.glob("*.jsonl")):
        for record in read_jsonl(path):
            yield path.stem, record


# --- pipelines -------------------------------------------------------------------------------------

_BARE_INSTCOMBINE = re.compile(r"(?<![\w-])instcombine(?![\w<-])")


def without_fixpoint_abort(pipeline: str) -> str:
    """`instcombine` -> `instcombine<no-verify-fixpoint>`. A bare instcombine in LLVM 19 checks that
    one run reached a fixpoint and aborts opt ("LLVM ERROR: Instruction Combining did not reach a
    fixpoint") on some inputs; the default pipelines turn that check off. The check only checks: where
    it passes, both spellings give the same IR, so sizes measured with one hold for the other."""
    return _BARE_INSTCOMBINE.sub("instcombine<no-verify-fixpoint>", pipeline)


def previous_pipelines(paths: tuple[Path, ...] = PREVIOUS_SETS) -> list[str]:
    pipelines: list[str] = []
    for path in paths:
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        for item in data.get("pipelines", []):
            pipelines.append(item["pipeline"] if isinstance(item, dict) else item)
    return list(dict.fromkeys(p for p in pipelines if p != OZ_PIPELINE))


def build_pool(toolchain: Toolchain, size: int, seed: int) -> list[str]:
    """`size` distinct random pipelines (irlens-validated, canonical spelling), reproducible from seed."""
    rng = random.Random(seed)
    pool: dict[str, None] = {}
    attempts = 0
    while len(pool) < size and attempts < 20 * size:
        attempts += 1
        text = autotune.merge_function_groups(autotune.random_pipeline(rng))
        try:
            pool[validate_pipeline(text, toolchain)] = None
        except PipelineRejected:
            continue
    return list(pool)


def load_pool(work: Path, toolchain: Toolchain, size: int, seed: int, previous_limit: int | None
              ) -> dict[str, Any]:
    """The pool of this work directory (made once, then reused so that every shard shares it)."""
    path = work / "pool.json"
    if path.exists():
        return dict(json.loads(path.read_text()))
    previous = []
    for text in previous_pipelines()[:previous_limit]:
        try:
            previous.append(validate_pipeline(text, toolchain))
        except PipelineRejected:
            continue
    pool: dict[str, Any] = {"seed": seed, "random": build_pool(toolchain, size, seed), "previous": previous}
    pool["digest"] = pipeline_list_digest([*pool["random"], *previous])
    write_atomic(path, json.dumps(pool, indent=1) + "\n")
    return pool


# --- measuring ---------------------------------------------------------------------------------------

def _toolchain() -> Toolchain:
    return discover()


def optimized_bitcode(toolchain: Toolchain, ir: str, pipeline: str) -> bytes:
    bitcode = apply_pipeline(toolchain, ir, pipeline, text=False)
    assert isinstance(bitcode, bytes)
    return bitcode


def measure_function(sample: dict[str, Any], pipelines: list[str],
                     baselines: tuple[Baseline, ...] = BASELINES) -> dict[str, Any]:
    """Function bytes and module text+data after each pipeline, under each baseline."""
    toolchain = _toolchain()
    name = sample["function"].strip('"')
    started = time.time()
    sizes: dict[str, Sizes] = {}
    failures: dict[str, dict[str, str]] = {}
    for baseline in baselines:
        module = baseline_input(sample["ir"], baseline)
        objects: dict[str, list[int]] = {}  # opt output digest -> sizes (equal IR, equal object)
        sizes[baseline], failures[baseline] = {}, {}
        for pipeline in pipelines:
            try:
                optimized = optimized_bitcode(toolchain, module, pipeline)
                key = hashlib.sha256(optimized).hexdigest()
                if key not in objects:
                    obj = compile_object(toolchain, optimized)
                    symbols = tools.elf_symbol_sizes(obj)
                    if name not in symbols:
                        raise ToolFailure("llc", "error", f"no symbol {name} in the object")
                    objects[key] = [symbols[name], tools.elf_text_data(obj)]
                sizes[baseline][pipeline] = objects[key]
            except (ToolFailure, PipelineRejected, tools.ToolError) as error:
                failures[baseline][pipeline] = str(error)[:200]
    record = {key: sample[key]
              for key in ("id", "origin", "package", "version", "licence", "file", "function")}
    record.update(instructions=tools.ir_instruction_count(sample["ir"]), sizes=sizes, failures=failures,
                  seconds=round(time.time() - started, 1))
    return record


def _label_job(job: tuple[dict[str, Any], list[str]]) -> dict[str, Any]:
    return measure_function(*job)


def _clang_job(job: tuple[dict[str, Any], list[str]]) -> dict[str, Any]:
    return measure_function(*job, baselines=("clang",))


# --- samples -----------------------------------------------------------------------------------------

def _package_job(job: tuple[str, int | None]) -> list[dict[str, Any]]:
    package_dir, max_files = job
    return [asdict(s) for s in sources.debian_samples(Path(package_dir), set(), max_files)]


def _csmith_job(job: tuple[list[int], str]) -> list[dict[str, Any]]:
    seeds, csmith_dir = job
    return [asdict(s) for seed in seeds for s in sources.csmith_samples(seed, Path(csmith_dir))]


def build_samples(work: Path, packages: list[str], csmith_seeds: range, jobs: int,
                  max_files: int | None) -> None:
    """WORK/samples/SHARD.jsonl, one per package and per block of csmith seeds; a shard written once
    (atomically) is kept on a rerun."""
    src_dir = work / "src"
    sources.fetch_debian_sources(packages, src_dir)
    out = work / "samples"
    package_jobs = []
    for package in packages:
        found = sorted(d for d in src_dir.glob(f"{package}-*") if (d / "debian").is_dir())
        if found and not (out / f"{package}.jsonl").exists():
            package_jobs.append((package, (str(found[-1]), max_files)))
    blocks = [list(csmith_seeds[i:i + CSMITH_BLOCK]) for i in range(0, len(csmith_seeds), CSMITH_BLOCK)]
    csmith_jobs = [(f"csmith_{b[0]:06d}", (b, str(work / "csmith"))) for b in blocks
                   if not (out / f"csmith_{b[0]:06d}.jsonl").exists()]
    with multiprocessing.Pool(jobs) as pool:
        results = [(shard, pool.apply_async(_package_job, (job,))) for shard, job in package_jobs]
        results += [(shard, pool.apply_async(_csmith_job, (job,))) for shard, job in csmith_jobs]
        for shard, result in results:
            samples = result.get()
            write_atomic(out / f"{shard}.jsonl", "".join(json.dumps(s) + "\n" for s in samples))
            print(f"samples: {shard}: {len(samples)} functions", flush=True)


def training_samples(work: Path, heldout: Path) -> list[tuple[str, dict[str, Any]]]:
    """(shard, sample) of every training function: no evaluation package, no held-out function text,
    no csmith test seed, each function text once."""
    excluded = {key for record in read_jsonl(heldout) for key in sources.held_out_keys(record)}
    seen: set[str] = set()
    result = []
    for shard, sample in read_shards(work / "samples"):
        if sources.is_excluded(sample["package"]) or sample["package"] in sources.DEFAULT_TEST_PACKAGES:
            continue
        if sample["split"] != "train" or sample["id"] in excluded or sample["id"] in seen:
            continue
        seen.add(sample["id"])
        result.append((shard, sample))
    return result


# --- stage: label ------------------------------------------------------------------------------------

def stage_label(args: argparse.Namespace) -> None:
    work: Path = args.work_dir
    toolchain = _toolchain()
    build_samples(work, args.packages, range(args.csmith_first, args.csmith_first + args.csmith_seeds),
                  args.jobs, args.max_files)
    pool = load_pool(work, toolchain, args.pool_size, args.pool_seed, args.previous_limit)
    done = {record["id"] for _, record in read_shards(work / "labels")}
    samples = [(shard, s) for shard, s in training_samples(work, args.heldout) if s["id"] not in done]
    if args.max_samples is not None:
        samples = sorted(samples, key=lambda item: len(item[1]["ir"]))[: args.max_samples]
    random.Random(args.pool_seed).shuffle(samples)  # a stop at any time leaves a mix of packages
    print(f"label: {len(done)} done, {len(samples)} to do; pool {len(pool['random'])} random + "
          f"{len(pool['previous'])} previous pipelines, {args.per_function} random per function", flush=True)
    shard_of = {s["id"]: shard for shard, s in samples}
    jobs = []
    for _, sample in samples:
        draw = random.Random(f"{pool['seed']}:{sample['id']}").sample(
            pool["random"], min(args.per_function, len(pool["random"])))
        jobs.append((sample, list(dict.fromkeys([OZ_PIPELINE, *pool["previous"], *draw]))))
    (work / "labels").mkdir(parents=True, exist_ok=True)
    handles: dict[str, Any] = {}
    started = time.time()
    count = 0

    def append(_index: int, record: dict[str, Any]) -> None:
        nonlocal count
        shard = shard_of[record["id"]]
        if shard not in handles:
            handles[shard] = (work / "labels" / f"{shard}.jsonl").open("a")
        handles[shard].write(json.dumps(record) + "\n")
        handles[shard].flush()
        count += 1
        if count % 10 == 0:
            rate = count / (time.time() - started)
            print(f"label: {count}/{len(jobs)} ({rate * 3600:.0f}/h)", flush=True)

    try:  # on the local cores, or spread over a Ray cluster (finishing locally if it goes away)
        run_many(_label_job, jobs, workers=args.jobs, ray_address=args.ray, desc="functions",
                 progress=False, on_result=append)
    finally:
        for handle in handles.values():
            handle.close()


# --- stage: select -----------------------------------------------------------------------------------

def label_table(work: Path, baseline: str) -> dict[str, dict[str, int]]:
    """function id -> pipeline -> function bytes under `baseline`, from labels and the coreset table."""
    table: dict[str, dict[str, int]] = {}
    for directory in (work / "labels", work / "table"):
        for _, record in read_shards(directory):
            sizes = record["sizes"].get(baseline, {})
            table.setdefault(record["id"], {}).update(
                {without_fixpoint_abort(p): v[0] for p, v in sizes.items()})
    return {fid: sizes for fid, sizes in table.items() if OZ_PIPELINE in sizes}


def greedy_coverage(table: dict[str, dict[str, int]], k: int, min_support: int = 1,
                    candidates: Iterable[str] | None = None, after: Sequence[str] = ()
                    ) -> list[dict[str, Any]]:
    """K pipelines in coverage order, each with the saving it adds over those before it (bytes, over
    the functions it was measured on, and that saving scaled to all functions). With `after`, the
    greedy continues an existing order: those pipelines count as chosen (each function starts at its
    best under them) and are not returned."""
    best = {fid: min([sizes[OZ_PIPELINE], *(sizes[p] for p in after if p in sizes)])
            for fid, sizes in table.items()}
    measured: dict[str, list[str]] = {}
    for fid, sizes in table.items():
        for pipeline in sizes:
            measured.setdefault(pipeline, []).append(fid)
    pool = set(candidates) if candidates is not None else set(measured) - {OZ_PIPELINE}
    pool -= set(after)
    total = len(table)
    chosen: list[dict[str, Any]] = []
    while len(chosen) < k and pool:
        scored = []
        for pipeline in pool:
            support = measured.get(pipeline, [])
            if len(support) < min_support:
                continue
            gain = sum(max(0, best[f] - table[f][pipeline]) for f in support)
            scored.append((gain * total / len(support), gain, len(support), pipeline))
        if not scored:
            break
        estimate, gain, support_count, pipeline = max(scored, key=lambda s: (s[0], s[1], s[2], s[3]))
        if estimate <= 0:
            break
        pool.discard(pipeline)
        for fid in measured[pipeline]:
            best[fid] = min(best[fid], table[fid][pipeline])
        chosen.append({"pipeline": pipeline, "gain_bytes": gain, "gain_estimate": round(estimate, 1),
                       "measured_on": support_count})
    return chosen


def training_wins(table: dict[str, dict[str, int]], pipelines: list[str]) -> dict[str, int]:
    """How many functions each pipeline is the (first) smallest for, below -Oz."""
    wins: Counter[str] = Counter()
    for sizes in table.values():
        measured = [(sizes[p], i, p) for i, p in enumerate(pipelines) if p in sizes]
        if measured and min(measured)[0] < sizes[OZ_PIPELINE]:
            wins[min(measured)[2]] += 1
    return {pipeline: wins[pipeline] for pipeline in pipelines}


def wins_by_frequency(table: dict[str, dict[str, int]], pipelines: list[str]) -> list[str]:
    """The pipelines by training wins, most first (the benchmark's frequency order)."""
    wins = training_wins(table, pipelines)
    return sorted(pipelines, key=lambda pipeline: -wins[pipeline])


def stage_select(args: argparse.Namespace) -> None:
    """WORK/coreset_selected.json: K pipelines by greedy coverage over the clang label table; with
    `--extend`, the shipped coreset in its order followed by the greedy's continuation (up to K in all)."""
    table = label_table(args.work_dir, "clang")
    after = pipelines_of(args.coreset_out) if args.extend else []
    chosen = greedy_coverage(table, args.k - len(after), after=after,
                             min_support=max(1, min(args.min_support, len(table) // 4)))
    chosen = [{"pipeline": p, "shipped": True} for p in after] + chosen
    oz = sum(sizes[OZ_PIPELINE] for sizes in table.values())
    selected = {"functions": len(table), "oz_bytes": oz, "k": args.k, "pipelines": chosen,
                "selected": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    write_atomic(args.work_dir / "coreset_selected.json", json.dumps(selected, indent=1) + "\n")
    print(f"select: {len(chosen)} pipelines ({len(after)} shipped first) over {len(table)} functions "
          f"(-Oz {oz} B); estimated saving added {sum(c.get('gain_estimate', 0) for c in chosen):.0f} B",
          flush=True)


def pipelines_of(path: Path) -> list[str]:
    """The pipelines of a coreset file (coreset.json, or a selection), in its order."""
    return [item["pipeline"] for item in json.loads(path.read_text())["pipelines"]]


def selected_pipelines(work: Path) -> list[str]:
    return pipelines_of(work / "coreset_selected.json")


# --- stage: table ------------------------------------------------------------------------------------

def _table_job(job: tuple[dict[str, Any], list[str], tuple[Baseline, ...]]) -> dict[str, Any]:
    sample, pipelines, baselines = job
    return measure_function(sample, pipelines, baselines=baselines)


def table_pipelines(args: argparse.Namespace) -> list[str]:
    """The pipelines the `table` stage measures: the selection of this work directory, or the shipped
    coreset (`--table-pipelines shipped`, the ranker's K in coreset.json's order)."""
    if args.table_pipelines == "shipped":
        return pipelines_of(args.coreset_out)
    return selected_pipelines(args.work_dir)


def stage_table(args: argparse.Namespace) -> None:
    """Every labelled function under every selected pipeline it was not measured on: the ranker's
    label table. Appended to WORK/TABLE_DIR/SHARD.jsonl; resumable like `label`. With `--table-all`
    every training function is measured under -Oz and every pipeline, labels/ unused (labels made
    under an older baseline transform must not mix with new measurements)."""
    work: Path = args.work_dir
    coreset = table_pipelines(args)
    baselines = tuple(args.table_baselines)
    table_dir = work / args.table_dir
    have: dict[str, set[str]] = {}
    records: dict[str, tuple[str, dict[str, Any]]] = {}
    samples = {s["id"]: (shard, s) for shard, s in training_samples(work, args.heldout)}
    for directory in ((table_dir,) if args.table_all else (work / "labels", table_dir)):
        for shard, record in read_shards(directory):
            # a failure of a bare instcombine may be its fixpoint abort: measured again respelled
            measured = set.intersection(*(
                {without_fixpoint_abort(p) for p in record["sizes"].get(b, {})}
                | {p for p in record["failures"].get(b, {}) if without_fixpoint_abort(p) == p}
                for b in baselines))
            have.setdefault(record["id"], set()).update(measured)
            if directory.name == "labels":
                records[record["id"]] = (shard, record)
    if args.table_all:
        wanted = [OZ_PIPELINE, *coreset]
        order = list(samples)
        random.Random(args.pool_seed).shuffle(order)  # a stop at any time leaves a mix of packages
        records = {fid: samples[fid] for fid in order}
    else:
        wanted = coreset
    jobs, shard_of = [], {}
    for fid, (shard, _) in records.items():
        missing = [p for p in wanted if p not in have.get(fid, set())]
        if missing and fid in samples:
            jobs.append((samples[fid][1], missing, baselines))
            shard_of[fid] = shard
    if args.max_samples is not None:
        jobs = jobs[: args.max_samples]
    print(f"table: {len(records)} functions x {len(wanted)} pipelines ({', '.join(baselines)}); "
          f"{len(jobs)} functions to complete -> {table_dir}", flush=True)
    table_dir.mkdir(parents=True, exist_ok=True)
    with multiprocessing.Pool(args.jobs) as workers:
        for count, record in enumerate(workers.imap_unordered(_table_job, jobs), 1):
            with (table_dir / f"{shard_of[record['id']]}.jsonl").open("a") as handle:
                handle.write(json.dumps(record) + "\n")
            if count % 20 == 0:
                print(f"table: {count}/{len(jobs)}", flush=True)


# --- stage: check ------------------------------------------------------------------------------------

def _program_job(job: tuple[int, str]) -> int | None:
    seed, directory = job
    return seed if sources.csmith_program(seed, Path(directory)) is not None else None


def check_programs(work: Path, count: int, first_seed: int, jobs: int) -> list[int]:
    """Seeds of `count` csmith programs (from first_seed on) that compile and finish at -O0; made
    once (the -O0 output kept beside each) and reused."""
    directory = work / "csmith_check"
    seeds: list[int] = []
    start = first_seed
    with multiprocessing.Pool(jobs) as workers:
        while len(seeds) < count and start < sources.TEST_SEED_BASE:
            batch = range(start, min(start + count - len(seeds) + 8, sources.TEST_SEED_BASE))
            found = workers.map(_program_job, [(seed, str(directory)) for seed in batch])
            seeds += [seed for seed in found if seed is not None]
            start = batch.stop
    return sorted(seeds)[:count]


_VERDICTS: dict[tuple[int, str], str] = {}  # (seed, digest of the optimised IR or object) -> verdict


def run_checked_program(toolchain: Toolchain, program: Path, baseline: Baseline, pipeline: str) -> str:
    """"" when the program optimised by `pipeline` prints what its -O0 build printed, else why not.
    Pipelines that give a program the same IR, or the same object, share one verdict."""
    seed = int(program.stem.split("_")[1])
    try:
        source = baseline_input(program.with_suffix(".ll").read_text(), baseline)
        optimized = optimized_bitcode(toolchain, source, pipeline)
    except (ToolFailure, PipelineRejected) as error:
        return f"opt: {error}"[:200]
    ir_key = (seed, hashlib.sha256(optimized).hexdigest())
    if ir_key in _VERDICTS:
        return _VERDICTS[ir_key]
    try:
        obj = compile_object(toolchain, optimized)
    except ToolFailure as error:
        return f"llc: {error}"[:200]
    obj_key = (seed, hashlib.sha256(obj).hexdigest())
    if obj_key not in _VERDICTS:
        _VERDICTS[obj_key] = _run_object(obj, program.with_suffix(".checksum").read_text())
    _VERDICTS[ir_key] = _VERDICTS[obj_key]
    return _VERDICTS[obj_key]


def _run_object(obj: bytes, expected: str) -> str:
    with tempfile.TemporaryDirectory(prefix="irlens-check-") as tmp:
        binary = Path(tmp, "prog")
        Path(tmp, "prog.o").write_bytes(obj)
        try:
            tools.run([tools.tool("clang"), f"--target={tools.TARGET}", "-no-pie", str(Path(tmp, "prog.o")),
                       "-o", str(binary)], timeout_s=60)
        except tools.ToolError as error:
            return f"link: {error}"[:200]
        try:
            proc = subprocess.run([str(binary)], capture_output=True, timeout=10, check=False)
        except subprocess.TimeoutExpired:
            return "run: no result after 10 s"
    output = proc.stdout.decode(errors="replace")
    if proc.returncode == 0 and output == expected:
        return ""
    return f"run: exit {proc.returncode}, output {output.strip()[:60]!r} instead of {expected.strip()[:60]!r}"


def _check_job(job: tuple[str, Baseline, list[str]]) -> dict[str, Any]:
    pipeline, baseline, programs = job
    toolchain = _toolchain()
    passed, failures = 0, []
    for program in programs:
        verdict = run_checked_program(toolchain, Path(program), baseline, pipeline)
        if verdict:
            failures.append({"program": Path(program).stem, "why": verdict})
            break  # dropped: the first failure is enough
        passed += 1
    return {"pipeline": pipeline, "baseline": baseline, "programs": len(programs), "passed": passed,
            "failures": failures}


def stage_check(args: argparse.Namespace) -> None:
    """WORK/check.jsonl: per (pipeline, baseline) the csmith programs passed; resumable."""
    work: Path = args.work_dir
    seeds = check_programs(work, args.check_programs, args.check_seed, args.jobs)
    if len(seeds) < args.check_programs:
        raise SystemExit(f"check: only {len(seeds)} csmith programs from seed {args.check_seed} run at -O0")
    programs = [str(work / "csmith_check" / f"csmith_{seed}.c") for seed in seeds]
    path = work / "check.jsonl"
    done = {(r["pipeline"], r["baseline"]) for r in read_jsonl(path) if r["programs"] == len(programs)}
    jobs = [(p, b, programs) for p in selected_pipelines(work) for b in args.check_baselines
            if (p, b) not in done]
    print(f"check: {len(seeds)} programs (seeds {seeds[0]}..{seeds[-1]}); {len(jobs)} pipeline runs to do",
          flush=True)
    with multiprocessing.Pool(args.jobs) as workers, path.open("a") as handle:
        for result in workers.imap_unordered(_check_job, jobs):
            handle.write(json.dumps(result) + "\n")
            handle.flush()
            status = "ok" if not result["failures"] else f"FAILED {result['failures'][0]}"
            print(f"check: {result['baseline']} {result['passed']}/{result['programs']} {status} "
                  f"{result['pipeline']}", flush=True)


# --- stage: ship ---------------------------------------------------------------------------------------

def stage_ship(args: argparse.Namespace) -> None:
    """coreset.json: the checked pipelines in coverage order (recomputed on the label table, complete
    where the `table` stage finished), each with its marginal gain and csmith programs passed."""
    work: Path = args.work_dir
    selected = json.loads((work / "coreset_selected.json").read_text())
    checks: dict[str, list[dict[str, Any]]] = {}
    for result in read_jsonl(work / "check.jsonl"):
        checks.setdefault(result["pipeline"], []).append(result)
    kept, dropped = [], []
    for item in selected["pipelines"]:
        results = [r for r in checks.get(item["pipeline"], []) if r["baseline"] in args.check_baselines]
        if len({r["baseline"] for r in results}) < len(args.check_baselines):
            dropped.append({"pipeline": item["pipeline"], "why": "not checked"})
        elif any(r["failures"] for r in results):
            dropped.append({"pipeline": item["pipeline"],
                            "why": [r["failures"][0] for r in results if r["failures"]]})
        else:
            kept.append(item["pipeline"])
    table = label_table(work, "clang")
    complete = sum(all(p in sizes for p in kept) for sizes in table.values())
    # Until the `table` stage has measured every function under every kept pipeline, a pipeline's
    # saving is observed on the functions it was measured on and scaled to all (as in `select`).
    ordered = greedy_coverage(table, len(kept), candidates=kept)
    order = [c["pipeline"] for c in ordered] + [p for p in kept if p not in {c["pipeline"] for c in ordered}]
    by_pipeline = {c["pipeline"]: c for c in ordered}
    passed = {p: min(r["passed"] for r in checks[p] if r["baseline"] in args.check_baselines) for p in kept}
    wins = training_wins(table, order)  # the benchmark's frequency order
    coreset = {
        "version": f"{datetime.now(UTC):%Y-%m-%d}-k{len(order)}",
        "digest": pipeline_list_digest(order),
        "baseline": "clang",
        "source": (f"irlens recipe (models/recipe/coreset.py): greedy coverage under clang -Oz over "
                   f"{selected['functions']} training functions, reordered over {len(table)} "
                   f"({complete} measured under every kept pipeline; gain_bytes is the saving a pipeline "
                   f"adds over those before it on the functions it was measured on, measured_on of them); "
                   f"each pipeline run on csmith programs (baselines {', '.join(args.check_baselines)})"),
        "functions": len(table),
        "oz_bytes": sum(sizes[OZ_PIPELINE] for sizes in table.values()),
        "pipelines": [{"pipeline": p, "gain_bytes": by_pipeline[p]["gain_bytes"] if p in by_pipeline else 0,
                       "measured_on": sum(p in sizes for sizes in table.values()),
                       "csmith_passed": passed[p], "training_wins": wins[p]} for p in order],
        "dropped": dropped,
    }
    write_atomic(args.coreset_out, json.dumps(coreset, indent=1) + "\n")
    print(f"ship: {len(order)} pipelines -> {args.coreset_out}; dropped {len(dropped)}: "
          f"{json.dumps(dropped)[:2000]}", flush=True)


# --- stage: heldout ------------------------------------------------------------------------------------

def stage_heldout(args: argparse.Namespace) -> None:
    """The held-out split (never tuned on) under every shipped pipeline, clang baseline; budgets per
    function in coverage order, in frequency order (training wins) and the per-function oracle."""
    work: Path = args.work_dir
    path = work / args.heldout_out
    # the candidate set before the coreset (most frequent winners first), for comparison
    previous = previous_pipelines(PREVIOUS_SETS[:1])[: args.previous_limit]
    wanted = [OZ_PIPELINE, *table_pipelines(args), *previous]
    measured: dict[str, set[str]] = {}
    for record in read_jsonl(path):
        measured.setdefault(record["id"], set()).update(record["sizes"]["clang"], record["failures"]["clang"])
    samples = list(read_jsonl(args.heldout))[: args.heldout_limit]
    # every selected pipeline (so this can run while the check decides which are shipped)
    jobs = [(s, missing) for s in samples
            if (missing := [p for p in dict.fromkeys(wanted) if p not in measured.get(s["id"], set())])]
    with multiprocessing.Pool(args.jobs) as workers, path.open("a") as handle:
        for record in workers.imap_unordered(_clang_job, jobs):
            handle.write(json.dumps(record) + "\n")
            handle.flush()
    if not args.coreset_out.exists():
        return
    coreset = pipelines_of(args.coreset_out)
    table: dict[str, dict[str, int]] = {}
    for record in read_jsonl(path):
        table.setdefault(record["id"], {}).update({p: v[0] for p, v in record["sizes"]["clang"].items()})
    frequency = wins_by_frequency(label_table(work, "clang"), coreset)
    budgets = [b for b in (1, 2, 4, 8, 16) if b <= len(coreset)] + [len(coreset)]
    result = {"functions": len(table), "oz_bytes": sum(s[OZ_PIPELINE] for s in table.values()),
              "coverage": budget_curve(table, coreset, budgets),
              "frequency": budget_curve(table, frequency, budgets),
              "previous_candidates": budget_curve(table, previous, [b for b in (1, 2, 4, 8, 16, len(previous))
                                                                    if 0 < b <= len(previous)]),
              "oracle": budget_curve(table, coreset, [len(coreset)])[len(coreset)]}
    write_atomic(work / "heldout_curve.json", json.dumps(result, indent=1) + "\n")
    print(f"heldout: {json.dumps(result)}", flush=True)


# --- command line ----------------------------------------------------------------------------------------

STAGES = ("label", "select", "table", "check", "ship", "heldout")


def stage_programs(args: argparse.Namespace) -> None:
    """The check's csmith programs alone (they do not depend on the coreset: make them early)."""
    seeds = check_programs(args.work_dir, args.check_programs, args.check_seed, args.jobs)
    print(f"programs: {len(seeds)} csmith programs, seeds {seeds[0]}..{seeds[-1]}", flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=(*STAGES, "programs", "all"))
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--ray", metavar="ADDRESS", default=None,
                        help="label: spread the functions over this Ray cluster (irlens report's --ray)")
    parser.add_argument("--packages", nargs="*", default=list(PACKAGES))
    parser.add_argument("--max-files", type=int, default=None, help="C files per package (smoke)")
    parser.add_argument("--max-samples", type=int, default=None, help="label only the N smallest functions")
    parser.add_argument("--csmith-first", type=int, default=1)
    parser.add_argument("--csmith-seeds", type=int, default=1500, help="training csmith programs")
    parser.add_argument("--pool-size", type=int, default=300)
    parser.add_argument("--pool-seed", type=int, default=9)
    parser.add_argument("--per-function", type=int, default=100, help="random pool pipelines per function")
    parser.add_argument("--previous-limit", type=int, default=None,
                        help="pipelines of the previous candidate set measured on every function")
    parser.add_argument("--k", type=int, default=64)
    parser.add_argument("--extend", action="store_true",
                        help="select: keep the shipped coreset (--coreset-out) first and continue its greedy")
    parser.add_argument("--min-support", type=int, default=20,
                        help="functions a pipeline must be measured on to be selected")
    parser.add_argument("--table-dir", default="table", help="table: the directory under the work dir")
    parser.add_argument("--table-baselines", nargs="+", default=list(BASELINES), choices=BASELINES)
    parser.add_argument("--table-pipelines", choices=("selected", "shipped"), default="selected",
                        help="table: coreset_selected.json of the work dir, or the shipped coreset.json")
    parser.add_argument("--table-all", action="store_true",
                        help="table: every training function, -Oz included, without labels/")
    parser.add_argument("--check-programs", type=int, default=200)
    parser.add_argument("--check-seed", type=int, default=CHECK_SEED_BASE)
    parser.add_argument("--check-baselines", nargs="+", default=list(BASELINES), choices=BASELINES)
    parser.add_argument("--heldout", type=Path, default=REPO / "models" / "eval" / "heldout.jsonl")
    parser.add_argument("--heldout-limit", type=int, default=None)
    parser.add_argument("--heldout-out", default="heldout.jsonl",
                        help="heldout: the measurements' file under the work dir")
    parser.add_argument("--coreset-out", type=Path,
                        default=REPO / "server" / "irlens" / "data" / "coreset.json")
    parser.add_argument("--smoke", action="store_true", help="a few functions and pipelines, every stage")
    args = parser.parse_args(argv)
    if args.smoke:
        args.csmith_seeds, args.max_files, args.max_samples = 1, 1, 5
        args.pool_size, args.per_function, args.k, args.min_support = 6, 4, 3, 1
        args.previous_limit, args.check_programs, args.heldout_limit = 2, 2, 2
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    for stage in STAGES if args.stage == "all" else (args.stage,):
        print(f"== {stage}", flush=True)
        globals()[f"stage_{stage}"](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
