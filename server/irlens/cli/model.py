"""`irlens model info [PATH] [--json]`: what a GGUF model is, read from metadata without loading it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from irlens.config import Settings
from irlens.options import add_model_options, settings_from_args

if TYPE_CHECKING:
    from irlens.model.gguf_info import GGUFInfo


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("model", help="inspect compiler models")
    actions = parser.add_subparsers(dest="model_action", required=True, metavar="ACTION")
    info = actions.add_parser("info", help="metadata of a GGUF model (or of the one irlens would use)")
    info.add_argument("path", nargs="?", help="GGUF file (default: the model irlens discovers)")
    info.add_argument("--json", action="store_true", help="print JSON")
    add_model_options(info)
    info.set_defaults(run=run_info)


def run_info(args: argparse.Namespace) -> int:
    from irlens.model.discovery import candidate_paths
    from irlens.model.gguf_info import GGUFError, read_gguf_info

    settings = settings_from_args(args)
    if args.path is None and settings.remote_url:
        return _remote_info(settings, args.json)
    path = args.path
    if path is None:
        candidates = candidate_paths(settings)
        if not candidates:
            print("irlens model info: no model found; pass a PATH or --model (env IRLENS_MODEL)",
                  file=sys.stderr)
            return 1
        path = str(candidates[0])
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        print(f"irlens model info: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(info.to_json(), indent=2))
        return 0
    types = ", ".join(f"{n}x {t}" for t, n in info.tensor_types.items())
    rows = [
        ("file", f"{info.path} ({info.file_bytes / 1e6:.1f} MB)"),
        ("name", info.name or "-"),
        ("architecture", info.architecture or "-"),
        ("parameters", _human(info.parameter_count)),
        ("quantization", f"{info.quantization} ({types})"),
        ("context length", str(info.context_length or "-")),
        ("tokenizer", f"{info.tokenizer_model or '-'}, {info.vocab_size or '-'} tokens"),
        ("prompt format", info.prompt_format or "UNKNOWN (refused under --format auto)"),
        ("  because", info.format_reason),
        ("tasks", ", ".join(info.tasks) or "-"),
        ("ranking", _ranking_line(info)),
    ]
    for label, value in rows:
        print(f"{label:<15} {value}")
    return 0 if info.prompt_format is not None else 3


def _remote_info(settings: Settings, as_json: bool) -> int:
    from irlens.model.backend import BackendError
    from irlens.model.gguf_info import UnknownModelFormat
    from irlens.model.remote_backend import RemoteBackend

    url = settings.remote_url or ""
    try:
        backend = RemoteBackend(url, requested_format=settings.model_format, n_ctx=settings.n_ctx,
                                connect_timeout_s=settings.remote_connect_timeout_s,
                                read_timeout_s=settings.remote_read_timeout_s)
    except (BackendError, UnknownModelFormat) as exc:
        print(f"irlens model info: {exc}", file=sys.stderr)
        return 1
    data = {"remote": url, "name": backend.name, "prompt_format": backend.prompt_format,
            "n_ctx": backend.n_ctx}
    print(json.dumps(data, indent=2) if as_json else backend.describe() + f", {backend.prompt_format} format")
    return 0


def _ranking_line(info: GGUFInfo) -> str:
    """What the model ranks, and whether that is this irlens' coreset."""
    from irlens.optimize.candidates import load_coreset

    if info.ranking_problem:
        return info.ranking_problem
    coreset = load_coreset()
    ours = "this irlens' coreset" if coreset is not None and coreset.digest == info.coreset_digest else \
        "NOT this irlens' coreset (the search keeps coverage order)"
    return f"{len(info.rank_tokens)} rank tokens for coreset {(info.coreset_digest or '')[:12]}: {ours}"


def _human(count: int) -> str:
    for unit, scale in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if count >= scale:
            return f"{count / scale:.2f}{unit} ({count:,})"
    return str(count)
