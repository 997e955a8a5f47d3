"""A random-search autotuner over correctly nested new-PM pipelines: the potential that the optimize
benchmark measures irlens against (as the LLM Compiler papers measure against their autotuner).

Pipelines are drawn as: an optional -O prefix, then one to three `function(...)` groups of one to ten
function passes (loop passes inside `loop(...)`/`loop-mssa(...)`), with an occasional module pass
between groups. Every draw is validated by irlens' pipeline validator and judged like any candidate.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FUNCTION_PASSES = (
    "sroa", "early-cse", "early-cse<memssa>", "instcombine", "instsimplify", "simplifycfg", "gvn", "newgvn",
    "sccp", "adce", "dce", "dse", "bdce", "reassociate", "jump-threading", "correlated-propagation",
    "mem2reg", "memcpyopt", "mldst-motion", "tailcallelim", "aggressive-instcombine", "sink", "gvn-hoist",
    "gvn-sink", "float2int", "div-rem-pairs", "consthoist", "lower-expect", "constraint-elimination",
    "loop-simplify", "lcssa", "loop-mssa(licm)", "loop(loop-rotate)", "loop(indvars)",
    "loop(loop-deletion)", "loop(loop-idiom)", "loop(loop-instsimplify)", "loop-mssa(simple-loop-unswitch)",
    "speculative-execution", "loop-sink", "loop-load-elim", "mergereturn",
)
# What most winners are built from: drawn more often.
FAVOURED = ("sroa", "mem2reg", "instcombine", "simplifycfg", "early-cse", "gvn", "dse", "adce")
MODULE_PASSES = (
    "globalopt", "globaldce", "ipsccp", "deadargelim", "constmerge", "cgscc(function-attrs)",
    "elim-avail-extern", "called-value-propagation", "mergefunc", "cgscc(inline)",
)
PREFIXES = ("default<Oz>", "default<Os>", "default<O2>")


@dataclass(frozen=True)
class PassVocabulary:
    """What the draws are made of (the model recipe's labelling draws from its own)."""

    function_passes: tuple[str, ...]
    favoured: tuple[str, ...]
    module_passes: tuple[str, ...]
    prefixes: tuple[str, ...] = PREFIXES


BENCH_VOCABULARY = PassVocabulary(FUNCTION_PASSES, FAVOURED, MODULE_PASSES)


def random_pipeline(rng: random.Random, vocabulary: PassVocabulary = BENCH_VOCABULARY) -> str:
    """One correctly nested module pipeline: [prefix], then function(...) groups and module passes."""
    elements: list[str] = []
    if rng.random() < 0.35:
        elements.append(rng.choice(vocabulary.prefixes))
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            elements.append(rng.choice(vocabulary.module_passes))
        passes = [rng.choice(vocabulary.favoured) if rng.random() < 0.4
                  else rng.choice(vocabulary.function_passes) for _ in range(rng.randint(1, 10))]
        elements.append(f"function({','.join(passes)})")
    return ",".join(elements)


def random_pipelines(count: int, seed: int = 0) -> list[str]:
    """`count` distinct draws (a fixed seed: every module and baseline sees the same trials)."""
    rng = random.Random(seed)
    drawn: list[str] = []
    while len(drawn) < count:
        pipeline = random_pipeline(rng)
        if pipeline not in drawn:
            drawn.append(pipeline)
    return drawn
