"""Turning encryption on or off: the database rewritten into a new file, verified, then swapped in.

All or nothing, in this order (every connection of the app closed first):

1. **Alone with the file**: a connection switches it out of WAL (``journal_mode=DELETE``,
   which SQLite allows only when no other connection has it open, so another program
   using it is refused here, with nothing changed) and holds the write lock to the end:
   another program's write waits and then fails as "busy", and nothing is lost.
2. **A verified backup** into the backups folder (``before-encryption`` or
   ``before-decryption``), through the backup API.
3. **Export** that backup with ``sqlcipher_export`` into ``NAME.rewriting``: encrypted with
   the new key, or plain. The export reads the backup, never the live file, so the two SQLite
   libraries never have the same file open.
4. **Verify** the new file: ``integrity_check``, ``foreign_key_check``, the rows of every
   table counted against the backup, and each search index's FTS5 ``integrity-check``.
5. **Swap**: the new key file is written first (beside a plain file a key file is ignored),
   then the new file is renamed over the live one (one atomic rename) and the folder synced;
   a key file that no longer belongs to anything is removed last.

A crash or an error before the rename leaves the live file as it was (only its journal mode
differs, which the next connection sets back); one after it leaves the new file whole. The
old file's bytes are gone from the folder, but not necessarily from the disk's free blocks:
full-disk encryption covers those (docs).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from eventmate.storage import key_file, keyed
from eventmate.storage.backup import BackupError, BackupInfo, backup_name, take_backup
from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.identity import APPLICATION_ID
from eventmate.storage.key_file import Key, KeyFile, KeyFileError
from eventmate.storage.keyed import KeyNeeded
from eventmate.storage.private_files import create_private_file
from eventmate.storage.search_check import check_index, present_indexes

log = logging.getLogger(__name__)

_WORK_SUFFIX = ".rewriting"
_LOGS = ("-wal", "-shm", "-journal")


class RewriteError(Exception):
    """The database could not be rewritten; the live file is as it was.

    ``busy``: another program has it open (close it and try again); ``disk_full``: there
    was not room for the copy.
    """

    def __init__(self, message: str, *, busy: bool = False, disk_full: bool = False) -> None:
        super().__init__(message)
        self.busy = busy
        self.disk_full = disk_full


@dataclass(frozen=True, slots=True)
class RewriteResult:
    """What a rewrite did: the backup taken first, and how many rows were checked."""

    backup: BackupInfo
    rows: int
    tables: int


def encrypt_database(
    live: Path, backups_dir: Path, key: Key, sealed: KeyFile, now: datetime | None = None
) -> RewriteResult:
    """Encrypt the plain database ``live`` with ``key`` (whose key file is ``sealed``)."""
    if sealed.key_id != key.id:
        raise ValueError("the key file does not belong to this key")
    if keyed.is_encrypted(live):
        raise RewriteError("the data is encrypted already")
    keyed.remember_key(key)  # what opens the file from now on
    return _rewrite(live, backups_dir, None, key, sealed, "before-encryption", now)


def decrypt_database(live: Path, backups_dir: Path, now: datetime | None = None) -> RewriteResult:
    """Store the encrypted database ``live`` plain again (its key must be unlocked)."""
    try:
        key = keyed.key_for(live)
    except (KeyNeeded, KeyFileError) as error:
        raise RewriteError(str(error)) from error
    if key is None:
        raise RewriteError("the data is not encrypted")
    return _rewrite(live, backups_dir, key, None, None, "before-decryption", now)


def convert_copy(path: Path, key: Key | None, sealed: KeyFile | None) -> bool:
    """Rewrite a backup (or a copy kept aside) encrypted with ``key``, or plain if None.

    Returns False if it is that way already. Raises :class:`RewriteError` if it cannot be
    read (damaged, or encrypted with a key not unlocked here); it is then left as it was.
    """
    try:
        current = keyed.key_for(path)
    except (KeyNeeded, KeyFileError) as error:
        raise RewriteError(f"{path.name}: {error}") from error
    if current == key:
        return False
    work = _work_path(path)
    try:
        _export(path, current, work, key)
        _verify(work, key, _counts_of(path, current))
    except BaseException:
        _clear(work)
        raise
    _swap(work, path, sealed)
    return True


# -- the steps ----------------------------------------------------------------------------


def _rewrite(
    live: Path,
    backups_dir: Path,
    current: Key | None,
    key: Key | None,
    sealed: KeyFile | None,
    reason: str,
    now: datetime | None,
) -> RewriteResult:
    work = _work_path(live)
    _check_room(live)
    lock = _alone_with(live, current)
    try:
        backup = take_backup(live, backups_dir / backup_name(reason, now))
        log.info("backup before %s: %s", reason.removeprefix("before-"), backup.path.name)
        _export(backup.path, current, work, key)
        counts = _counts_of(backup.path, current)
        _verify(work, key, counts)
    except BackupError as error:
        lock.close()
        _clear(work)
        raise RewriteError(str(error), disk_full=error.disk_full) from error
    except BaseException:
        lock.close()
        _clear(work)
        raise
    lock.close()  # before the rename: Windows cannot replace a file that is open
    try:
        _swap(work, live, sealed)
    except BaseException:
        _clear(work)
        raise
    return RewriteResult(backup=backup, rows=sum(counts.values()), tables=len(counts))


def _work_path(path: Path) -> Path:
    work = path.with_name(path.name + _WORK_SUFFIX)
    _clear(work)  # what an interrupted rewrite left
    return work


def _clear(work: Path) -> None:
    for suffix in ("", *_LOGS, keyed.KEY_FILE_SUFFIX):
        Path(f"{work}{suffix}").unlink(missing_ok=True)


def _check_room(live: Path) -> None:
    try:
        needed = 2 * live.stat().st_size + (4 << 20)  # the backup and the new file
        free = shutil.disk_usage(live.parent).free
    except OSError as error:
        raise RewriteError(f"cannot read {live}: {error}") from error
    if free < needed:
        raise RewriteError(
            f"not enough free space in {live.parent} ({needed // (1 << 20) + 1} MB needed)",
            disk_full=True,
        )


def _alone_with(live: Path, current: Key | None) -> _Lock:
    try:
        connection = keyed.connect(live, key=current, shared=True)
    except keyed.db_errors() as error:
        raise RewriteError(f"cannot open {live}: {error}") from error
    try:
        # Leaving WAL needs the only connection to the file: proof that no other is open.
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise RewriteError("another program is using your data", busy=True)
        connection.execute("BEGIN IMMEDIATE")
    except keyed.db_errors() as error:
        connection.close()
        kind = failure_kind(error)
        if kind is FailureKind.LOCKED:
            raise RewriteError("another program is using your data", busy=True) from error
        raise RewriteError(f"cannot change {live}: {error}") from error
    except BaseException:
        connection.close()
        raise
    return _Lock(connection)


class _Lock:
    """The write lock held on the live file while it is rewritten."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection: sqlite3.Connection | None = connection

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with suppress(*keyed.db_errors()):
                connection.execute("ROLLBACK")
            connection.close()


def _export(source: Path, source_key: Key | None, target: Path, key: Key | None) -> None:
    """``sqlcipher_export`` of ``source`` (a copy nothing else has open) into the new ``target``."""
    create_private_file(target)
    try:
        with closing(
            keyed.connect(source, read_only=True, key=source_key, through_cipher=True)
        ) as connection:
            connection.isolation_level = None
            connection.execute(keyed.attach_sql("rewritten", key), (str(target),))
            connection.execute("SELECT sqlcipher_export('rewritten')")
            # Not copied by the export: the file's identity and its journal mode.
            version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
            connection.execute(f"PRAGMA rewritten.user_version = {version}")
            connection.execute(f"PRAGMA rewritten.application_id = {APPLICATION_ID}")
            connection.execute("PRAGMA rewritten.journal_mode = WAL")
            connection.execute("DETACH DATABASE rewritten")
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    except keyed.db_errors_and(OSError) as error:
        full = failure_kind(error) is FailureKind.DISK_FULL
        raise RewriteError(f"the new copy could not be written: {error}", disk_full=full) from error


def _counts_of(path: Path, key: Key | None) -> dict[str, int]:
    try:
        with closing(keyed.connect(path, read_only=True, key=key)) as connection:
            return _counts(connection)
    except keyed.db_errors() as error:
        raise RewriteError(f"{path.name} cannot be read: {error}") from error


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in every ordinary table (a search index is checked by its integrity-check)."""
    execute = connection.execute
    names = [
        str(row[0])
        for row in execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    # Names come from the file's own schema and are quoted; no user text reaches this SQL.
    return {
        name: int(execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
        for name in names
    }


def _verify(target: Path, key: Key | None, expected: dict[str, int]) -> None:
    """Raise :class:`RewriteError` unless ``target`` is whole and holds every row."""
    try:
        with closing(keyed.connect(target, key=key, shared=True)) as connection:
            problems: list[str] = []
            integrity = connection.execute("PRAGMA integrity_check").fetchall()
            if integrity != [("ok",)]:
                problems.append(f"integrity_check: {integrity[:3]}")
            if connection.execute("PRAGMA foreign_key_check").fetchall():
                problems.append("foreign_key_check found dangling references")
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                problems.append("application_id missing")
            counts = _counts(connection)
            if counts != expected:
                different = sorted(
                    name for name in {*counts, *expected} if counts.get(name) != expected.get(name)
                )
                problems.append(f"row counts differ in {', '.join(different[:5])}")
            for name in present_indexes(connection):
                check = check_index(connection, name)
                if not check.ok:
                    problems.append(f"search index {name}: {check.detail}")
    except keyed.db_errors() as error:
        raise RewriteError(f"the new copy cannot be read back: {error}") from error
    if problems:
        raise RewriteError("the new copy failed its check: " + "; ".join(problems))


def _swap(work: Path, live: Path, sealed: KeyFile | None) -> None:
    """Put ``work`` in place of ``live``; the key file is in place before the file it opens."""
    key_path = keyed.key_file_path(live)
    try:
        if sealed is not None:
            key_file.write(sealed, key_path)
        for suffix in _LOGS:
            # Only leftovers of a closed file can be here (we were alone with it): a log
            # paired with another file would damage it.
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(work, live)
    except OSError as error:
        if sealed is not None and keyed.has_plain_header(live):
            key_path.unlink(missing_ok=True)
        _clear(work)
        raise RewriteError(f"the new copy could not be put in place: {error}") from error
    _fsync_folder(live.parent)
    if sealed is None:
        key_path.unlink(missing_ok=True)  # the file it opened is gone


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders this way
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
