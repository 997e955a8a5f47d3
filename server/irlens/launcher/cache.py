"""irlens-cc's content-addressed cache: what the search decided for a translation unit, kept between builds.

Two keys lead to one result:
- the translation unit's key (direct mode, as ccache's): the compiler, the flags, the source's bytes and
  the tool versions; its manifest lists every header the front end read with a digest of its bytes. When
  they all still match, the result is found without running the front end or the search at all.
- the front-end IR's key: the digest of the bitcode clang emits, the flags and the tool versions. A change
  the IR does not see (a comment, an unused header) misses the first key but finds the result here.

A result holds the digest of the plain object it was decided against; the launcher uses it only when
today's plain object is the same, which also catches what the manifest cannot see (a new header that
shadows an old one, an environment variable the compiler reads).

Every file is written under a temporary name and renamed into place, so concurrent builds (make -j, a
shared CI directory) never read a partial entry; a damaged entry (the object's digest does not match) is
a miss and is removed. The directory is trimmed to its size limit, least recently used first. Any
error of the cache itself (a read-only directory, a full disk) costs time, never the build.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from typing import Any, NamedTuple

DEFAULT_MAX_MB = 512
TRIM_TO = 0.8  # a trim leaves the cache at this share of its limit
TIME_MACROS = (b"__DATE__", b"__TIME__", b"__TIMESTAMP__")  # a result would be stale the next second


def default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "irlens", "cc")


def digest(*parts: Any) -> str:
    """A stable key from JSON-able parts."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def file_digest(path: str) -> str | None:
    """sha256 of a file's bytes; None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


class Result(NamedTuple):
    """What the launcher decided for one translation unit."""

    decision: str  # "irlens": use `object`; "plain": keep the compiler's object
    plain_sha: str  # sha256 of the plain object it was decided against
    plain_bytes: int  # text+data of the plain object
    irlens_bytes: int | None  # text+data of irlens' object, when one was made
    reason: str  # why the plain object stays, or how irlens' object was made
    object: bytes | None = None

    def encode(self) -> bytes:
        header = {"decision": self.decision, "plain_sha": self.plain_sha, "plain_bytes": self.plain_bytes,
                  "irlens_bytes": self.irlens_bytes, "reason": self.reason,
                  "object_sha": hashlib.sha256(self.object).hexdigest() if self.object is not None else None}
        return json.dumps(header).encode("utf-8") + b"\n" + (self.object or b"")

    @classmethod
    def decode(cls, data: bytes) -> Result | None:
        """None for anything but a whole, intact entry."""
        line, newline, body = data.partition(b"\n")
        try:
            header = json.loads(line)
            decision = header["decision"]
            result = cls(decision, str(header["plain_sha"]), int(header["plain_bytes"]),
                         None if header["irlens_bytes"] is None else int(header["irlens_bytes"]),
                         str(header["reason"]), body if decision == "irlens" else None)
        except (ValueError, KeyError, TypeError):
            return None
        if not newline or decision not in ("irlens", "plain"):
            return None
        if decision == "irlens" and hashlib.sha256(body).hexdigest() != header.get("object_sha"):
            return None
        return result


class LaunchCache:
    def __init__(self, directory: str, max_bytes: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes

    @classmethod
    def from_env(cls) -> LaunchCache | None:
        """IRLENS_CC_CACHE_DIR (default ~/.cache/irlens/cc) and IRLENS_CC_CACHE_MAX_MB (0: no cache)."""
        directory = os.environ.get("IRLENS_CC_CACHE_DIR")
        try:
            limit_mb = float(os.environ.get("IRLENS_CC_CACHE_MAX_MB") or DEFAULT_MAX_MB)
        except ValueError:
            limit_mb = DEFAULT_MAX_MB
        if limit_mb <= 0:
            return None
        return cls(directory or default_cache_dir(), int(limit_mb * 1024 * 1024))

    # --- the translation unit's manifest ---------------------------------------------------------------

    def result_key_for(self, unit_key: str) -> str | None:
        """The result key the manifest of `unit_key` names, when every file it lists is unchanged."""
        data = self._read(self._manifest_path(unit_key))
        try:
            manifest = json.loads(data) if data is not None else None
            files = manifest["files"] if isinstance(manifest, dict) else None
            result_key = manifest["result"] if isinstance(manifest, dict) else None
        except (ValueError, KeyError):
            return None
        if not isinstance(files, list) or not isinstance(result_key, str):
            return None
        for item in files:
            if not (isinstance(item, list) and len(item) == 2) or file_digest(item[0]) != item[1]:
                return None
        return result_key

    def store_manifest(self, unit_key: str, files: dict[str, str], result_key: str) -> None:
        manifest = {"files": [[path, sha] for path, sha in files.items()], "result": result_key}
        self._write(self._manifest_path(unit_key), json.dumps(manifest).encode("utf-8"))

    # --- what a search learned about the tools -------------------------------------------------------

    def tool_notes(self, key: str) -> Any:
        """The JSON stored under `key` by store_tool_notes (None: none, or unreadable)."""
        data = self._read(os.path.join(self.directory, "p", key[:2], key))
        try:
            return json.loads(data) if data is not None else None
        except ValueError:
            return None

    def store_tool_notes(self, key: str, notes: Any) -> None:
        self._write(os.path.join(self.directory, "p", key[:2], key), json.dumps(notes).encode("utf-8"))
        self.trim()

    # --- results ---------------------------------------------------------------------------------------

    def load(self, result_key: str) -> Result | None:
        path = self._result_path(result_key)
        data = self._read(path)
        if data is None:
            return None
        result = Result.decode(data)
        if result is None:  # damaged: rebuilt by this run
            with contextlib.suppress(OSError):
                os.unlink(path)
        return result

    def store(self, result_key: str, result: Result) -> None:
        self._write(self._result_path(result_key), result.encode())
        self.trim()

    def trim(self) -> None:
        """Least recently used entries go until the cache is under TRIM_TO of its limit."""
        entries: list[tuple[float, int, str]] = []
        for kind in ("m", "r", "p"):
            for root, _dirs, names in os.walk(os.path.join(self.directory, kind)):
                for name in names:
                    path = os.path.join(root, name)
                    with contextlib.suppress(OSError):
                        status = os.stat(path)
                        entries.append((status.st_mtime, status.st_size, path))
        total = sum(size for _mtime, size, _path in entries)
        if total <= self.max_bytes:
            return
        for _mtime, size, path in sorted(entries):
            if total <= self.max_bytes * TRIM_TO:
                break
            with contextlib.suppress(OSError):
                os.unlink(path)
                total -= size

    # --- files -----------------------------------------------------------------------------------------

    def _manifest_path(self, key: str) -> str:
        return os.path.join(self.directory, "m", key[:2], key)

    def _result_path(self, key: str) -> str:
        return os.path.join(self.directory, "r", key[:2], key)

    @staticmethod
    def _read(path: str) -> bytes | None:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            os.utime(path)  # recently used: the trim keeps it
        except OSError:
            return None
        return data

    @staticmethod
    def _write(path: str, data: bytes) -> None:
        with contextlib.suppress(OSError):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_atomically(path, data)


def write_atomically(path: str, data: bytes, mode: int = 0o644) -> None:
    """`path` holds `data`, swapped in by a rename: a reader sees the old file or the whole new one."""
    unique = f"{os.getpid()}.{os.urandom(4).hex()}"  # writers on other hosts of a shared directory too
    temporary = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.{unique}.irlens")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            rest = memoryview(data)
            while rest:
                rest = rest[os.write(descriptor, rest):]
            os.fchmod(descriptor, mode)  # whatever the umask
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def append_log(path: str, record: dict[str, Any]) -> None:
    """One JSON line, appended with a single write (concurrent launchers never interleave lines)."""
    line = (json.dumps(record, sort_keys=True) + "\n").encode("utf-8")
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, line)
        finally:
            os.close(descriptor)
    except OSError:
        pass  # a log that cannot be written loses a summary line, never the build


def log_path() -> str:
    """IRLENS_CC_LOG, else build.jsonl in the cache directory."""
    return os.environ.get("IRLENS_CC_LOG") or os.path.join(
        os.environ.get("IRLENS_CC_CACHE_DIR") or default_cache_dir(), "build.jsonl")
