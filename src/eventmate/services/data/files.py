"""Writing an export file safely: free space checked, private temporary file, fsync, rename."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from eventmate.domain.i18n import _
from eventmate.storage.private_files import FILE_MODE


class FileWriteError(Exception):
    """A file could not be written; any earlier file at that path is unchanged."""


def write_file_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` so that a crash leaves either the old file or the new one."""
    target = target.expanduser().resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(target.parent).free
    except OSError as error:
        raise FileWriteError(
            _("cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
        ) from error
    if free < len(data) + (1 << 20):
        raise FileWriteError(
            _("not enough free space in {folder} for {name}").format(
                folder=target.parent, name=target.name
            )
        )
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        # Private (0600) from the first byte: an export holds the same personal data.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise FileWriteError(
            _("cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
        ) from error
    return target
