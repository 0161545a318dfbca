"""Writing a command's output file safely: free space checked, temp file, fsync, rename."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from eventmate.cli.context import CommandError


def write_output(data: bytes, output: str | None) -> Path | None:
    """Write ``data`` to ``output`` (atomically), or to standard output when None."""
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    target = Path(output).expanduser().resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(target.parent).free
    except OSError as error:
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from error
    if free < len(data) + (1 << 20):
        raise CommandError(f"not enough free space in {target.parent} for {target.name}")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from error
    return target
