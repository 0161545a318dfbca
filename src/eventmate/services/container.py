"""All services for one open database, built once by the composition root."""

from __future__ import annotations

from pathlib import Path

from eventmate.services.clock import Clock, system_clock
from eventmate.services.events import EventsService
from eventmate.services.exchanges import ExchangeService
from eventmate.services.followups import FollowUpService
from eventmate.services.home import HomeService
from eventmate.services.interactions import KeepInTouchService
from eventmate.services.journal import JournalService
from eventmate.services.maintenance import MaintenanceService
from eventmate.services.people import PeopleService
from eventmate.services.reflection import ReflectionService
from eventmate.services.sample_data import SampleDataService
from eventmate.services.tidy import TidyService
from eventmate.storage.engine import Database
from eventmate.storage.home_queries import EngineHomeQueries, HomeQueries, SqliteHomeQueries


def home_queries(database: Database) -> HomeQueries:
    """The fastest way to read Home on ``database``."""
    if database.path is not None:
        return SqliteHomeQueries(database.path)
    return EngineHomeQueries(database)


class Services:
    """The use cases the GUI and the CLI call, all on one open database."""

    def __init__(
        self, database: Database, backups_dir: Path | None, clock: Clock = system_clock
    ) -> None:
        self._db = database
        self.home = HomeService(home_queries(database), clock)
        self.events = EventsService(database, clock)
        self.people = PeopleService(database)
        self.journal = JournalService(database, clock)
        self.sample_data = SampleDataService(database, clock)
        self.maintenance = MaintenanceService(database, backups_dir)
        self.reflection = ReflectionService(database, clock)
        self.followups = FollowUpService(database, clock)
        self.exchanges = ExchangeService(database, clock)
        self.keep_in_touch = KeepInTouchService(database, clock)
        self.tidy = TidyService(database, clock)

    def close(self) -> None:
        """Release the database (every pooled connection)."""
        self._db.close()
