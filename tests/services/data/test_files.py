"""Export files are written whole or not at all, with a clear message when they cannot be."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import threading
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


def read_fifo_beside(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    """A reader at the other end of ``fifo`` (opening a pipe to write waits for one)."""
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    return reader, received


def test_a_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    """Before, the rename replaced a pipe (and, for root, /dev/full or /dev/null) by a file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader, received = read_fifo_beside(fifo)
    assert write_file_atomically(fifo, b"BEGIN:VCARD") == fifo
    reader.join(10)
    assert received == [b"BEGIN:VCARD"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the pipe
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no partial file beside it


def test_a_link_to_a_pipe_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stdout"  # as /dev/stdout is a link to /proc/self/fd/1
    link.symlink_to(fifo)
    reader, received = read_fifo_beside(fifo)
    write_file_atomically(link, b"a,b")
    reader.join(10)
    assert received == [b"a,b"]
    assert link.is_symlink()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_device_that_is_full_says_so() -> None:
    with pytest.raises(FileWriteError, match="cannot write /dev/full: No space left on device"):
        write_file_atomically(Path("/dev/full"), b"x" * 10_000)
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    place = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(place))
        with pytest.raises(FileWriteError, match="it is not a file, a terminal or a pipe"):
            write_file_atomically(place, b"{}")
    assert stat.S_ISSOCK(place.lstat().st_mode)
