"""The one way to open a raw connection to an EventMate database file, with its key if encrypted.

Every path that opens the file comes through :func:`connect`: the engine's pool, preflight
and read-only opening, Home's first-paint reads, the change feed, backups and restores,
upkeep and the checks. A plain file is opened with the standard library's ``sqlite3``; an
encrypted one (its key file ``NAME.key`` beside it, and no plain SQLite header) with
SQLCipher (the ``sqlcipher3`` package), keyed with the data key this process unlocked. The
two libraries never open the same file in one process at the same time (FIELD-NOTES B3): a
file is either plain, and only ``sqlite3`` reads it, or encrypted, and ``sqlite3`` could not.

Unlocked keys live in this process's memory only (:func:`remember_key`); the passphrase
itself is never kept. SQLCipher's errors are not ``sqlite3`` errors: catch :func:`db_errors`.
"""

from __future__ import annotations

import importlib
import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import EllipsisType, ModuleType
from typing import TYPE_CHECKING, Any, cast

from eventmate.storage import identity
from eventmate.storage.key_errors import KeyFileError

if TYPE_CHECKING:  # loaded only for encrypted data (hashing, HMAC, JSON)
    from eventmate.storage import key_file
    from eventmate.storage.key_file import Key

KEY_FILE_SUFFIX = ".key"
_SQLITE_HEADER = b"SQLite format 3\x00"
_CIPHER_MODULE = "sqlcipher3.dbapi2"

#: The data keys unlocked in this process, by key id (memory only, never written).
_unlocked: dict[str, Key] = {}
#: Parsed key files by path, with the (mtime, size) they were read at.
_key_files: dict[Path, tuple[tuple[int, int], key_file.KeyFile]] = {}


class EncryptionUnavailable(Exception):
    """SQLCipher (the ``sqlcipher3`` package) is not installed here."""

    def __init__(self) -> None:
        super().__init__(
            "encryption is not available on this computer: the SQLCipher library "
            "(Python package sqlcipher3) is not installed"
        )


class KeyNeeded(Exception):
    """The file is encrypted and its key has not been unlocked in this process."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is encrypted: its passphrase is needed")
        self.path = path


def key_file_path(database: Path) -> Path:
    """Where the key file of ``database`` is: ``eventmate.sqlite3.key`` beside it."""
    return database.with_name(database.name + KEY_FILE_SUFFIX)


def encryption_available() -> bool:
    """Whether SQLCipher can be loaded here (found without importing it)."""
    if _CIPHER_MODULE in sys.modules:
        return True
    try:
        return importlib.util.find_spec("sqlcipher3") is not None
    except (ImportError, ValueError):
        return False


def cipher_module() -> ModuleType:
    """SQLCipher's DB-API module; :class:`EncryptionUnavailable` if it is not installed."""
    try:
        return importlib.import_module(_CIPHER_MODULE)
    except ImportError as error:
        raise EncryptionUnavailable() from error


def db_errors() -> tuple[type[Exception], ...]:
    """The error classes a raw connection raises: ``sqlite3.Error``, and SQLCipher's if loaded."""
    module = sys.modules.get(_CIPHER_MODULE)
    if module is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, module.Error)


def db_errors_and(*extra: type[Exception]) -> tuple[type[Exception], ...]:
    """:func:`db_errors` and ``extra`` (for one ``except`` clause)."""
    return (*db_errors(), *extra)


def has_plain_header(path: Path) -> bool | None:
    """Whether ``path`` starts as a plain SQLite file; None if it is missing or empty."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError:
        return None
    if not header:
        return None
    return header == _SQLITE_HEADER


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is an encrypted database: a key file beside it, and no plain header.

    A key file beside a plain file is a leftover of an interrupted change (turning
    encryption on or off): the file's own first bytes decide.
    """
    return key_file_path(path).exists() and has_plain_header(path) is False


def read_key_file(database: Path) -> key_file.KeyFile:
    """The key file of ``database`` (cached while unchanged); :class:`KeyFileError` if bad."""
    path = key_file_path(database)
    try:
        stat = path.stat()
    except OSError as error:
        raise KeyFileError(f"{path.name} is missing: {error.strerror or error}") from error
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _key_files.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    from eventmate.storage import key_file

    parsed = key_file.read(path)
    _key_files[path] = (stamp, parsed)
    return parsed


def key_for(path: Path) -> Key | None:
    """The key that opens ``path``: None for a plain file.

    Raises :class:`KeyNeeded` when it is encrypted and not unlocked yet, and
    :class:`~eventmate.storage.key_file.KeyFileError` when its key file is damaged.
    """
    if not key_file_path(path).exists() or has_plain_header(path) is not False:
        return None
    key = _unlocked.get(read_key_file(path).key_id)
    if key is None:
        raise KeyNeeded(path)
    return key


def unlocked_key(key_id: str) -> Key | None:
    """The key named ``key_id`` if this process has unlocked it."""
    return _unlocked.get(key_id)


def remember_key(key: Key) -> None:
    """Keep ``key`` in this process's memory so every connection can use it."""
    _unlocked[key.id] = key


def forget_keys() -> None:
    """Forget every unlocked key (tests; a locked-again app)."""
    _unlocked.clear()
    _key_files.clear()


def unlock(database: Path, secret: str) -> Key:
    """Unlock ``database`` with its passphrase or recovery key and remember the key.

    Raises :class:`~eventmate.storage.key_file.WrongSecret` if ``secret`` opens neither
    slot of its key file (the database itself is not read), and ``KeyFileError``.
    """
    from eventmate.storage import key_file

    key = key_file.unlock(read_key_file(database), secret)
    remember_key(key)
    return key


def connect(
    path: Path,
    *,
    read_only: bool = False,
    timeout: float | None = None,
    shared: bool = False,
    key: Key | EllipsisType | None = ...,
    through_cipher: bool = False,
) -> sqlite3.Connection:
    """A connection to the database file ``path``, keyed if it is encrypted.

    ``read_only`` opens it without ever writing to it or beside it
    (:func:`~eventmate.storage.readonly.read_only_uri`). ``shared``: usable from several
    threads, with transactions begun explicitly. ``key``: the key to use instead of the one
    :func:`key_for` finds (a new copy of an encrypted file); None forces a plain file.
    ``through_cipher`` opens a plain file with SQLCipher (to export it into an encrypted
    one): only for a file nothing else in this process has open, such as a fresh backup.

    SQLCipher's connection has the same methods as ``sqlite3.Connection`` (it is a fork of
    it) and is typed as one; its errors are :func:`db_errors`, not ``sqlite3.Error``.
    """
    if isinstance(key, EllipsisType):
        key = key_for(path)
    wait = identity.BUSY_TIMEOUT_MS / 1000 if timeout is None else timeout
    options: dict[str, Any] = {"timeout": wait}
    if shared:
        options.update(check_same_thread=False, isolation_level=None)
    if read_only:
        from eventmate.storage.readonly import read_only_uri

        target: str | Path = read_only_uri(path)
        options["uri"] = True
    else:
        target = path
    if key is None and not through_cipher:
        plain: sqlite3.Connection = sqlite3.connect(target, **options)
        return plain
    connection = cast("sqlite3.Connection", cipher_module().connect(str(target), **options))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def apply_key(connection: sqlite3.Connection, key: Key) -> None:
    """Key a fresh SQLCipher connection (the first statement it runs)."""
    # SQLCipher writes "hmac check failed" lines to stderr by default; our callers report
    # what went wrong in their own words.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {key.sql}")
    # Pin the page format this key file names, whatever a later SQLCipher's defaults are.
    connection.execute("PRAGMA cipher_compatibility = 4")


def attach_sql(alias: str, key: Key | None) -> str:
    """``ATTACH ? AS alias KEY …`` for a new (empty) file: keyed, or plain with ``KEY ''``."""
    if not alias.isidentifier():
        raise ValueError(f"not an alias: {alias!r}")
    return f"ATTACH DATABASE ? AS {alias} KEY " + (key.sql if key is not None else "''")


def driver_connection_types() -> tuple[type[Any], ...]:
    """The classes a raw connection can be: ``sqlite3.Connection``, and SQLCipher's if loaded."""
    module = sys.modules.get(_CIPHER_MODULE)
    if module is None:
        return (sqlite3.Connection,)
    return (sqlite3.Connection, module.Connection)
