"""Which backups to keep: listing the backups folder and thinning it on a fixed schedule.

The schedule keeps every backup of the last 24 hours, then the newest backup of each of the
last 7 days, 4 ISO weeks and 6 months that have one. Anything else may be deleted, but only
after a newer backup has been written and verified (the caller's job).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from eventmate.storage import keyed
from eventmate.storage.key_file import KeyFileError
from eventmate.storage.keyed import EncryptionUnavailable, KeyNeeded
from eventmate.storage.readonly import connect_read_only

#: ``eventmate-20261125-203000-reason.sqlite3`` as written by :func:`backup.backup_name`.
_NAME = re.compile(r"^eventmate-(\d{8}-\d{6})-([a-z0-9_.-]+)\.sqlite3$")

KEEP_ALL_FOR = timedelta(hours=24)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup file in the backups folder, recognised by its name."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, read through a read-only connection."""

    people: int
    events: int
    captures: int
    revision: str | None


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """The time (UTC) and reason encoded in a backup's file name, or None if not ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken, match.group(2)


def list_backups(folder: Path) -> tuple[BackupFile, ...]:
    """The backups in ``folder``, newest first (files not named by EventMate are ignored)."""
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return ()
    for path in entries:
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path=path, taken_at=parsed[0], reason=parsed[1], size=size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return tuple(found)


def read_contents(path: Path) -> BackupContents | None:
    """Count people, events and captures in the backup at ``path``; None if unreadable."""
    try:
        with closing(connect_read_only(path, timeout=2)) as conn:
            people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM event").fetchone()[0]
            captures = conn.execute("SELECT count(*) FROM capture").fetchone()[0]
            revision = None
            row = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row:
                version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = version[0] if version else None
    except keyed.db_errors_and(KeyNeeded, KeyFileError, EncryptionUnavailable):
        return None  # damaged, or encrypted with a key not unlocked here
    return BackupContents(people=people, events=events, captures=captures, revision=revision)


def backups_to_keep(backups: Iterable[BackupFile], now: datetime) -> set[Path]:
    """The paths the thinning schedule keeps, given every backup and the time ``now``."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: list[str] = []
    weeks: list[str] = []
    months: list[str] = []
    for backup in ordered:
        if now - backup.taken_at <= KEEP_ALL_FOR:
            keep.add(backup.path)
            continue
        day = backup.taken_at.strftime("%Y-%m-%d")
        iso = backup.taken_at.isocalendar()
        week = f"{iso.year}-W{iso.week:02d}"
        month = backup.taken_at.strftime("%Y-%m")
        # The newest backup of each period counts for that period (ordered newest first).
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(backup.path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.append(month)
            keep.add(backup.path)
    return keep


def backups_to_prune(backups: Sequence[BackupFile], now: datetime) -> tuple[BackupFile, ...]:
    """The backups the schedule no longer needs, oldest first."""
    keep = backups_to_keep(backups, now)
    return tuple(sorted((b for b in backups if b.path not in keep), key=lambda b: b.taken_at))
