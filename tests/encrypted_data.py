"""Helpers for the encryption tests: a data folder with data, and everything it holds."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from eventmate.services.container import Services
from eventmate.storage import key_file, keyed
from eventmate.storage.key_file import Key, KeyFile
from eventmate.storage.opening import open_sqlite

PASSPHRASE = "a quiet hall after the encore"


def folder_with_data(folder: Path) -> Path:
    """A data folder whose database holds the sample data and a capture; its database path."""
    folder.mkdir(parents=True, exist_ok=True)
    live = folder / "eventmate.sqlite3"
    services = Services(open_sqlite(live, folder / "backups"), folder / "backups")
    try:
        services.sample_data.add()
        services.capture.capture("Zoë Ng (cello, Aurora) — loves Janáček !send the Suk recording")
    finally:
        services.close()
    return live


def new_key(passphrase: str = PASSPHRASE) -> tuple[Key, str, KeyFile]:
    """A data key, its recovery key, and its key file sealed with ``passphrase``."""
    key = key_file.new_key()
    recovery = key_file.new_recovery_key()
    return key, recovery, key_file.seal(key, passphrase, recovery)


def everything(path: Path) -> dict[str, list[str]]:
    """Every row of every ordinary table (uids included), as sortable text."""
    with closing(keyed.connect(path, read_only=True)) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search\\_%' ESCAPE '\\' "
                "ORDER BY name"
            )
        ]
        return {
            name: sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"'))
            for name in names
        }


def uids(path: Path) -> set[str]:
    """Every uid in the database."""
    found: set[str] = set()
    with closing(keyed.connect(path, read_only=True)) as connection:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%uid%'"
        ):
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            if "uid" in columns:
                found.update(row[0] for row in connection.execute(f'SELECT uid FROM "{name}"'))
    return found


class MemoryKeyring:
    """A system keyring in memory, installed with :func:`install_memory_keyring`."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}


def install_memory_keyring() -> tuple[object, MemoryKeyring]:
    """Make ``keyring`` use a usable in-memory backend; returns (the previous one, the store)."""
    import keyring
    from keyring.backend import KeyringBackend

    store = MemoryKeyring()

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.items.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    return previous, store
