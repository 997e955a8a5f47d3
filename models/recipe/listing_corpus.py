"""Dev functions for the listing translation: compile the dev packages' C sources (mujs, libdivsufsort,
jimtcl under ~/.cache/irlens-realcode) with clang-19 -O0 -S and write one JSONL row per function
(fields function, asm_o0, package, file), as models/recipe/listing_dev.py reads them. Dev packages
only: the measuring splits' packages (tinyscheme, lzo2, libcsv) and the held-out ones are never used."""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

from models.recipe.tools import LIFT_TARGETS

from irlens.ir.asm import parse_asm

ROOT = Path.home() / ".cache" / "irlens-realcode"
PACKAGES = {"mujs": "mujs-1.3.2", "libdivsufsort": "libdivsufsort-2.0.1", "jimtcl": "jimtcl-0.81+dfsg0"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--per-package", type=int, default=400, help="functions per package, at most")
    parser.add_argument("--target", choices=sorted(LIFT_TARGETS), default="x86_64")
    args = parser.parse_args()
    rows = 0
    with open(args.output, "w") as out, tempfile.TemporaryDirectory() as scratch:
        for package, directory in PACKAGES.items():
            source = ROOT / directory
            taken = 0
            for c_file in sorted(source.rglob("*.c")):
                path = str(c_file.relative_to(source))
                # jimtcl bundles sqlite3's shell: sqlite3 is held out
                if taken >= args.per_package or "test" in c_file.name or any(
                    skip in path for skip in ("example", "sqlite", "CMakeFiles")
                ):
                    continue
                asm_path = Path(scratch) / "out.s"
                includes = {f"-I{p.parent}" for p in source.rglob("*.h")}
                compiled = subprocess.run(
                    [
                        "clang-19",
                        "-O0",
                        *LIFT_TARGETS[args.target],
                        "-S",
                        "-w",
                        "-o",
                        str(asm_path),
                        *sorted(includes),
                        "-DHAVE_CONFIG_H",
                        str(c_file),
                    ],
                    capture_output=True,
                    timeout=120,
                )
                if compiled.returncode != 0:
                    continue
                text = asm_path.read_text()
                lines = text.splitlines()
                for function in parse_asm(text).functions:
                    body = "\n".join(lines[function.start_line : function.end_line + 1]) + "\n"
                    out.write(
                        json.dumps(
                            {
                                "function": function.name,
                                "asm_o0": body,
                                "package": package,
                                "file": str(c_file.relative_to(source)),
                            }
                        )
                        + "\n"
                    )
                    taken += 1
                    rows += 1
    print(f"{rows} functions")


if __name__ == "__main__":
    main()
