"""Personal data readable by its owner only: files 0600, folders 0700 (where modes exist).

Every file EventMate writes (the database and its ``-wal``/``-shm``, backups, the log, the
lock file, ``ui.ini``, exports) is created private, and a looser mode found at start — a data
folder made 0755 by an older version, a backup copied in as 0644 — is tightened. Only the
group and other bits are taken away: an owner's choice (a file marked read-only) stays.
Windows has no such modes; its user folders are private already.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

#: Whether this platform has POSIX permission bits worth setting.
HAS_MODES = os.name == "posix"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def restrict_umask() -> None:
    """Make everything this process creates private by default (a safety net)."""
    if HAS_MODES:
        os.umask(0o077)


def make_private(path: Path) -> bool:
    """Take the group and other bits off ``path`` if it has any; True if it changed.

    Symbolic links are left alone (their target may not be ours); errors (a read-only disk,
    a file owned by someone else) are ignored: the data stays usable.
    """
    if not HAS_MODES:
        return False
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode) or not mode & _OTHERS:
            return False
        os.chmod(path, stat.S_IMODE(mode) & ~_OTHERS)
    except OSError:
        return False
    return True


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (before another library
    writes it with its default mode); an existing file is only made private."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        make_private(path)
        return
    os.close(fd)


def private_folder(path: Path) -> None:
    """Create the folder ``path`` (and parents) as 0700, or tighten it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    make_private(path)


def make_all_private(paths: Iterable[Path]) -> int:
    """:func:`make_private` on each existing path; how many changed."""
    return sum(make_private(path) for path in paths if path.exists())


def database_files(database: Path) -> list[Path]:
    """The database file and its companions (``-wal``, ``-shm``, ``-journal``, the ``.key``
    file of an encrypted one)."""
    suffixes = ("-wal", "-shm", "-journal", ".key")
    return [database, *(Path(f"{database}{suffix}") for suffix in suffixes)]
