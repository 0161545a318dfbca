"""All services for one open database, each built on first use by the composition root.

A command that searches imports the search service and nothing else: no vCard, iCalendar or
archive code, and, on a SQLite file, not even SQLAlchemy (its quick reads go through
``sqlite3``; see :mod:`eventmate.storage.sql`). The app asks for :meth:`Services.warm` once
Home is on screen, so no page pays for an import on its first visit.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from eventmate.services.shared_database import SharedDatabase

if TYPE_CHECKING:
    from eventmate.services.after.exchanges import ExchangeService
    from eventmate.services.after.followups import FollowUpService
    from eventmate.services.after.journal import JournalService
    from eventmate.services.after.open_followups import OpenFollowUps
    from eventmate.services.after.reflection import ReflectionService
    from eventmate.services.after.tidy import TidyService
    from eventmate.services.capture.capture import CaptureService
    from eventmate.services.capture.outbox import Outbox
    from eventmate.services.capture.quick import QuickCapture
    from eventmate.services.data.archive import ArchiveService
    from eventmate.services.data.backups import BackupsService
    from eventmate.services.data.calendar_export import CalendarExportService
    from eventmate.services.data.calendar_import import CalendarImportService
    from eventmate.services.data.encryption import EncryptionService
    from eventmate.services.data.exports import ExportsService
    from eventmate.services.data.maintenance import MaintenanceService
    from eventmate.services.data.move import MoveService
    from eventmate.services.data.sample_data import SampleDataService
    from eventmate.services.data.team import TeamService
    from eventmate.services.data.vcards import VCardService
    from eventmate.services.events.briefing import BriefingService
    from eventmate.services.events.event_list import EventListing
    from eventmate.services.events.events import EventsService
    from eventmate.services.events.intentions import IntentionsService
    from eventmate.services.home import HomeService
    from eventmate.services.insights.service import InsightsService
    from eventmate.services.people.detail import PersonDetailService
    from eventmate.services.people.duplicates import DuplicatesService
    from eventmate.services.people.keep_in_touch import KeepInTouchService
    from eventmate.services.people.listings import PeopleListings
    from eventmate.services.people.merge import MergeService
    from eventmate.services.people.people import PeopleService
    from eventmate.services.people.timeline import TimelineService
    from eventmate.services.records import RecordsService
    from eventmate.services.rehearsal.service import RehearsalService
    from eventmate.services.search.search import SearchService


class Services(SharedDatabase):
    """The use cases the GUI and the CLI call, all on one database, each made when first used.

    Built like :class:`~eventmate.services.shared_database.SharedDatabase` (the database, or a
    function that opens it, the backups folder, the clock).
    """

    # -- Home, before, during --------------------------------------------------------------

    @cached_property
    def home(self) -> HomeService:
        """What Home shows."""
        from eventmate.services.home import HomeService
        from eventmate.storage.home_queries import EngineHomeQueries, SqliteHomeQueries

        if self._path is not None:
            return HomeService(SqliteHomeQueries(self._path), self._clock)
        return HomeService(EngineHomeQueries(self.database), self._clock)

    @cached_property
    def events(self) -> EventsService:
        """Events: create, edit, delete, list."""
        from eventmate.services.events.events import EventsService

        return EventsService(self.database, self._clock)

    @cached_property
    def event_list(self) -> EventListing:
        """Every event, upcoming then past, read without the ORM (the command line)."""
        from eventmate.services.events.event_list import EventListing

        return EventListing(self.sql, self._clock)

    @cached_property
    def intentions(self) -> IntentionsService:
        """Intentions set before an event."""
        from eventmate.services.events.intentions import IntentionsService

        return IntentionsService(self.database)

    @cached_property
    def briefing(self) -> BriefingService:
        """The briefing before an event."""
        from eventmate.services.events.briefing import BriefingService

        return BriefingService(self.database)

    @cached_property
    def capture(self) -> CaptureService:
        """Capture mode: store, undo, suggest."""
        from eventmate.services.capture.capture import CaptureService

        return CaptureService(self.database, self._clock, self.outbox)

    @cached_property
    def outbox(self) -> Outbox | None:
        """Captures kept on this computer while the server is away (None: a local file)."""
        if self._outbox is None or self._path is not None:
            return None  # a file on this computer is always there (and needs no SQLAlchemy)
        from eventmate.services.capture.outbox import Outbox

        return Outbox(self._outbox)

    @cached_property
    def quick_capture(self) -> QuickCapture:
        """Captures without the ORM (the command line): no undo, no suggestions."""
        from eventmate.services.capture.quick import QuickCapture

        return QuickCapture(self.sql, self._clock)

    # -- people and search -----------------------------------------------------------------

    @cached_property
    def people(self) -> PeopleService:
        """The people list, a page at a time."""
        from eventmate.services.people.people import PeopleService

        return PeopleService(self.database)

    @cached_property
    def listings(self) -> PeopleListings:
        """People with their ways to reach them and tags (the command line, exports)."""
        from eventmate.services.people.listings import PeopleListings

        return PeopleListings(self.sql)

    @cached_property
    def search(self) -> SearchService:
        """Search everywhere."""
        from eventmate.services.search.search import SearchService

        return SearchService(self.sql, lambda: self.database)

    @cached_property
    def person(self) -> PersonDetailService:
        """One person's page."""
        from eventmate.services.people.detail import PersonDetailService

        return PersonDetailService(self.database)

    @cached_property
    def timeline(self) -> TimelineService:
        """One person's timeline."""
        from eventmate.services.people.timeline import TimelineService

        return TimelineService(self.database)

    @cached_property
    def duplicates(self) -> DuplicatesService:
        """Possible duplicate people."""
        from eventmate.services.people.duplicates import DuplicatesService

        return DuplicatesService(self.database)

    @cached_property
    def merge(self) -> MergeService:
        """Merging two people (backed up first on a file)."""
        from eventmate.services.people.merge import MergeService

        return MergeService(self.database, self._backup_before_merge)

    @cached_property
    def keep_in_touch(self) -> KeepInTouchService:
        """Who to reconnect with."""
        from eventmate.services.people.keep_in_touch import KeepInTouchService

        return KeepInTouchService(self.database, self._clock)

    # -- after -------------------------------------------------------------------------------

    @cached_property
    def journal(self) -> JournalService:
        """The journal of reflections."""
        from eventmate.services.after.journal import JournalService

        return JournalService(self.database, self._clock)

    @cached_property
    def reflection(self) -> ReflectionService:
        """Reflecting on an event."""
        from eventmate.services.after.reflection import ReflectionService

        return ReflectionService(self.database, self._clock)

    @cached_property
    def followups(self) -> FollowUpService:
        """Follow-ups: add, edit, mark done."""
        from eventmate.services.after.followups import FollowUpService

        return FollowUpService(self.database, self._clock)

    @cached_property
    def open_followups(self) -> OpenFollowUps:
        """Open follow-ups, read without the ORM (the command line)."""
        from eventmate.services.after.open_followups import OpenFollowUps

        return OpenFollowUps(self.sql)

    @cached_property
    def exchanges(self) -> ExchangeService:
        """Exchanges with people."""
        from eventmate.services.after.exchanges import ExchangeService

        return ExchangeService(self.database, self._clock)

    @cached_property
    def tidy(self) -> TidyService:
        """Tidying captures kept for later."""
        from eventmate.services.after.tidy import TidyService

        return TidyService(self.database, self._clock)

    # -- own your data -----------------------------------------------------------------------

    @cached_property
    def calendar_import(self) -> CalendarImportService:
        """Importing .ics calendars."""
        from eventmate.services.data.calendar_import import CalendarImportService

        return CalendarImportService(self.database, self._backups_dir, self._clock)

    @cached_property
    def sample_data(self) -> SampleDataService:
        """Sample data to try EventMate with."""
        from eventmate.services.data.sample_data import SampleDataService

        return SampleDataService(self.database, self._clock)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        """Health checks and backups."""
        from eventmate.services.data.maintenance import MaintenanceService

        return MaintenanceService(self.database, self._backups_dir)

    @cached_property
    def backups(self) -> BackupsService:
        """Scheduled and manual backups, restores."""
        from eventmate.services.data.backups import BackupsService

        return BackupsService(self.database, self._backups_dir, self._clock)

    @cached_property
    def encryption(self) -> EncryptionService:
        """Encryption at rest: on, off, remembered on this computer."""
        from eventmate.services.data.encryption import EncryptionService

        return EncryptionService(self.database, self._backups_dir, self._config_dir)

    @cached_property
    def archive(self) -> ArchiveService:
        """The JSON archive of everything."""
        from eventmate.services.data.archive import ArchiveService

        return ArchiveService(self.database, self._clock)

    @cached_property
    def move(self) -> MoveService:
        """Moving everything into another, empty store (verified, all or nothing)."""
        from eventmate.services.data.move import MoveService

        return MoveService(self.database, self._clock)

    @cached_property
    def team(self) -> TeamService:
        """The team on a server: its members, adding and removing one."""
        from eventmate.services.data.team import TeamService

        return TeamService(self.database)

    @cached_property
    def exports(self) -> ExportsService:
        """CSV and Markdown exports."""
        from eventmate.services.data.exports import ExportsService

        return ExportsService(self.database)

    @cached_property
    def vcards(self) -> VCardService:
        """vCard import and export."""
        from eventmate.services.data.vcards import VCardService

        return VCardService(self.database, self.backups)

    @cached_property
    def calendar(self) -> CalendarExportService:
        """iCalendar export."""
        from eventmate.services.data.calendar_export import CalendarExportService

        return CalendarExportService(self.database, self._clock)

    @cached_property
    def insights(self) -> InsightsService:
        """How the user has shown up: people met, promises, intentions, energy, giving."""
        from eventmate.services.insights.service import InsightsService

        return InsightsService(self.database, self._clock)

    @cached_property
    def rehearsal(self) -> RehearsalService:
        """Rehearsing names and faces before an event."""
        from eventmate.services.rehearsal.service import RehearsalService

        return RehearsalService(self.database, self._clock)

    @cached_property
    def records(self) -> RecordsService:
        """Whether a record (by uid) still exists, and what became of it."""
        from eventmate.services.records import RecordsService

        return RecordsService(self.database)

    def _backup_before_merge(self) -> Path | None:
        # A server database is backed up by the server's own tools; merges there rely on undo.
        if self.database.path is None:
            return None
        return self.maintenance.backup(reason="pre-merge").path
