"""Health checks and manual backups."""

from __future__ import annotations

from pathlib import Path

from eventmate.services.container import Services
from eventmate.storage.backup import verify


def test_check_on_a_new_database_is_healthy(services: Services) -> None:
    report = services.maintenance.check()
    assert report.healthy
    assert report.reason == "healthy"
    assert report.counts["people"] == 0


def test_check_counts_rows(services: Services) -> None:
    services.sample_data.add()
    report = services.maintenance.check()
    assert report.counts["people"] == 4
    assert report.counts["events"] == 3


def test_backup_goes_to_the_backups_folder_and_verifies(services: Services, data_dir: Path) -> None:
    services.sample_data.add()
    info = services.maintenance.backup()
    assert info.path.parent == data_dir / "backups"
    assert info.path.name.endswith("-manual.sqlite3")
    verify(info.path)
