"""A member's delete or merge never destroys another member's private rows (0015_cascade).

Member A deletes and merges shared people and events through the services, as the app does;
member B's private rows on them are read back as B (services and raw SQL) and, where A must
not see them, probed as A with raw SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url
from tests import pg_cluster
from tests.team_members import Team, team_of_two

from eventmate.domain.kinds import ExchangeDirection, IntentionKind
from eventmate.services.changes import Kind
from eventmate.services.people.merge import MergeRecord
from eventmate.services.records import KeptByOthers
from eventmate.storage.engine import Database
from eventmate.storage.opening import open_url
from eventmate.storage.team import KEPT_BY_OTHERS, keeper_name

pytestmark = pytest.mark.server_only

#: In every private text B writes.
B_SECRET = "bobsecret"


@pytest.fixture
def team(server: Database, tmp_path: Path) -> Iterator[Team]:
    with team_of_two(server, tmp_path) as made:
        yield made


def _b_writes(team: Team) -> None:
    """B's private rows on A's shared person (Quentin) and event (Winter Gala)."""
    b = team.services_b
    b.followups.add(f"call about {B_SECRET}", person_uid=team.person_uid)
    b.exchanges.record(team.person_uid, ExchangeDirection.RECEIVED, text=f"{B_SECRET} tip")
    b.intentions.add(team.event_uid, IntentionKind.OFFER, f"{B_SECRET} plan", team.person_uid)
    b.reflection.save_body(team.event_uid, f"{B_SECRET}: met @Quentin Zorbas")


def _b_rows(team: Team, column: str, table: str) -> list[tuple[object, ...]]:
    with team.raw(team.b) as b:
        return [tuple(row) for row in b.execute(f'SELECT {column} FROM "{table}" ORDER BY 1')]


def _person_id(team: Team, uid: str) -> int:
    with team.raw(team.b) as b:
        row = b.execute("SELECT id FROM person WHERE uid = %s", (uid,)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_may_not_delete_an_event_b_keeps_notes_on(team: Team) -> None:
    _b_writes(team)
    with pytest.raises(KeptByOthers, match="Others in your team keep private notes on “Winter"):
        team.services_a.events.delete(team.event_uid)
    assert team.services_a.events.get(team.event_uid) is not None
    assert [i.text for i in team.services_b.intentions.for_event(team.event_uid)] == [
        f"{B_SECRET} plan"
    ]
    assert [e.body for e in team.services_b.journal.entries()] == [
        f"{B_SECRET}: met @Quentin Zorbas"
    ]
    # A's own rows on it are there too (nothing of the delete was kept).
    assert len(team.services_a.intentions.for_event(team.event_uid)) == 2


def test_a_deletes_an_event_only_a_wrote_on_with_a_rows(team: Team) -> None:
    deleted = team.services_a.events.delete(team.event_uid)
    assert team.services_a.events.get(team.event_uid) is None
    assert team.services_a.journal.entries() == ()
    team.services_a.events.restore(deleted)
    assert team.services_a.events.get(team.event_uid) is not None


def test_the_server_refuses_even_plain_sql_and_says_nothing_of_b(team: Team) -> None:
    _b_writes(team)
    with team.raw(team.a) as a:
        with pytest.raises(psycopg.Error) as refused:
            a.execute("DELETE FROM person WHERE uid = %s", (team.person_uid,))
        assert refused.value.sqlstate == KEPT_BY_OTHERS
        with pytest.raises(psycopg.Error) as refused_event:
            a.execute("DELETE FROM event WHERE uid = %s", (team.event_uid,))
        assert refused_event.value.sqlstate == KEPT_BY_OTHERS
    said = f"{refused.value}\n{refused_event.value}\n{refused.value.diag.message_detail}"
    assert team.b.name not in said
    assert B_SECRET not in said
    assert len(_b_rows(team, "text", "follow_up")) == 1


def _merged(team: Team) -> tuple[MergeRecord, str]:
    """A makes a second Quentin and merges A's shared Quentin (with B's rows) into it."""
    kept = team.services_a.capture.capture("Quentin Z. (viola) — second card").person_uid
    assert kept is not None
    return team.services_a.merge.merge(kept, team.person_uid), kept


def test_a_merge_moves_b_rows_to_the_person_kept(team: Team) -> None:
    _b_writes(team)
    record, kept = _merged(team)
    assert record.others_moved is not None
    kept_id = _person_id(team, kept)
    # Every private row of B about Quentin is on the person kept, and B still reads it.
    assert {row[0] for row in _b_rows(team, "person_id", "follow_up")} == {kept_id}
    assert {row[0] for row in _b_rows(team, "person_id", "exchange")} == {kept_id}
    assert {row[0] for row in _b_rows(team, "person_id", "intention")} == {kept_id}
    assert {row[0] for row in _b_rows(team, "person_id", "reflection_mention")} == {kept_id}
    assert [i.text for i in team.services_b.followups.for_person(kept_id)] == [
        f"call about {B_SECRET}"
    ]
    # A still reads none of them.
    with team.raw(team.a) as a:
        for table in ("follow_up", "exchange", "intention", "reflection", "private_move"):
            try:
                found = a.execute(f'SELECT * FROM "{table}"').fetchall()
            except psycopg.errors.InsufficientPrivilege:
                assert table == "private_move"  # granted to no member
                continue
            assert B_SECRET not in repr(found), table


def test_undoing_the_merge_puts_b_rows_back(team: Team) -> None:
    _b_writes(team)
    record, _kept = _merged(team)
    team.services_a.merge.undo(record)
    back = _person_id(team, team.person_uid)
    assert back == record.removed_id
    for table in ("follow_up", "exchange", "intention", "reflection_mention"):
        assert {row[0] for row in _b_rows(team, "person_id", table)} == {back}, table
    with team.admin.engine.connect() as connection:
        left = connection.exec_driver_sql("SELECT count(*) FROM private_move").scalar_one()
    assert left == 0  # the server forgot what it moved once it was undone


def test_a_merge_with_nothing_of_b_moves_nothing_of_anyone_else(team: Team) -> None:
    record, _kept = _merged(team)
    assert record.others_moved is None
    team.services_a.merge.undo(record)
    assert team.services_a.followups.for_person(_person_id(team, team.person_uid))


def test_undoing_a_capture_keeps_the_person_b_wrote_about(team: Team) -> None:
    a = team.services_a
    made = a.capture.capture("Rosa Lind (harp) — plays Ravel", event_uid=team.event_uid)
    assert made.person_uid is not None
    team.services_b.followups.add(f"write to Rosa {B_SECRET}", person_uid=made.person_uid)
    undone = a.capture.undo(made.uid)
    assert undone.person_removed is None  # the server kept Rosa: B wrote about her
    assert a.records.exists(Kind.PERSON, made.person_uid)
    assert not a.records.exists(Kind.CAPTURE, made.uid)
    assert [row[0] for row in _b_rows(team, "text", "follow_up")] == [f"write to Rosa {B_SECRET}"]


def test_undoing_a_tidy_keeps_the_person_b_wrote_about(team: Team) -> None:
    a = team.services_a
    with team.raw(team.a) as raw:
        raw.execute(
            "INSERT INTO capture (uid, raw_text, captured_at, is_sample) "
            "VALUES (gen_random_uuid()::text, 'someone from the bar', now(), false)"
        )
        (capture_uid,) = raw.execute("SELECT uid FROM capture ORDER BY id DESC").fetchone() or ("",)
    step = a.tidy.make_person(capture_uid, "Ida Bar")
    team.services_b.exchanges.record(step.person_uid, ExchangeDirection.GAVE, text=B_SECRET)
    a.tidy.undo(step)
    assert a.records.exists(Kind.PERSON, step.person_uid)  # kept: B gave her something
    assert len(_b_rows(team, "text", "exchange")) == 1


def test_removing_sample_data_keeps_what_b_wrote_about(team: Team) -> None:
    a = team.services_a
    a.sample_data.add()
    with team.raw(team.a) as raw:
        (sample_uid,) = raw.execute(
            "SELECT uid FROM person WHERE is_sample ORDER BY id LIMIT 1"
        ).fetchone() or ("",)
        (people,) = raw.execute("SELECT count(*) FROM person WHERE is_sample").fetchone() or (0,)
    team.services_b.followups.add(f"{B_SECRET} sample", person_uid=sample_uid)
    removed = a.sample_data.remove()
    assert removed.people == people - 1
    assert a.records.exists(Kind.PERSON, sample_uid)
    assert len(_b_rows(team, "text", "follow_up")) == 1


def test_an_administrator_who_is_no_superuser_keeps_them_too(
    pg: pg_cluster.Cluster, tmp_path: Path
) -> None:
    """A hosted server: the schema's owner may create roles but is no superuser."""
    name = pg.new_name("hosted")
    admin_role = f"{name}_admin"
    pg.admin(f"CREATE ROLE {admin_role} LOGIN CREATEROLE PASSWORD '{pg_cluster.PASSWORD}'")
    pg.admin(f"CREATE DATABASE {name} OWNER {admin_role}")
    url = make_url(pg.url(name)).set(username=admin_role)
    admin = open_url(url.render_as_string(hide_password=False))  # migrates as the owner
    logins: list[str] = []
    try:
        with admin.engine.connect() as connection:
            owners = set(
                connection.exec_driver_sql(
                    "SELECT pg_get_userbyid(proowner) FROM pg_proc "
                    "WHERE proname IN ('eventmate_merge_private', 'eventmate_unmerge_private', "
                    "'eventmate_keep_others_rows')"
                ).scalars()
            )
            members_of_keeper = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
                f"WHERE r.rolname = '{keeper_name(name)}'"
            ).scalar_one()
        assert owners == {keeper_name(name)}
        assert members_of_keeper == 0  # the administrator gave the membership back
        with team_of_two(admin, tmp_path, drop_roles=False) as team:
            logins.extend((team.a.name, team.b.name))
            _b_writes(team)
            with pytest.raises(KeptByOthers):
                team.services_a.events.delete(team.event_uid)
            record, kept = _merged(team)
            assert record.others_moved is not None
            kept_id = _person_id(team, kept)
            assert {row[0] for row in _b_rows(team, "person_id", "follow_up")} == {kept_id}
    finally:
        admin.close()
        pg.drop(name)
        for role in (*logins, keeper_name(name), f"{name}_team", admin_role):
            pg.admin(f"DROP ROLE IF EXISTS {role}")
