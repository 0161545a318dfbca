"""All services for one open database, built once by the composition root."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import configure_mappers

from eventmate.services.after.exchanges import ExchangeService
from eventmate.services.after.followups import FollowUpService
from eventmate.services.after.journal import JournalService
from eventmate.services.after.reflection import ReflectionService
from eventmate.services.after.tidy import TidyService
from eventmate.services.capture.capture import CaptureService
from eventmate.services.changes import ChangeFeed
from eventmate.services.clock import Clock, system_clock
from eventmate.services.data.archive import ArchiveService
from eventmate.services.data.backups import BackupsService
from eventmate.services.data.calendar_export import CalendarExportService
from eventmate.services.data.calendar_import import CalendarImportService
from eventmate.services.data.exports import ExportsService
from eventmate.services.data.maintenance import MaintenanceService
from eventmate.services.data.move import MoveService
from eventmate.services.data.sample_data import SampleDataService
from eventmate.services.data.vcards import VCardService
from eventmate.services.events.briefing import BriefingService
from eventmate.services.events.events import EventsService
from eventmate.services.events.intentions import IntentionsService
from eventmate.services.home import HomeService
from eventmate.services.insights.service import InsightsService
from eventmate.services.people.detail import PersonDetailService
from eventmate.services.people.duplicates import DuplicatesService
from eventmate.services.people.keep_in_touch import KeepInTouchService
from eventmate.services.people.merge import MergeService
from eventmate.services.people.people import PeopleService
from eventmate.services.people.timeline import TimelineService
from eventmate.services.records import RecordsService
from eventmate.services.rehearsal.service import RehearsalService
from eventmate.services.search.search import SearchService
from eventmate.storage.engine import Database
from eventmate.storage.home_queries import EngineHomeQueries, HomeQueries, SqliteHomeQueries


def home_queries(database: Database) -> HomeQueries:
    """The fastest way to read Home on ``database``."""
    if database.path is not None:
        return SqliteHomeQueries(database.path, read_only=database.read_only)
    return EngineHomeQueries(database)


class Services:
    """The use cases the GUI and the CLI call, all on one open database."""

    def __init__(
        self, database: Database, backups_dir: Path | None, clock: Clock = system_clock
    ) -> None:
        self._db = database
        # Mapper set-up costs ~100 ms on the first ORM query; pay it here, while Home (painted
        # without the ORM) is on screen, not on the first visit to People or Events.
        configure_mappers()
        self.home = HomeService(home_queries(database), clock)
        self.events = EventsService(database, clock)
        self.intentions = IntentionsService(database)
        self.briefing = BriefingService(database)
        self.calendar_import = CalendarImportService(database, backups_dir, clock)
        self.people = PeopleService(database)
        self.capture = CaptureService(database, clock)
        self.journal = JournalService(database, clock)
        self.sample_data = SampleDataService(database, clock)
        self.maintenance = MaintenanceService(database, backups_dir)
        self.backups = BackupsService(database, backups_dir, clock)
        self.archive = ArchiveService(database, clock)
        self.move = MoveService(database, clock)
        self.exports = ExportsService(database)
        self.vcards = VCardService(database, self.backups)
        self.calendar = CalendarExportService(database, clock)
        self.search = SearchService(database)
        self.person = PersonDetailService(database)
        self.timeline = TimelineService(database)
        self.duplicates = DuplicatesService(database)
        self.merge = MergeService(database, self._backup_before_merge)
        self.reflection = ReflectionService(database, clock)
        self.followups = FollowUpService(database, clock)
        self.exchanges = ExchangeService(database, clock)
        self.keep_in_touch = KeepInTouchService(database, clock)
        self.tidy = TidyService(database, clock)
        self.insights = InsightsService(database, clock)
        self.rehearsal = RehearsalService(database, clock)
        self.records = RecordsService(database)

    def change_feed(self) -> ChangeFeed:
        """A new watcher of what changes in this database, whoever changes it."""
        return ChangeFeed(self._db)

    def _backup_before_merge(self) -> Path | None:
        # A server database is backed up by the server's own tools; merges there rely on undo.
        if self._db.path is None:
            return None
        return self.maintenance.backup(reason="pre-merge").path

    def close(self) -> None:
        """Release the database (every pooled connection)."""
        self._db.close()
