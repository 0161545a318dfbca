"""Opening a server: each way a connection fails is named; TLS unless local; the keyring."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from tests import pg_cluster

from eventmate.storage import server
from eventmate.storage.opening import DatabaseProblem, ProblemKind, open_url
from eventmate.storage.passwords import NoKeyring, save_password
from eventmate.storage.server import (
    ServerProblem,
    ServerProblemKind,
    check_server,
    connect_args,
    is_local,
)

pytestmark = pytest.mark.server_only


def _problem(url: str) -> ProblemKind:
    with pytest.raises(DatabaseProblem) as caught:
        open_url(url).close()
    assert pg_cluster.PASSWORD not in str(caught.value)  # never shown
    return caught.value.kind


def test_a_new_server_database_gets_the_schema_and_a_second_open_is_quick(
    pg: pg_cluster.Cluster,
) -> None:
    name = pg.new_name("open")
    url = pg.create(name)
    try:
        database = open_url(url)
        with database.read() as session:
            assert session.execute(text("SELECT count(*) FROM change_log")).scalar() == 0
        database.close()
        open_url(url).close()  # already at the head: nothing to do
    finally:
        pg.drop(name)


def test_wrong_password(pg: pg_cluster.Cluster) -> None:
    assert _problem(pg.url("postgres", password="not-it")) is ProblemKind.WRONG_PASSWORD


def test_no_password_and_none_saved(pg: pg_cluster.Cluster) -> None:
    assert _problem(pg.url("postgres", password=None)) is ProblemKind.WRONG_PASSWORD


def test_the_keyring_gives_the_password(
    pg: pg_cluster.Cluster, memory_keyring: dict[tuple[str, str], str]
) -> None:
    url = make_url(pg.url("postgres", password=None))
    save_password(url, pg_cluster.PASSWORD)
    assert len(memory_keyring) == 1
    assert check_server(url).version_num >= server.MIN_SERVER_VERSION


def test_a_socket_folder_in_the_url(pg: pg_cluster.Cluster) -> None:
    url = f"postgresql+psycopg://{pg_cluster.USER}@/postgres?host={pg.folder}&port={pg.port}"
    assert check_server(url).version_num >= server.MIN_SERVER_VERSION


def test_no_such_database(pg: pg_cluster.Cluster) -> None:
    assert _problem(pg.url("no_such_database")) is ProblemKind.NO_DATABASE


def test_unreachable_host(pg: pg_cluster.Cluster) -> None:
    closed = pg.url("postgres").replace(f":{pg.port}/", f":{pg.port + 1}/")
    assert _problem(closed) is ProblemKind.UNREACHABLE


def test_a_server_without_tls_when_tls_is_asked_for(pg: pg_cluster.Cluster) -> None:
    assert _problem(pg.url("postgres") + "?sslmode=require") is ProblemKind.TLS_REQUIRED


def test_too_old_a_server(pg: pg_cluster.Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "MIN_SERVER_VERSION", 990000)
    assert _problem(pg.url("postgres")) is ProblemKind.SERVER_TOO_OLD


def test_a_newer_schema_is_refused_and_left_alone(pg: pg_cluster.Cluster) -> None:
    name = pg.new_name("newer")
    url = pg.create(name)
    try:
        database = open_url(url)
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        database.close()
        assert _problem(url) is ProblemKind.NEWER_VERSION
    finally:
        pg.drop(name)


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("[::1]", True),
        ("db.example.org", False),
        ("192.0.2.7", False),
    ],
)
def test_tls_is_required_unless_the_host_is_local(host: str, local: bool) -> None:
    url = make_url(f"postgresql+psycopg://me@{host}:5432/notes")
    assert is_local(url) is local
    assert ("sslmode" in connect_args(url)) is not local
    if not local:
        assert connect_args(url)["sslmode"] == "require"
        with pytest.raises(ServerProblem) as caught:
            connect_args(make_url(f"postgresql+psycopg://me@{host}/notes?sslmode=disable"))
        assert caught.value.kind is ServerProblemKind.TLS_REQUIRED
        kept = make_url(f"postgresql+psycopg://me@{host}/notes?sslmode=verify-full")
        assert "sslmode" not in connect_args(kept)  # the URL's own, stronger choice stands


def test_a_socket_folder_is_local() -> None:
    assert is_local(make_url("postgresql+psycopg://me@/notes?host=/run/postgresql"))


def test_not_a_server_address() -> None:
    with pytest.raises(ServerProblem) as caught:
        check_server("sqlite:///somewhere.db")
    assert caught.value.kind is ServerProblemKind.NOT_A_SERVER_URL


@pytest.mark.parametrize("backend", ["fail", "null"])
def test_no_usable_keyring_saves_nothing_and_says_so(backend: str) -> None:
    # keyring's "null" backend would swallow the password silently: refused up front, like
    # "remember on this computer" for the data key (storage.key_store.keyring_usable).
    import keyring
    from keyring.backends import fail, null

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring() if backend == "fail" else null.Keyring())
    try:
        with pytest.raises(NoKeyring):
            save_password(make_url("postgresql+psycopg://me@db.example/em"), "secret")
    finally:
        keyring.set_keyring(previous)
