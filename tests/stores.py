"""Which store the running test uses, for fixtures and for plain helper functions alike.

Kept out of ``conftest.py``: pytest imports that file as ``conftest`` while test modules import
``tests.conftest``, two copies with separate state; this module has one name.
"""

from __future__ import annotations

from pathlib import Path

from tests import pg_cluster

from eventmate.storage.engine import Database
from eventmate.storage.opening import open_sqlite, open_url

#: The template database on the cluster, migrated to the head once per run.
TEMPLATE = "eventmate_template"
#: The running test's stores (innermost last).
CURRENT: list[Stores] = []


class Stores:
    """Databases for one test on its store: one per data folder, made on first use.

    On SQLite a folder's database is its ``eventmate.sqlite3``; on a server each folder gets a
    database of its own (from the migrated template), named by :meth:`url`.
    """

    def __init__(self, kind: str, cluster: pg_cluster.Cluster | None) -> None:
        self.kind = kind
        self._cluster = cluster
        self._urls: dict[Path, str] = {}
        self._names: list[str] = []

    @property
    def server(self) -> bool:
        """Whether this test runs on a server."""
        return self.kind == "postgres"

    def url(self, folder: Path, *, empty: bool = False) -> str | None:
        """The server URL standing for ``folder`` (None on SQLite). ``empty``: no schema."""
        if self._cluster is None:
            return None
        key = folder.expanduser().resolve()
        if key not in self._urls:
            name = self._cluster.new_name()
            self._urls[key] = self._cluster.create(name, template=None if empty else TEMPLATE)
            self._names.append(name)
        return self._urls[key]

    def open(self, folder: Path) -> Database:
        """The database of ``folder``, opened (and created) as the app would."""
        url = self.url(folder)
        if url is None:
            return open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        return open_url(url)

    def drop_all(self) -> None:
        """Drop the server databases this test made."""
        if self._cluster is not None:
            for name in self._names:
                self._cluster.drop(name)


def open_store(folder: Path) -> Database:
    """The database of data folder ``folder`` on the running test's store (SQLite if none)."""
    if CURRENT:
        return CURRENT[-1].open(folder)
    return open_sqlite(folder / "eventmate.sqlite3", folder / "backups")


def store_env(folder: Path) -> dict[str, str]:
    """Environment for a subprocess using ``folder`` on the running test's store."""
    url = CURRENT[-1].url(folder) if CURRENT else None
    return {"EVENTMATE_DATABASE_URL": url} if url else {}


def capture_names(url: str) -> list[str | None]:
    """Whom each capture on the server at ``url`` is about, oldest capture first (None: nobody)."""
    from sqlalchemy import select

    from eventmate.storage.models import Capture, Person

    database = open_url(url)
    try:
        with database.read() as session:
            return list(
                session.scalars(
                    select(Person.name)
                    .select_from(Capture)
                    .outerjoin(Person, Person.id == Capture.person_id)
                    .order_by(Capture.id)
                )
            )
    finally:
        database.close()
