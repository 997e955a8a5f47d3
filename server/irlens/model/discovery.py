"""Finding models: which GGUF files the service loads, in priority order, and where it looks.

Discovery, in order: `settings.model_path` (a file), `settings.models_dir`, the user directory
~/.local/share/irlens/models (or $XDG_DATA_HOME), the repository's
models/irlens-tiny*.gguf. Within a directory the newest *.gguf wins (never a `*-lift.gguf` or
`*-rank.gguf`: lifting and ranking models are used when named)."""

from __future__ import annotations

import os
from pathlib import Path

import irlens
from irlens.config import Settings

SHIPPED_MODEL_PREFIX = "irlens-tiny"
LIFT_MODEL_SUFFIX = "-lift.gguf"  # a lifting model: never the main model by discovery
# optional models (lifting, pipeline ranking) are used when named, never picked by discovery: the
# shipped ranker does not beat coverage order, so it must not become the default by being newest
OPTIONAL_MODEL_SUFFIXES = (LIFT_MODEL_SUFFIX, "-rank.gguf")
SHIPPED_LIFT_MODEL = "irlens-tiny-lift.gguf"

FileIdentity = tuple[str, int, int, int]  # path, size, mtime, inode: a replaced or rewritten file differs


def repo_models_dir() -> Path:
    return Path(irlens.__file__).resolve().parents[2] / "models"


def user_models_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "irlens" / "models"


def default_lift_model_path() -> Path | None:
    """models/irlens-tiny-lift.gguf of the repository checkout, when it is there."""
    path = repo_models_dir() / SHIPPED_LIFT_MODEL
    return path if path.is_file() else None


def is_shipped_model(path: Path) -> bool:
    """Whether path is one of the repository's irlens-tiny models."""
    return path.name.startswith(SHIPPED_MODEL_PREFIX) and path.resolve().parent == repo_models_dir().resolve()


def lift_model_paths(settings: Settings) -> list[Path]:
    """Every `*-lift.gguf` of the model directories (lifting models for other targets are among them)."""
    found: list[Path] = []
    for directory, _ in search_dirs(settings):
        try:
            found += sorted(p for p in directory.glob(f"*{LIFT_MODEL_SUFFIX}") if p.is_file())
        except OSError:
            continue
    return found


def search_dirs(settings: Settings) -> list[tuple[Path, str]]:
    """The directories searched, each with the file pattern it is searched for."""
    dirs: list[tuple[Path, str]] = []
    if settings.models_dir:
        dirs.append((Path(settings.models_dir).expanduser(), "*.gguf"))
    dirs.append((user_models_dir(), "*.gguf"))
    dirs.append((repo_models_dir(), f"{SHIPPED_MODEL_PREFIX}*.gguf"))
    return dirs


def candidate_paths(settings: Settings) -> list[Path]:
    """Local model files in priority order (see the module docstring)."""
    found: list[Path] = []
    if settings.model_path:
        found.append(Path(settings.model_path).expanduser())
    for directory, pattern in search_dirs(settings):
        newest = newest_model(directory, pattern)
        if newest is not None:
            found.append(newest)
    return found


def newest_model(directory: Path, pattern: str) -> Path | None:
    try:
        files = [p for p in directory.glob(pattern)
                 if p.is_file() and not p.name.endswith(OPTIONAL_MODEL_SUFFIXES)]
    except OSError:
        return None
    return max(files, key=lambda p: (p.stat().st_mtime_ns, p.name), default=None)


def file_identity(path: Path) -> FileIdentity | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ino)
