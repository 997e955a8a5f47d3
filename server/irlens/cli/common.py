"""Options shared by several subcommands."""

from __future__ import annotations

import argparse

from irlens.config import Settings


def add_toolchain_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--llvm-bin", metavar="DIR", help="directory of the LLVM tools (env IRLENS_LLVM_BIN)")
    parser.add_argument("--timeout", type=float, metavar="S", help="wall-time limit of one tool call")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="PATH", help="GGUF model file (env IRLENS_MODEL)")
    parser.add_argument("--remote", metavar="URL", help="OpenAI-compatible server (env IRLENS_REMOTE_URL)")
    parser.add_argument("--format", dest="model_format", choices=("auto", "llm-compiler", "irlens"),
                        default="auto", help="prompt format of the model (default: from its metadata)")
    parser.add_argument("--no-model", action="store_true", help="use the compiler alone")
    parser.add_argument("--n-gpu-layers", type=int, metavar="N", help="layers offloaded to the GPU (-1: all)")
    parser.add_argument("--threads", type=int, metavar="N", help="CPU threads for the model")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Environment first, then whichever flags this subcommand has and the user gave."""
    settings = Settings.from_env()
    overrides = {
        "llvm_bin": getattr(args, "llvm_bin", None),
        "tool_timeout_s": getattr(args, "timeout", None),
        "model_path": getattr(args, "model", None),
        "remote_url": getattr(args, "remote", None),
        "n_gpu_layers": getattr(args, "n_gpu_layers", None),
        "n_threads": getattr(args, "threads", None),
    }
    for name, value in overrides.items():
        if value is not None:
            setattr(settings, name, value)
    if getattr(args, "model_format", None):
        settings.model_format = args.model_format
    if getattr(args, "no_model", False):
        settings.model_enabled = False
    return settings
