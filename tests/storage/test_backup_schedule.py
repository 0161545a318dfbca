"""The thinning schedule: 24 hours of everything, then 7 daily, 4 weekly, 6 monthly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from eventmate.storage.backup import backup_name
from eventmate.storage.backup_schedule import (
    BackupFile,
    backups_to_keep,
    backups_to_prune,
    list_backups,
    parse_backup_name,
)

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def make(moments: list[datetime]) -> list[BackupFile]:
    return [
        BackupFile(path=Path(backup_name("automatic", m)), taken_at=m, reason="automatic", size=1)
        for m in moments
    ]


def test_every_backup_of_the_last_day_is_kept() -> None:
    backups = make([NOW - timedelta(minutes=30 * i) for i in range(48)])
    assert backups_to_keep(backups, NOW) == {b.path for b in backups}


def test_older_backups_thin_to_daily_weekly_monthly() -> None:
    # One backup every 6 hours for a year.
    backups = make([NOW - timedelta(hours=6 * i) for i in range(4 * 365)])
    keep = backups_to_keep(backups, NOW)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.taken_at)
    recent = [b for b in kept if NOW - b.taken_at <= timedelta(hours=24)]
    assert len(recent) == 5
    older = [b for b in kept if NOW - b.taken_at > timedelta(hours=24)]
    # At most 7 daily + 4 weekly + 6 monthly, some shared.
    assert 7 <= len(older) <= 17
    assert len({b.taken_at.strftime("%Y-%m") for b in older}) >= 6
    assert min(b.taken_at for b in kept) >= NOW - timedelta(days=190)
    # The newest of each kept day, never an earlier one of the same day.
    days = [b.taken_at.date() for b in older]
    assert len(days) == len(set(days))
    pruned = backups_to_prune(backups, NOW)
    assert len(pruned) + len(kept) == len(backups)


def test_names_parse_and_foreign_files_are_ignored(tmp_path: Path) -> None:
    name = backup_name("before-import", NOW)
    assert parse_backup_name(Path(name)) == (NOW, "before-import")
    (tmp_path / name).write_bytes(b"x")
    (tmp_path / "holiday-photos.jpg").write_bytes(b"x")
    (tmp_path / "eventmate-20261399-999999-x.sqlite3").write_bytes(b"x")
    (tmp_path / f"{name}.partial").write_bytes(b"x")
    assert [b.path.name for b in list_backups(tmp_path)] == [name]
    assert list_backups(tmp_path / "missing") == ()
