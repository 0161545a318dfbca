"""A team on one server: what member A keeps private, member B cannot read, change or find.

A writes through the services (as the app does, logged in as A); B connects with raw SQL
(psycopg, not our services) and with the app's services. The probe is also run with
row-level security turned off, to show it finds the leaks it is there to find.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from tests.team_members import SECRET, Team, team_of_two

from eventmate.services.container import Services
from eventmate.services.data.team import TeamError
from eventmate.storage.bulk_writes import batch_trigram_writes, merge_trigram_writes
from eventmate.storage.engine import Database
from eventmate.storage.team import PRIVATE_TABLES

pytestmark = pytest.mark.server_only

#: Where private words are kept, and the server's search columns (0010_server_search).
_WORDS = (
    ("reflection", "body"),
    ("reflection", "answers::text"),
    ("reflection", "search_text"),
    ("capture", "raw_text"),
    ("capture", "search_text"),
    ("note", "text"),
    ("note", "search_text"),
    ("intention", "text"),
    ("follow_up", "text"),
    ("exchange", "text"),
)


@pytest.fixture
def team(server: Database, tmp_path: Path) -> Iterator[Team]:
    with team_of_two(server, tmp_path) as made:
        yield made


def _private_uids(team: Team) -> set[str]:
    """Every uid of a private record, read as the administrator (a superuser sees all)."""
    uids: set[str] = set()
    with team.admin.engine.connect() as connection:
        for table in PRIVATE_TABLES:
            columns = connection.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns "
                f"WHERE table_name = '{table}' AND column_name = 'uid'"
            ).all()
            if columns:
                uids |= set(connection.exec_driver_sql(f'SELECT uid FROM "{table}"').scalars())
    return uids


def leaks(team: Team) -> list[str]:
    """What member B can read, change or find of A's private rows (nothing, when kept)."""
    found = []
    private = _private_uids(team)
    with team.raw(team.b) as b:
        for table in PRIVATE_TABLES:
            (rows,) = b.execute(f'SELECT count(*) FROM "{table}"').fetchone() or (0,)
            if rows:
                found.append(f"{table}: {rows} rows read")
            changed = b.execute(f'UPDATE "{table}" SET owner = owner').rowcount
            if changed:
                found.append(f"{table}: {changed} rows updated")
        seen = b.execute("SELECT kind, uid, op FROM change_log").fetchall()
        logged = [row for row in seen if row[1] in private or row[0] in PRIVATE_TABLES]
        if logged:
            found.append(f"change_log: {len(logged)} rows about private records")
        for table, column in _WORDS:
            (hits,) = b.execute(
                f'SELECT count(*) FROM "{table}" WHERE {column} LIKE %s', (f"%{SECRET}%",)
            ).fetchone() or (0,)
            if hits:
                found.append(f"{table}: the secret found in {column}")
        deleted = b.execute("DELETE FROM reflection_mention").rowcount
        deleted += b.execute("DELETE FROM intention").rowcount
        if deleted:
            found.append(f"{deleted} private rows deleted")
    return found


def test_member_b_reads_changes_and_finds_nothing_of_a(team: Team) -> None:
    # A wrote in every private table (else the probe would prove nothing).
    with team.admin.engine.connect() as connection:
        for table in PRIVATE_TABLES:
            owners = set(connection.exec_driver_sql(f'SELECT owner FROM "{table}"').scalars())
            assert owners == {team.a.name}, table
        journal = connection.execute(
            text("SELECT count(*) FROM note WHERE text LIKE :s"), {"s": f"%{SECRET}%"}
        )
        assert journal.scalar_one() == 1
    assert leaks(team) == []
    # A still has everything, unchanged.
    entries = team.services_a.journal.entries()
    assert [SECRET in entry.body for entry in entries] == [True]
    assert team.services_a.search.search(SECRET).hits


def test_b_may_not_write_rows_owned_by_a(team: Team) -> None:
    with team.raw(team.b) as b:
        (event_id,) = b.execute("SELECT id FROM event").fetchone() or (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            b.execute(
                "INSERT INTO intention (uid, event_id, kind, text, outcome_note, position, owner) "
                "VALUES (gen_random_uuid()::text, %s, 'connect', 'planted', '', 9, %s)",
                (event_id, team.a.name),
            )
        # Nor take a row over: an update may not hand it to someone else either.
        b.execute(
            "INSERT INTO note (uid, event_id, text, created_at, updated_at) "
            "VALUES (gen_random_uuid()::text, %s, 'mine', now(), now())",
            (event_id,),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            b.execute("UPDATE note SET owner = %s", (team.a.name,))
    with team.admin.engine.connect() as connection:
        owners = connection.exec_driver_sql("SELECT owner, text FROM note ORDER BY id").all()
    assert [tuple(row) for row in owners][-1] == (team.b.name, "mine")


def test_b_sees_and_edits_shared_people_and_events(team: Team) -> None:
    with team.raw(team.b) as b:
        names = [row[0] for row in b.execute("SELECT name FROM person")]
        facts = [row[0] for row in b.execute("SELECT text FROM fact")]
        assert (
            b.execute(
                "UPDATE person SET role = 'viola, LSO' WHERE uid = %s", (team.person_uid,)
            ).rowcount
            == 1
        )
        assert (
            b.execute(
                "UPDATE event SET title = 'Winter Gala (moved)' WHERE uid = %s", (team.event_uid,)
            ).rowcount
            == 1
        )
        # B's own changes to shared records are in the log B reads.
        logged = {(row[0], row[1]) for row in b.execute("SELECT kind, uid FROM change_log")}
    assert names == ["Quentin Zorbas"]
    assert sorted(facts) == ["grew up in Graz", "loves zither"]
    assert ("person", team.person_uid) in logged
    assert ("event", team.event_uid) in logged
    # A sees B's edits.
    detail = team.services_a.events.get(team.event_uid)
    assert detail is not None
    assert detail.title == "Winter Gala (moved)"


def test_the_app_as_b_shows_shared_people_but_not_a_reflections(team: Team) -> None:
    b = team.services_b
    assert [row.name for row in b.people.page(0, 10)] == ["Quentin Zorbas"]
    assert b.journal.entries() == ()
    assert b.search.search(SECRET).is_empty
    zither = b.search.search("zither")
    assert [hit.text for hit in zither.hits] == ["loves zither"]
    assert b.open_followups.open_items() == ()
    assert team.services_a.open_followups.open_items()
    view = b.reflection.open(team.event_uid)
    assert (view.uid, view.body, view.answers, view.energy_after) == (None, "", {}, None)
    assert b.intentions.for_event(team.event_uid) == ()
    # B reflects on the same shared event; A's reflection stays A's.
    b.reflection.save_body(team.event_uid, "B's own evening")
    assert [entry.body for entry in b.journal.entries()] == ["B's own evening"]
    assert [SECRET in entry.body for entry in team.services_a.journal.entries()] == [True]


def test_the_probe_finds_leaks_without_row_level_security(team: Team) -> None:
    with team.admin.engine.begin() as connection:
        for table in (*PRIVATE_TABLES, "change_log"):
            connection.exec_driver_sql(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
            connection.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    found = leaks(team)
    for table in PRIVATE_TABLES:
        assert f"{table}: " in "\n".join(found), table
    assert any(line.startswith("change_log:") for line in found)


def test_a_team_needs_a_server(tmp_path: Path) -> None:
    from eventmate.storage.opening import open_sqlite

    database = open_sqlite(tmp_path / "eventmate.sqlite3", tmp_path / "backups")
    try:
        with pytest.raises(TeamError, match="needs a PostgreSQL server"):
            Services(database, tmp_path).team.members()
    finally:
        database.close()


def test_b_hears_a_shared_changes_and_nothing_of_a_private_ones(team: Team) -> None:
    from eventmate.services.changes import ChangeFeed, Kind

    feed_b, feed_a = ChangeFeed(team.services_b.database), ChangeFeed(team.services_a.database)
    feed_b.start()
    feed_a.start()
    made = team.services_a.capture.capture(
        f"Rosa Lind (harp) — plays Ravel !lend her the {SECRET} edition", event_uid=team.event_uid
    )
    team.services_a.reflection.save_body(team.event_uid, f"and Rosa, {SECRET}")
    heard, told_a = feed_b.poll(), feed_a.poll()
    assert not heard.reset
    assert made.person_uid in heard.uids(Kind.PERSON)
    assert heard.touches(Kind.FACT)
    private = (Kind.CAPTURE, Kind.FOLLOW_UP, Kind.REFLECTION, Kind.NOTE, Kind.INTENTION)
    assert not heard.touches(*private)
    assert team.event_uid not in heard.uids(Kind.EVENT)  # A's reflection on it is A's
    # A hears all of it.
    assert told_a.touches(Kind.CAPTURE, Kind.FOLLOW_UP, Kind.REFLECTION)
    assert team.event_uid in told_a.uids(Kind.EVENT)
    feed_a.close()
    feed_b.close()


def test_a_member_import_leaves_the_trigram_indexes_of_others_alone(team: Team) -> None:
    # An import batches trigram writes only in indexes its role owns (storage.bulk_writes):
    # B owns none, and altering another's index would fail the whole import.
    with team.services_b.database.write() as session:
        assert batch_trigram_writes(session.connection()) == []
        merge_trigram_writes(session.connection(), [])
    with team.services_a.database.write() as session:
        assert batch_trigram_writes(session.connection()) == []
