"""User settings shared by the CLI and the language server.

The server receives them as initializationOptions and workspace/didChangeConfiguration
(`{"irlens": {...}}` or the bare mapping); the CLI builds them from flags and environment.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from typing import Any, Literal

ModelFormat = Literal["auto", "llm-compiler", "irlens"]
SizeBaseline = Literal["clang", "paper"]

# About 2 s per function with the shipped irlens-tiny on 2 cores (measured: models/MODEL_CARD.md).
DEFAULT_LIFT_CANDIDATES = 4


@dataclass
class Settings:
    # LLVM toolchain
    llvm_bin: str | None = None  # directory holding opt, llc, ...; overrides discovery
    tool_timeout_s: float = 60.0  # wall time for one opt/llc/llvm-mc call
    tool_memory_mb: int = 4096  # address-space cap for one tool call
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
    model_enabled: bool = True
    # lifting: candidates per function (greedy, then samples), each repaired and judged by the compiler
    lift_candidates: int = DEFAULT_LIFT_CANDIDATES
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        settings = cls()
        settings.llvm_bin = os.environ.get("IRLENS_LLVM_BIN") or None
        settings.model_path = os.environ.get("IRLENS_MODEL") or None
        settings.remote_url = os.environ.get("IRLENS_REMOTE_URL") or None
        return settings

    def updated(self, options: Any) -> Settings:
        """A copy with the known keys of a client's settings mapping applied; unknown keys are kept in
        `extra` and values of the wrong type are ignored, so a bad setting never takes the server down."""
        if not isinstance(options, dict):
            return self
        if isinstance(options.get("irlens"), dict):
            options = options["irlens"]
        known = {f.name: f for f in fields(self) if f.name != "extra"}
        changes: dict[str, Any] = {}
        extra = dict(self.extra)
        for key, value in options.items():
            name = _snake_case(key)
            if name not in known:
                extra[key] = value
                continue
            current = getattr(self, name)
            if value is None or current is None or isinstance(value, type(current)):
                changes[name] = value
            elif isinstance(current, float) and isinstance(value, int):
                changes[name] = float(value)
        return dataclasses.replace(self, **changes, extra=extra)


def _snake_case(key: str) -> str:
    out = []
    for ch in key:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).replace("-", "_").replace(".", "_")
