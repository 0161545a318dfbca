"""Reading a database without writing a byte: also from a read-only disk or folder.

A read-only connection (``mode=ro``) to a database in WAL mode still needs its ``-shm`` file,
which SQLite creates next to the database. On a read-only file system (a write-protected
card, a mounted backup drive, a locked-down profile) it cannot: the open fails with "unable to
open database file". When there is no ``-wal`` file with changes in it, the main file alone
is the whole database and ``immutable=1`` reads it without any ``-shm``. When a ``-wal`` file
and its ``-shm`` exist, SQLite (3.22+) reads them read-only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

_SHM_SIZE = 32 * 1024
_SHM_ROOM = 256 * 1024


def folder_writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (also false for root on a read-only mount).

    A folder whose owner write bit is off counts as read-only even for root, who could
    write anyway: someone marked it so on purpose.
    """
    try:
        return os.access(folder, os.W_OK) and bool(folder.stat().st_mode & stat.S_IWUSR)
    except OSError:
        return False


def on_read_only_disk(folder: Path) -> bool:
    """Whether ``folder`` lies on a file system mounted read-only (POSIX; else False)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` read-only, wherever it lies (also on a full disk)."""
    uri = f"{path.as_uri()}?mode=ro"
    if _wal_has_changes(path):
        return uri  # SQLite reads the log through its -shm, read-only if need be (3.22+)
    try:
        shm_ready = Path(f"{path}-shm").stat().st_size >= _SHM_SIZE
    except OSError:
        shm_ready = False
    if shm_ready or (folder_writable(path.parent) and _room_for_shm(path.parent)):
        return uri
    # Nothing in a -wal: the file alone is the database, and nobody can change it here.
    return uri + "&immutable=1"


def _wal_has_changes(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _room_for_shm(folder: Path) -> bool:
    # The -shm file takes 32 KiB; on a full disk SQLite cannot create it, and even reading
    # fails ("disk I/O error", SQLITE_IOERR_SHMSIZE).
    try:
        return shutil.disk_usage(folder).free >= _SHM_ROOM
    except OSError:
        return True


def connect_read_only(
    path: Path, timeout: float | None = None, *, shared: bool = False
) -> sqlite3.Connection:
    """A connection reading ``path`` without ever writing to it or beside it (keyed if encrypted).

    ``shared``: usable from several threads, with transactions begun explicitly.
    """
    from eventmate.storage.keyed import connect

    return connect(path, read_only=True, timeout=timeout, shared=shared)
