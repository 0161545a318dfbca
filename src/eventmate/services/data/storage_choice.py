"""Choosing the store in Preferences ▸ Storage: test a server, remember it, use it.

A thin layer for the GUI (which never touches ``storage``): a server's address in parts
(host, port, database, user), a connection test that names exactly what failed, the password
kept in the system keyring on request, and the data folder's saved choice of store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from eventmate.storage import passwords, store_choice
from eventmate.storage.locations import DATABASE_URL_ENV, resolve_locations
from eventmate.storage.server import (
    ServerProblem,
    ServerProblemKind,
    check_server,
    is_local,
)
from eventmate.storage.store_choice import chosen_url as chosen_url
from eventmate.storage.store_choice import save_choice as save_choice
from eventmate.storage.store_choice import without_password as without_password

DEFAULT_PORT = 5432


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A PostgreSQL server's address as typed in Preferences (no password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL (psycopg 3), with ``password`` if given."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip() or None,
            password=password or None,
            host=self.host.strip() or None,
            port=self.port or None,
            database=self.database.strip() or None,
        )

    @property
    def text(self) -> str:
        """The URL as text, without a password (what is saved and shown)."""
        return self.url().render_as_string(hide_password=False)

    @property
    def local(self) -> bool:
        """Whether the server is on this computer (then TLS is not required)."""
        return is_local(self.url())

    @classmethod
    def parse(cls, text: str) -> ServerAddress | None:
        """The address a saved URL names, or None if it is not a server URL."""
        from sqlalchemy.engine import make_url

        try:
            url = make_url(text)
        except Exception:
            return None
        if url.get_backend_name() != "postgresql":
            return None
        return cls(url.host or "", url.database or "", url.username or "", url.port or 5432)


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The outcome of a connection test: ``ok``, or ``kind`` and the words for it."""

    ok: bool
    kind: str = ""
    words: str = ""
    detail: str = ""
    version: str = ""
    has_data: bool = False


def check_connection(address: ServerAddress, password: str | None) -> ConnectionCheck:
    """Connect once; say exactly what failed (unreachable, password, no database, too old,
    TLS required, not UTF-8), or which server answered."""
    try:
        info = check_server(address.url(), password or None)
    except ServerProblem as problem:
        return ConnectionCheck(False, problem.kind.value, problem.words, problem.detail)
    return ConnectionCheck(True, version=info.version, has_data=info.has_schema)


def remember_password(address: ServerAddress, password: str) -> str | None:
    """Keep ``password`` in the system keyring; the reason if there is no keyring."""
    try:
        passwords.save_password(address.url(), password)
    except passwords.NoKeyring as error:
        return str(error)
    return None


def forget_password(address: ServerAddress) -> None:
    """Remove a saved password for this address."""
    passwords.forget_password(address.url())


def chosen_server(data_dir: Path) -> ServerAddress | None:
    """The server the data folder uses (its saved choice or the environment), if any."""
    url = store_choice.chosen_url(resolve_locations(data_dir))
    return ServerAddress.parse(url) if url else None


def set_by_environment() -> bool:
    """Whether ``EVENTMATE_DATABASE_URL`` chooses the store (it wins over Preferences)."""
    import os

    return bool(os.environ.get(DATABASE_URL_ENV))


def use_store(data_dir: Path, address: ServerAddress | None) -> None:
    """From the next start on, use ``address`` (None: the data folder's own file)."""
    store_choice.save_choice(resolve_locations(data_dir), address.text if address else None)


__all__ = [
    "ConnectionCheck",
    "ServerAddress",
    "ServerProblemKind",
    "check_connection",
    "chosen_server",
    "chosen_url",
    "forget_password",
    "remember_password",
    "save_choice",
    "set_by_environment",
    "use_store",
    "without_password",
]
