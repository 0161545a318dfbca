"""Backups of a server database: a complete JSON archive, read back and counted before it counts.

A server has no file to copy. EventMate's own JSON archive (``services.data.archive``) holds
every row of every table with its uid, is read by ``eventmate import`` into an empty database
of either kind (SQLite or a server), and needs no tool of the server's version. ``pg_dump``
is the server administrator's tool and stays theirs: it must be at least the server's major
version and restores only into PostgreSQL. (Decided for issue 15: a server backup is a JSON
archive, never ``pg_dump``.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from eventmate.domain.i18n import _
from eventmate.interop.json_archive import ArchiveFormatError, decode_archive, encode_archive
from eventmate.services.data.archive import ArchiveService
from eventmate.services.data.files import FileWriteError, write_file_atomically
from eventmate.storage.backup import BackupError, BackupInfo

#: File name ending of a server backup (an SQLite backup ends in ``.sqlite3``).
SUFFIX = ".json"


def archive_name(reason: str, now: datetime | None = None) -> str:
    """A sortable name such as ``eventmate-20261125-203000-manual.json``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"eventmate-{stamp}-{reason}{SUFFIX}"


def take_archive_backup(archive: ArchiveService, target: Path) -> BackupInfo:
    """Write a complete archive of the database to ``target`` and verify it.

    The archive is read in one consistent transaction, written privately and atomically,
    then decoded again and its rows counted against what was read; a failure raises
    :class:`BackupError` and leaves no file that looks like a good backup.
    """
    document = archive.export_document()
    data = encode_archive(document)
    try:
        decoded = decode_archive(data)
    except ArchiveFormatError as error:
        raise BackupError(
            _("the archive could not be read back: {reason}").format(reason=error)
        ) from error
    if decoded.row_count != document.row_count:
        raise BackupError(_("the archive read back holds fewer rows than were written"))
    try:
        path = write_file_atomically(target, data)
    except FileWriteError as error:
        raise BackupError(str(error)) from error
    return BackupInfo(path=path, size=len(data), taken_at=datetime.now(UTC))
