"""Automatic, thinned, verified backups, the list of backups, and restoring one of them."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from eventmate.domain.i18n import _
from eventmate.services.clock import Clock, system_clock
from eventmate.services.data.archive import ArchiveService
from eventmate.services.data.server_backup import archive_name, take_archive_backup
from eventmate.storage.backup import (
    BackupError,
    BackupInfo,
    backup_name,
    delete_backup,
    take_backup,
)
from eventmate.storage.backup_schedule import (
    BackupFile,
    backups_to_prune,
    list_backups,
    read_contents,
)
from eventmate.storage.engine import Database
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.restore import RestoreResult, check_backup, restore_file

log = logging.getLogger(__name__)

#: Automatic backups are taken at most this often (while data changes).
AUTOMATIC_INTERVAL_MINUTES = 30

__all__ = [
    "BackupEntry",
    "BackupError",
    "BackupsService",
    "PendingBackup",
    "RestoreResult",
    "restore_database",
]


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """A backup as the restore screen lists it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    people: int | None
    events: int | None
    captures: int | None
    readable: bool


def _fingerprint(path: Path) -> tuple[int, ...]:
    # A write changes the -wal file (or, after a checkpoint, the database file itself);
    # readers change neither, so equal fingerprints mean no committed change in between.
    values: list[int] = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(f"{path}{suffix}")
        except OSError:
            values.extend((0, 0))
            continue
        values.extend((stat.st_mtime_ns, stat.st_size))
    return tuple(values)


class PendingBackup:
    """A verified backup being taken in a thread of its own (SQLite copies and checks it
    without holding Python's lock, so the caller's work goes on meanwhile)."""

    def __init__(self, take: Callable[[], BackupInfo], *, in_thread: bool = True) -> None:
        """Start ``take``; ``in_thread=False`` takes it here and now, before returning."""
        self._future: Future[BackupInfo] = Future()
        if in_thread:
            threading.Thread(target=self._run, args=(take,), name="backup", daemon=True).start()
        else:
            self._run(take)

    def _run(self, take: Callable[[], BackupInfo]) -> None:
        try:
            self._future.set_result(take())
        except BaseException as error:  # handed to whoever waits for the result
            self._future.set_exception(error)

    def result(self) -> BackupInfo:
        """Wait for the backup; raise its :class:`BackupError` if it failed or did not verify."""
        return self._future.result()

    def wait(self) -> None:
        """Wait for the backup to end, whatever came of it (the caller's work failed)."""
        self._future.exception()


class BackupsService:
    """Backups of the open SQLite database into its backups folder."""

    def __init__(
        self, database: Database, backups_dir: Path | None, clock: Clock = system_clock
    ) -> None:
        self._db = database
        self._dir = backups_dir
        self._clock = clock
        self._last_fingerprint: tuple[int, ...] | None = None
        self._suspended = False
        if database.path is not None and backups_dir is not None:
            newest = next(iter(list_backups(backups_dir)), None)
            if newest is not None and newest.path.stat().st_mtime_ns > max(
                _fingerprint(database.path)[0::2]
            ):
                # Nothing was written since the newest backup (e.g. a restart): no new one.
                self._last_fingerprint = _fingerprint(database.path)

    @property
    def available(self) -> bool:
        """Whether automatic backups are taken (a writable SQLite file with a backups folder).

        A database opened read-only does not change, so it needs no automatic backups (and
        its folder may be read-only too); "Back up now" still tries.
        """
        return (
            self._db.path is not None
            and self._dir is not None
            and not self._suspended
            and not self._db.read_only
        )

    @property
    def can_back_up(self) -> bool:
        """Whether a backup before a risky operation can be taken (a file, or a server's
        JSON archive) into a backups folder."""
        return self._dir is not None and not self._suspended and not self._db.read_only

    def _paths(self) -> tuple[Path, Path]:
        if self._db.path is None:
            raise BackupError(_("a server database is backed up as a JSON archive, not restored"))
        if self._dir is None:
            raise BackupError(_("no backups folder is configured"))
        return self._db.path, self._dir

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        """Take a verified backup now, then thin out the older ones.

        On a server the backup is a complete JSON archive (``server_backup``), kept beside
        the file backups; those are not thinned (they are taken only when asked, or before
        an import).
        """
        if self._db.path is None:
            if self._dir is None:
                raise BackupError(_("no backups folder is configured"))
            target = self._dir / archive_name(reason, self._clock())
            return take_archive_backup(ArchiveService(self._db, self._clock), target)
        source, folder = self._paths()
        fingerprint = _fingerprint(source)
        target = folder / backup_name(reason, self._clock())
        serial = 1
        while target.exists():
            # Two backups in the same second (e.g. before an import, then automatic).
            serial += 1
            target = folder / backup_name(f"{reason}-{serial}", self._clock())
        info = take_backup(source, target)
        self._last_fingerprint = fingerprint
        self.prune()
        return info

    def backup_if_changed(self) -> BackupInfo | None:
        """The automatic backup: taken only if the data changed since the last one."""
        if not self.available:
            return None
        source, _folder = self._paths()
        if _fingerprint(source) == self._last_fingerprint:
            return None
        return self.backup_now("automatic")

    def backup_before(self, operation: str) -> BackupInfo:
        """A verified backup before a risky ``operation`` (e.g. "import", "merge")."""
        return self.backup_now(f"before-{operation}")

    def backup_before_meanwhile(self, operation: str) -> PendingBackup:
        """The backup before ``operation``, taken on a thread while the operation writes.

        For an operation that writes in one transaction: it must commit only after
        :meth:`PendingBackup.result` returned, and roll back if that raises. The backup then
        holds the data as it was before the operation (nothing the operation writes is
        committed before the copy is complete) and is verified before anything is committed.
        A server's backup (a JSON archive) is taken here, before returning.
        """
        reason = f"before-{operation}"
        return PendingBackup(lambda: self.backup_now(reason), in_thread=self._db.path is not None)

    def prune(self) -> tuple[Path, ...]:
        """Delete backups the thinning schedule no longer keeps; return what was deleted."""
        _source, folder = self._paths()
        removed: list[Path] = []
        for backup in backups_to_prune(list_backups(folder), self._clock()):
            try:
                delete_backup(backup.path)
            except OSError as error:
                log.warning("could not delete old backup %s: %s", backup.path, error)
                continue
            removed.append(backup.path)
        return tuple(removed)

    def list(self) -> tuple[BackupEntry, ...]:
        """Every backup in the backups folder, newest first, with what each holds."""
        if self._dir is None:
            return ()
        return tuple(entry_of(backup) for backup in list_backups(self._dir))

    def restore(self, backup: Path, on_closed: Callable[[], None] | None = None) -> RestoreResult:
        """Replace the open database by ``backup``; the current one is kept aside intact.

        The backup is checked before anything changes; then every connection is closed and
        :func:`restore_database` does the rest, while new connections wait for it. Automatic
        backups pause until restart so the restored state is not immediately thinned away.
        """
        source, folder = self._paths()
        check_backup(backup)
        with self._db.replacing():
            if on_closed is not None:
                on_closed()
            result = restore_database(backup, source, folder, self._clock())
        self._suspended = True
        return result


def restore_database(
    backup: Path, live: Path, backups_dir: Path, now: datetime | None = None
) -> RestoreResult:
    """Restore ``backup`` over the (closed) database file ``live`` and upgrade its schema.

    Used by the running app (after closing its connections) and by ``eventmate restore``,
    which must work even when the live database can no longer be opened. A backup of the
    current data is attempted first; it may fail if the current database is the damaged one,
    which is why the current file is also moved aside intact.
    """
    check_backup(backup)
    try:
        take_backup(live, backups_dir / backup_name("before-restore", now))
    except BackupError as error:
        # The current file may be the damaged one; it is moved aside intact either way.
        log.warning("no backup before restore (the current file is kept aside): %s", error)
    result = restore_file(backup, live, now)
    if result.revision != HEAD_REVISION:
        # An older backup (from before an upgrade) is brought to this version's schema,
        # with its own pre-migration backup, exactly as at start-up.
        from eventmate.storage.opening import open_sqlite

        open_sqlite(live, backups_dir).close()
    return result


def entry_of(backup: BackupFile) -> BackupEntry:
    """``backup`` with what it holds, as the restore screens list it."""
    contents = read_contents(backup.path)
    return BackupEntry(
        path=backup.path,
        taken_at=backup.taken_at,
        reason=backup.reason,
        size=backup.size,
        people=contents.people if contents else None,
        events=contents.events if contents else None,
        captures=contents.captures if contents else None,
        readable=contents is not None,
    )
