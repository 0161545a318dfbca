"""Migration 0005: uids for every record, ids never reused, folded names searched, a change log."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Connection

from eventmate.storage.engine import Database
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.migrate import alembic_config, current_revision

pytestmark = pytest.mark.sqlite_only("SQLite's rebuild in 0005; the server's: test_change_log.py")

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
UID_TABLES = (
    "tag",
    "series",
    "event",
    "person",
    "capture",
    "fact",
    "note",
    "intention",
    "follow_up",
    "exchange",
    "reflection",
)
T = "'2026-11-01 19:30:00.000000'"


def _sql(connection: Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in connection.exec_driver_sql(sql).fetchall()]


def _person(connection: Connection, pid: int, name: str, key: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO person (id, name, sort_key, pronunciation, recall_cues, role, organization,"
        " met_how, status, status_note, is_sample, created_at, updated_at) VALUES "
        f"({pid}, '{name}', '{key}', '', '', '', '', '', 'active', '', 0, {T}, {T})"
    )


def _populate_at_0004(connection: Connection) -> None:
    """Rows as the previous version stored them (its own sort keys, no uids)."""
    connection.exec_driver_sql(
        "INSERT INTO event (id, title, kind, venue, city, starts_at, all_day, programme, host,"
        f" notes, is_sample, created_at, updated_at) VALUES (1, 'Gala', 'concert', 'Hall', '',"
        f" {T}, 0, '', '', '', 0, {T}, {T})"
    )
    _person(connection, 1, "Łucja Nowak", "łucja nowak")
    _person(connection, 2, "Søren Berg", "søren berg")
    _person(connection, 5, "Anna Strauß", "anna strauss")
    connection.exec_driver_sql(
        "INSERT INTO fact (id, person_id, kind, text, created_at) "
        f"VALUES (7, 1, 'story', 'oboe', {T})"
    )
    connection.exec_driver_sql(
        "INSERT INTO capture (id, raw_text, event_id, person_id, captured_at, is_sample) VALUES"
        f" (3, 'Łucja — oboe', 1, 1, {T}, 0)"
    )
    connection.exec_driver_sql("INSERT INTO tag (id, name, is_sample) VALUES (4, 'choir', 0)")
    connection.exec_driver_sql("INSERT INTO person_tag (person_id, tag_id) VALUES (1, 4)")
    connection.exec_driver_sql(
        "INSERT INTO reflection (id, event_id, answers, body, created_at, updated_at)"
        f" VALUES (2, 1, '{{}}', 'calm', {T}, {T})"
    )


@pytest.fixture
def upgraded(migrating: Connection) -> Connection:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = migrating
    command.downgrade(config, "0004_search_upkeep")
    _populate_at_0004(migrating)
    command.upgrade(config, "head")
    assert current_revision(migrating) == HEAD_REVISION
    return migrating


def test_every_record_gets_a_distinct_uuid_and_keeps_its_id(upgraded: Connection) -> None:
    seen: set[str] = set()
    for table in UID_TABLES:
        for (uid,) in _sql(upgraded, f"SELECT uid FROM {table}"):
            assert isinstance(uid, str)
            assert UUID4.match(uid), uid
            assert uid not in seen
            seen.add(uid)
    assert len(seen) == 8  # an event, 3 people, a fact, a capture, a tag, a reflection
    assert _sql(upgraded, "SELECT id, name FROM person ORDER BY id") == [
        (1, "Łucja Nowak"),
        (2, "Søren Berg"),
        (5, "Anna Strauß"),
    ]
    assert _sql(upgraded, "SELECT person_id, tag_id FROM person_tag") == [(1, 4)]


def test_ids_are_never_handed_out_again(upgraded: Connection) -> None:
    upgraded.exec_driver_sql("DELETE FROM person WHERE id = 5")
    upgraded.exec_driver_sql(
        "INSERT INTO person (uid, name, sort_key, pronunciation, recall_cues, role, organization,"
        " met_how, status, status_note, is_sample, created_at, updated_at) VALUES "
        f"('x', 'New', 'new', '', '', '', '', '', 'active', '', 0, {T}, {T})"
    )
    assert _sql(upgraded, "SELECT id FROM person WHERE name = 'New'") == [(6,)]


def test_names_are_folded_as_people_type_them_and_searched(upgraded: Connection) -> None:
    assert _sql(upgraded, "SELECT sort_key FROM person ORDER BY id") == [
        ("lucja nowak",),
        ("soren berg",),
        ("anna strauss",),
    ]
    for query, pid in (('"lucja"*', 1), ('"soren"*', 2), ('"strauss"*', 5), ('"łucja"*', 1)):
        found = _sql(
            upgraded, f"SELECT rowid FROM search_person WHERE search_person MATCH '{query}'"
        )
        assert found == [(pid,)], query
    for index in ("search_person", "search_fact", "search_capture", "search_event"):
        upgraded.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    assert _sql(upgraded, "PRAGMA integrity_check") == [("ok",)]
    assert _sql(upgraded, "PRAGMA foreign_key_check") == []
    # Merges stay at idle (0004_search_upkeep) for the rebuilt index too.
    assert _sql(upgraded, "SELECT v FROM search_person_config WHERE k = 'automerge'") == [(0,)]


def test_every_change_is_logged_with_the_record_it_belongs_to(upgraded: Connection) -> None:
    (lucja,) = _sql(upgraded, "SELECT uid FROM person WHERE id = 1")[0]
    start = _sql(upgraded, "SELECT coalesce(max(seq), 0) FROM change_log")[0][0]
    upgraded.exec_driver_sql(
        "INSERT INTO fact (uid, person_id, kind, text, created_at) "
        f"VALUES ('f2', 1, 'other', 'x', {T})"
    )
    upgraded.exec_driver_sql("UPDATE person SET role = 'oboe' WHERE id = 1")
    upgraded.exec_driver_sql("DELETE FROM person_tag WHERE person_id = 1")
    upgraded.exec_driver_sql("DELETE FROM fact WHERE uid = 'f2'")
    rows = _sql(upgraded, f"SELECT kind, uid, op FROM change_log WHERE seq > {start}")
    # Each statement's rows in any order (SQLite does not promise an order among triggers).
    assert sorted(rows) == sorted(
        [
            ("fact", "f2", "c"),
            ("person", lucja, "u"),
            ("person", lucja, "u"),
            ("person", lucja, "u"),
            ("fact", "f2", "d"),
            ("person", lucja, "u"),
        ]
    )


def test_downgrade_keeps_every_row(upgraded: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = upgraded
    command.downgrade(config, "0004_search_upkeep")
    assert _sql(upgraded, "SELECT count(*) FROM person") == [(3,)]
    assert "uid" not in [r[1] for r in _sql(upgraded, "PRAGMA table_info(person)")]
    upgraded.exec_driver_sql("INSERT INTO search_person(search_person) VALUES ('integrity-check')")
    command.upgrade(config, "head")
    assert _sql(upgraded, "SELECT count(*) FROM person WHERE uid IS NOT NULL") == [(3,)]


def test_a_new_database_has_the_same_schema(database: Database) -> None:
    with database.engine.connect() as connection:
        assert (
            "AUTOINCREMENT"
            in _sql(connection, "SELECT sql FROM sqlite_master WHERE name = 'person'")[0][0]
        )
