"""Why a database cannot be opened (:class:`DatabaseProblem`), with advice for each kind.

Raised by :mod:`eventmate.storage.opening` and the encryption paths; the CLI prints the
advice, the GUI's recovery screen has its own words for the same kinds.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from eventmate.domain.i18n import N_, _
from eventmate.storage import keyed
from eventmate.storage.key_errors import KeyFileError
from eventmate.storage.keyed import EncryptionUnavailable, KeyNeeded


class ProblemKind(StrEnum):
    """Why a database cannot be opened."""

    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    NOT_OURS = "not_ours"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    NOT_A_FILE = "not_a_file"
    UNREACHABLE = "unreachable"
    MIGRATION_FAILED = "migration_failed"
    #: Encrypted, and its passphrase has not been given yet.
    NEEDS_PASSPHRASE = "needs_passphrase"  # noqa: S105 - a kind, not a secret
    #: Encrypted, and the passphrase (or recovery key) given does not open it. Not damage.
    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 - a kind, not a secret
    #: Encrypted, and SQLCipher is not installed here.
    NO_ENCRYPTION = "no_encryption"
    # A server (storage.server.ServerProblemKind has the same values).
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a kind of problem, not a password
    NO_DATABASE = "no_database"
    SERVER_TOO_OLD = "server_too_old"
    TLS_REQUIRED = "tls_required"
    NOT_UTF8 = "not_utf8"
    NOT_A_SERVER_URL = "not_a_server_url"


_ADVICE = {
    ProblemKind.NOT_A_DATABASE: N_(
        "This file is not a database. Move it away (or restore a backup in its place) "
        "and start EventMate again."
    ),
    ProblemKind.CORRUPT: N_(
        "The database is damaged. Restore the newest backup (eventmate restore PATH), "
        "or move the file away to start afresh; the damaged file has not been changed."
    ),
    ProblemKind.NOT_OURS: N_(
        "This database belongs to another program. Choose another data folder "
        "(--data-dir) or move the file away."
    ),
    ProblemKind.NEWER_VERSION: N_(
        "This database was written by a newer EventMate. Update EventMate to open it; "
        "it has not been changed."
    ),
    ProblemKind.LOCKED: N_(
        "Another program has been writing to the database for more than 5 seconds. Close it "
        "(or wait) and try again; reading (people, search, event list, export) works meanwhile."
    ),
    ProblemKind.READ_ONLY: N_(
        "The database or its folder is read-only, so EventMate cannot save changes there. "
        "Your data is not damaged: it can still be read (people, search, event list, export, "
        "check). To make changes, make the folder writable or choose another one (--data-dir)."
    ),
    ProblemKind.DISK_FULL: N_(
        "The disk is full, so EventMate cannot open the database for writing. Nothing was "
        "changed. Free some space and try again; reading still works."
    ),
    ProblemKind.NOT_A_FILE: N_(
        "Where the database should be there is a folder (or something else that is not a "
        "file). Move it away, or choose another data folder (--data-dir)."
    ),
    ProblemKind.UNREACHABLE: N_(
        "The database server could not be reached. Check the host name, the port and the "
        "network, then try again."
    ),
    ProblemKind.WRONG_PASSWORD: N_(
        "The database server refused the user name or password. Check them (Preferences ▸ "
        "Storage saves the password in the system keyring)."
    ),
    ProblemKind.NO_DATABASE: N_(
        "The database server has no database of that name. Create it (createdb -E UTF8 NAME) "
        "or check the name."
    ),
    ProblemKind.SERVER_TOO_OLD: N_(
        "The database server is too old: EventMate needs PostgreSQL 13+."
    ),
    ProblemKind.TLS_REQUIRED: N_(
        "A server on another computer needs an encrypted (TLS) connection, and it could not be "
        "made. Turn on TLS on the server, or use sslmode=require or verify-full."
    ),
    ProblemKind.NOT_UTF8: N_(
        "The server's database does not use UTF-8. Create it with createdb -E UTF8 -T template0."
    ),
    ProblemKind.NOT_A_SERVER_URL: N_(
        "The database address is not valid. It should look like "
        "postgresql+psycopg://user@host/database."
    ),
    ProblemKind.MIGRATION_FAILED: N_(
        "Updating the database to this version failed; nothing was changed and a backup was kept."
    ),
    ProblemKind.NEEDS_PASSPHRASE: N_(
        "Your data is encrypted. Give its passphrase (or the recovery key): run the command in "
        "a terminal to be asked, or set EVENTMATE_PASSPHRASE."
    ),
    ProblemKind.WRONG_PASSPHRASE: N_(
        "That passphrase (or recovery key) does not open your data. The data is not damaged "
        "and nothing was changed: try again, or use the recovery key you were shown when "
        "encryption was turned on."
    ),
    ProblemKind.NO_ENCRYPTION: N_(
        "Your data is encrypted, but this installation of EventMate cannot decrypt it: the "
        "SQLCipher library (Python package sqlcipher3) is missing. Install it "
        "(pip install 'eventmate[encryption]'); nothing was changed."
    ),
}


class DatabaseProblem(Exception):
    """The database cannot be opened safely; ``kind`` says why, ``advice`` what to do."""

    def __init__(self, kind: ProblemKind, location: str, detail: str = "") -> None:
        self.kind = kind
        self.location = location
        self.detail = detail
        self.advice = _(_ADVICE[kind])
        super().__init__(f"{location}: {self.advice}" + (f" ({detail})" if detail else ""))


def check_key(path: Path) -> None:
    """For an encrypted ``path``: raise DatabaseProblem unless it can be opened here and now.

    SQLCipher missing is NO_ENCRYPTION, a key not unlocked yet NEEDS_PASSPHRASE, a damaged
    key file CORRUPT (restoring a backup brings its own key file back).
    """
    if not keyed.encryption_available():
        raise DatabaseProblem(ProblemKind.NO_ENCRYPTION, str(path))
    try:
        keyed.key_for(path)
    except (KeyNeeded, KeyFileError) as error:
        raise key_problem(error, path) from error


def key_problem(error: Exception, path: Path) -> DatabaseProblem:
    """The DatabaseProblem for a key that is missing, a damaged key file, or no SQLCipher."""
    if isinstance(error, KeyNeeded):
        return DatabaseProblem(ProblemKind.NEEDS_PASSPHRASE, str(path))
    if isinstance(error, EncryptionUnavailable):
        return DatabaseProblem(ProblemKind.NO_ENCRYPTION, str(path))
    return DatabaseProblem(ProblemKind.CORRUPT, str(path), f"its key file: {error}")
