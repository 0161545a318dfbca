"""A real small file system to fill up, and the command line run in-process against it.

:class:`SmallDisk` mounts a tmpfs of a few MiB (root only: CI runs as root), holds a data
folder, and fills it to the last byte (or leaves a few KiB) with one filler file that
:meth:`SmallDisk.free` deletes again. :func:`run_cli` runs ``eventmate.main.main`` in this
process and reports what a user would have seen: exit status, output, and any traceback
(an exception escaping ``main``, or one logged to standard error).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import subprocess
import traceback
from dataclasses import dataclass
from pathlib import Path

#: Size of the small file system: a database, a backup, a second data folder and some room.
MOUNT_SIZE = "4m"


def mount_problem() -> str | None:
    """Why a small tmpfs cannot be mounted here, or None when it can be tried."""
    if not hasattr(os, "geteuid") or os.uname().sysname != "Linux":
        return "a real full disk is made with a Linux tmpfs mount"
    if os.geteuid() != 0:
        return "a real full disk needs a small tmpfs, which only root may mount (CI runs as root)"
    return None


@dataclass
class SmallDisk:
    """A mounted tmpfs with a data folder on it."""

    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def database(self) -> Path:
        return self.data_dir / "eventmate.sqlite3"

    @property
    def filler(self) -> Path:
        return self.root / "filler"

    def mount(self) -> str | None:
        """Mount the tmpfs; return why it failed, or None."""
        self.root.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={MOUNT_SIZE},mode=0700", "tmpfs", str(self.root)],
            capture_output=True,
            text=True,
            check=False,
        )
        return None if done.returncode == 0 else (done.stderr.strip() or "mount failed")

    def unmount(self) -> None:
        done = subprocess.run(["umount", str(self.root)], capture_output=True, check=False)
        if done.returncode != 0:  # something still has a file open: detach it anyway
            subprocess.run(["umount", "-l", str(self.root)], capture_output=True, check=False)

    def fill(self, leave: int = 0) -> None:
        """Fill the file system until only ``leave`` bytes (rounded to pages) are free."""
        descriptor = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1 << 16, 1 << 12, 1 << 8, 1):
                try:
                    while self.free_bytes() - size >= leave:
                        os.write(descriptor, b"\0" * size)
                except OSError:
                    continue
        finally:
            os.close(descriptor)

    def free(self) -> None:
        """Give the space back."""
        self.filler.unlink(missing_ok=True)

    def free_bytes(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize


@dataclass(frozen=True)
class CliRun:
    """What one command showed the user."""

    status: int | None
    out: str
    err: str
    traceback: str | None

    @property
    def clean_failure(self) -> bool:
        """Failed with a message of its own and no traceback."""
        return self.traceback is None and self.status not in (0, None) and bool(self.err.strip())

    @property
    def says_no_space(self) -> bool:
        """The message names the cause: the disk (or its space) is full."""
        text = self.err.lower()
        return any(word in text for word in ("full", "space"))

    def describe(self) -> str:
        if self.traceback is not None:
            return "TRACEBACK"
        if self.status == 0:
            said = self.err.strip().splitlines()[0] if self.err.strip() else ""
            return f"ok, warned: {said[said.find(': ') + 2 :][:32]}…" if said else "ok"
        if not self.says_no_space:
            first = self.err.strip().splitlines()[0] if self.err.strip() else ""
            message = re.sub(r"^eventmate: (/\S+: )?", "", first)  # the message, not the path
            return f"UNCLEAR: {message[:40]}…"
        return "clean error"


def run_cli(*argv: str) -> CliRun:
    """Run ``eventmate ARGV`` in this process, as the console script would."""
    from eventmate.cli.commands import stderr_handler
    from eventmate.main import main

    out, err = io.StringIO(), io.StringIO()
    # What the command line's own logging set-up prints on standard error.
    handler = stderr_handler(err)
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    status: int | None
    failure = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(list(argv))
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    except Exception:
        status = None
        failure = traceback.format_exc()
    finally:
        root.removeHandler(handler)
    text = err.getvalue()
    if failure is None and "Traceback (most recent call last)" in text:
        failure = text
    return CliRun(status, out.getvalue(), text, failure)
