"""Every file EventMate writes is its owner's only: 0600 files, 0700 folders (issue 12, point 5)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_startup import HOME_SHOWN, start_app, wait_for_log

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def modes(folder: Path) -> dict[str, int]:
    """The permission bits of everything under ``folder``, by relative path."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def loose(found: dict[str, int], folder: Path) -> dict[str, str]:
    """Whatever is readable by others: files not 0600 (or 0400), folders not 0700."""
    wrong = {}
    for name, mode in found.items():
        is_dir = (folder / name).is_dir()
        if mode & 0o077 or (is_dir and mode != 0o700):
            wrong[name] = oct(mode)
    return wrong


def cli(*args: str, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    """The real command, started with a permissive umask as a login shell has."""
    code = f"import os, sys; os.umask({umask}); from eventmate.main import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )


def test_everything_the_app_writes_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli("--data-dir", str(folder), "capture", "Anna Schmidt - viola").returncode == 0
    assert cli("--data-dir", str(folder), "backup").returncode == 0
    export = tmp_path / "exports" / "people.vcf"
    result = cli("--data-dir", str(folder), "export", "--format", "vcard", "-o", str(export))
    assert result.returncode == 0, result.stderr
    os.umask(old := os.umask(0o022))
    try:
        process = start_app(folder)  # the window: log, lock, ui.ini, -wal and -shm
        wait_for_log(folder, HOME_SHOWN, process)
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    finally:
        os.umask(old)
    found = modes(folder)
    for name in ("eventmate.sqlite3", "eventmate.lock", "logs/eventmate.log", "config/ui.ini"):
        assert found.get(name) == 0o600, (name, found)
    assert any(name.startswith("backups/eventmate-") for name in found)
    assert loose(found, folder) == {}
    assert stat.S_IMODE(export.stat().st_mode) == 0o600


def test_looser_modes_left_by_an_older_version_are_fixed_at_start(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli("--data-dir", str(folder), "capture", "Anna Schmidt - viola").returncode == 0
    assert cli("--data-dir", str(folder), "backup").returncode == 0
    (folder / "logs" / "eventmate.log").write_text("old\n")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert cli("--data-dir", str(folder), "people").returncode == 0
    assert loose(modes(folder), folder) == {}


def test_a_file_the_user_made_read_only_stays_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli("--data-dir", str(folder), "backup").returncode == 0
    backup = next((folder / "backups").iterdir())
    backup.chmod(0o444)
    assert cli("--data-dir", str(folder), "people").returncode == 0
    assert stat.S_IMODE(backup.stat().st_mode) == 0o400
