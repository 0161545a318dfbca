"""Ways out when the database cannot be opened: the newest verified backup, and a salvage export.

:func:`newest_verified_backup` finds the newest backup that passes its check (with its date
and what it holds), for the recovery screen to offer. :func:`salvage_archive` reads whatever
can still be read from a database — damaged, locked by another program, on a read-only or
full disk — without writing to it, and writes it as an EventMate JSON archive: every table in
stretches of rows, and where a stretch cannot be read, row by row, skipping only the rows that
are unreadable themselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Integer, Table, func, literal_column, select
from sqlalchemy.exc import DBAPIError

from eventmate import __version__
from eventmate.domain.i18n import _
from eventmate.interop.json_archive import ArchiveDocument, JsonRow, encode_archive
from eventmate.services.data.archive import archive_tables
from eventmate.services.data.archive_values import raw_column, to_json_value
from eventmate.services.data.backups import BackupEntry, entry_of
from eventmate.services.data.files import write_file_atomically
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.backup import BackupError
from eventmate.storage.backup_schedule import list_backups
from eventmate.storage.engine import file_engine
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.key_file import KeyFileError
from eventmate.storage.keyed import EncryptionUnavailable, KeyNeeded
from eventmate.storage.restore import check_backup

log = logging.getLogger(__name__)

#: Rows read per stretch; a stretch that fails is read again row by row.
_STRETCH = 500
# A damaged page, or a damaged value (JSON that no longer parses, a time that is not one).
_UNREADABLE = (DBAPIError, ValueError, TypeError)


def newest_verified_backup(backups_dir: Path) -> BackupEntry | None:
    """The newest backup that is an intact EventMate database of a version we can open."""
    for backup in list_backups(backups_dir):
        try:
            check_backup(backup.path)
        except BackupError as error:
            log.warning("backup %s skipped: %s", backup.path.name, error)
            continue
        return entry_of(backup)
    return None


class SalvageError(Exception):
    """Nothing could be read from the database; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class SalvageReport:
    """What a salvage export read: rows per table, and rows that could not be read."""

    target: Path
    rows: dict[str, int]
    unreadable: dict[str, int] = field(default_factory=dict)
    tables_unreadable: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every row of every table was read."""
        return not self.unreadable and not self.tables_unreadable

    @property
    def people(self) -> int:
        """People saved in the archive."""
        return self.rows.get("person", 0)


def salvage_archive(
    database: Path, target: Path, control: JobControl | None = None
) -> SalvageReport:
    """Write what can be read from ``database`` to the JSON archive ``target`` (0600).

    Never writes to ``database`` or beside it. Raises ``FileWriteError`` if ``target`` cannot
    be written, and :class:`SalvageError` if nothing at all can be read.
    """
    control = control or no_control()
    try:
        engine = file_engine(database, read_only=True)
    except (KeyNeeded, KeyFileError, EncryptionUnavailable) as error:
        raise SalvageError(
            _("the data is encrypted and cannot be read without its passphrase")
        ) from error
    tables: dict[str, list[JsonRow]] = {}
    unreadable: dict[str, int] = {}
    lost_tables: list[str] = []
    try:
        with engine.connect() as connection:
            try:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
            except DBAPIError as error:
                raise SalvageError(
                    _(
                        "nothing in this file can be read (its list of tables is damaged); "
                        "restore a backup instead"
                    )
                ) from error
            every = archive_tables()
            for number, table in enumerate(every):
                control.report(number, len(every))
                try:
                    rows, skipped = _salvage_table(connection, table, control)
                except DBAPIError as error:
                    log.warning("salvage: table %s unreadable: %s", table.name, error.orig)
                    lost_tables.append(table.name)
                    tables[table.name] = []
                    continue
                tables[table.name] = rows
                if skipped:
                    unreadable[table.name] = skipped
            control.report(len(every), len(every))
    finally:
        engine.dispose()
    document = ArchiveDocument(
        schema_revision=HEAD_REVISION,
        app_version=__version__,
        exported_at=datetime.now(UTC).isoformat(),
        tables=tables,
    )
    write_file_atomically(target, encode_archive(document))
    return SalvageReport(
        target=target,
        rows={name: len(rows) for name, rows in tables.items()},
        unreadable=unreadable,
        tables_unreadable=tuple(lost_tables),
    )


def _salvage_table(connection: Any, table: Table, control: JobControl) -> tuple[list[JsonRow], int]:
    """Every readable row of ``table`` in rowid order, and how many rowids could not be read."""
    rowid: ColumnElement[int] = literal_column("rowid", Integer)
    columns = list(table.columns)
    query = select(*(raw_column(c) for c in columns)).select_from(table)
    highest = connection.execute(select(func.max(rowid)).select_from(table)).scalar() or 0
    rows: list[JsonRow] = []
    skipped = 0

    def convert(found: Any) -> list[JsonRow]:
        return [
            {c.name: to_json_value(c, v) for c, v in zip(columns, row, strict=True)}
            for row in found
        ]

    for start in range(1, highest + 1, _STRETCH):
        end = min(start + _STRETCH - 1, highest)
        try:
            found = connection.execute(query.where(rowid.between(start, end)).order_by(rowid)).all()
            rows.extend(convert(found))
        except _UNREADABLE:
            for one in range(start, end + 1):
                try:
                    rows.extend(convert(connection.execute(query.where(rowid == one)).all()))
                except _UNREADABLE:
                    skipped += 1
        control.check()
    return rows, skipped
