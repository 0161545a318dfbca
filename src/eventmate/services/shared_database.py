"""The one database all services share: opened on first use, read with plain SQL, closed.

:class:`~eventmate.services.container.Services` builds on it. A function that opens the
database may stand in for the database itself, so a command that only reads through
``sqlite3`` (see :mod:`eventmate.storage.sql`) never loads SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from eventmate.services.clock import Clock, system_clock

if TYPE_CHECKING:
    from eventmate.services.changes import ChangeFeed
    from eventmate.storage.engine import Database
    from eventmate.storage.sql import SqlReader

#: Opens the database when a service first needs SQLAlchemy.
DatabaseOpener = Callable[[], "Database"]


class SharedDatabase:
    """One database, its folders and its clock, for the services made on it.

    ``database`` is an open :class:`~eventmate.storage.engine.Database`, or a function that
    opens it (then ``path`` names the SQLite file, so quick reads need no engine at all).
    """

    def __init__(
        self,
        database: Database | DatabaseOpener,
        backups_dir: Path | None,
        clock: Clock = system_clock,
        *,
        path: Path | None = None,
        config_dir: Path | None = None,
        outbox: Path | None = None,
    ) -> None:
        if callable(database):
            self._opener: DatabaseOpener | None = database
            self._path = path
        else:
            self._opener = None
            self.__dict__["database"] = database
            self._path = database.path
        self._backups_dir = backups_dir
        self._clock = clock
        self._config_dir = config_dir
        #: Where captures wait while a server is away (given for server stores only).
        self._outbox = outbox

    @cached_property
    def database(self) -> Database:
        """The open database (opened now if it was not yet)."""
        assert self._opener is not None
        return self._opener()

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return self._path

    @cached_property
    def sql(self) -> SqlReader:
        """Plain SQL reads: ``sqlite3`` on a file, else the engine."""
        from eventmate.storage.sql import EngineReader, SqliteReader

        if self._path is not None:
            return SqliteReader(self._path)
        return EngineReader(self.database)

    def warm(self) -> None:
        """Build every service now (the app does this while Home is on screen).

        Mapper set-up costs ~100 ms on the first ORM query; paying it here means no page
        pays it on its first visit.
        """
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        for name, value in vars(type(self)).items():
            if isinstance(value, cached_property) and name not in ("database", "sql"):
                getattr(self, name)

    def change_feed(self) -> ChangeFeed:
        """A new watcher of what changes in this database, whoever changes it."""
        from eventmate.services.changes import ChangeFeed

        return ChangeFeed(self.database)

    def close(self) -> None:
        """Release the database (every pooled connection), if it was opened."""
        database = self.__dict__.get("database")
        if database is not None:
            database.close()
