"""Migration 0002: FTS5 indexes built on a populated database and kept current by triggers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Column, Connection, MetaData, Table, delete, insert, text, update

from eventmate.storage.engine import Database
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.migrate import alembic_config, current_revision
from eventmate.storage.models import Capture, Event, Fact, Note, Person, Reflection

pytestmark = pytest.mark.sqlite_only("FTS5 indexes; a server's search: test_server_text.py")

WHEN = datetime(2026, 11, 1, 19, 30, tzinfo=UTC)
INDEXES = (
    "search_person",
    "search_fact",
    "search_capture",
    "search_note",
    "search_event",
    "search_reflection",
)


#: Columns added by migrations after 0005_identity (absent from the tables made here).
LATER_COLUMNS = {"uid", "could_offer", "version"}


def _before_uids(model: Any) -> Table:
    """``model``'s table as it was before 0005_identity (no uid, nor columns added later)."""
    return Table(
        model.__tablename__,
        MetaData(),
        *(
            Column(
                c.name,
                c.type,
                primary_key=c.primary_key,
                nullable=c.nullable,
                default=None if c.default is None else c.default.arg,
            )
            for c in model.__table__.c
            if c.name not in LATER_COLUMNS
        ),
    )


def _populate(connection: Connection, *, uids: bool = True) -> None:
    Event_, Person_, Fact_, Capture_, Note_, Reflection_ = (
        (Event, Person, Fact, Capture, Note, Reflection)
        if uids
        else tuple(_before_uids(m) for m in (Event, Person, Fact, Capture, Note, Reflection))
    )
    connection.execute(
        insert(Event_),
        [{"id": 1, "title": "Wigmore recital", "venue": "Wigmore Hall", "starts_at": WHEN}],
    )
    connection.execute(
        insert(Person_),
        [
            {
                "id": 1,
                "name": "Zoë Müller",
                "sort_key": "zoe muller",
                "role": "Oboe",
                "recall_cues": "",
            },
            {
                "id": 2,
                "name": "Seán O'Brien",
                "sort_key": "sean o'brien",
                "role": "",
                "recall_cues": "🎻",
            },
        ],
    )
    connection.execute(insert(Fact_), [{"person_id": 1, "text": "loves Ligeti", "kind": "story"}])
    connection.execute(insert(Capture_), [{"raw_text": "Zoë — cor anglais", "person_id": 1}])
    connection.execute(insert(Note_), [{"person_id": 2, "text": "Dublin teacher"}])
    connection.execute(
        insert(Reflection_),
        [{"event_id": 1, "answers": {"What went well?": "Ça va, très bien"}, "body": "Calm"}],
    )


def _integrity(connection: Connection) -> None:
    for name in INDEXES:
        connection.execute(text(f"INSERT INTO {name}({name}) VALUES ('integrity-check')"))
    assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _match(connection: Connection, index: str, query: str) -> list[int]:
    rows = connection.execute(
        text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q ORDER BY rowid"), {"q": query}
    )
    return list(rows.scalars())


def test_all_migrations_from_0001_on_a_populated_database(migrating: Connection) -> None:
    from alembic import command

    config = alembic_config()
    connection = migrating
    config.attributes["connection"] = connection
    command.downgrade(config, "0001_initial")
    _populate(connection, uids=False)
    command.upgrade(config, "head")
    assert current_revision(connection) == HEAD_REVISION
    _integrity(connection)
    assert _match(connection, "search_person", '"zoe"*') == [1]
    assert _match(connection, "search_person", '"🎻"*') == [2]
    assert _match(connection, "search_reflection", '"ca"* "tres"*') == [1]
    assert _match(connection, "search_event", '"wigm"*') == [1]


def test_index_follows_inserts_edits_and_deletes(database: Database) -> None:
    with database.engine.begin() as connection:
        _populate(connection)
        connection.execute(
            update(Person).where(Person.id == 1).values(name="Zoe Lang", sort_key="zoe lang")
        )
        connection.execute(update(Fact).values(text="loves Kurtág"))
        connection.execute(
            update(Reflection).values(answers={"What went well?": "Encore"}, body="")
        )
        connection.execute(delete(Note))
        # Touching a column that is not indexed must leave the index alone (and valid).
        connection.execute(update(Person).values(last_interaction_at=WHEN))
        _integrity(connection)
        assert _match(connection, "search_person", '"muller"*') == []
        assert _match(connection, "search_person", '"lang"*') == [1]
        assert _match(connection, "search_fact", '"ligeti"*') == []
        assert _match(connection, "search_fact", '"kurtag"*') == [1]
        assert _match(connection, "search_reflection", '"tres"*') == []
        assert _match(connection, "search_reflection", '"encore"*') == [1]
        assert _match(connection, "search_note", '"dublin"*') == []
        connection.execute(delete(Person).where(Person.id == 1))
        connection.execute(delete(Event))
        _integrity(connection)
        # Facts went with their person (ON DELETE CASCADE) and out of the index too.
        assert _match(connection, "search_fact", '"kurtag"*') == []
        assert _match(connection, "search_reflection", '"encore"*') == []
