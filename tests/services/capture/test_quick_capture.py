"""The command line's captures (plain sqlite3) store exactly what capture mode stores."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import NOW
from eventmate.domain.kinds import Direction, FollowUpStatus
from eventmate.services.capture.quick import QuickCapture
from eventmate.services.capture.result import NothingToCapture, UnknownRecord
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Break, Event, FollowUp, Person
from eventmate.storage.opening import open_sqlite
from eventmate.storage.sql import SqliteReader

LINES = [
    "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #strings #London !send Ligeti",
    "Seán O'Brien: oboe, new to London ?send me the dates",
    "cellist, red scarf — studied in Vienna",
    "Zoë Ng 🎻 (flute @ Aurora) — both love Ligeti #strings",
]
TABLES = ("capture", "person", "fact", "follow_up", "note", "tag", "person_tag")


def _with_event(database: Database) -> int:
    with database.write() as session:
        event = Event(title="Gala", starts_at=NOW - timedelta(hours=1))
        event.breaks.append(
            Break(label="Interval", starts_at=NOW - timedelta(minutes=5), minutes=20)
        )
        session.add(event)
        session.flush()
        return event.id


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row a capture writes, without uids (random), which are checked to be UUIDs."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table in TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            if "uid" in columns:
                at = columns.index("uid")
                uids = [str(row[at]) for row in rows]
                assert all(len(uid) == 36 and uid.count("-") == 4 for uid in uids), uids
                assert len(set(uids)) == len(uids)
                rows = [row[:at] + row[at + 1 :] for row in rows]
            found[table] = rows
        return found
    finally:
        conn.close()


@pytest.mark.sqlite_only(
    reason="compares two SQLite files with sqlite3; on a server the quick path (EngineReader) "
    "runs under the command-line capture tests"
)
def test_quick_captures_write_the_same_rows_as_capture_mode(
    services: Services, database: Database, tmp_path: Path
) -> None:
    other = open_sqlite(tmp_path / "other.sqlite3", tmp_path / "backups")
    event = _with_event(database)
    assert _with_event(other) == event
    other.close()
    quick = QuickCapture(SqliteReader(tmp_path / "other.sqlite3"), clock=lambda: NOW)
    event_uid = services.records.uid_of(Kind.EVENT, event)
    for line in LINES:
        services.capture.capture(line, event_uid)
        quick.capture(line, str(event))  # the command line names it by its number
    pasted = ["Kwame Mensah — tenor #strings", "front desk, tall"]
    services.capture.capture_many(pasted, event_uid)
    quick.capture_many(pasted, str(event))
    assert database.path is not None
    database.close()
    assert _rows(tmp_path / "other.sqlite3") == _rows(database.path)


def test_quick_captures_read_back_through_the_orm(tmp_path: Path) -> None:
    database = open_sqlite(tmp_path / "e.sqlite3", tmp_path / "backups")
    event = _with_event(database)
    quick = QuickCapture(SqliteReader(tmp_path / "e.sqlite3"), clock=lambda: NOW)
    result = quick.capture(LINES[0], str(event))
    assert result.person_created
    assert result.tags == ("strings", "london")
    with database.read() as session:
        anna = session.get(Person, result.person_id)
        assert anna is not None
        assert anna.created_at == NOW
        assert anna.met_event_id == event
        promise = session.scalars(select(FollowUp)).one()
        assert promise.direction is Direction.MINE
        assert promise.status is FollowUpStatus.OPEN
        # 72 hours after the event's start (it has no end): domain.timing.default_due.
        assert promise.due_at == NOW - timedelta(hours=1) + timedelta(hours=72)
    database.close()


def test_quick_capture_refuses_empty_text_and_unknown_events(tmp_path: Path) -> None:
    open_sqlite(tmp_path / "e.sqlite3", tmp_path / "backups").close()
    quick = QuickCapture(SqliteReader(tmp_path / "e.sqlite3"), clock=lambda: NOW)
    with pytest.raises(NothingToCapture):
        quick.capture("   ")
    with pytest.raises(UnknownRecord):
        quick.capture("Anna", "99")
    with pytest.raises(UnknownRecord):
        quick.capture_many(["Anna", "Ben"], "no-such-uid")
    conn = sqlite3.connect(tmp_path / "e.sqlite3")
    assert conn.execute("SELECT count(*) FROM capture").fetchone() == (0,)
    conn.close()
