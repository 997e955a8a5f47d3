"""`irlens check --sarif`: diagnostics and verified smaller-version findings as SARIF 2.1.0."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES
from irlens.cli import main


def _results(path: Path) -> tuple[dict, list[dict]]:
    log = json.loads(path.read_text())
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "irlens"
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert all(result["ruleId"] in rule_ids for result in run["results"])
    return run, run["results"]


def test_errors_are_results_at_their_region(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.ll"
    source.write_text("define i32 @f() {\n  ret i32 %undefined\n}\n")
    out = tmp_path / "out.sarif"
    assert main(["check", str(source), "--no-model", "--sarif", str(out)]) == 1
    _run, results = _results(out)
    (result,) = results
    assert result["level"] == "error" and "undefined" in result["message"]["text"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 2 and region["startColumn"] > 1
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == source.as_posix()


def test_smaller_versions_are_notes_with_saving_and_pipeline(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sizes.sarif"
    assert main(["check", str(EXAMPLES / "sizes.ll"), "--no-model", "--sarif", str(out)]) == 0
    table = capsys.readouterr().out
    _run, results = _results(out)
    notes = {r["properties"]["function"]: r for r in results if r["ruleId"] == "irlens.smaller-version"}
    # Exactly the functions whose table row offers a smaller verified version.
    offered = {line.split()[0] for line in table.splitlines()
               if re.search(r"% vs \S* ?-Oz\) with opt -p", line)}
    assert set(notes) == offered and offered
    define_lines = {line.split("@")[1].split("(")[0]: number
                    for number, line in enumerate((EXAMPLES / "sizes.ll").read_text().splitlines(), 1)
                    if line.startswith("define")}
    for name, note in notes.items():
        assert note["level"] == "note"
        props = note["properties"]
        assert props["savingBytes"] == props["ozBytes"] - props["bytes"] > 0
        assert props["pipeline"] in note["message"]["text"]
        # sizes.ll is -O0 IR: the clang -Oz figure is estimated, as hover, lens and tables say
        assert props["ozExact"] is False and props["inputKind"] == "O0"
        assert "clang -Oz (estimated from -O0 IR)" in note["message"]["text"]
        assert note["locations"][0]["physicalLocation"]["region"]["startLine"] == define_lines[name]
