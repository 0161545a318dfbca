"""Import files are read only up to their format's limit (issue 12, point 9)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventmate.interop.limited_read import FileTooLarge, read_limited


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space (a hole)."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100


def test_a_larger_file_is_refused_from_its_size_without_reading(tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.vcf", 1 << 30)
    with pytest.raises(FileTooLarge) as caught:
        read_limited(path, 50_000_000)
    assert caught.value.size == 1 << 30
    assert "limit is 50 MB" in str(caught.value)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_source_without_a_size_is_read_only_to_the_limit() -> None:
    with pytest.raises(FileTooLarge) as caught:
        read_limited(Path("/dev/zero"), 1_000_000)
    assert caught.value.size is None


@pytest.mark.parametrize(
    ("name", "size", "limit"),
    [
        ("contacts.vcf", 1 << 30, "50 MB"),
        ("calendar.ics", 300_000_000, "20 MB"),
        ("archive.json", 3 << 30, "1.0 GB"),
    ],
)
def test_import_refuses_a_huge_file_without_reading_it(
    tmp_path: Path, name: str, size: int, limit: str
) -> None:
    # A child limited to 600 MB of address space: reading the file whole would fail there.
    path = sparse(tmp_path / name, size)
    child = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (600 << 20, 600 << 20))\n"
        "from eventmate.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child, "--data-dir", str(tmp_path / "d"), "import", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "too large to import" in result.stderr
    assert f"limit is {limit}" in result.stderr
    assert "Traceback" not in result.stderr
