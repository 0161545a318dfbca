"""Writing a command's output: to standard output, or atomically to a file."""

from __future__ import annotations

import sys
from pathlib import Path

from eventmate.cli.context import CommandError


def write_output(data: bytes, output: str | None) -> Path | None:
    """Write ``data`` to ``output`` (atomically), or to standard output when None or "-"."""
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    from eventmate.services.data.files import FileWriteError, write_file_atomically

    try:
        return write_file_atomically(Path(output), data)
    except FileWriteError as error:
        raise CommandError(str(error)) from error
