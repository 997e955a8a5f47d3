"""The target of an assembly file: the triple (and -mcpu / -mattr) llvm-mc assembles it for.

llvm-mc assembles for its default target (x86-64 here) unless told otherwise, so a RISC-V or Thumb
file would come back as a wall of x86 errors. The target is chosen, first match wins:
1. a comment directive in the file: `# irlens: triple=thumbv7m-none-eabi [mcpu=cortex-m4] [mattr=+dsp]`
   (after `#`, `;`, `@`, `//` or `/*`);
2. the user's setting `asmTriple` / the flag `--triple`;
3. what the file says about itself: `.arch`, `.cpu`, `.fpu`, `.syntax`, `.thumb`, `.thumb_func`,
   `.code 16`, `.eabi_attribute` (ARM), `.option` and `.attribute arch` (RISC-V), `.intel_syntax` and
   `%rax`-style registers (x86), `x0`/`w0` registers and `b.cond` (AArch64), `a0`/`t0`/`ra` registers
   and RISC-V-only mnemonics;
4. the LLVM tools' default target, with one message when the file does not assemble for it.

Directives weigh more than register and mnemonic hints; hints that name different targets give one
message naming both and the triple used. `.cpu NAME` is also passed as `-mcpu` (an unknown one gets
llvm-mc's message at that line). llvm-mc applies `.arch`, `.cpu`, `.option` and `.attribute arch`
itself; a RISC-V file that names no ISA gets clang's default for the triple (rv32imac / rv64imac), so
it measures as `clang -c` would assemble it.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.runner import ToolFailure, run_tool

Source = Literal["directive", "setting", "detected", "default"]
Severity = Literal["error", "warning"]

_TIE_ORDER = ("aarch64", "arm", "riscv", "x86")
FAMILY_NAMES: dict[str, str] = {"x86": "x86", "aarch64": "AArch64", "arm": "ARM/Thumb", "riscv": "RISC-V"}
DIRECTIVE_HELP = "set asmTriple (or --triple) or add `# irlens: triple=...` to the file"
# Directives outweigh register/mnemonic hints; those naming the architecture (.arch, .cpu, .attribute
# arch) are the ones a choice is explained by.
_NAMING, _STRONG, _WEAK = 11, 10, 1
# What a directive or setting may say (values become single llvm-mc arguments; never flags).
_VALUE_SYNTAX = {
    "triple": re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*"),
    "mcpu": re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*"),
    "mattr": re.compile(r"[+-][A-Za-z0-9_.]+(?:,[+-][A-Za-z0-9_.]+)*"),
}


@dataclass(frozen=True)
class Hint:
    line: int  # 0-based
    text: str  # what the file says, e.g. `.cpu cortex-m3` or `register a0`
    families: frozenset[str]
    weight: int


@dataclass(frozen=True)
class TargetNote:
    line: int  # 0-based
    message: str
    severity: Severity


@dataclass(frozen=True)
class AsmTarget:
    triple: str
    source: Source
    reason: str  # why this triple, for people ("`.cpu cortex-m3` (line 4)")
    mcpu: str | None = None
    mattr: str | None = None
    mcpu_line: int = 0  # where the file names the CPU (llvm-mc's complaint about it goes there)
    notes: tuple[TargetNote, ...] = ()  # contradictory hints, an unusable directive
    missing: str | None = None  # set when the LLVM tools lack this target: nothing can assemble it
    directive_line: int | None = None  # the `irlens:` comment, hidden from llvm-mc (see assembler_input)

    def mc_args(self) -> list[str]:
        """llvm-mc's target options."""
        args = ["-triple", self.triple]
        if self.mcpu:
            args.append(f"-mcpu={self.mcpu}")
        if self.mattr:
            args.append(f"-mattr={self.mattr}")
        return args

    def assembler_input(self, text: str) -> str:
        """The text llvm-mc reads: the `irlens:` directive line blanked (the line count kept), so that
        any comment style works whatever the target's comment character (`;` separates statements on
        x86 and RISC-V, `@` comments only on ARM)."""
        if self.directive_line is None:
            return text
        lines = text.split("\n")
        lines[self.directive_line] = ""
        return "\n".join(lines)

    def describe(self) -> str:
        options = "".join(f" {arg}" for arg in self.mc_args()[2:])
        return f"{self.triple}{options} ({self.reason})"

    def unknown_message(self, mc_stderr: str) -> str:
        """The one message for a file whose target could not be told and which does not assemble for
        the default target (instead of every error llvm-mc reports for what may be the wrong target)."""
        errors = re.findall(r"<stdin>:(\d+):\d+: error: (.*)", mc_stderr)
        first = f", the first at line {errors[0][0]}: {errors[0][1].strip()}" if errors else ""
        return (f"could not tell the target of this file; assuming {self.triple} (the LLVM tools' "
                f"default), for which llvm-mc reports {len(errors) or 'an'} error(s){first}; "
                f"{DIRECTIVE_HELP}")

    def cpu_notes(self, stderr: str) -> list[TargetNote]:
        """llvm-mc's unpositioned complaints about -mcpu / -mattr, placed where the file names them."""
        complaints = re.findall(r"^'[^']*' is not a recognized (?:processor|feature) for this target.*$",
                                stderr, re.MULTILINE)
        return [TargetNote(self.mcpu_line, text.strip(), "warning") for text in dict.fromkeys(complaints)]


@dataclass
class _Detection:
    hints: list[Hint] = field(default_factory=list)
    arm_arch: str | None = None  # e.g. "v7m", from .arch / .cpu / .eabi_attribute
    arm_arch_rank: int = 0  # 3: .arch, 2: .cpu, 1: .eabi_attribute
    thumb: bool = False
    cpu: str | None = None
    cpu_line: int = 0
    riscv_isa: str | None = None  # "rv32imac" or "rv32i2p1_m2p0_..."
    rv64: bool = False  # `rv64...` named, or RV64-only instructions (ld, sd, addiw, ...)
    x86_32: bool = False
    x86_64: bool = False
    intel_syntax: bool = False


# --- reading the file ------------------------------------------------------------------------------

_DIRECTIVE = re.compile(r"^\s*(?:#|;|@|//|/\*)\s*irlens:\s*(.*?)\s*(?:\*/\s*)?$")
_COMMENT_LINE = re.compile(r"^\s*(?:#|@|//|;)")
_TRAILING_COMMENT = re.compile(r"(?:^|\s)(?:#|@|//)(?:\s.*)?$|/\*.*?\*/")
_LABEL_PREFIX = re.compile(r'^\s*(?:[A-Za-z_.$][\w.$@]*|"[^"]*"|\d+):')

_X86_REGISTER = re.compile(
    r"%(?:[re]?(?:ax|bx|cx|dx|si|di|sp|bp)|r(?:[89]|1[0-5])[dwb]?|rip|eip|[abcd][lh]|[sd]il|[sb]pl|"
    r"[xyz]mm\d+|[cdefgs]s|st\(?\d?\)?)\b")
_X86_64_REGISTER = re.compile(r"%(?:r(?:ax|bx|cx|dx|si|di|sp|bp|ip)|r(?:[89]|1[0-5])[dwb]?|[sd]il|[sb]pl)\b")
_X86_32_MNEMONIC = re.compile(r"^(?:pushl|popl|calll|retl|leal)$")
_AARCH64_ONLY_REGISTER = re.compile(r"(?<![\w.%$])(?:w(?:[12]?\d|30)|[xw]zr)(?![\w.])")
_X_REGISTER = re.compile(r"(?<![\w.%$])x(?:[12]?\d|3[01])(?![\w.])")  # AArch64, or RISC-V's numeric names
# Mnemonics only one family has (AArch64's adds/csel/ubfx exist in ARM or v8.1-M too; push in x86).
_AARCH64_MNEMONIC = re.compile(r"^(?:b\.(?:eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al)|adrp|madd|"
                               r"msub|stp|ldp)$")
_ARM_REGISTER = re.compile(r"(?<![\w.%$])(?:r(?:\d|1[0-5])|lr|pc)(?![\w.])")
_ARM_MNEMONIC = re.compile(r"^(?:bx|blx|it|ite|itt|itte|ldm(?:ia|db)?|stm(?:ia|db)?|movw|movt|ldr\.w|"
                           r"str\.w)$")
_RISCV_REGISTER = re.compile(r"(?<![\w.%$])(?:a[0-7]|t[0-6]|ra|zero|f[at]\d{1,2})(?![\w.])")
_RISCV_MNEMONIC = re.compile(r"^(?:li|la|lla|mv|addi|slli|srli|srai|andi|ori|xori|slti|sltiu|lui|auipc|jalr?|"
                             r"beqz|bnez|blez|bgez|bltz|bgtz|sgtz|seqz|snez|ecall|ebreak|lw|sw|lh|lhu|lb|lbu|"
                             r"sh|sb|addiw|addw|subw|slliw|srliw|sraiw|ld|sd|lwu|c\.[a-z.]+)$")
_RV64_MNEMONIC = re.compile(r"^(?:ld|sd|lwu|addiw|addw|subw|slliw|srliw|sraiw|sllw|srlw|sraw|mulw|divw|remw|"
                            r"c\.ld|c\.sd|c\.addiw|sext\.w)$")

# ARM's .eabi_attribute Tag_CPU_arch (6) values -> architecture; Tag_CPU_arch_profile (7) picks v7's.
_EABI_ARCH = {1: "v4", 2: "v4t", 3: "v5t", 4: "v5te", 5: "v5tej", 6: "v6", 7: "v6kz", 8: "v6t2", 9: "v6k",
              10: "v7", 11: "v6m", 12: "v6sm", 13: "v7em", 14: "v8a", 15: "v8r", 16: "v8m.base",
              17: "v8m.main", 21: "v8.1m.main"}
_EABI_PROFILE = {65: "a", 82: "r", 77: "m", 83: "m"}
# ARM CPUs -> architecture; the AArch64-capable ones also say "could be AArch64".
_ARM_CPUS: dict[str, str] = {
    "cortex-m0": "v6m", "cortex-m0plus": "v6m", "cortex-m1": "v6m", "sc000": "v6m", "cortex-m3": "v7m",
    "sc300": "v7m", "cortex-m4": "v7em", "cortex-m7": "v7em", "cortex-m23": "v8m.base",
    "cortex-m33": "v8m.main", "cortex-m35p": "v8m.main", "cortex-m55": "v8.1m.main",
    "cortex-m85": "v8.1m.main", "cortex-r4": "v7r", "cortex-r4f": "v7r", "cortex-r5": "v7r",
    "cortex-r7": "v7r", "cortex-r8": "v7r", "cortex-r52": "v8r", "cortex-a5": "v7a", "cortex-a7": "v7a",
    "cortex-a8": "v7a", "cortex-a9": "v7a", "cortex-a12": "v7a", "cortex-a15": "v7a", "cortex-a17": "v7a",
    "arm7tdmi": "v4t", "arm926ej-s": "v5te", "arm1136j-s": "v6", "arm1176jzf-s": "v6kz",
}
_AARCH64_CPU = re.compile(r"^(?:cortex-a(?:3[2-5]|5[357]|6[05]|7[2-9]|7\d+ae)|cortex-x\d|neoverse-|apple-|"
                          r"generic$|thunderx|ampere|a64fx|carmel|exynos|falkor|kryo|saphira|tsv110|oryon)")
_RISCV_ISA = re.compile(r'"(rv(32|64)[a-z0-9_]*)"')


def strip_comment(line: str) -> str:
    """The line without its comment, for every target's syntax: `#` (x86, RISC-V), `@` (ARM), `//`
    (AArch64), `/* */`; ARM's `#imm` and x86's `foo@PLT` are not comments."""
    return "" if _COMMENT_LINE.match(line) else _TRAILING_COMMENT.sub("", line).strip()


def _code(line: str) -> str:
    """The line without its comment and a leading label."""
    return _LABEL_PREFIX.sub("", strip_comment(line), count=1).strip()


def _add(found: _Detection, line: int, text: str, families: Iterable[str], weight: int) -> None:
    found.hints.append(Hint(line, text, frozenset(families), weight))


def _arm_arch_name(name: str) -> str | None:
    """`.arch armv7-m` -> "v7m", `armv8.1-m.main` -> "v8.1m.main"; None for non-ARM names."""
    match = re.fullmatch(r"armv(\d(?:\.\d)?)-?([amr])?((?:\.[a-z]+)?)(?:\+.*)?", name.lower())
    if not match:
        return None
    version, profile, suffix = match.groups()
    return f"v{version}{profile or ''}{suffix}"


def _set_arm_arch(found: _Detection, arch: str, rank: int) -> None:
    if rank >= found.arm_arch_rank:
        found.arm_arch, found.arm_arch_rank = arch, rank


def _directive(found: _Detection, number: int, code: str, raw: str, eabi: dict[int, int]) -> None:
    words = code.replace(",", " , ").split()
    name = words[0].lower()
    argument = words[1] if len(words) > 1 else ""
    shown = "`" + " ".join(code.split()) + "`"
    if name == ".arch" and argument:
        arch = _arm_arch_name(argument.split("+")[0])
        if arch is not None:
            m_or_r_profile = re.match(r"v[\d.]+[mr]", arch) is not None
            a_profile_v8 = arch.startswith(("v8", "v9")) and not m_or_r_profile
            _add(found, number, shown, ("arm", "aarch64") if a_profile_v8 else ("arm",), _NAMING)
            _set_arm_arch(found, arch, 3)
    elif name == ".cpu" and argument:
        cpu = argument.split("+")[0].lower()
        found.cpu, found.cpu_line = cpu, number
        if cpu in _ARM_CPUS:
            _add(found, number, shown, ("arm",), _NAMING)
            _set_arm_arch(found, _ARM_CPUS[cpu], 2)
        elif _AARCH64_CPU.match(cpu):
            _add(found, number, shown, ("arm", "aarch64"), _NAMING)
        else:
            _add(found, number, shown, ("arm", "aarch64"), _WEAK)
    elif name in (".fpu", ".syntax", ".thumb_func", ".eabi_attribute", ".fnstart", ".thumb", ".arm"):
        _add(found, number, shown, ("arm",), _STRONG)
        found.thumb = found.thumb or name in (".thumb", ".thumb_func")
        if name == ".eabi_attribute" and len(words) >= 4:
            tag = {"tag_cpu_arch": "6", "tag_cpu_arch_profile": "7"}.get(words[1].lower(), words[1])
            if tag.isdigit() and words[3].isdigit():
                eabi[int(tag)] = int(words[3])
    elif name == ".code" and argument in ("16", "32"):
        _add(found, number, shown, ("arm",), _STRONG)
        found.thumb = found.thumb or argument == "16"
    elif name in (".code16", ".code32", ".code64", ".intel_syntax", ".att_syntax"):
        _add(found, number, shown, ("x86",), _STRONG)
        found.intel_syntax = name == ".intel_syntax" or (found.intel_syntax and name != ".att_syntax")
        found.x86_64 = found.x86_64 or name == ".code64"
        found.x86_32 = found.x86_32 or name == ".code32"
    elif name == ".option" and argument:
        _add(found, number, shown, ("riscv",), _STRONG)
    elif name == ".attribute":
        isa = _RISCV_ISA.search(raw)
        if isa is not None:
            found.riscv_isa = isa.group(1)
            found.rv64 = found.rv64 or isa.group(2) == "64"
        naming = isa is not None or argument.lower().startswith("arch")
        _add(found, number, shown, ("riscv",), _NAMING if naming else _STRONG)
    elif name == ".type" and re.search(r",\s*%function\b", code):
        _add(found, number, shown, ("arm",), _WEAK)


def _instruction(found: _Detection, number: int, code: str) -> None:
    mnemonic, operands = (*code.split(None, 1), "")[:2]
    mnemonic = mnemonic.lower()
    if (register := _X86_REGISTER.search(operands)) is not None:
        _add(found, number, f"x86 register `{register.group(0)}`", ("x86",), _WEAK)
        found.x86_64 = found.x86_64 or _X86_64_REGISTER.search(operands) is not None
    if _X86_32_MNEMONIC.match(mnemonic):
        found.x86_32 = True
    if found.intel_syntax or register is not None:
        return  # an x86 line; in Intel syntax bare register names (r8, rax) are x86's own
    if _AARCH64_MNEMONIC.match(mnemonic):
        _add(found, number, f"AArch64 instruction `{mnemonic}`", ("aarch64",), _WEAK)
    if (register := _AARCH64_ONLY_REGISTER.search(operands)) is not None:
        _add(found, number, f"AArch64 register `{register.group(0)}`", ("aarch64",), _WEAK)
    elif (register := _X_REGISTER.search(operands)) is not None:
        _add(found, number, f"AArch64 or RISC-V register `{register.group(0)}`", ("aarch64", "riscv"), _WEAK)
    if (register := _ARM_REGISTER.search(operands)) is not None or _ARM_MNEMONIC.match(mnemonic):
        what = f"ARM register `{register.group(0)}`" if register else f"ARM instruction `{mnemonic}`"
        _add(found, number, what, ("arm",), _WEAK)
    if (register := _RISCV_REGISTER.search(operands)) is not None:
        _add(found, number, f"RISC-V register `{register.group(0)}`", ("riscv",), _WEAK)
    elif _RISCV_MNEMONIC.match(mnemonic) and not operands.startswith(("%", "$", "{")):
        _add(found, number, f"RISC-V instruction `{mnemonic}`", ("riscv",), _WEAK)
    if _RV64_MNEMONIC.match(mnemonic) and _RISCV_REGISTER.search(operands):
        found.rv64 = True


def detect(text: str) -> _Detection:
    found = _Detection()
    eabi: dict[int, int] = {}
    for number, raw in enumerate(text.splitlines()):
        code = _code(raw)
        if not code:
            continue
        if code.startswith("."):
            _directive(found, number, code, raw, eabi)
        elif not code.startswith(("#", "$")):
            _instruction(found, number, code)
    if 6 in eabi and eabi[6] in _EABI_ARCH:
        arch = _EABI_ARCH[eabi[6]]
        if arch == "v7":
            arch += _EABI_PROFILE.get(eabi.get(7, 65), "a")
        _set_arm_arch(found, arch, 1)
    return found


# --- choosing --------------------------------------------------------------------------------------

def family_of(triple: str) -> str | None:
    """x86, aarch64, arm (and Thumb) or riscv; None for other architectures."""
    arch = triple.split("-", 1)[0].lower()
    if arch in ("x86_64", "amd64", "x86_64h") or re.fullmatch(r"i[3-6]86", arch):
        return "x86"
    if arch.startswith(("aarch64", "arm64")):
        return "aarch64"
    if arch.startswith(("arm", "thumb")):
        return "arm"
    if arch.startswith("riscv"):
        return "riscv"
    return None


def _triple_for(family: str, found: _Detection) -> tuple[str, str | None]:
    """The triple (and -mattr) for a detected family."""
    if family == "x86":
        bits32 = found.x86_32 and not found.x86_64
        return ("i686-unknown-linux-gnu" if bits32 else "x86_64-unknown-linux-gnu"), None
    if family == "aarch64":
        return "aarch64-unknown-linux-gnu", None
    if family == "riscv":
        bits = "64" if found.rv64 else "32"
        # No ISA named: clang's default for riscvNN-unknown-elf, as `clang -c` would assemble it.
        return f"riscv{bits}-unknown-elf", (None if found.riscv_isa else "+m,+a,+c")
    arch = found.arm_arch or "v7"
    m_profile = arch.endswith(("m", "m.base", "m.main"))
    return f"{'thumb' if found.thumb or m_profile else 'arm'}{arch}-none-eabi", None


def _choose(found: _Detection) -> tuple[str, Hint, Hint | None] | None:
    """(family, the hint it rests on, a hint that says otherwise) from the hints; None without hints."""
    if not found.hints:
        return None
    scores: dict[str, int] = {}
    for hint in found.hints:
        for family in hint.families:
            scores[family] = scores.get(family, 0) + hint.weight
    # Among equal scores, the family with fewer alternatives (x0 is AArch64 or RISC-V; w0 only AArch64),
    # then the likelier one (compilers write RISC-V registers by their ABI names, not x0).
    def rank(family: str) -> tuple[int, int, int]:
        alternatives = min(len(h.families) for h in found.hints if family in h.families)
        return scores[family], -alternatives, -_TIE_ORDER.index(family)

    family = max(scores, key=rank)
    chosen = max((h for h in found.hints if family in h.families),
                 key=lambda h: (h.weight, -len(h.families), -h.line))
    against = [h for h in found.hints if family not in h.families]
    # One stray register-like operand is no contradiction; a directive, or such operands on two lines, are.
    if against and (any(h.weight > _WEAK for h in against) or len({h.line for h in against}) >= 2):
        return family, chosen, max(against, key=lambda h: (h.weight, -h.line))
    return family, chosen, None


def _contradiction(family: str, chosen: Hint, other: Hint, triple: str) -> TargetNote:
    says = " or ".join(FAMILY_NAMES[f] for f in sorted(other.families))
    message = (f"contradictory target hints: {chosen.text} (line {chosen.line + 1}) says "
               f"{FAMILY_NAMES[family]}, {other.text} (line {other.line + 1}) says {says}; "
               f"assembling as {triple}")
    return TargetNote(other.line, message, "warning")


def _user_directive(text: str) -> tuple[int, dict[str, str]] | None:
    for number, line in enumerate(text.splitlines()):
        match = _DIRECTIVE.match(line)
        if match:
            pairs = dict(item.partition("=")[::2] for item in match.group(1).split())
            return number, {key.lower(): value for key, value in pairs.items()}
    return None


def resolve_asm_target(toolchain: Toolchain, text: str, override: str | None = None) -> AsmTarget:
    """The target llvm-mc assembles `text` for: directive > `override` (setting / flag) > detection >
    the tools' default (see the module docstring)."""
    found = detect(text)
    choice = _choose(found)
    family = choice[0] if choice else None
    directive = _user_directive(text)
    bad: list[TargetNote] = []
    mcpu, mcpu_line = found.cpu, found.cpu_line
    if directive is not None:
        line, values = directive
        unknown = [k for k in values if k not in _VALUE_SYNTAX]
        unsafe = [f"{key}={value}" for key, value in values.items()
                  if key in _VALUE_SYNTAX and not _VALUE_SYNTAX[key].fullmatch(value)]
        if unsafe or unknown or "triple" not in values:
            problem = (f"unusable value {unsafe[0]}" if unsafe else f"unknown key {unknown[0]}" if unknown
                       else "it names no triple")
            bad.append(TargetNote(line, f"ignored irlens directive: {problem} (expected `irlens: "
                                        "triple=T [mcpu=CPU] [mattr=+a,-b]`)", "warning"))
        else:
            same_family = family_of(values["triple"]) == family
            return _finish(toolchain, AsmTarget(
                values["triple"], "directive", f"the irlens directive (line {line + 1})",
                values.get("mcpu", mcpu if same_family else None), values.get("mattr"),
                line if "mcpu" in values or "mattr" in values else mcpu_line, directive_line=line))
    if override:
        if not isinstance(override, str) or not _VALUE_SYNTAX["triple"].fullmatch(override):
            bad.append(TargetNote(0, f"ignored asmTriple setting {override!r}: not a triple", "warning"))
        else:
            same_family = family_of(override) == family
            return _finish(toolchain, AsmTarget(override, "setting", "the asmTriple setting / --triple",
                                                mcpu if same_family else None, None, mcpu_line, tuple(bad)))
    if choice is not None:
        family, chosen, other = choice
        triple, mattr = _triple_for(family, found)
        if other is not None:
            bad.append(_contradiction(family, chosen, other, triple))
        return _finish(toolchain, AsmTarget(triple, "detected", f"{chosen.text} (line {chosen.line + 1})",
                                            mcpu, mattr, mcpu_line, tuple(bad)))
    return _finish(toolchain, AsmTarget(default_triple(toolchain), "default", "the file names no target",
                                        None, None, 0, tuple(bad)))


def _finish(toolchain: Toolchain, target: AsmTarget) -> AsmTarget:
    missing = missing_target_message(toolchain, target.triple)
    if missing is None:
        return target
    return dataclasses.replace(target, missing=missing)


# --- what the tools can do -------------------------------------------------------------------------

@dataclass(frozen=True)
class _ToolTargets:
    default: str
    registered: frozenset[str]  # empty when the tool did not list them


_tool_targets_cache: dict[str, _ToolTargets] = {}
_tool_targets_lock = threading.Lock()


def _tool_targets(toolchain: Toolchain) -> _ToolTargets:
    """The default triple and the registered targets, from `llc --version` (llvm-mc's lists the
    targets but not the default), once per toolchain."""
    with _tool_targets_lock:
        known = _tool_targets_cache.get(toolchain.key)
    if known is not None:
        return known
    output = ""
    for tool in ("llc", "llvm-mc"):
        try:
            output = run_tool(toolchain, tool, ["--version"]).stdout_text
        except (ToolFailure, ToolMissing):  # the caller's own llvm-mc call reports what is wrong
            continue
        if "Registered Targets:" in output:
            break
    default = re.search(r"Default target:\s*(\S+)", output)
    registered = output.split("Registered Targets:", 1)[1] if "Registered Targets:" in output else ""
    names = frozenset(m.group(1) for m in re.finditer(r"^\s+(\S+)\s+-\s", registered, re.MULTILINE))
    found = _ToolTargets(default.group(1) if default else "x86_64-unknown-linux-gnu", names)
    with _tool_targets_lock:
        _tool_targets_cache[toolchain.key] = found
    return found


def default_triple(toolchain: Toolchain) -> str:
    return _tool_targets(toolchain).default


def _registered_name(arch: str) -> str:
    """The name `--version` lists for a triple's architecture."""
    if arch in ("x86_64", "amd64", "x86_64h"):
        return "x86-64"
    if re.fullmatch(r"i[3-6]86", arch):
        return "x86"
    for prefix in ("aarch64_be", "aarch64_32", "aarch64", "arm64_32", "arm64", "thumbeb", "thumb", "armeb",
                   "arm"):
        if arch.startswith(prefix):
            return prefix
    return arch


def missing_target_message(toolchain: Toolchain, triple: str) -> str | None:
    """One message when the LLVM tools were built without the target `triple` needs; None when they
    have it (or do not say which targets they have)."""
    registered = _tool_targets(toolchain).registered
    name = _registered_name(triple.split("-", 1)[0].lower())
    if not registered or name in registered:
        return None
    return (f"LLVM {toolchain.version} ({toolchain.origin}) was built without the `{name}` target, which "
            f"{triple} needs (it has: {', '.join(sorted(registered))}); point llvmBin / IRLENS_LLVM_BIN at "
            f"an LLVM with it, or {DIRECTIVE_HELP}")
