"""Stage 2: labels by autotuning, as the LLM Compiler recipe does.

Per function module: many random, correctly nested new-PM pipelines; keep the one with the smallest
text+data; minimise it (drop passes that do not change the size); reject pipelines that crash, and for
csmith functions pipelines that change the program's checksum. Sizes before/after/-Oz are kept.
The most frequent winners are the candidate set ("top-N broadcast") the runtime tries without a model.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from models.recipe import tools
from models.recipe.sources import Sample, run_program

from irlens.bench.autotuner import PassVocabulary
from irlens.bench.autotuner import random_pipeline as draw_pipeline
from irlens.ir.scan import split_top_level

FUNCTION_PASSES = (
    "sroa", "early-cse", "early-cse<memssa>", "instcombine", "instsimplify", "simplifycfg", "gvn", "newgvn",
    "sccp", "adce", "dce", "dse", "bdce", "reassociate", "jump-threading", "correlated-propagation",
    "mem2reg", "memcpyopt", "mldst-motion", "tailcallelim", "aggressive-instcombine", "sink", "gvn-hoist",
    "gvn-sink", "float2int", "div-rem-pairs", "consthoist", "vector-combine", "lower-expect",
    "constraint-elimination", "loop-simplify", "lcssa", "loop-mssa(licm)", "loop(loop-rotate)",
    "loop(indvars)", "loop(loop-deletion)", "loop(loop-idiom)", "loop(loop-instsimplify)",
    "loop-mssa(simple-loop-unswitch)", "slp-vectorizer", "speculative-execution", "loop-sink",
    "loop-load-elim", "mergereturn",
)
# mem2reg/sroa/instcombine/simplifycfg are what most winners are built from: drawn more often.
FAVOURED = ("sroa", "mem2reg", "instcombine", "simplifycfg", "early-cse", "gvn", "dse", "adce")
MODULE_PASSES = (
    "globalopt", "globaldce", "ipsccp", "deadargelim", "constmerge", "cgscc(function-attrs)",
    "elim-avail-extern", "called-value-propagation",
)
PREFIXES = ("default<Oz>", "default<Os>", "default<O2>")
BASELINE_PIPELINE = "default<Oz>"


VOCABULARY = PassVocabulary(FUNCTION_PASSES, FAVOURED, MODULE_PASSES, PREFIXES)


def random_pipeline(rng: random.Random) -> str:
    """A correctly nested module pipeline from the recipe's vocabulary (the benchmark's autotuner
    draws the same way from its own)."""
    return draw_pipeline(rng, VOCABULARY)


def atoms(pipeline: str) -> list[tuple[int, str]]:
    """(group, pass) units of a pipeline this module writes; group -1 for module-level elements."""
    result: list[tuple[int, str]] = []
    for index, element in enumerate(_pipeline_elements(pipeline)):
        if element.startswith("function(") and element.endswith(")"):
            result += [(index, p) for p in _pipeline_elements(element[len("function("):-1])]
        else:
            result.append((-1 - index, element))
    return result


def join_atoms(units: list[tuple[int, str]]) -> str:
    elements: list[str] = []
    current_group: int | None = None
    group_passes: list[str] = []
    for group, name in [*units, (None, "")]:
        if (group != current_group or group is None or group < 0) and group_passes:
            elements.append(f"function({','.join(group_passes)})")
            group_passes = []
        if group is None:
            break
        if group < 0:
            elements.append(name)
            current_group = None
        else:
            group_passes.append(name)
            current_group = group
    return ",".join(elements)


def merge_function_groups(pipeline: str) -> str:
    """`function(a),function(b)` -> `function(a,b)`: the same on the single-function modules the
    labels are made on, and one spelling lets equal winners count as one in the candidate set."""
    merged: list[str] = []
    for element in _pipeline_elements(pipeline):
        if merged and element.startswith("function(") and merged[-1].startswith("function("):
            merged[-1] = merged[-1][:-1] + "," + element[len("function("):]
        else:
            merged.append(element)
    return ",".join(merged)


def _pipeline_elements(text: str) -> list[str]:
    return [part for part in split_top_level(text) if part]


@dataclass
class Label:
    id: str
    o0_bytes: int
    o0_count: int
    oz_bytes: int
    oz_count: int
    best_pipeline: str
    best_bytes: int
    best_count: int
    trials: int
    rejected: int  # pipelines that crashed or miscompiled
    checked_by_running: bool


def _size(ir: str, pipeline: str | None) -> tools.Measured | None:
    try:
        return tools.measure_pipeline(ir, pipeline)
    except tools.ToolError:
        return None


def minimize(ir: str, pipeline: str, size: int) -> str:
    """Drop every pass whose removal does not make the object larger (one pass at a time)."""
    units = atoms(pipeline)
    index = 0
    while index < len(units) and len(units) > 1:
        trial = units[:index] + units[index + 1:]
        measured = _size(ir, join_atoms(trial))
        if measured is not None and measured.bytes <= size:
            units = trial
        else:
            index += 1
    return join_atoms(units)


def _program_still_correct(sample: Sample, pipeline: str) -> bool:
    """csmith: the whole program, optimised with the pipeline, prints the -O0 checksum."""
    assert sample.program is not None
    program = Path(sample.program)
    expected = program.with_suffix(".checksum").read_text()
    try:
        optimized = tools.apply_pipeline(program.read_text(), pipeline)
        with tempfile.TemporaryDirectory() as tmp:
            output = run_program(optimized, Path(tmp) / "prog")
    except tools.ToolError:
        return False
    return output == expected


def autotune(sample: Sample, trials: int, seed: int) -> Label | None:
    rng = random.Random(f"{seed}:{sample.id}")
    base = _size(sample.ir, None)
    oz = _size(sample.ir, BASELINE_PIPELINE)
    if base is None or oz is None:
        return None
    results: list[tuple[int, int, str]] = [(oz.bytes, len(BASELINE_PIPELINE), BASELINE_PIPELINE)]
    rejected = 0
    for _ in range(trials):
        pipeline = random_pipeline(rng)
        measured = _size(sample.ir, pipeline)
        if measured is None:
            rejected += 1
            continue
        results.append((measured.bytes, len(pipeline), pipeline))
    results.sort()
    for size, _, pipeline in results[:4]:
        small = (merge_function_groups(minimize(sample.ir, pipeline, size))
                 if pipeline != BASELINE_PIPELINE else pipeline)
        if sample.program is not None and not _program_still_correct(sample, small):
            rejected += 1
            continue
        best = _size(sample.ir, small)
        if best is None:
            continue
        return Label(sample.id, base.bytes, base.ir_count, oz.bytes, oz.ir_count, small, best.bytes,
                     best.ir_count, trials, rejected, sample.program is not None)
    return None


def write_candidates(labels: list[Label], path: Path, top_n: int, source: str) -> list[str]:
    """The most frequent winning pipelines, most frequent first (default<Oz> always included)."""
    counts = Counter(merge_function_groups(label.best_pipeline) for label in labels)
    pipelines = [p for p, _ in counts.most_common(top_n)]
    if BASELINE_PIPELINE not in pipelines:
        pipelines = [*pipelines[: top_n - 1], BASELINE_PIPELINE]
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "pipelines": pipelines,
        "source": source,
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "counts": [counts[p] for p in pipelines],
    }
    path.write_text(json.dumps(payload, indent=1) + "\n")
    return pipelines


def label_to_json(label: Label) -> str:
    return json.dumps(asdict(label))
