"""Putting a backup in place of the live database file, keeping the current one aside.

The order matters for safety: the backup is checked first, then copied (through the backup
API) next to the live file and checked again; only then is the live database moved aside
*together with* its ``-wal`` and ``-shm`` files (and its key file, if it is encrypted), the
backup's key file put in place (an encrypted backup stays encrypted, with the same key), and
the copy renamed into place. A failure at any step leaves the live database where it was.
"""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from eventmate.storage import key_file, keyed
from eventmate.storage.backup import BackupError
from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.key_file import KeyFileError
from eventmate.storage.keyed import KeyNeeded
from eventmate.storage.opening import DatabaseProblem, inspect_file
from eventmate.storage.private_files import create_private_file

#: Files that belong with a database file: its logs, and the key file of an encrypted one.
_COMPANIONS = ("-wal", "-shm", "-journal", keyed.KEY_FILE_SUFFIX)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """Where the restored data came from, and where the previous database was kept."""

    restored_from: Path
    set_aside: tuple[Path, ...]
    revision: str | None


def check_backup(path: Path) -> str | None:
    """Raise :class:`BackupError` unless ``path`` is an intact EventMate database we can open.

    Returns its schema revision.
    """
    if not path.is_file():
        raise BackupError(f"{path} is not a file")
    try:
        facts = inspect_file(path)
    except DatabaseProblem as problem:
        detail = f" ({problem.detail})" if problem.detail else ""
        raise BackupError(
            f"{path} cannot be restored: {problem.kind.value.replace('_', ' ')}{detail}"
        ) from problem
    if facts.revision is None:
        raise BackupError(f"{path} cannot be restored: it holds no EventMate data")
    return facts.revision


def aside_name(live: Path, now: datetime) -> Path:
    """``eventmate.sqlite3.before-restore-20261125-203000`` next to ``live``."""
    return live.with_name(f"{live.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}")


def restore_file(backup: Path, live: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database file ``live`` by a copy of ``backup``.

    Every connection to ``live`` must be closed first. The previous database (if any) is
    renamed to :func:`aside_name` with its ``-wal``/``-shm`` files renamed alike, so it stays
    intact and openable. Raises :class:`BackupError` with nothing changed if the backup is
    damaged, not EventMate's, from a newer version, or there is not enough room.
    """
    revision = check_backup(backup)
    now = now or datetime.now(UTC)
    try:
        free = shutil.disk_usage(live.parent).free
        needed = backup.stat().st_size + (1 << 20)
    except OSError as error:
        raise BackupError(f"cannot restore into {live.parent}: {error}") from error
    if free < needed:
        raise BackupError(
            f"not enough free space in {live.parent} to restore "
            f"({needed // (1 << 20) + 1} MB needed)",
            disk_full=True,
        )
    staging = live.with_name(live.name + ".restoring")
    for suffix in ("", *_COMPANIONS):
        Path(f"{staging}{suffix}").unlink(missing_ok=True)
    try:
        key = keyed.key_for(backup)  # check_backup made sure it is unlocked
        create_private_file(staging)
        with (
            closing(keyed.connect(backup, read_only=True, key=key)) as src,
            closing(keyed.connect(staging, key=key)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise BackupError(f"the copy of {backup} failed its check: {check[:3]}")
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        backup_key_file = keyed.read_key_file(backup) if key is not None else None
    except keyed.db_errors_and(OSError, KeyNeeded, KeyFileError) as error:
        staging.unlink(missing_ok=True)
        full = failure_kind(error) is FailureKind.DISK_FULL
        raise BackupError(f"restoring {backup} failed: {error}", disk_full=full) from error
    except BackupError:
        staging.unlink(missing_ok=True)
        raise
    set_aside = _move_aside(live, aside_name(live, now), staging)
    try:
        if backup_key_file is not None:
            # Before the file it opens: an encrypted database is never without its key file.
            key_file.write(backup_key_file, keyed.key_file_path(live))
        os.replace(staging, live)
    except OSError as error:
        keyed.key_file_path(live).unlink(missing_ok=True)
        _move_back(set_aside, live)
        staging.unlink(missing_ok=True)
        raise BackupError(f"restoring {backup} failed: {error}") from error
    _fsync_folder(live.parent)
    return RestoreResult(restored_from=backup, set_aside=set_aside, revision=revision)


def _move_aside(live: Path, aside: Path, staging: Path) -> tuple[Path, ...]:
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_COMPANIONS):
            source = Path(f"{live}{suffix}")
            if source.exists():
                target = Path(f"{aside}{suffix}")
                os.replace(source, target)
                moved.append((source, target))
    except OSError as error:
        for source, target in reversed(moved):
            os.replace(target, source)
        staging.unlink(missing_ok=True)
        raise BackupError(f"cannot move the current database aside: {error}") from error
    return tuple(target for _source, target in moved)


def _move_back(set_aside: tuple[Path, ...], live: Path) -> None:
    for target in set_aside:
        suffix = next((s for s in _COMPANIONS if target.name.endswith(s)), "")
        os.replace(target, Path(f"{live}{suffix}"))


def _fsync_folder(folder: Path) -> None:
    # Make the renames themselves durable (POSIX); Windows cannot open folders this way.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
