"""Moving everything to another, empty store and back: verified, uids kept, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from tests import pg_cluster
from tests.conftest import NOW
from tests.stores import Stores

from eventmate.interop.json_archive import encode_archive
from eventmate.services.container import Services
from eventmate.services.data.archive import ArchiveService
from eventmate.services.data.move import MoveError, MoveService
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_url


@pytest.fixture
def other(stores: Stores, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store of the other kind: a server database, or a new SQLite file."""
    if stores.server:
        yield str(tmp_path / "elsewhere" / "moved.sqlite3")
        return
    cluster: pg_cluster.Cluster = request.getfixturevalue("pg")
    name = cluster.new_name("move")
    yield cluster.create(name)
    cluster.drop(name)


def _open(target: str) -> Database:
    if "://" in target:
        return open_url(target)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    return open_url(f"sqlite:///{target}")


def _archive(database: Database) -> bytes:
    return encode_archive(ArchiveService(database, lambda: NOW).export_document())


def test_everything_moves_with_its_uids_and_back_again(
    services: Services, database: Database, other: str, tmp_path: Path
) -> None:
    services.sample_data.add()
    before = _archive(database)
    result = services.move.move_to(other)
    assert result.people > 0
    assert "throw-away" not in result.target  # never shows a password
    moved = _open(other)
    try:
        assert _archive(moved) == before  # every row, every uid, byte for byte
        # New rows there get new ids after the moved ones (sequences moved past them).
        with moved.write() as session:
            session.add(Person(name="After the move", sort_key="after the move"))
        with moved.read() as session:
            ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        assert ids[-1] > ids[-2]
        back = tmp_path / "back" / "eventmate.sqlite3"
        MoveService(moved, lambda: NOW).move_to(str(back))
    finally:
        moved.close()
    returned = _open(str(back))
    try:
        assert "After the move" in _archive(returned).decode()
    finally:
        returned.close()


def test_a_store_that_holds_data_is_refused_and_left_alone(
    services: Services, database: Database, other: str
) -> None:
    services.sample_data.add()
    target = _open(other)
    with target.write() as session:
        session.add(Person(name="Already here", sort_key="already here"))
    target.close()
    with pytest.raises(MoveError, match="already"):
        services.move.move_to(other)
    target = _open(other)
    try:
        with target.read() as session:
            assert session.scalars(select(Person.name)).all() == ["Already here"]
    finally:
        target.close()


def test_a_copy_that_does_not_verify_leaves_nothing(
    services: Services, database: Database, other: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.sample_data.add()
    from eventmate.services.data import move

    calls: list[bytes] = []
    real = move.encode_archive

    def changed_in_transit(document: object) -> bytes:
        data = real(document)  # type: ignore[arg-type]
        calls.append(data)
        # The source's archive as read, then the copy's: one character differs.
        return data if len(calls) == 1 else data.replace(b"Zo", b"Zu", 1)

    monkeypatch.setattr(move, "encode_archive", changed_in_transit)
    with pytest.raises(MoveError, match="byte for byte"):
        services.move.move_to(other)
    if "://" in other:
        target = _open(other)
        try:
            with target.read() as session:
                assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0
        finally:
            target.close()
    else:
        assert not Path(other).exists()  # the file made for the move is gone again


def _trigram_indexes(target: str) -> dict[str, tuple[list[str] | None, int]]:
    """Each trigram index of a server store: its options and the pages of its pending list
    (and the store's facts have been vacuumed)."""
    database = _open(target)
    try:
        with database.write() as session:
            session.execute(text("CREATE EXTENSION IF NOT EXISTS pgstattuple"))
            vacuumed = session.execute(
                text(
                    "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'fact'"
                )
            ).scalar()
            assert vacuumed  # settled after the copy: no first reader rewrites every page
            rows = session.execute(
                text(
                    "SELECT relname, reloptions, (pgstatginindex(oid)).pending_pages "
                    "FROM pg_class WHERE relkind = 'i' AND relname LIKE :pattern"
                ),
                {"pattern": r"ix\_%\_search\_%"},
            ).all()
    finally:
        database.close()
    return {name: (options, pending) for name, options, pending in rows}


@pytest.mark.sqlite_only(reason="moves to a server")
def test_a_move_to_a_server_leaves_it_vacuumed_with_no_trigrams_pending(
    services: Services, other: str
) -> None:
    # The copy collects its trigrams in pending lists (fast), then merges them and sets the
    # indexes back to writing in place (0016_search3), so no search reads a pending list;
    # then the database is vacuumed and analysed (storage.bulk_writes.settle).
    services.sample_data.add()
    services.move.move_to(other)
    indexes = _trigram_indexes(other)
    assert len(indexes) == 7
    assert all(found == (["fastupdate=off"], 0) for found in indexes.values()), indexes


def test_the_store_in_use_is_not_a_target(services: Services, database: Database) -> None:
    here = (
        f"sqlite:///{database.path}"
        if database.path is not None
        else database.engine.url.render_as_string(hide_password=False)
    )
    with pytest.raises(MoveError, match="in use"):
        services.move.move_to(here)


def test_bad_addresses_say_why(services: Services, tmp_path: Path) -> None:
    with pytest.raises(MoveError, match="not valid"):
        services.move.move_to("postgresql+psycopg://[broken")
    with pytest.raises(MoveError, match=r"no database of that name|could not be reached"):
        services.move.move_to("postgresql+psycopg://nobody@127.0.0.1:1/none")
