"""All services for one open database, built once by the composition root."""

from __future__ import annotations

from pathlib import Path

from eventmate.services.archive import ArchiveService
from eventmate.services.backups import BackupsService
from eventmate.services.clock import Clock, system_clock
from eventmate.services.events import EventsService
from eventmate.services.exports import ExportsService
from eventmate.services.home import HomeService
from eventmate.services.journal import JournalService
from eventmate.services.maintenance import MaintenanceService
from eventmate.services.people import PeopleService
from eventmate.services.sample_data import SampleDataService
from eventmate.services.vcards import VCardService
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
        self.journal = JournalService(database)
        self.sample_data = SampleDataService(database, clock)
        self.maintenance = MaintenanceService(database, backups_dir)
        self.backups = BackupsService(database, backups_dir, clock)
        self.archive = ArchiveService(database, clock)
        self.exports = ExportsService(database)
        self.vcards = VCardService(database, self.backups)

    def close(self) -> None:
        """Release the database (every pooled connection)."""
        self._db.close()
