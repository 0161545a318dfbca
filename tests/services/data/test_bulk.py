"""Bulk work: multi-row inserts store what SQLAlchemy would; the collector pauses and resumes."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, event, func, select
from tests.conftest import NOW

from eventmate.domain.kinds import ContactKind, PersonStatus
from eventmate.services.data import bulk
from eventmate.services.data.bulk import collector_paused
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Person


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    # Whatever a test did, the next one finds the collector as it was.
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_and_resumed_after_even_on_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_nested_and_overlapping_blocks_resume_only_at_the_end() -> None:
    inner_entered = threading.Event()
    outer_left = threading.Event()
    seen: list[bool] = []

    def other_thread() -> None:
        with collector_paused():
            inner_entered.set()
            outer_left.wait(5)
            seen.append(gc.isenabled())

    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
        worker = threading.Thread(target=other_thread)
        worker.start()
        inner_entered.wait(5)
    # The other thread's block is still open: the collector stays paused until it ends.
    assert not gc.isenabled()
    outer_left.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def _stored_rows(database: Database, table: str) -> list[tuple[object, ...]]:
    # Not the ids and uids: each insert makes new ones.
    with database.read() as session:
        result = session.connection().exec_driver_sql(f"SELECT * FROM {table}")
        names = [d[0] for d in result.cursor.description]
        return [
            tuple(v for n, v in zip(names, row, strict=True) if n not in ("id", "uid"))
            for row in result
        ]


@pytest.mark.sqlite_only("the plain-sqlite3 fast path")
def test_rows_sent_straight_to_sqlite_are_stored_as_sqlalchemy_stores_them(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    when = datetime(2026, 11, 25, 18, 30, 5, 123456, tzinfo=UTC)
    people = [
        {
            "id": i,
            "name": f"Zoë {i}",
            "sort_key": f"zoe {i}",
            "created_at": when,
            "updated_at": when,
        }
        for i in (1, 2)
    ]
    methods = [
        {"person_id": 1, "kind": ContactKind.EMAIL, "value": "z@example.org", "label": "work"},
        {"person_id": 2, "kind": ContactKind.PHONE, "value": "+44 1", "label": ""},
    ]
    tables = (
        ("person", Person.__table__, people),
        ("contact_method", ContactMethod.__table__, methods),
    )
    stored = {}
    for direct in (False, True):
        with database.write() as session:
            session.execute(delete(Person))
        monkeypatch.setattr(bulk, "is_sqlite", lambda _session, direct=direct: direct)
        with database.write() as session:
            for _name, table, rows in tables:
                bulk.insert_rows(session, table, rows)  # type: ignore[arg-type]
        stored[direct] = {name: _stored_rows(database, name) for name, _t, _r in tables}
    assert stored[True] == stored[False]
    assert stored[True]["person"][0][0:2] == ("Zoë 1", "zoe 1")  # and the defaults filled in
    with database.read() as session:
        zoe = session.get(Person, 1)
        assert zoe is not None
        assert (zoe.status, zoe.is_sample, zoe.created_at) == (PersonStatus.ACTIVE, False, when)


def test_many_rows_go_in_few_statements_and_a_missing_value_is_refused(database: Database) -> None:
    statements: list[str] = []
    listen = event.listens_for(database.engine, "before_cursor_execute")
    listen(lambda _c, _cur, statement, *_rest: statements.append(statement))
    rows = [
        {"name": f"P{i}", "sort_key": f"p{i}", "created_at": NOW, "updated_at": NOW}
        for i in range(1234)
    ]
    with database.write() as session:
        bulk.insert_rows(session, Person.__table__, rows)  # type: ignore[arg-type]
    inserts = [s for s in statements if s.startswith("INSERT INTO person")]
    if database.path is not None:
        assert len(inserts) == -(-1234 // bulk.ROWS_PER_STATEMENT)
    else:  # SQLAlchemy's own batching ("insertmanyvalues") on a server
        assert len(inserts) < 1234 // 100
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1234
        # The search index (FTS5 triggers, or the server's computed column) has every row.
        sql = (
            "SELECT count(*) FROM search_person WHERE search_person MATCH 'P1233'"
            if database.path is not None
            else "SELECT count(*) FROM person WHERE search_name = ' p1233'"
        )
        found = session.connection().exec_driver_sql(sql)
        assert found.scalar() == 1
    with (
        pytest.raises(ValueError, match=r"person\.created_at needs a value"),
        database.write() as session,
    ):
        bulk.insert_rows(session, Person.__table__, [{"name": "x", "sort_key": "x"}])  # type: ignore[arg-type]
