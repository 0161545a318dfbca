"""Checking the database's health and taking verified backups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from eventmate.storage.backup import BackupError, BackupInfo, backup_name, take_backup
from eventmate.storage.engine import Database
from eventmate.storage.identity import HEAD_REVISION
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
    """The result of a database check."""

    location: str
    healthy: bool
    integrity: str
    revision: str | None
    expected_revision: str
    counts: dict[str, int]

    @property
    def reason(self) -> str:
        """A one-line reason when unhealthy, else "healthy"."""
        if self.integrity != "ok":
            return f"integrity check failed: {self.integrity}"
        if self.revision != self.expected_revision:
            return f"schema revision {self.revision}, expected {self.expected_revision}"
        return "healthy"


class MaintenanceService:
    """Health checks and backups of the open database."""

    def __init__(self, database: Database, backups_dir: Path | None) -> None:
        self._db = database
        self._backups_dir = backups_dir

    def check(self) -> HealthReport:
        """Run integrity and foreign-key checks, read the schema revision and count rows."""
        with self._db.read() as session:
            connection = session.connection()
            if self._db.engine.dialect.name == "sqlite":
                rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
                integrity = "ok" if rows == ["ok"] else "; ".join(map(str, rows[:3]))
                broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if integrity == "ok" and broken:
                    integrity = f"{len(broken)} broken references"
            else:
                integrity = "ok"
            revision = current_revision(connection)
            counts = {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in _COUNTED.items()
            }
        location = str(self._db.path) if self._db.path else self._db.engine.url.render_as_string()
        return HealthReport(
            location=location,
            healthy=integrity == "ok" and revision == HEAD_REVISION,
            integrity=integrity,
            revision=revision,
            expected_revision=HEAD_REVISION,
            counts=counts,
        )

    def backup(self, target: Path | None = None, *, reason: str = "manual") -> BackupInfo:
        """Take a verified backup to ``target`` or into the backups folder."""
        if self._db.path is None:
            raise BackupError("backups of a server database are made with the server's own tools")
        if target is None:
            if self._backups_dir is None:
                raise BackupError("no backups folder is configured")
            target = self._backups_dir / backup_name(reason, datetime.now(UTC))
        return take_backup(self._db.path, target)
