"""A random-search autotuner over correctly nested new-PM pipelines: the potential that the optimize
benchmark measures irlens against (as the LLM Compiler papers measure against their autotuner).

Pipelines are drawn as: an optional -O prefix, then one to three `function(...)` groups of one to ten
function passes (loop passes inside `loop(...)`/`loop-mssa(...)`), with an occasional module pass
between groups. Every draw is validated by irlens' pipeline validator and judged like any candidate.
"""

from __future__ import annotations

import random

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


def random_pipeline(rng: random.Random) -> str:
    """One correctly nested module pipeline."""
    elements: list[str] = []
    if rng.random() < 0.35:
        elements.append(rng.choice(PREFIXES))
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            elements.append(rng.choice(MODULE_PASSES))
        passes = [rng.choice(FAVOURED) if rng.random() < 0.4 else rng.choice(FUNCTION_PASSES)
                  for _ in range(rng.randint(1, 10))]
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
