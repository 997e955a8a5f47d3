"""Smoke run of the irlens-tiny recipe through every stage on a handful of functions and a few steps:
data (a local stand-in for a Debian source package, plus csmith when installed), autotuned labels,
candidates, eval set, tokenizer, training, GGUF export, and llama.cpp/PyTorch agreement; and of the
coreset recipe (size tables under both baselines, greedy coverage, csmith check, coreset.json)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

# models/recipe is run from the repository root (python -m models.recipe.run), not installed: pytest's
# pythonpath (pyproject.toml) puts the root on sys.path.
pytest.importorskip("torch")
pytest.importorskip("sentencepiece")

from models.recipe import autotune, coreset, run, sources, tools

from conftest import REPO, TESTS

PACKAGE_SOURCE = r"""
#include <stddef.h>
struct node { int value; struct node *next; };
int list_sum(const struct node *n) { int s = 0; while (n) { s += n->value; n = n->next; } return s; }
static int clamp(int x, int lo, int hi) { if (x < lo) return lo; if (x > hi) return hi; return x; }
int scale_all(int *xs, size_t n, int k) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int y = clamp(xs[i] * k, -1000, 1000); changed += y != xs[i]; xs[i] = y;
    }
    return changed;
}
unsigned hash(const char *s) {
    unsigned h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h;
}
"""


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("recipe")
    package = work / "src" / "smokepkg-1.0"
    (package / "debian").mkdir(parents=True)
    (package / "debian" / "changelog").write_text("smokepkg (1.0-1) unstable; urgency=low\n")
    (package / "debian" / "copyright").write_text("Files: *\nCopyright: nobody\nLicense: MIT\n")
    (package / "lib.c").write_text(PACKAGE_SOURCE)
    code = run.main(["--smoke", "--work-dir", str(work), "--packages", "smokepkg",
                     "--candidates-out", str(work / "candidates.json"), "--eval-dir", str(work / "eval"),
                     "--out", str(work / "irlens-tiny-smoke.gguf")])
    assert code == 0
    return work


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_samples_record_provenance_and_stay_off_evaluation_sets(smoke: Path) -> None:
    samples = _lines(smoke / "samples.jsonl")
    debian = [s for s in samples if s["origin"] == "debian"]
    assert {s["function"] for s in debian} >= {"list_sum", "hash"}
    assert all((s["package"], s["version"], s["licence"]) == ("smokepkg", "1.0-1", "MIT") for s in debian)
    with pytest.raises(ValueError):
        sources.fetch_debian_sources(["zlib"], smoke / "src")
    assert sources.is_excluded("libjpeg-turbo")


def test_labels_are_never_worse_than_oz_and_pipelines_are_valid(smoke: Path) -> None:
    labels = _lines(smoke / "labels.jsonl")
    assert labels
    for label in labels:
        assert label["best_bytes"] <= label["oz_bytes"]
        assert label["best_bytes"] == tools.measure_pipeline(
            next(s["ir"] for s in _lines(smoke / "samples.jsonl") if s["id"] == label["id"]),
            label["best_pipeline"]).bytes
    candidates = json.loads((smoke / "candidates.json").read_text())
    assert candidates["pipelines"] and candidates["source"] and candidates["generated"]
    from irlens.toolchain.discovery import discover
    from irlens.toolchain.pipeline import validate_pipeline

    for pipeline in candidates["pipelines"]:
        validate_pipeline(pipeline, discover())


def test_random_pipelines_are_nested_and_minimising_keeps_the_size() -> None:
    import random

    ir = (REPO / "examples" / "sizes.ll").read_text()
    module = tools.extract_function(ir, "bubble_sort")
    rng = random.Random(7)
    pipeline = "function(sroa,loop(loop-rotate),instcombine,simplifycfg,adce),globaldce"
    assert autotune.join_atoms(autotune.atoms(pipeline)) == pipeline
    for _ in range(5):
        text = autotune.random_pipeline(rng)
        assert autotune.join_atoms(autotune.atoms(text)) == text
    size = tools.measure_pipeline(module, pipeline).bytes
    smaller = autotune.minimize(module, pipeline, size)
    assert len(autotune.atoms(smaller)) < len(autotune.atoms(pipeline))
    assert tools.measure_pipeline(module, smaller).bytes <= size


def test_eval_set_holds_only_the_held_out_split(smoke: Path) -> None:
    heldout = smoke / "eval" / "heldout.jsonl"
    records = _lines(heldout) if heldout.exists() else []
    assert all(r["split"] == "test" for r in records)
    train_ids = {s["id"] for s in _lines(smoke / "samples.jsonl") if s["split"] == "train"}
    assert not train_ids & {r["id"] for r in records}


def test_tokenizer_is_lossless_on_ir_and_asm(smoke: Path) -> None:
    from models.recipe.tokenizer import load

    sp = load(smoke / "tokenizer.model")
    text = "define i32 @f(i32 %x) {\n  %1 = add nsw i32 %x, 12345\n\tret i32 %1   ; é\n}\n"
    assert sp.decode(sp.encode(text)) == text


def test_training_ran_and_the_gguf_carries_the_irlens_format(smoke: Path) -> None:
    import gguf

    from irlens.model import gguf_info

    stats = json.loads((smoke / "train_stats.json").read_text())
    assert stats["steps"] >= 1 and stats["final_loss"] == stats["final_loss"]  # not NaN
    reader = gguf.GGUFReader(str(smoke / "irlens-tiny-smoke.gguf"))
    fields = reader.fields
    assert bytes(fields[gguf_info.KEY_PROMPT_FORMAT].parts[-1]).decode() == "irlens"
    assert bytes(fields["general.architecture"].parts[-1]).decode() == "llama"
    assert any(t.name == "blk.0.attn_q.weight" and t.tensor_type == gguf.GGMLQuantizationType.Q8_0
               for t in reader.tensors)


def test_llama_cpp_and_pytorch_agree(smoke: Path) -> None:
    llama_cpp = pytest.importorskip("llama_cpp")
    import numpy as np
    import torch
    from models.recipe.export import dequantized_copy
    from models.recipe.tokenizer import load
    from models.recipe.train import load_checkpoint

    from irlens.model import prompts

    sp = load(smoke / "tokenizer.model")
    prompt = prompts.flag_tuning_prompt("define i32 @f(i32 %x) {\n  %1 = add i32 %x, 1\n  ret i32 %1\n}\n")
    llm = llama_cpp.Llama(model_path=str(smoke / "irlens-tiny-smoke.gguf"), n_ctx=512, logits_all=True,
                          verbose=False, n_threads=2)
    tokens = llm.tokenize(prompt.encode(), add_bos=True, special=False)
    assert tokens == [sp.bos_id(), *sp.encode(prompt)]
    llm.eval(tokens)
    cpp_logits = np.array(llm.scores[: len(tokens)])
    model = dequantized_copy(load_checkpoint(smoke / "model.pt"))
    with torch.no_grad():
        torch_logits = model(torch.tensor([tokens]))[0].numpy()
    spread = float(np.abs(torch_logits).max())
    assert np.abs(cpp_logits - torch_logits).max() <= 0.02 * spread + 1e-3
    assert (cpp_logits.argmax(-1) == torch_logits.argmax(-1)).mean() >= 0.95



# --- coreset recipe (models/recipe/coreset.py) -----------------------------------------------------------

# Under clang -Oz, function(mem2reg) (one of the smoke's previous pipelines) makes this smaller.
CORESET_EXTRA_SOURCE = """
int tri(int n) { int s = 0; while (n > 0) { s += n; n--; } return s; }
"""


@pytest.fixture(scope="module")
def coreset_smoke(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("coreset")
    package = work / "src" / "smokepkg-1.0"
    (package / "debian").mkdir(parents=True)
    (package / "debian" / "changelog").write_text("smokepkg (1.0-1) unstable; urgency=low\n")
    (package / "debian" / "copyright").write_text("Files: *\nCopyright: nobody\nLicense: MIT\n")
    (package / "lib.c").write_text(PACKAGE_SOURCE + CORESET_EXTRA_SOURCE)
    code = coreset.main(["all", "--smoke", "--work-dir", str(work), "--packages", "smokepkg",
                         "--coreset-out", str(work / "coreset.json")])
    assert code == 0
    return work


def test_coreset_labels_hold_every_candidate_under_both_baselines(coreset_smoke: Path) -> None:
    from irlens.toolchain.baseline import clang_oz_attributes

    records = _lines(coreset_smoke / "labels" / "smokepkg.jsonl")
    pool = json.loads((coreset_smoke / "pool.json").read_text())
    assert {r["function"] for r in records} == {"list_sum", "clamp", "scale_all", "hash", "tri"}
    for record in records:
        assert (record["package"], record["version"], record["licence"]) == ("smokepkg", "1.0-1", "MIT")
        assert record["instructions"] > 0
        for baseline in ("clang", "paper"):
            measured = set(record["sizes"][baseline]) | set(record["failures"][baseline])
            assert "default<Oz>" in record["sizes"][baseline]
            assert set(pool["previous"]) <= measured and len(measured) == 1 + 2 + 4
    # One recorded size against the tools run directly: opt, plain llc -O2, the symbol's size.
    sample = next(s for s in _lines(coreset_smoke / "samples" / "smokepkg.jsonl")
                  if s["id"] == records[0]["id"])
    pipeline, (function_bytes, module_bytes) = next(iter(records[0]["sizes"]["clang"].items()))
    optimized = tools.apply_pipeline(clang_oz_attributes(sample["ir"]), pipeline)
    obj = tools.object_bytes(optimized)
    assert tools.elf_symbol_sizes(obj)[sample["function"]] == function_bytes
    assert tools.elf_text_data(obj) == module_bytes


def test_coreset_label_shards_resume(coreset_smoke: Path, tmp_path: Path) -> None:
    shard = tmp_path / "s.jsonl"
    shard.write_text('{"id": "a"}\n{"id": "b"}\n{"id": "c", "si')  # killed mid-line
    assert [r["id"] for r in coreset.read_jsonl(shard)] == ["a", "b"]
    assert shard.read_text().endswith("}\n")  # the next append starts on a line of its own
    before = (coreset_smoke / "labels" / "smokepkg.jsonl").read_text()
    coreset.main(["label", "--smoke", "--work-dir", str(coreset_smoke), "--packages", "smokepkg"])
    assert (coreset_smoke / "labels" / "smokepkg.jsonl").read_text() == before  # nothing measured twice


def test_greedy_coverage_adds_the_largest_saving_first() -> None:
    oz = "default<Oz>"
    table = {"f": {oz: 100, "a": 90, "b": 80, "c": 100},
             "g": {oz: 50, "a": 40, "b": 50, "c": 30},
             "h": {oz: 10, "a": 10, "b": 10}}
    chosen = coreset.greedy_coverage(table, 5)
    # b saves 20, c 20 (both scaled: c measured on 2 of 3 functions -> 30), a 20: c first, then b
    # (adds 20 on f), then a adds nothing more: the greedy stops.
    assert [c["pipeline"] for c in chosen] == ["c", "b"]
    assert [c["gain_bytes"] for c in chosen] == [20, 20]
    assert coreset.budget_curve(table, ["c", "b"], [1, 2]) == {1: 12.5, 2: 25.0}
    # continuing an order that starts with a: f starts at 90 and g at 40, so b adds 10 and c 10
    # (scaled 15): c, then b
    continued = coreset.greedy_coverage(table, 5, after=["a"])
    assert [c["pipeline"] for c in continued] == ["c", "b"]
    assert [c["gain_bytes"] for c in continued] == [10, 10]


def test_coreset_is_checked_on_csmith_and_shipped_in_coverage_order(coreset_smoke: Path) -> None:
    from irlens.optimize.candidates import candidate_pipelines, pipeline_list_digest
    from irlens.toolchain.discovery import discover

    shipped = json.loads((coreset_smoke / "coreset.json").read_text())
    pipelines = [p["pipeline"] for p in shipped["pipelines"]]
    assert shipped["baseline"] == "clang" and shipped["version"]
    assert shipped["digest"] == pipeline_list_digest(pipelines)
    checks = _lines(coreset_smoke / "check.jsonl")
    selected = coreset.selected_pipelines(coreset_smoke)
    assert {c["pipeline"] for c in checks} == set(selected)
    assert set(pipelines) | {d["pipeline"] for d in shipped["dropped"]} == set(selected)
    assert pipelines and all(p["csmith_passed"] == 2 for p in shipped["pipelines"])
    gains = [p["gain_bytes"] for p in shipped["pipelines"]]
    assert gains == sorted(gains, reverse=True)
    assert candidate_pipelines(coreset_smoke / "coreset.json") == pipelines
    from irlens.optimize.candidates import load_coreset

    loaded = load_coreset(coreset_smoke / "coreset.json")  # the training wins give the frequency order
    assert loaded is not None
    assert loaded.training_wins == tuple(p["training_wins"] for p in shipped["pipelines"])
    assert 0 <= sum(loaded.training_wins) <= shipped["functions"]
    # The check catches a program whose output differs from its -O0 build's.
    program = next((coreset_smoke / "csmith_check").glob("csmith_*.c"))
    assert coreset.run_checked_program(discover(), program, "clang", "default<Oz>") == ""
    program.with_suffix(".checksum").write_text("checksum = 0\n")
    coreset._VERDICTS.clear()  # verdicts are remembered per program and object
    assert coreset.run_checked_program(discover(), program, "clang", "function(sroa)").startswith("run:")
    curve = json.loads((coreset_smoke / "heldout_curve.json").read_text())
    assert curve["functions"] == 2 and all(v <= curve["oracle"] for v in curve["coverage"].values())


def test_lift_data_pairs_fit_the_context_resume_and_refuse_held_out_data(smoke: Path) -> None:
    from models.recipe import lifting

    pairs = _lines(smoke / "lifting-extra.jsonl")
    assert pairs and {p["level"] for p in pairs} <= {"-O0", "-O2"}
    assert "-O0" in {p["level"] for p in pairs} and "smokepkg" in {p["package"] for p in pairs}
    for pair in pairs:
        assert pair["asm"].lstrip().startswith(".") and f"{pair['function']}:" in pair["asm"]
        # the answer trained on is the canonical IR: that is what must fit
        assert lifting.fits(pair["asm"], lifting.canonical_ir(pair["ir"]), 1024) and "define" in pair["ir"]
    done = (smoke / "lifting-extra.done").read_text().split()
    assert "package:smokepkg-1.0" in done
    # a rerun has nothing left to do and adds nothing
    again = lifting.build_extra_pairs(smoke, seeds=range(1, 2), packages=["smokepkg"], test_packages=["none"],
                                      context=1024, jobs=1, minutes=1.0)
    assert again["jobs_left"] == 0 and again["pairs"] == 0
    assert len(lifting.read_extra_pairs(smoke, set())) == len({(p["id"], p["level"]) for p in pairs})
    assert not lifting.read_extra_pairs(smoke, {p["id"] for p in pairs})  # held-out texts never train
    with pytest.raises(ValueError, match="held out"):
        lifting.build_extra_pairs(smoke, seeds=range(sources.TEST_SEED_BASE, sources.TEST_SEED_BASE + 2),
                                  packages=[], test_packages=[], context=1024, jobs=1, minutes=1.0)
    with pytest.raises(ValueError, match="excluded"):
        lifting.build_extra_pairs(smoke, seeds=range(0), packages=["sqlite3"], test_packages=[], context=1024,
                                  jobs=1, minutes=1.0)


def test_generated_small_c_functions_give_lifting_pairs(smoke: Path) -> None:
    from models.recipe import synth

    assert synth.program(7) == synth.program(7) and synth.program(7) != synth.program(8)
    pairs = [p for p in _lines(smoke / "lifting-extra.jsonl") if p["origin"] == "synth"]
    assert pairs and {p["level"] for p in pairs} == {"-O0", "-O2"}
    assert all(p["function"].startswith("fn") and f"{p['function']}:" in p["asm"] for p in pairs)
    assert "synth:1" in (smoke / "lifting-extra.done").read_text().split()


def test_canonical_lifting_answers_compile_to_the_same_instructions(smoke: Path) -> None:
    from models.recipe import lifting

    from irlens.lift.lifter import instructions

    pairs = _lines(smoke / "lifting-extra.jsonl")[:12]
    assert pairs
    for pair in pairs:
        canonical = lifting.canonical_ir(pair["ir"])
        assert "ModuleID" not in canonical and "source_filename" not in canonical and "!llvm" not in canonical
        assert "attributes #0" in canonical and len(canonical) < len(pair["ir"])
        lifted = tools.assembly(canonical, pair["level"])
        assert instructions(lifted, pair["function"]) == instructions(pair["asm"], pair["function"])
    # metadata still in use (other than loops') keeps the module whole
    with_range = ("define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, !range !0\n  ret i32 %v\n}\n"
                  "!0 = !{i32 0, i32 9}\n")
    assert lifting.canonical_ir(with_range) == with_range


def test_flat_structs_compile_to_the_same_instructions() -> None:
    from models.recipe.flat_types import flat_struct_ir

    from irlens.lift.lifter import instructions

    ir = (TESTS / "fixtures" / "flat_structs.ll").read_text()
    flat = flat_struct_ir(ir)
    assert "%struct" not in flat and "%union" not in flat and "type {" not in flat
    # offsets with the x86-64 layout: { ptr, i8, union { double }, [3 x i16] } is 32 bytes
    assert "getelementptr inbounds i8, ptr %5, i64 8" in flat  # field 1
    assert "getelementptr inbounds (i8, ptr @table, i64 72)" in flat  # table[2].field 1, a constant
    assert "getelementptr inbounds [32 x i8], ptr %6, i64 %1, i64 16" in flat  # p[i].field 2
    assert "alloca [32 x i8], align 8" in flat and "byval([32 x i8])" in flat
    for level in ("-O0", "-O2"):
        assert instructions(tools.assembly(flat, level), "pick") == instructions(tools.assembly(ir, level),
                                                                                "pick") != []
    # a struct loaded whole has no flat form: the module stays as it is
    whole = ir.replace("  ret i32 %18", "  %20 = load %struct.item, ptr %5, align 8\n  ret i32 %18")
    assert flat_struct_ir(whole) == whole


def test_renamed_lifting_pairs_compile_to_the_renamed_assembly(smoke: Path) -> None:
    from models.recipe import lifting, train

    from irlens.ir.asm import parse_asm
    from irlens.lift.lifter import instructions

    pairs = [p for p in _lines(smoke / "lifting-extra.jsonl") if "call" in p["asm"]][:8]
    assert pairs
    for number, pair in enumerate(pairs):
        asm, ir = lifting.renamed_pair(pair["asm"], pair["ir"], number)
        (function,) = parse_asm(asm).functions
        assert function.name != pair["function"] and f"@{function.name}(" in ir
        old_symbols = set(lifting._IR_SYMBOL.findall(pair["ir"]))
        assert not old_symbols & set(lifting._IR_SYMBOL.findall(ir))  # every function and global renamed
        lifted = tools.assembly(lifting.canonical_ir(ir), pair["level"])
        assert instructions(lifted, function.name) == instructions(asm, function.name) != []
    assert lifting.renamed_pair(pairs[0]["asm"], pairs[0]["ir"], 1) == lifting.renamed_pair(
        pairs[0]["asm"], pairs[0]["ir"], 1)  # seeded
    names = [lifting.made_up_name(random.Random(seed)) for seed in range(400)]
    worded = [n for n in names if any(word in n.lower() for word in lifting._NAME_WORDS)]
    assert 100 < len(worded) < 300 and len(set(names)) > 390  # half random characters: only copying helps
    examples = train.lifting_examples(pairs[0]["asm"], pairs[0]["ir"], renamed_copies=2, seed="x")
    assert len(examples) == 3 and len({e.prompt for e in examples}) == 3


def test_lifting_only_training_resumes_and_exports_a_lifting_gguf(smoke: Path, tmp_path: Path) -> None:
    import shutil

    from irlens.model.gguf_info import read_gguf_info

    work = tmp_path / "lift"
    work.mkdir()
    for name in ("lifting-extra.jsonl", "tokenizer.model"):  # no samples or labels: lifting pairs only
        shutil.copy(smoke / name, work / name)
    shape = ["--work-dir", str(work), "--tasks", "disassembly", "--vocab-size", "400", "--context", "1024",
             "--dim", "64", "--layers", "2", "--heads", "4", "--batch-tokens", "2048", "--threads", "1"]
    assert run.main(["--stage", "train", *shape, "--max-steps", "2"]) == 0
    first = json.loads((work / "train_stats.json").read_text())
    assert first["steps"] == 2 and first["tasks"] == ["disassembly"]
    assert set(first["examples"]) == {"disassembly"}
    assert run.main(["--stage", "train", *shape, "--max-steps", "3", "--resume"]) == 0
    resumed = json.loads((work / "train_stats.json").read_text())
    assert resumed["steps"] == 3 and resumed["tokens"] > first["tokens"]  # went on from step 2
    out = tmp_path / "irlens-smoke-lift.gguf"
    assert run.main(["--stage", "export", *shape, "--out", str(out)]) == 0
    info = read_gguf_info(out)
    assert info.tasks == ("disassembly",) and info.context_length == 1024
    manifest = json.loads((tmp_path / "manifest.json").read_text())["models"]
    assert manifest[0]["name"] == "irlens-smoke-lift" and manifest[0]["tasks"] == ["disassembly"]


def test_warm_start_reads_back_the_tokenizer_and_weights_of_a_gguf(smoke: Path, tmp_path: Path) -> None:
    import torch
    from models.recipe import warmstart
    from models.recipe.export import dequantized_copy
    from models.recipe.tokenizer import load
    from models.recipe.train import load_checkpoint

    gguf_path = smoke / "irlens-tiny-smoke.gguf"
    rebuilt = load(warmstart.write_tokenizer(gguf_path, tmp_path / "tokenizer.model"))
    original = load(smoke / "tokenizer.model")
    text = "\tmovl\t%edi, -4(%rbp)\n  %3 = alloca i32, align 4\n  ret i32 %5 ; é\n"
    assert rebuilt.encode(text) == original.encode(text) and rebuilt.decode(rebuilt.encode(text)) == text
    model = warmstart.load_gguf_model(gguf_path, context=512)
    expected = dequantized_copy(load_checkpoint(smoke / "model.pt"))
    assert model.config.context == 512 and model.config.dim == expected.config.dim
    for (name, value), other in zip(model.state_dict().items(), expected.state_dict().values(), strict=True):
        assert torch.allclose(value, other, atol=1e-6), name


# --- ranker (models/recipe/rank.py) ------------------------------------------------------------------------

def test_ranker_trains_exports_and_llama_cpp_orders_the_coreset(coreset_smoke: Path, tmp_path: Path) -> None:
    import gguf
    from models.recipe import rank

    from irlens.optimize.candidates import pipeline_list_digest

    shipped = coreset_smoke / "coreset.json"
    pipelines = [p["pipeline"] for p in json.loads(shipped.read_text())["pipelines"]]
    # the ranker's labels: every training function under -Oz and every shipped pipeline, clang only
    assert coreset.main(["table", "--smoke", "--work-dir", str(coreset_smoke), "--packages", "smokepkg",
                         "--table-all", "--table-pipelines", "shipped", "--table-baselines", "clang",
                         "--table-dir", "table_rank", "--coreset-out", str(shipped)]) == 0
    records = _lines(coreset_smoke / "table_rank" / "smokepkg.jsonl")
    assert len(records) == 5
    for record in records:
        assert set(record["sizes"]) == {"clang"}
        assert set(record["sizes"]["clang"]) | set(record["failures"]["clang"]) == {"default<Oz>", *pipelines}
    out = tmp_path / "rank.gguf"
    code = rank.main(["all", "--smoke", "--work-dir", str(coreset_smoke), "--table-dir", "table_rank",
                      "--coreset", str(shipped), "--out", str(out), "--validation-share", "0.4",
                      "--frozen-blocks", "3", "--heldout-table", "heldout.jsonl",
                      "--curve-out", str(tmp_path / "curve.json")])
    assert code == 0  # parity (llama.cpp orders as PyTorch does, up to Q8_0 rounding) is a stage of "all"
    stats = json.loads((coreset_smoke / "rank" / "train_stats.json").read_text())
    assert stats["steps"] == 3 and stats["tokens"] > 0
    reader = gguf.GGUFReader(str(out))
    digest = reader.fields[rank.KEY_CORESET_DIGEST].contents()
    assert digest == json.loads(shipped.read_text())["digest"] == pipeline_list_digest(pipelines)
    assert "pipeline-ranking" in reader.fields["irlens.tasks"].contents().split(",")
    tokens = reader.fields[rank.KEY_RANK_TOKENS].contents()
    assert tokens == [f"<p{i}>" for i in range(len(pipelines))]
    # each rank token is one control token after the base vocabulary; text never turns into one
    scorer = rank.LlamaScorer(out)
    assert len({*scorer.token_ids, scorer.oz_id}) == len(pipelines) + 1
    assert min(scorer.token_ids) >= 4096
    assert scorer.llama.tokenize(b"<p0>", add_bos=False, special=False) != [scorer.token_ids[0]]
    assert len(scorer.logits("[INST] x [/INST]")) == len(pipelines) + 1
    curve = json.loads((tmp_path / "curve.json").read_text())
    assert curve["functions"] == 2
    rows_of_curve = ("model", "coverage", "frequency")
    assert all(v <= curve["oracle"] for row in rows_of_curve for v in curve[row].values())
    # a ranker GGUF is a base too: its rank rows are taken up again, not added twice
    model, vocab, rows, base_digest = rank.load_base(out)
    assert model.config.vocab_size == len(vocab.tokens) == 4096 and base_digest == digest
    assert rows is not None and rows.shape[0] == len(pipelines) + 1
    # the same pipelines reordered (the ship stage on a bigger table): each keeps its score
    prompt = "[INST] x [/INST]"
    before = dict(zip(pipelines, scorer.logits(prompt), strict=False))
    reordered = pipelines[::-1]
    moved = rank.retarget(out, tmp_path / "retargeted.gguf", pipelines, reordered)
    assert gguf.GGUFReader(str(moved)).fields[rank.KEY_CORESET_DIGEST].contents() == \
        pipeline_list_digest(reordered)
    after = dict(zip(reordered, rank.LlamaScorer(moved).logits(prompt), strict=False))
    assert all(abs(before[p] - after[p]) < 1e-6 for p in pipelines)
    with pytest.raises(ValueError, match="different pipelines"):
        rank.retarget(out, tmp_path / "x.gguf", pipelines, reordered[1:])


@pytest.mark.parametrize(("target", "marker", "triple"), [("thumbv7m", ".thumb_func", "thumbv7m"),
                                                          ("riscv32", "ret", "riscv32"),
                                                          ("aarch64", "ret", "aarch64")])
def test_cross_target_lift_data_resumes_and_keeps_its_held_out_split_apart(
        tmp_path: Path, target: str, marker: str, triple: str) -> None:
    from models.recipe import lifting, tools

    from irlens.lift.lifter import instructions

    stats = lifting.build_extra_pairs(tmp_path, seeds=range(0), packages=[], test_packages=[], context=1536,
                                      jobs=1, minutes=2.0, synth_seeds=range(1, 2), target=target)
    pairs = _lines(tmp_path / f"lifting-extra-{target}.jsonl")
    assert stats["pairs"] == len(pairs) > 0 and not (tmp_path / "lifting-extra.jsonl").exists()
    for pair in pairs:
        assert pair["target"] == target and marker in pair["asm"]
        assert f'target triple = "{triple}' in pair["ir"]
    # the canonical answer compiles, for the pair's target, to the pair's instructions
    first = next(p for p in pairs if p["level"] == "-O0")
    listing = tools.assembly(lifting.canonical_ir(first["ir"]), "-O0")
    assert instructions(listing, first["function"]) == instructions(first["asm"], first["function"])
    again = lifting.build_extra_pairs(tmp_path, seeds=range(0), packages=[], test_packages=[], context=1536,
                                      jobs=1, minutes=1.0, synth_seeds=range(1, 2), target=target)
    assert again["jobs_left"] == 0 and again["pairs"] == 0
    with pytest.raises(ValueError, match="held out"):
        lifting.build_extra_pairs(tmp_path, seeds=range(0), packages=[], test_packages=[], context=1536,
                                  jobs=1, minutes=1.0, target=target,
                                  synth_seeds=range(sources.TEST_SEED_BASE, sources.TEST_SEED_BASE + 1))
    # the held-out split: held-out seeds only, whole listings, written once
    eval_dir = tmp_path / "eval"
    with pytest.raises(ValueError, match="held-out seeds"):
        lifting.write_heldout_split(eval_dir, tmp_path, target, csmith_seeds=range(0),
                                    synth_seeds=range(1, 2))
    held = range(sources.TEST_SEED_BASE, sources.TEST_SEED_BASE + 1)
    no_csmith = range(held.start, held.start)
    count = lifting.write_heldout_split(eval_dir, tmp_path, target, csmith_seeds=no_csmith, synth_seeds=held)
    records = _lines(eval_dir / f"heldout_{target}.jsonl")
    assert count == len(records) > 0
    assert all(r["split"] == "test" and r["target"] == target and f"{r['function']}:" in r["asm_o0"]
               for r in records)
    assert not {r["id"] for r in records} & {p["id"] for p in pairs}
    again_count = lifting.write_heldout_split(eval_dir, tmp_path, target, csmith_seeds=held, synth_seeds=held)
    assert again_count == count  # written once: the split does not change
    # a development split (for the lifter's repairs and refinement): generated seeds below the held-out ones
    with pytest.raises(ValueError, match="held out"):
        lifting.write_dev_split(tmp_path, target,
                                seeds=range(sources.TEST_SEED_BASE - 1, sources.TEST_SEED_BASE + 1))
    dev_count = lifting.write_dev_split(tmp_path, target, seeds=range(900_000, 900_001))
    dev = _lines(lifting.dev_split_path(tmp_path, target))
    assert dev_count == len(dev) > 0 and all(r["split"] == "dev" and r["target"] == target for r in dev)
    assert not {r["id"] for r in dev} & {r["id"] for r in records}
