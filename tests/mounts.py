"""Real small and read-only file systems for tests (tmpfs and bind mounts; root only).

CI runs as root, so these tests run there; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here: {result.stderr.strip() or result.returncode}")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def need_root() -> None:
    """Skip unless mounting is possible (root on Linux)."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a test file system needs root (CI runs as root)")


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A fresh tmpfs of ``size`` (e.g. "2m") mounted at ``path``."""
    need_root()
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)


@contextmanager
def read_only_view(source: Path, path: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``path`` (a read-only bind mount: EROFS on any write)."""
    need_root()
    path.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(path))
    try:
        _mount("-o", "remount,bind,ro", str(path))
        yield path
    finally:
        _umount(path)


def fill(folder: Path, name: str = "filler") -> Path:
    """Fill the file system holding ``folder`` until it has no byte left; return the filler."""
    filler = folder / name
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as handle:
        try:
            while handle.write(chunk):
                pass
        except OSError:
            pass
    return filler
