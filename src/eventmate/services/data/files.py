"""Writing an export file safely: free space checked, private temporary file, fsync, rename
(or straight into a terminal or a pipe)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from eventmate.domain.i18n import _
from eventmate.storage.private_files import FILE_MODE


class FileWriteError(Exception):
    """A file could not be written; any earlier file at that path is unchanged."""


def write_file_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` so that a crash leaves either the old file or the new one.

    A terminal, a pipe or a device such as ``/dev/stdout`` is written to as it is: replacing
    it by a file, as the rename would, would destroy it. A disk is refused.
    """
    target = target.expanduser()
    kind = _kind_of(target)
    if kind == "stream":
        return _write_stream(target, data)
    if kind == "other":
        raise FileWriteError(
            _("cannot write {path}: it is not a file, a terminal or a pipe").format(path=target)
        )
    target = target.resolve()
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


def _kind_of(path: Path) -> str:
    """ "file" (or nothing there yet, or a folder), "stream" (terminal, pipe) or "other"."""
    try:
        mode = path.stat().st_mode  # through symbolic links, as /dev/stdout is one
    except OSError:
        return "file"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return "file"  # a folder is refused by the rename, with its reason
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "stream"
    return "other"  # a disk, a socket


def _write_stream(target: Path, data: bytes) -> Path:
    try:
        with open(target, "wb") as handle:
            handle.write(data)
            handle.flush()
    except OSError as error:
        raise FileWriteError(
            _("cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
        ) from error
    return target
