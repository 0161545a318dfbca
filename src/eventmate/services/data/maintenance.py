"""Checking the database's health (quick or thorough), repairing search indexes, backups.

The thorough check adds FTS5's ``integrity-check`` of every search index against its table;
a damaged index is rebuilt from its table (the text itself lives in the tables, so nothing is
lost) after a backup, and the user is told which index was rebuilt.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select, text

from eventmate.domain.i18n import _, ngettext
from eventmate.services.data.archive import ArchiveService
from eventmate.services.data.server_backup import archive_name, take_archive_backup
from eventmate.services.progress import JobControl, no_control
from eventmate.storage import server_check
from eventmate.storage.backup import BackupError, BackupInfo, backup_name, take_backup
from eventmate.storage.engine import Database
from eventmate.storage.failures import StorageFailure
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.keyed import driver_connection_types
from eventmate.storage.migrate import current_revision
from eventmate.storage.models import (
    Capture,
    Event,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    Note,
    Person,
    Reflection,
)
from eventmate.storage.search_check import IndexCheck, check_indexes, rebuild_index

log = logging.getLogger(__name__)

_COUNTED = {
    "people": Person,
    "events": Event,
    "captures": Capture,
    "facts": Fact,
    "notes": Note,
    "intentions": Intention,
    "follow_ups": FollowUp,
    "exchanges": Exchange,
    "reflections": Reflection,
}


@dataclass(frozen=True, slots=True)
class HealthReport:
    """The result of a database check.

    ``indexes`` is filled by a thorough check only (one entry per search index);
    ``rebuilt`` names the indexes a repair rebuilt from their tables.
    """

    location: str
    healthy: bool
    integrity: str
    revision: str | None
    expected_revision: str
    counts: dict[str, int]
    indexes: tuple[IndexCheck, ...] = ()
    rebuilt: tuple[str, ...] = ()
    thorough: bool = False

    @property
    def damaged_indexes(self) -> tuple[IndexCheck, ...]:
        """The search indexes that do not match their tables."""
        return tuple(index for index in self.indexes if not index.ok)

    @property
    def reason(self) -> str:
        """A one-line reason when unhealthy, else "healthy"."""
        if self.integrity != "ok":
            return _("integrity check failed: {result}").format(result=self.integrity)
        if self.revision != self.expected_revision:
            return _("schema revision {revision}, expected {expected}").format(
                revision=self.revision, expected=self.expected_revision
            )
        if self.damaged_indexes:
            names = ", ".join(index.name for index in self.damaged_indexes)
            return ngettext(
                "search index damaged: {names}",
                "search indexes damaged: {names}",
                len(self.damaged_indexes),
            ).format(names=names)
        return _("healthy")


class MaintenanceService:
    """Health checks, search-index repair and backups of the open database."""

    def __init__(self, database: Database, backups_dir: Path | None) -> None:
        self._db = database
        self._backups_dir = backups_dir

    @property
    def read_only(self) -> bool:
        """Whether the database was opened for reading only (nothing can be repaired)."""
        return self._db.read_only

    def check(self, *, thorough: bool = False, control: JobControl | None = None) -> HealthReport:
        """Run integrity and foreign-key checks, read the schema revision and count rows.

        ``thorough`` also checks every search index against its table (reading only).
        """
        control = control or no_control()
        indexes: list[IndexCheck] = []
        with self._db.read() as session:
            connection = session.connection()
            sqlite = self._db.engine.dialect.name == "sqlite"
            total = 4 if thorough else 3
            control.report(0, total)
            if sqlite:
                rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
                integrity = "ok" if rows == ["ok"] else "; ".join(map(str, rows[:3]))
                control.report(1, total)
                broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if integrity == "ok" and broken:
                    integrity = ngettext(
                        "{n} broken reference", "{n} broken references", len(broken)
                    ).format(n=len(broken))
            else:
                integrity = server_check.integrity(connection)
            control.report(2, total)
            revision = current_revision(connection)
            counts = {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in _COUNTED.items()
            }
            control.report(3, total)
            if thorough and sqlite:
                indexes = check_indexes(_driver(connection), self._db.path)
            elif thorough:
                indexes = server_check.check_search_indexes(connection)
            control.report(total, total)
        location = str(self._db.path) if self._db.path else self._db.engine.url.render_as_string()
        return HealthReport(
            location=location,
            healthy=integrity == "ok"
            and revision == HEAD_REVISION
            and all(index.ok for index in indexes),
            integrity=integrity,
            revision=revision,
            expected_revision=HEAD_REVISION,
            counts=counts,
            indexes=tuple(indexes),
            thorough=thorough,
        )

    def rebuild_indexes(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """Rebuild the search indexes ``names`` from their tables, in one write.

        A backup is attempted first (it may fail on a full disk; the rebuild only touches
        index data, so it goes ahead). Raises :class:`StorageFailure` if nothing can be
        written (read-only, disk full, locked).
        """
        if not names:
            return ()
        if self._db.path is not None and self._backups_dir is not None:
            try:
                self.backup(reason="before-check")
            except BackupError as error:
                log.warning("no backup before rebuilding search indexes: %s", error)
        with self._db.write() as session:
            if self._db.path is None:
                for name in names:
                    server_check.rebuild_search_index(session.connection(), name)
            else:
                raw = _driver(session.connection())
                for name in names:
                    rebuild_index(raw, name)
        log.info("rebuilt search indexes: %s", ", ".join(names))
        return names

    def check_and_repair(self, control: JobControl | None = None) -> HealthReport:
        """ "Check database": a thorough check; damaged search indexes are rebuilt.

        On a read-only database the damage is reported and nothing is changed.
        """
        report = self.check(thorough=True, control=control)
        damaged = tuple(index.name for index in report.damaged_indexes)
        if not damaged or self.read_only:
            return report
        try:
            rebuilt = self.rebuild_indexes(damaged)
        except StorageFailure as failure:
            log.warning("search indexes not rebuilt: %s", failure.kind)
            return report
        after = self.check(thorough=True)
        return replace(after, rebuilt=rebuilt)

    def backup(self, target: Path | None = None, *, reason: str = "manual") -> BackupInfo:
        """Take a verified backup to ``target`` or into the backups folder.

        SQLite: a copy of the file (backup API). A server: a complete JSON archive
        (``services.data.server_backup``), restored with ``eventmate import``.
        """
        if self._db.path is None:
            if target is None:
                if self._backups_dir is None:
                    raise BackupError("no backups folder is configured")
                target = self._backups_dir / archive_name(reason, datetime.now(UTC))
            return take_archive_backup(ArchiveService(self._db), target)
        if target is None:
            if self._backups_dir is None:
                raise BackupError("no backups folder is configured")
            target = self._backups_dir / backup_name(reason, datetime.now(UTC))
        return take_backup(self._db.path, target)


def _driver(connection: Any) -> sqlite3.Connection:
    """The driver's connection under a SQLAlchemy connection (FTS5 commands need it).

    ``sqlite3``'s, or SQLCipher's for an encrypted database (the same methods).
    """
    raw = connection.connection.driver_connection
    assert isinstance(raw, driver_connection_types())
    return cast(sqlite3.Connection, raw)
