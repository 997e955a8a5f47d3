"""The files irlens is given to read (CLI inputs, report and diff inputs) and the documents it is sent:
regular files of at most `maxInputMb` only, checked before anything is read.

A FIFO would block the read until a writer comes, /dev/zero never ends, and a multi-GB file would be
held whole in memory: each is refused with a sentence that says why (an OSError, so that callers that
report unreadable files already report these too).
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

MB = 1024 * 1024
LIMIT_WORDS = "the {mb} MB input limit (setting maxInputMb; --max-input-mb)"


class InputRefused(OSError):
    """Not a regular file, or larger than the input limit: refused before it is read."""

    def __str__(self) -> str:
        return str(self.strerror)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISDIR, "a directory"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "not a plain file"


def open_input(path: str | os.PathLike[str], max_mb: int | None) -> BinaryIO:
    """The regular file at `path`, open for reading; InputRefused for anything else, or for a file larger
    than `max_mb` MB (None: any size, for files read in parts)."""
    # Opened without blocking: a FIFO would otherwise wait here for a writer.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise InputRefused(errno.EINVAL, f"not a regular file ({file_kind(status.st_mode)})")
        if max_mb is not None and status.st_size > max_mb * MB:
            raise InputRefused(errno.EFBIG, too_large(status.st_size, max_mb))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input(path: str | os.PathLike[str], max_mb: int) -> bytes:
    """The bytes of a regular file of at most `max_mb` MB (see open_input); never more than that is read,
    even when the file grows meanwhile."""
    with open_input(path, max_mb) as handle:
        data = handle.read(max_mb * MB + 1)
    if len(data) > max_mb * MB:
        raise InputRefused(errno.EFBIG, too_large(len(data), max_mb, at_least=True))
    return data


def read_input_text(path: str | os.PathLike[str], max_mb: int) -> str:
    """read_input as text; undecodable bytes kept as surrogates, so that tools see them as they were."""
    return read_input(path, max_mb).decode("utf-8", "surrogateescape")


def text_too_large(text: str, max_mb: int) -> str | None:
    """Why a document's text is too large to analyse (its UTF-8 bytes above the limit), or None."""
    size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    return too_large(size, max_mb) if size > max_mb * MB else None


def too_large(size: int, max_mb: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"{more}{size / MB:,.1f} MB, above {LIMIT_WORDS.format(mb=max_mb)}"
