"""Verified backups through SQLite's backup API (never a raw file copy)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.private_files import create_private_file
from eventmate.storage.readonly import connect_read_only


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


def verify(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` is a readable database passing quick_check."""
    try:
        with closing(connect_read_only(path)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        raise BackupError(f"{path} could not be read back: {error}") from error
    if result != [("ok",)]:
        raise BackupError(f"{path} failed its check: {result[:3]}")


def take_backup(source: Path, target: Path) -> BackupInfo:
    """Copy the live database ``source`` to ``target`` consistently, then verify the copy.

    Safe while the app is writing: the backup API produces a consistent snapshot. The copy is
    written under a temporary name and renamed only once verified, so a failed backup never
    leaves a file that looks like a good one.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        needed = source.stat().st_size + (1 << 20)
        free = shutil.disk_usage(target.parent).free
    except OSError as error:
        raise BackupError(f"cannot write a backup to {target}: {error}") from error
    if free < needed:
        raise BackupError(f"not enough free space in {target.parent} for a backup", disk_full=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)
        with (
            closing(connect_read_only(source)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A single-file copy is easier to restore and to move between machines.
            dst.execute("PRAGMA journal_mode = DELETE")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        full = failure_kind(error) is FailureKind.DISK_FULL
        raise BackupError(f"backup to {target} failed: {error}", disk_full=full) from error
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    return BackupInfo(path=target, size=target.stat().st_size, taken_at=datetime.now(UTC))
