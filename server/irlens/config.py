"""User settings shared by the CLI and the language server.

The server receives them as initializationOptions and workspace/didChangeConfiguration
(`{"irlens": {...}}` or the bare mapping); the CLI builds them from flags and environment.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from dataclasses import dataclass, field, fields
from typing import Any, Literal, get_args

ModelFormat = Literal["auto", "llm-compiler", "irlens"]
SizeBaseline = Literal["clang", "paper"]

# About 2 s per function with the shipped irlens-tiny-lift on 2 cores: 1.53 s on held-out -O0 functions
# of up to 20 IR instructions with 1 s of refinement, one model thread (models/MODEL_CARD.md, *Lifting*).
DEFAULT_LIFT_CANDIDATES = 8
DEFAULT_LIFT_REFINE_S = 1.0
# Lifting first translates an x86-64 -O0 listing itself (lift/listing.py; setting liftListing).
DEFAULT_LIFT_LISTING = True
# Above the 12 MB modules the benchmarks analyse (README, *Performance on a large module*).
DEFAULT_MAX_INPUT_MB = 64


@dataclass
class Settings:
    # LLVM toolchain
    llvm_bin: str | None = None  # directory holding opt, llc, ...; overrides discovery
    tool_timeout_s: float = 60.0  # wall time for one opt/llc/llvm-mc call
    tool_memory_mb: int = 4096  # address-space cap for one tool call
    # the largest file one tool call may write (RLIMIT_FSIZE; its stdout is a file too)
    tool_output_mb: int = 256
    # the largest input irlens reads: a CLI file, a report or diff input, an open document (12 MB modules
    # are analysed in the benchmarks; objects read for `irlens diff` are read in parts, not whole)
    max_input_mb: int = DEFAULT_MAX_INPUT_MB
    # assembly: the triple llvm-mc assembles .s files for when they carry no `irlens: triple=` directive
    # (None: detected from the file; see toolchain/target.py). CLI: --triple.
    asm_triple: str | None = None
    # diagnostics
    diagnostics_on_type: bool = True
    diagnostics_on_save: bool = True
    debounce_ms: int = 300
    # optimisation
    # The -Oz every size is compared with: "clang" (what clang -Oz gives: minsize optsize functions,
    # then opt -Oz) or "paper" (opt -Oz on the IR as given, the LLM Compiler papers' baseline).
    size_baseline: SizeBaseline = "clang"
    max_candidates: int = 16  # verified candidate pipelines per function
    # Background search for verified suggestions (and model predictions/proposals) without being asked:
    # on a large module this is most of the CPU time. Off: only on request (code action / command).
    # On: for the largest `max_background_functions` functions by IR instructions (0 = every function);
    # the others are searched when asked. Client keys: backgroundSuggestions, maxBackgroundFunctions.
    background_suggestions: bool = True
    max_background_functions: int = 200
    # The results cache (measurements, -Oz sizes, suggestions, verified edits by content hash), in MB:
    # least recently used results go first beyond it. Client key: cacheMb.
    cache_mb: int = 256
    # Size reports compile compile_commands.json entries (allowed flags only, sandboxed). The VS Code
    # client sends false in an untrusted workspace (Restricted Mode): .ll/.s are still measured.
    compile_commands: bool = True
    # model runtime
    model_path: str | None = None
    models_dir: str | None = None  # extra directory watched for GGUF files
    remote_url: str | None = None
    model_format: ModelFormat = "auto"
    n_ctx: int = 16384
    n_threads: int | None = None
    n_gpu_layers: int = 0
    model_max_tokens: int = 2048
    model_timeout_s: float = 120.0
    # Deadlines on what is outside the process: loading a GGUF (llama.cpp), connecting to a remote server
    # (TCP connect and its /v1/models answer), and each remote completion's reply.
    model_load_timeout_s: float = 300.0
    remote_connect_timeout_s: float = 10.0
    remote_read_timeout_s: float = 120.0
    model_enabled: bool = True
    # lifting: candidates per function (greedy, then samples), each repaired and judged by the compiler
    lift_candidates: int = DEFAULT_LIFT_CANDIDATES
    # then, when none is exact, seconds of compiler-guided refinement of the closest (0: none)
    lift_refine_s: float = DEFAULT_LIFT_REFINE_S
    # first, translate an x86-64 -O0 listing itself into a candidate (lift/listing.py); false: the model's
    lift_listing: bool = DEFAULT_LIFT_LISTING
    # the model that lifts, when not the main one (None: the shipped models/irlens-tiny-lift.gguf when
    # present and the main model is the shipped irlens-tiny or cannot lift; see model/service.py)
    lift_model_path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        settings = cls()
        settings.llvm_bin = os.environ.get("IRLENS_LLVM_BIN") or None
        settings.model_path = os.environ.get("IRLENS_MODEL") or None
        settings.lift_model_path = os.environ.get("IRLENS_LIFT_MODEL") or None
        settings.remote_url = os.environ.get("IRLENS_REMOTE_URL") or None
        return settings

    def updated(self, options: Any) -> tuple[Settings, list[str]]:
        """A copy with a client's settings mapping applied, and one sentence per value refused.

        Unknown keys are kept in `extra`. A value of the wrong type or out of range is refused with a
        sentence that names the setting and what it accepts, and the previous value is kept, so a bad
        setting never takes the server down."""
        if not isinstance(options, dict):
            return self, []
        if isinstance(options.get("irlens"), dict):
            options = options["irlens"]
        known = {f.name for f in fields(self) if f.name != "extra"}
        changes: dict[str, Any] = {}
        problems: list[str] = []
        extra = dict(self.extra)
        for key, value in options.items():
            name = _snake_case(str(key))
            if name not in known:
                extra[key] = value
                continue
            try:
                changes[name] = check_setting(name, value)
            except ValueError as refused:
                problems.append(f"setting {key} = {_shown(value)} was refused: {refused}; "
                                f"keeping {_shown(getattr(self, name))}")
        return dataclasses.replace(self, **changes, extra=extra), problems


class NumberRange:
    """A number setting's accepted range; `optional`: null means "automatic"."""

    def __init__(self, kind: type, low: float, high: float, unit: str, optional: bool = False) -> None:
        self.kind, self.low, self.high, self.unit, self.optional = kind, low, high, unit, optional

    def check(self, value: Any) -> Any:
        if value is None and self.optional:
            return None
        number_ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if self.kind is int and isinstance(value, float) and value.is_integer():
            value = int(value)
        if (not number_ok or (self.kind is int and not isinstance(value, int))
                or not math.isfinite(value) or not self.low <= value <= self.high):
            raise ValueError(self.accepted())
        return self.kind(value)

    def accepted(self) -> str:
        what = "a whole number" if self.kind is int else "a number"
        unit = f" {self.unit}" if self.unit else ""
        null = " or null (automatic)" if self.optional else ""
        low, high = (int(v) if float(v).is_integer() else v for v in (self.low, self.high))
        return f"it takes {what} from {low} to {high}{unit}{null}"


_NUMBERS: dict[str, NumberRange] = {
    "tool_timeout_s": NumberRange(float, 0.1, 86_400, "seconds"),
    "tool_memory_mb": NumberRange(int, 64, 1_048_576, "MB"),
    "tool_output_mb": NumberRange(int, 1, 1_048_576, "MB"),
    "max_input_mb": NumberRange(int, 1, 1_048_576, "MB"),
    "debounce_ms": NumberRange(int, 0, 60_000, "ms"),
    "max_candidates": NumberRange(int, 0, 1_000, ""),
    "max_background_functions": NumberRange(int, 0, 10_000_000, "(0: every function)"),
    "cache_mb": NumberRange(int, 16, 1_048_576, "MB"),
    "n_ctx": NumberRange(int, 256, 1_048_576, "tokens"),
    "n_threads": NumberRange(int, 1, 1_024, "threads", optional=True),
    "n_gpu_layers": NumberRange(int, -1, 100_000, "layers (-1: all)"),
    "model_max_tokens": NumberRange(int, 1, 1_048_576, "tokens"),
    "model_timeout_s": NumberRange(float, 0.1, 86_400, "seconds"),
    "model_load_timeout_s": NumberRange(float, 0.1, 86_400, "seconds"),
    "remote_connect_timeout_s": NumberRange(float, 0.1, 3_600, "seconds"),
    "remote_read_timeout_s": NumberRange(float, 0.1, 86_400, "seconds"),
    "lift_candidates": NumberRange(int, 1, 64, "candidates per function"),
    "lift_refine_s": NumberRange(float, 0, 600, "seconds (0: no refinement)"),
}
_TEXTS: dict[str, str] = {  # setting -> what it takes (text, or null / "" for none)
    "llvm_bin": "a path", "model_path": "a path", "models_dir": "a path", "lift_model_path": "a path",
    "remote_url": "a URL (http:// or https://)", "asm_triple": "a target triple",
}
_CHOICES: dict[str, tuple[str, ...]] = {"model_format": get_args(ModelFormat),
                                        "size_baseline": get_args(SizeBaseline)}
_SWITCHES = frozenset({"diagnostics_on_type", "diagnostics_on_save", "background_suggestions",
                       "model_enabled", "compile_commands", "lift_listing"})
_MAX_TEXT = 4096


def setting_range(name: str) -> NumberRange:
    """What the number setting `name` accepts (for command-line flags that set it)."""
    return _NUMBERS[name]


def check_setting(name: str, value: Any) -> Any:
    """`value` as setting `name` holds it; ValueError saying what the setting accepts otherwise."""
    if name in _NUMBERS:
        return _NUMBERS[name].check(value)
    if name in _TEXTS:
        if value is None or value == "":
            return None
        what = _TEXTS[name]
        if not isinstance(value, str) or len(value) > _MAX_TEXT or "\0" in value:
            raise ValueError(f"it takes {what} as text, or null")
        if name == "remote_url" and not value.startswith(("http://", "https://")):
            raise ValueError(f"it takes {what}, or null")
        return value
    if name in _CHOICES:
        if value not in _CHOICES[name]:
            raise ValueError("it takes one of " + ", ".join(map(repr, _CHOICES[name])))
        return value
    if name in _SWITCHES:
        if not isinstance(value, bool):
            raise ValueError("it takes true or false")
        return value
    raise ValueError("irlens does not know how to check it (a bug: every setting has a kind)")


def _shown(value: Any) -> str:
    plain = isinstance(value, (str, int, float, bool, type(None), list, dict))
    text = json.dumps(value) if plain else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _snake_case(key: str) -> str:
    out = []
    for ch in key:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).replace("-", "_").replace(".", "_")
