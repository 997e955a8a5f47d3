"""Files irlens writes, for the user (-o, --json, --sarif, --output-dir) or for itself (the results
cache): whole or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """`data` as the file `path`: written to a new file beside it, then renamed over it, so that nobody
    (a resumed run, a concurrent process, the user) ever sees it half-written. A symbolic link at `path`
    is followed; an existing file keeps its permissions, a new one gets the umask's. Raises OSError."""
    target = Path(os.path.realpath(path))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "wb") as handle:
            handle.write(data)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
