"""Importing events from an iCalendar (.ics) file: a preview first, then all or nothing.

The preview lists every event that would be imported, marks those already in EventMate (same
UID and same start) as duplicates, and names every component left out with the reason. The
import writes every new event in one transaction, after a verified backup of the database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventmate.domain.kinds import EventKind
from eventmate.domain.text import clean_line, fold
from eventmate.interop.ics import IcsEvent, read_ics
from eventmate.interop.ics_model import MAX_FILE_BYTES
from eventmate.interop.limited_read import FileTooLarge, read_limited
from eventmate.services.clock import Clock, system_clock
from eventmate.services.events.events import EventDraft, EventInvalid, apply_draft, validated_draft
from eventmate.storage.backup import BackupError, backup_name, take_backup
from eventmate.storage.engine import Database
from eventmate.storage.models import Event

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
    """One event the preview would import."""

    draft: EventDraft
    uid: str
    recurrence_id: str
    #: Already in EventMate (same UID and start): it will not be imported again.
    duplicate: bool


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

    @property
    def new(self) -> tuple[ImportItem, ...]:
        """The items that would be imported (duplicates left out)."""
        return tuple(item for item in self.items if not item.duplicate)

    @property
    def duplicates(self) -> int:
        """How many events are already in EventMate."""
        return sum(1 for item in self.items if item.duplicate)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did."""

    imported: int
    duplicates: int
    skipped: tuple[Skipped, ...]
    event_ids: tuple[int, ...]
    backup: Path | None


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
            return ImportPreview(str(path), (), (), "", f"Cannot read it: {reason}.", start, end)
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
        drafts: list[tuple[IcsEvent, EventDraft]] = []
        for event in result.events:
            try:
                drafts.append((event, validated_draft(_draft(event))))
            except EventInvalid as problem:
                skipped.append(Skipped(f"VEVENT “{event.title}” (UID {event.uid})", str(problem)))
        # UIDs are stored cleaned (one line, capped), so they are compared cleaned too.
        uids = [clean_line(event.uid, limit=1000).text for event, _ in drafts]
        existing = self._existing(
            {(uid, draft.starts_at) for uid, (_, draft) in zip(uids, drafts, strict=True)}
        )
        seen: set[tuple[str, datetime]] = set()
        items = []
        for uid, (event, draft) in zip(uids, drafts, strict=True):
            key = (uid, draft.starts_at)
            duplicate = key in existing or key in seen
            items.append(ImportItem(draft, uid, event.recurrence_id, duplicate))
            seen.add(key)
        return ImportPreview(
            source=source,
            items=tuple(items),
            skipped=tuple(skipped),
            method=result.method,
            fatal=result.fatal,
            window_start=start,
            window_end=end,
        )

    def commit(self, preview: ImportPreview, *, backup: bool = True) -> ImportResult:
        """Import the preview's new events in one transaction (nothing if anything fails).

        Duplicates are checked again inside the transaction, so importing the same preview
        twice (or a file imported meanwhile) adds nothing twice.
        """
        backup_path = self._backup() if backup and preview.new else None
        ids: list[int] = []
        duplicates = preview.duplicates
        with self._db.write() as session:
            wanted = {(item.uid, item.draft.starts_at) for item in preview.new}
            present = self._existing(wanted, session=session)
            for item in preview.new:
                key = (item.uid, item.draft.starts_at)
                if key in present:
                    duplicates += 1
                    continue
                present.add(key)
                event = Event(title=item.draft.title, starts_at=item.draft.starts_at)
                event.ical_uid = item.uid or None
                session.add(event)
                apply_draft(session, event, item.draft)
                session.flush()
                ids.append(event.id)
        return ImportResult(len(ids), duplicates, preview.skipped, tuple(ids), backup_path)

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

    def _existing(
        self, keys: set[tuple[str, datetime]], session: Session | None = None
    ) -> set[tuple[str, datetime]]:
        if not keys:
            return set()
        uids = sorted({uid for uid, _ in keys})
        found: set[tuple[str, datetime]] = set()

        def read(active: Session) -> None:
            for start in range(0, len(uids), 500):
                rows = active.execute(
                    select(Event.ical_uid, Event.starts_at).where(
                        Event.ical_uid.in_(uids[start : start + 500])
                    )
                )
                found.update((str(uid), starts_at) for uid, starts_at in rows)

        if session is None:
            with self._db.read() as fresh:
                read(fresh)
        else:
            read(session)
        return found & keys
