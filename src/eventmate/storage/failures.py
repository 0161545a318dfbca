"""What went wrong when storage failed: disk full, read-only, locked, damaged — in one place.

SQLite reports a full disk as ``SQLITE_FULL``, the operating system as ``ENOSPC`` (or
``EDQUOT`` over a quota); a read-only file system as ``SQLITE_READONLY``/``EROFS``; a busy
writer as ``SQLITE_BUSY``. :func:`failure_kind` reads any of these (``sqlite3`` errors,
SQLAlchemy's wrappers of them, ``OSError``) and :class:`StorageFailure` carries the answer up
to the CLI and the GUI, which say it in plain words and keep what the user typed.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum

from eventmate.domain.i18n import N_, _


class FailureKind(StrEnum):
    """Why storage could not do what was asked."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    DAMAGED = "damaged"
    NOT_A_FILE = "not_a_file"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {
    3: FailureKind.READ_ONLY,  # SQLITE_PERM
    5: FailureKind.LOCKED,  # SQLITE_BUSY
    6: FailureKind.LOCKED,  # SQLITE_LOCKED
    8: FailureKind.READ_ONLY,  # SQLITE_READONLY
    11: FailureKind.DAMAGED,  # SQLITE_CORRUPT
    13: FailureKind.DISK_FULL,  # SQLITE_FULL
    26: FailureKind.DAMAGED,  # SQLITE_NOTADB
}
# Extended codes whose primary code (SQLITE_IOERR) says less than they do.
_EXTENDED_KINDS = {
    4874: FailureKind.DISK_FULL,  # SQLITE_IOERR_SHMSIZE: the -shm file could not grow
}
_ERRNO_KINDS = {
    errno.ENOSPC: FailureKind.DISK_FULL,
    errno.EDQUOT: FailureKind.DISK_FULL,
    errno.EFBIG: FailureKind.DISK_FULL,
    errno.EROFS: FailureKind.READ_ONLY,
    errno.EACCES: FailureKind.READ_ONLY,
    errno.EPERM: FailureKind.READ_ONLY,
    errno.EISDIR: FailureKind.NOT_A_FILE,
    errno.ENOTDIR: FailureKind.NOT_A_FILE,
}
# Messages of errors that carry no code (older drivers, errors re-raised as text).
_TEXT_KINDS = (
    ("database or disk is full", FailureKind.DISK_FULL),
    ("no space left", FailureKind.DISK_FULL),
    ("readonly database", FailureKind.READ_ONLY),
    ("read-only file system", FailureKind.READ_ONLY),
    ("database is locked", FailureKind.LOCKED),
    ("malformed", FailureKind.DAMAGED),
    ("file is not a database", FailureKind.DAMAGED),
)

#: What each failure means for the user, and what to do (the CLI prints these, translated;
#: the GUI has its own words for the same kinds).
MESSAGES = {
    FailureKind.DISK_FULL: N_(
        "The disk is full, so this was not saved; everything saved before is safe. "
        "Free some space and try again."
    ),
    FailureKind.READ_ONLY: N_(
        "Your data is read-only here, so this was not saved. EventMate can still show, "
        "search and export it; to make changes, make the data folder writable."
    ),
    FailureKind.LOCKED: N_(
        "Another program kept the database busy for too long, so this was not saved. "
        "Try again in a moment."
    ),
    FailureKind.DAMAGED: N_(
        "The database is damaged, so this was not saved. Run 'eventmate check --thorough', "
        "or restore the newest backup (eventmate restore PATH)."
    ),
    FailureKind.NOT_A_FILE: N_(
        "Where EventMate expected a file there is a folder (or the reverse), so nothing was saved."
    ),
}


class StorageFailure(Exception):
    """Storage refused an operation; nothing of it was stored. ``kind`` says why."""

    def __init__(self, kind: FailureKind, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail
        super().__init__(_(MESSAGES[kind]))

    @property
    def message(self) -> str:
        """The plain sentence for the user, in their language."""
        return _(MESSAGES[self.kind])


def failure_kind(error: BaseException | None) -> FailureKind | None:
    """The kind of storage failure ``error`` (or an error it wraps) is, or None."""
    seen = 0
    while error is not None and seen < 8:
        seen += 1
        if isinstance(error, StorageFailure):
            return error.kind
        if _is_driver_error(error):
            code = getattr(error, "sqlite_errorcode", None)
            if isinstance(code, int) and code in _EXTENDED_KINDS:
                return _EXTENDED_KINDS[code]
            if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
                return _SQLITE_KINDS[code & 0xFF]
            text = str(error).lower()
            for needle, kind in _TEXT_KINDS:
                if needle in text:
                    return kind
            return None
        if isinstance(error, OSError) and error.errno in _ERRNO_KINDS:
            return _ERRNO_KINDS[error.errno]
        # SQLAlchemy keeps the driver's error as ``orig``; chained errors as __cause__.
        orig = getattr(error, "orig", None)
        error = orig if isinstance(orig, BaseException) else error.__cause__
    return None


def _is_driver_error(error: BaseException) -> bool:
    # SQLCipher's errors (an encrypted database) mirror sqlite3's but are their own classes;
    # matched by module so that checking never imports SQLCipher.
    return isinstance(error, sqlite3.Error) or type(error).__module__ == "sqlcipher3.dbapi2"


def as_failure(error: BaseException) -> StorageFailure | None:
    """``error`` as a :class:`StorageFailure` (a detail without user text), or None."""
    if isinstance(error, StorageFailure):
        return error
    kind = failure_kind(error)
    if kind is None:
        return None
    return StorageFailure(kind, _detail(error))


def _detail(error: BaseException) -> str:
    # The driver's message only (SQLAlchemy's str() would add the statement).
    orig = getattr(error, "orig", None)
    inner = orig if isinstance(orig, BaseException) else error
    if isinstance(inner, OSError):
        return inner.strerror or type(inner).__name__
    return str(inner).splitlines()[0][:200] if str(inner) else type(inner).__name__
