"""Connecting to a PostgreSQL server: TLS unless it is local, and exactly what went wrong.

``EVENTMATE_DATABASE_URL=postgresql+psycopg://user@host:port/database`` (or Preferences ▸
Storage) chooses a server. The rules, in one place:

* TLS is required unless the host is this computer (``localhost``, a loopback address or a
  socket folder): no ``sslmode`` means ``require``; ``disable``, ``allow`` or ``prefer`` for
  another host is refused before anything is sent. ``verify-ca``/``verify-full`` are kept.
* A password not in the URL comes from the system keyring (``storage.passwords``).
* The server must be PostgreSQL 13 or newer (``normalize``, trusted ``pg_trgm``,
  ``gen_random_uuid``) with a UTF-8 database.

:func:`check_server` tries a connection and names what failed: the host cannot be reached,
the password (or user) is wrong, there is no such database, the server is too old, or it
needs (or lacks) TLS.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.engine import URL, make_url

from eventmate.storage.passwords import with_saved_password

#: The oldest server EventMate works with (``server_version_num``).
MIN_SERVER_VERSION = 130000
#: Seconds to wait for a server before calling it unreachable.
CONNECT_TIMEOUT_S = 5
_LOCAL_NAMES = frozenset({"", "localhost", "localhost.localdomain"})
_WEAK_TLS = frozenset({"disable", "allow", "prefer"})


class ServerProblemKind(StrEnum):
    """Why a server connection failed (also ``DatabaseProblem`` kinds, same values)."""

    UNREACHABLE = "unreachable"
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a kind of problem, not a password
    NO_DATABASE = "no_database"
    TOO_OLD = "server_too_old"
    TLS_REQUIRED = "tls_required"
    NOT_UTF8 = "not_utf8"
    NOT_A_SERVER_URL = "not_a_server_url"


_WORDS = {
    ServerProblemKind.UNREACHABLE: "The server cannot be reached: check the host name, the port "
    "and the network.",
    ServerProblemKind.WRONG_PASSWORD: "The server refused the user name or password.",
    ServerProblemKind.NO_DATABASE: "The server has no database of that name: create it first "
    "(createdb NAME), or check the name.",
    ServerProblemKind.TOO_OLD: "The server is too old: EventMate needs PostgreSQL 13 or newer.",
    ServerProblemKind.TLS_REQUIRED: "An encrypted (TLS) connection is required for a server on "
    "another computer, and it could not be made.",
    ServerProblemKind.NOT_UTF8: "The database does not use UTF-8: create it with "
    "createdb -E UTF8 -T template0 NAME.",
    ServerProblemKind.NOT_A_SERVER_URL: "This is not a server address: it should look like "
    "postgresql+psycopg://user@host/database.",
}


class ServerProblem(Exception):
    """A server cannot be used; ``kind`` says why, ``words`` in a sentence, ``detail`` the
    server's or driver's own message."""

    def __init__(self, kind: ServerProblemKind, detail: str = "") -> None:
        self.kind = kind
        self.words = _WORDS[kind]
        self.detail = detail
        super().__init__(self.words + (f" ({detail})" if detail else ""))


def is_server_url(url: URL | str) -> bool:
    """Whether ``url`` names a PostgreSQL server (not an SQLite file)."""
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:
        return False


def is_local(url: URL) -> bool:
    """Whether the server is on this computer (a socket folder, localhost or loopback)."""
    host = url.host or str(url.query.get("host") or "")
    if host.startswith("/") or host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse(url: URL | str) -> URL:
    """``url`` as a server URL with the psycopg 3 driver; raises ServerProblem if it is not."""
    try:
        parsed = make_url(url)
    except Exception as error:
        raise ServerProblem(ServerProblemKind.NOT_A_SERVER_URL, str(error)) from error
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise ServerProblem(ServerProblemKind.NOT_A_SERVER_URL)
    return parsed.set(drivername="postgresql+psycopg")


def connect_args(url: URL) -> dict[str, Any]:
    """What psycopg is given beside the URL: TLS policy, a time-out and our name.

    Raises :class:`ServerProblem` (TLS_REQUIRED) for a weak ``sslmode`` to another computer.
    """
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "EventMate",
        # Times are stored as naive UTC: the session's zone must not shift them.
        "options": "-c TimeZone=UTC",
    }
    mode = str(url.query.get("sslmode") or "")
    if not is_local(url):
        if mode in _WEAK_TLS:
            raise ServerProblem(
                ServerProblemKind.TLS_REQUIRED, f"sslmode={mode} is not allowed for {url.host}"
            )
        if not mode:
            args["sslmode"] = "require"
    return args


def classify(error: BaseException) -> ServerProblemKind:
    """What a failed connection (a psycopg or SQLAlchemy error) means."""
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None) or ""
    message = str(original).lower()
    if state == "3D000" or ("database" in message and "does not exist" in message):
        return ServerProblemKind.NO_DATABASE
    tls_words = ("ssl", "encryption", "tls")
    if "no pg_hba.conf entry" in message and any(w in message for w in tls_words):
        return ServerProblemKind.TLS_REQUIRED
    if any(w in message for w in ("ssl was required", "does not support ssl", "ssl error")):
        return ServerProblemKind.TLS_REQUIRED
    if state in ("28P01", "28000") or any(
        w in message for w in ("password", "authentication", "role", "pg_hba.conf")
    ):
        return ServerProblemKind.WRONG_PASSWORD
    return ServerProblemKind.UNREACHABLE


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What a successful connection found out."""

    version: str
    version_num: int
    has_schema: bool


def check_server(url: URL | str, password: str | None = None) -> ServerInfo:
    """Connect once and check the server is usable; raise :class:`ServerProblem` if not.

    ``password`` (typed in Preferences) wins over the URL's and the keyring's.
    """
    import psycopg

    parsed = parse(url)
    if password is not None:
        parsed = parsed.set(password=password)
    parsed = with_saved_password(parsed)
    args = connect_args(parsed)
    params = {k: v for k, v in parsed.query.items() if isinstance(v, str)}
    given = {
        "host": parsed.host,
        "port": parsed.port,
        "user": parsed.username,
        "password": parsed.password,
        "dbname": parsed.database,
    }
    # A socket folder arrives as ``?host=/run/postgresql`` and wins over an empty host.
    keywords = {**{k: v for k, v in given.items() if v is not None}, **params, **args}
    try:
        connection = psycopg.connect(**keywords)
    except psycopg.Error as error:
        raise ServerProblem(classify(error), _first_line(error)) from error
    with connection:
        number = connection.info.server_version
        shown = connection.execute("SHOW server_version").fetchone()
        encoding = connection.execute("SHOW server_encoding").fetchone()
        tables = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE tablename = 'alembic_version'"
        ).fetchone()
    version = str(shown[0]) if shown else str(number)
    if number < MIN_SERVER_VERSION:
        raise ServerProblem(ServerProblemKind.TOO_OLD, f"the server runs PostgreSQL {version}")
    if not encoding or str(encoding[0]).upper() not in ("UTF8", "UTF-8"):
        raise ServerProblem(
            ServerProblemKind.NOT_UTF8, f"encoding {encoding[0] if encoding else '?'}"
        )
    return ServerInfo(version, number, bool(tables and tables[0]))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


#: SQLSTATE classes of a connection that failed or was lost (08: connection exception, 57P:
#: the server shutting down or restarting, 28: a login refused, e.g. a password changed).
_AWAY_STATES = ("08", "57P", "28")


def is_unreachable(error: BaseException | None) -> bool:
    """Whether ``error`` (or one it wraps) says the server could not be reached or went away.

    Such a write is not refused by the server: it never got there (or its answer did not come
    back), so the caller may keep it and send it later. Errors from statements the server ran
    and rejected (a constraint, a permission) are not this.
    """
    from eventmate.storage.problems import DatabaseProblem, ProblemKind

    seen = 0
    while error is not None and seen < 8:
        seen += 1
        if isinstance(error, DatabaseProblem):
            return error.kind in (ProblemKind.UNREACHABLE, ProblemKind.WRONG_PASSWORD)
        if type(error).__module__.startswith("psycopg"):
            import psycopg

            if not isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
                return False
            state = getattr(error, "sqlstate", None) or ""
            return not state or state.startswith(_AWAY_STATES)
        orig = getattr(error, "orig", None)
        error = orig if isinstance(orig, BaseException) else error.__cause__
    return False
