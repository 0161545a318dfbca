"""Importing events from an iCalendar (.ics) file: a preview first, then all or nothing.

The preview lists every event of the file and what importing it does: a new event, an update
of an event EventMate knows by its UID (and what would change), or nothing (already in
EventMate as it is); it names every component left out with the reason. Which event a UID
names, and what an update may change, is :mod:`.calendar_match`. The import writes every new
and updated event in one transaction, after a verified backup of the database; re-importing
EventMate's own export adds nothing and changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from eventmate.domain.i18n import _
from eventmate.domain.kinds import EventKind
from eventmate.domain.text import clean_line, fold
from eventmate.interop.ics import IcsEvent, read_ics
from eventmate.interop.ics_model import MAX_FILE_BYTES
from eventmate.interop.limited_read import FileTooLarge, read_limited
from eventmate.services.changes import NOTHING, Changes, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.data.calendar_match import (
    Field,
    Incoming,
    Status,
    differences,
    find_events,
    recurrence_start,
    update_event,
)
from eventmate.services.events.drafts import EventDraft, EventInvalid, apply_draft, validated_draft
from eventmate.storage.backup import BackupError, backup_name, take_backup
from eventmate.storage.engine import Database
from eventmate.storage.models import Event

__all__ = [
    "CalendarImportService",
    "Field",
    "ImportItem",
    "ImportPreview",
    "ImportResult",
    "Skipped",
    "Status",
]

log = logging.getLogger(__name__)

#: Repeating events are imported for this long from today unless the user picks another range.
DEFAULT_WINDOW = timedelta(days=183)
#: What an event without a SUMMARY is called.
UNTITLED = "Untitled event"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A calendar component left out (or imported with a change), and why."""

    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportItem:
    """One event of the file, and what importing it would do.

    Attributes:
        draft: The event as the file gives it.
        uid: Its UID in the file.
        recurrence_id: For an occurrence of a repeating event, its original start (ISO).
        status: New, an update of a known event, or unchanged (nothing to do).
        event_uid: The uid of the known event it updates or already is.
        updates: What an update changes.
        explicit_kind: The file names the kind in EventMate's own property.
        recurrence_start: ``recurrence_id`` as an instant.
    """

    draft: EventDraft
    uid: str
    recurrence_id: str
    status: Status = Status.NEW
    event_uid: str | None = None
    updates: tuple[Field, ...] = ()
    explicit_kind: bool = False
    recurrence_start: datetime | None = None

    @property
    def duplicate(self) -> bool:
        """Already in EventMate as it is: importing it changes nothing."""
        return self.status is Status.UNCHANGED


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a file would do."""

    source: str
    items: tuple[ImportItem, ...]
    skipped: tuple[Skipped, ...]
    method: str
    #: Set when nothing could be read at all (the file is not a calendar, is empty, ...).
    fatal: str | None
    window_start: datetime
    window_end: datetime
    #: The zone all-day dates were read in (None: the system's).
    local_tz: tzinfo | None = None

    @property
    def new(self) -> tuple[ImportItem, ...]:
        """The items that would be added as new events."""
        return tuple(item for item in self.items if item.status is Status.NEW)

    @property
    def updates(self) -> tuple[ImportItem, ...]:
        """The items that would update events EventMate knows."""
        return tuple(item for item in self.items if item.status is Status.UPDATE)

    @property
    def writes(self) -> tuple[ImportItem, ...]:
        """The items importing writes (new and updated events)."""
        return tuple(item for item in self.items if item.status is not Status.UNCHANGED)

    @property
    def duplicates(self) -> int:
        """How many events are already in EventMate as they are."""
        return sum(1 for item in self.items if item.status is Status.UNCHANGED)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did.

    Attributes:
        imported: New events added.
        duplicates: Events already in EventMate as they are (nothing written).
        skipped: Components left out, and warnings.
        event_uids: The new events' uids.
        backup: The backup taken first, if any.
        updated: Known events updated.
        updated_uids: Their uids.
        changes: What the import changed.
    """

    imported: int
    duplicates: int
    skipped: tuple[Skipped, ...]
    event_uids: tuple[str, ...]
    backup: Path | None
    updated: int = 0
    updated_uids: tuple[str, ...] = ()
    changes: Changes = NOTHING


def _kind(event: IcsEvent) -> EventKind:
    if event.kind in EventKind.__members__.values():
        return EventKind(event.kind)
    # A calendar's own words often say what it is: "Rehearsal", "Gala concert", "Masterclass".
    words = fold(" ".join((event.title, *event.categories))).replace("-", " ").split()
    for kind in EventKind:
        if kind is not EventKind.OTHER and kind.value in words:
            return kind
    return EventKind.OTHER


def _draft(event: IcsEvent) -> EventDraft:
    title = clean_line(event.title).text or UNTITLED
    ends_at = event.ends_at if event.ends_at and event.ends_at > event.starts_at else None
    if event.all_day and ends_at is not None:
        # iCalendar's all-day end is exclusive (midnight after); EventMate stores the last minute.
        ends_at = max(event.starts_at, ends_at - timedelta(minutes=1))
    return EventDraft(
        title=title,
        starts_at=event.starts_at,
        kind=_kind(event),
        venue=event.venue,
        city=event.city,
        ends_at=ends_at,
        all_day=event.all_day,
        host=event.host,
        tags=event.categories,
        notes=event.notes,
    )


class CalendarImportService:
    """Previews and imports calendar files; each import is one transaction."""

    def __init__(
        self,
        database: Database,
        backups_dir: Path | None,
        clock: Clock = system_clock,
    ) -> None:
        self._db = database
        self._backups_dir = backups_dir
        self._clock = clock

    def default_window(self) -> tuple[datetime, datetime]:
        """From now to six months ahead: where repeating events are imported by default."""
        now = self._clock().replace(second=0, microsecond=0)
        return now, now + DEFAULT_WINDOW

    def preview_file(
        self,
        path: Path,
        *,
        window: tuple[datetime, datetime] | None = None,
        local_tz: tzinfo | None = None,
    ) -> ImportPreview:
        """Read ``path`` and preview importing it; a file that cannot be read is ``fatal``."""
        start, end = window or self.default_window()
        try:
            data = read_limited(path, MAX_FILE_BYTES)
        except FileTooLarge as error:
            return ImportPreview(str(path), (), (), "", f"{error}.", start, end)
        except OSError as error:
            reason = error.strerror or str(error)
            message = _("Cannot read it: {reason}.").format(reason=reason)
            return ImportPreview(str(path), (), (), "", message, start, end)
        return self.preview(data, source=str(path), window=(start, end), local_tz=local_tz)

    def preview(
        self,
        data: bytes,
        *,
        source: str = "",
        window: tuple[datetime, datetime] | None = None,
        local_tz: tzinfo | None = None,
    ) -> ImportPreview:
        """What importing ``data`` would do: new events, duplicates, and what is left out."""
        start, end = window or self.default_window()
        if end <= start:
            raise ValueError("the import range must end after it starts")
        result = read_ics(data, window_start=start, window_end=end, local_tz=local_tz)
        skipped = [Skipped(problem.what, problem.reason) for problem in result.skipped]
        incoming: list[Incoming] = []
        recurrence_ids: list[str] = []
        for event in result.events:
            try:
                draft = validated_draft(_draft(event))
            except EventInvalid as problem:
                skipped.append(Skipped(f"VEVENT “{event.title}” (UID {event.uid})", str(problem)))
                continue
            incoming.append(
                Incoming(
                    # UIDs are stored cleaned (one line, capped), so they are compared cleaned.
                    uid=clean_line(event.uid, limit=1000).text,
                    recurrence_start=recurrence_start(event.recurrence_id, local_tz),
                    draft=draft,
                    explicit_kind=event.kind in EventKind.__members__.values(),
                )
            )
            recurrence_ids.append(event.recurrence_id)
        with self._db.read() as session:
            items = [
                _item(item, recurrence_id, status, event_uid, updates)
                for item, recurrence_id, (status, event_uid, updates) in zip(
                    incoming, recurrence_ids, self._plan(session, incoming, local_tz), strict=True
                )
            ]
        return ImportPreview(
            source=source,
            items=tuple(items),
            skipped=tuple(skipped),
            method=result.method,
            fatal=result.fatal,
            window_start=start,
            window_end=end,
            local_tz=local_tz,
        )

    def commit(self, preview: ImportPreview, *, backup: bool = True) -> ImportResult:
        """Add the preview's new events and update the known ones, in one transaction.

        What each item does is worked out again inside the transaction, so importing the same
        preview twice (or a file imported meanwhile) adds nothing twice, and an event changed
        or deleted since the preview is compared as it is now. Nothing is written if anything
        fails.
        """
        backup_path = self._backup() if backup and preview.writes else None
        created: list[str] = []
        updated: list[str] = []
        unchanged = 0
        incoming = [_incoming(item) for item in preview.items]
        with self._db.write() as session:
            events = find_events(session, incoming)
            for item, event in zip(incoming, events, strict=True):
                if event is None:
                    new = Event(title=item.draft.title, starts_at=item.draft.starts_at)
                    new.ical_uid = item.uid or None
                    session.add(new)
                    apply_draft(session, new, item.draft)
                    session.flush()
                    created.append(new.uid)
                    continue
                fields = differences(event, item, preview.local_tz)
                if not fields:
                    unchanged += 1
                    continue
                update_event(session, event, item, fields)
                updated.append(event.uid)
        return ImportResult(
            imported=len(created),
            duplicates=unchanged,
            skipped=preview.skipped,
            event_uids=tuple(created),
            backup=backup_path,
            updated=len(updated),
            updated_uids=tuple(updated),
            changes=changes_of(session),
        )

    def _plan(
        self, session: Session, incoming: list[Incoming], local_tz: tzinfo | None
    ) -> list[tuple[Status, str | None, tuple[Field, ...]]]:
        """What importing each item does against the database as ``session`` sees it."""
        plan: list[tuple[Status, str | None, tuple[Field, ...]]] = []
        for item, event in zip(incoming, find_events(session, incoming), strict=True):
            if event is None:
                plan.append((Status.NEW, None, ()))
                continue
            fields = differences(event, item, local_tz)
            plan.append((Status.UPDATE if fields else Status.UNCHANGED, event.uid, fields))
        return plan

    def _backup(self) -> Path | None:
        if self._backups_dir is None:
            return None
        if self._db.path is None:
            # A server: a complete JSON archive (services.data.server_backup).
            from eventmate.services.data.archive import ArchiveService
            from eventmate.services.data.server_backup import archive_name, take_archive_backup

            target = self._backups_dir / archive_name("before-import", self._clock())
            try:
                return take_archive_backup(ArchiveService(self._db, self._clock), target).path
            except BackupError as error:
                log.warning("no backup before the calendar import: %s", error)
                return None
        if self._db.path is None:
            return None
        target = self._backups_dir / backup_name("before-import", self._clock())
        try:
            self._backups_dir.mkdir(parents=True, exist_ok=True)
            return take_backup(self._db.path, target).path
        except (BackupError, OSError) as error:
            # The import itself is one transaction; a missing backup must not block it.
            log.warning("no backup before the calendar import: %s", error)
            return None


def _incoming(item: ImportItem) -> Incoming:
    """What the file said about an item (the preview keeps it as an :class:`ImportItem`)."""
    return Incoming(item.uid, item.recurrence_start, item.draft, item.explicit_kind)


def _item(
    incoming: Incoming,
    recurrence_id: str,
    status: Status,
    event_uid: str | None,
    updates: tuple[Field, ...],
) -> ImportItem:
    return ImportItem(
        draft=incoming.draft,
        uid=incoming.uid,
        recurrence_id=recurrence_id,
        status=status,
        event_uid=event_uid,
        updates=updates,
        explicit_kind=incoming.explicit_kind,
        recurrence_start=incoming.recurrence_start,
    )
