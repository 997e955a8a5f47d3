"""The llc options that generate code as the user's clang does, so that the search measures the objects the
build links.

Most of what shapes code is in the front-end IR (function attributes: CPU, features, frame pointers,
unwind tables, red zone, stack protector; module flags: PIC/PIE level, code model, stack guard, -fno-plt),
but some of it clang gives its backend directly: the relocation model (Debian's clang builds PIE), the
module-wide CPU and features (RISC-V's compressed code and relaxation, ARM's build attributes), the float
ABI, function and data sections, -faddrsig. Which ones the driver decides, for the user's target and
flags, is read from its own `-###` line for the code-generation command (cc1's arguments), and each is
mapped to the llc option that sets the same TargetOptions field. A cc1 argument not in the table does not
shape code that llc makes differently (language and front-end options), or is rare enough that missing it
only costs the search some accuracy: the real objects still decide which one is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# cc1 arguments followed by a value -> the llc option that takes it.
_VALUED = {
    "-mrelocation-model": "--relocation-model=",
    "-target-cpu": "-mcpu=",
    "-target-abi": "-target-abi=",
    "-mfloat-abi": "-float-abi=",
    "-meabi": "-meabi=",
}
# cc1 arguments -> llc options, as they are.
_FLAGS = {
    "-ffunction-sections": "--function-sections",
    "-fdata-sections": "--data-sections",
    "-fno-unique-section-names": "--unique-section-names=false",
    "-faddrsig": "--addrsig",
    "-femulated-tls": "--emulated-tls",
    "-enable-tlsdesc": "--enable-tlsdesc",
    "-fstack-size-section": "--stack-size-section",
    "-fsplit-machine-functions": "--split-machine-functions",
    "-fforce-dwarf-frame": "--force-dwarf-frame-section",
    "-mrelax-all": "--mc-relax-all",
    "-mrelax-relocations=no": "--x86-relax-relocations=false",
    # -ffast-math's parts (TargetOptions; the function attributes say the same to most of the backend)
    "-menable-no-infs": "--enable-no-infs-fp-math",
    "-menable-no-nans": "--enable-no-nans-fp-math",
    "-fno-signed-zeros": "--enable-no-signed-zeros-fp-math",
    "-funsafe-math-optimizations": "--enable-unsafe-fp-math",
    "-fapprox-func": "--enable-approx-func-fp-math",
}
# cc1 `-name=value` arguments -> the llc option that takes the value.
_GLUED = {
    "-mcmodel=": "--code-model=",
    "-mlarge-data-threshold=": "--large-data-threshold=",
    "-falign-loops=": "--align-loops=",
    "-debugger-tuning=": "--debugger-tune=",
}
_FP_CONTRACT = {"fast": "fast", "fast-honor-pragmas": "fast", "on": "on", "off": "off"}
# Target features clang's front end consumes itself (ARM: the float ABI is -mfloat-abi's).
_FRONT_END_FEATURES = frozenset({"+soft-float-abi"})
_CC1_LINE = re.compile(r'^\s*"(?:\\.|[^"\\])*" "-cc1" ', re.MULTILINE)
_QUOTED = re.compile(r'"((?:\\.|[^"\\])*)"')
_ESCAPED = re.compile(r"\\(.)")


def cc1_arguments(driver_output: str) -> list[str]:
    """The arguments of the cc1 job in `clang -###` output; empty when it shows none."""
    match = _CC1_LINE.search(driver_output)
    if match is None:
        return []
    line = driver_output[match.start():].split("\n", 1)[0]
    # clang quotes every argument and escapes `"`, `\` and `$` in it with a backslash
    return [_ESCAPED.sub(r"\1", quoted) for quoted in _QUOTED.findall(line)][2:]


def llc_options(cc1: Sequence[str]) -> tuple[str, ...]:
    """The llc options for the TargetOptions that these cc1 arguments give clang's backend."""
    options: list[str] = []
    features: list[str] = []
    traps = False  # clang's backend assumes FP operations do not trap unless told they may
    index = 0
    while index < len(cc1):
        argument = cc1[index]
        index += 1
        if argument in _VALUED or argument in ("-target-feature", "-mllvm"):
            if index >= len(cc1):
                break
            value = cc1[index]
            index += 1
            if argument == "-target-feature":
                if value not in _FRONT_END_FEATURES:
                    features.append(value)
            elif argument == "-mllvm":  # the driver's own: a compile with a user's -mllvm runs as given
                options.append(value)
            else:
                options.append(_VALUED[argument] + value)
        elif argument in _FLAGS:
            options.append(_FLAGS[argument])
        elif argument.startswith("-ffp-contract="):
            contract = _FP_CONTRACT.get(argument.partition("=")[2])
            if contract is not None:
                options.append(f"--fp-contract={contract}")
        elif argument.startswith("-ffp-exception-behavior="):
            traps = argument != "-ffp-exception-behavior=ignore"
        else:
            for prefix, option in _GLUED.items():
                if argument.startswith(prefix):
                    options.append(option + argument[len(prefix):])
                    break
    if features:
        options.append("-mattr=" + ",".join(features))
    if not traps:
        options.append("--enable-no-trapping-fp-math")
    return tuple(options)
