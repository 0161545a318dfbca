"""Export files are written whole or not at all, with a clear message when they cannot be."""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from eventmate.services.data.files import FileWriteError, write_file_atomically


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.vcf"
    assert write_file_atomically(target, b"one") == target
    write_file_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["out.vcf"]


def test_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10, 10, 0))
    with pytest.raises(FileWriteError, match="not enough free space"):
        write_file_atomically(target, b"new")
    assert target.read_bytes() == b"old"


def test_unwritable_place_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FileWriteError, match="cannot write"):
        write_file_atomically(blocker / "out.json", b"{}")


def test_exports_are_private_whatever_the_umask(tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        path = write_file_atomically(tmp_path / "people.vcf", b"BEGIN:VCARD\r\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
