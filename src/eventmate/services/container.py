"""All services for one open database, built once by the composition root."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import configure_mappers

from eventmate.services.archive import ArchiveService
from eventmate.services.backups import BackupsService
from eventmate.services.briefing import BriefingService
from eventmate.services.calendar_export import CalendarExportService
from eventmate.services.calendar_import import CalendarImportService
from eventmate.services.capture import CaptureService
from eventmate.services.clock import Clock, system_clock
from eventmate.services.duplicates import DuplicatesService
from eventmate.services.events import EventsService
from eventmate.services.exchanges import ExchangeService
from eventmate.services.exports import ExportsService
from eventmate.services.followups import FollowUpService
from eventmate.services.home import HomeService
from eventmate.services.insights.service import InsightsService
from eventmate.services.intentions import IntentionsService
from eventmate.services.interactions import KeepInTouchService
from eventmate.services.journal import JournalService
from eventmate.services.maintenance import MaintenanceService
from eventmate.services.merge import MergeService
from eventmate.services.people import PeopleService
from eventmate.services.person_detail import PersonDetailService
from eventmate.services.reflection import ReflectionService
from eventmate.services.rehearsal.service import RehearsalService
from eventmate.services.sample_data import SampleDataService
from eventmate.services.search import SearchService
from eventmate.services.tidy import TidyService
from eventmate.services.timeline import TimelineService
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

    def _backup_before_merge(self) -> Path | None:
        # A server database is backed up by the server's own tools; merges there rely on undo.
        if self._db.path is None:
            return None
        return self.maintenance.backup(reason="pre-merge").path

    def close(self) -> None:
        """Release the database (every pooled connection)."""
        self._db.close()
