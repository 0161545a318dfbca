"""Reading a file to import, never past its format's size limit (for the command line).

The formats' limits live with their readers (``interop``); the command line reaches them here,
as it reaches storage only through services.
"""

from __future__ import annotations

from pathlib import Path

from eventmate.interop.json_archive import MAX_BYTES as ARCHIVE_MAX_BYTES
from eventmate.interop.limited_read import FileTooLarge as FileTooLarge
from eventmate.interop.limited_read import read_limited
from eventmate.interop.vcard import MAX_FILE_BYTES as VCARD_MAX_BYTES

#: Each importable format's limit, by the name the command line uses.
LIMITS = {"vcard": VCARD_MAX_BYTES, "archive": ARCHIVE_MAX_BYTES}


def read_import_file(path: Path, kind: str) -> bytes:
    """``path``'s bytes, up to the limit of ``kind`` ("vcard", "archive").

    Raises:
        FileTooLarge: the file is larger than the limit (nothing past it was read).
        OSError: the file cannot be read.
    """
    return read_limited(path, LIMITS[kind])
