"""Verified backups through SQLite's backup API (never a raw file copy)."""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import EllipsisType

from eventmate.domain.i18n import _
from eventmate.storage import key_file, keyed
from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.key_file import Key, KeyFileError
from eventmate.storage.keyed import KeyNeeded
from eventmate.storage.private_files import create_private_file


class BackupError(Exception):
    """A backup could not be written or did not verify; the source is untouched.

    ``disk_full`` says the reason was a lack of space (so the user can be told to free some).
    """

    def __init__(self, message: str, *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup that was written and verified."""

    path: Path
    size: int
    taken_at: datetime


def backup_name(reason: str, now: datetime | None = None) -> str:
    """A sortable file name such as ``eventmate-20261125-203000-pre-migration.sqlite3``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"eventmate-{stamp}-{reason}.sqlite3"


def verify(path: Path, key: Key | EllipsisType | None = ...) -> None:
    """Raise :class:`BackupError` unless ``path`` is a readable database passing quick_check.

    ``key`` opens a copy that has no key file (yet); by default the file's own is used.
    """
    try:
        with closing(keyed.connect(path, read_only=True, key=key)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchall()
    except (KeyNeeded, KeyFileError) as error:
        raise BackupError(
            _("{path} could not be read back: {reason}").format(path=path, reason=error)
        ) from error
    except keyed.db_errors() as error:
        raise BackupError(
            _("{path} could not be read back: {reason}").format(path=path, reason=error)
        ) from error
    if result != [("ok",)]:
        raise BackupError(
            _("{path} failed its check: {result}").format(path=path, result=result[:3])
        )


def take_backup(source: Path, target: Path) -> BackupInfo:
    """Copy the live database ``source`` to ``target`` consistently, then verify the copy.

    Safe while the app is writing: the backup API produces a consistent snapshot. The copy is
    written under a temporary name and renamed only once verified, so a failed backup never
    leaves a file that looks like a good one. The backup of an encrypted database is
    encrypted with the same key, and gets a copy of its key file (written first, so a backup
    never exists without the key file that opens it).
    """
    if target.exists() and not target.is_file():
        # A folder, a device, a pipe: a backup is a file of its own, checked once written
        # (and the rename below would replace a device by that file).
        raise BackupError(
            _("cannot write a backup to {path}: it is not a file").format(path=target)
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        needed = source.stat().st_size + (1 << 20)
        free = shutil.disk_usage(target.parent).free
    except OSError as error:
        raise BackupError(
            _("cannot write a backup to {path}: {reason}").format(path=target, reason=error)
        ) from error
    if free < needed:
        raise BackupError(
            _("not enough free space in {folder} for a backup").format(folder=target.parent),
            disk_full=True,
        )
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        key = keyed.key_for(source)
    except (KeyNeeded, KeyFileError) as error:
        raise BackupError(
            _("cannot back up {path}: {reason}").format(path=source, reason=error)
        ) from error
    try:
        create_private_file(partial)
        with (
            closing(keyed.connect(source, read_only=True, key=key)) as src,
            closing(keyed.connect(partial, key=key)) as dst,
        ):
            src.backup(dst)
            # A single-file copy is easier to restore and to move between machines.
            dst.execute("PRAGMA journal_mode = DELETE")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(partial, key)
        if key is not None:
            key_file.write(keyed.read_key_file(source), keyed.key_file_path(target))
        os.replace(partial, target)
    except keyed.db_errors_and(OSError, KeyFileError) as error:
        partial.unlink(missing_ok=True)
        full = failure_kind(error) is FailureKind.DISK_FULL
        raise BackupError(
            _("backup to {path} failed: {reason}").format(path=target, reason=error),
            disk_full=full,
        ) from error
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    return BackupInfo(path=target, size=target.stat().st_size, taken_at=datetime.now(UTC))


def delete_backup(path: Path) -> None:
    """Delete the backup ``path``, and then its key file if it has one (OSError if it cannot)."""
    path.unlink()
    keyed.key_file_path(path).unlink(missing_ok=True)
