"""Reading an import file only up to its format's limit: never a 1 GiB file for a 50 MB limit.

The size is checked before anything is read, and reading stops one byte past the limit,
so a file that grows meanwhile, a pipe, or a device (which report no size) cannot make
an import read more than its limit either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from eventmate.domain.i18n import _


class FileTooLarge(Exception):
    """The file is larger than the import limit; nothing was read beyond the limit."""

    def __init__(self, path: Path, limit: int, size: int | None) -> None:
        self.path = path
        self.limit = limit
        self.size = size
        if size is not None:
            message = _("{name} is too large to import ({size}); the limit is {limit}").format(
                name=path.name, size=_megabytes(size), limit=_megabytes(limit)
            )
        else:
            message = _("{name} is too large to import; the limit is {limit}").format(
                name=path.name, limit=_megabytes(limit)
            )
        super().__init__(message)


def _megabytes(size: int) -> str:
    return (
        f"{size / 1_000_000_000:,.1f} GB"
        if size >= 1_000_000_000
        else f"{size / 1_000_000:,.0f} MB"
    )


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it holds at most ``limit`` bytes, else :class:`FileTooLarge`.

    ``OSError`` (missing, unreadable, a folder) is left to the caller to word.
    """
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if stat.S_ISREG(status.st_mode) and status.st_size > limit:
            raise FileTooLarge(path, limit, status.st_size)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path, limit, None)
    return data
