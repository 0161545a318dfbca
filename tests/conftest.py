"""Shared fixtures: a real database built by the real migrations per test, and its services.

Storage, service and command-line tests run twice: on SQLite and on PostgreSQL (a throw-away
cluster started once per run, ``tests/pg_cluster.py``); ``store`` says which. A test that is
about SQLite itself (files, pragmas, FTS5) is marked ``sqlite_only`` with its reason.
``EVENTMATE_TEST_STORES=sqlite`` runs the SQLite half alone (quick, while iterating).
"""

from __future__ import annotations

import os
import sqlite3

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection
from tests import pg_cluster
from tests.stores import CURRENT, TEMPLATE, Stores

from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.opening import open_url

#: A fixed "now" for services under test: Wednesday 25 November 2026, 18:00 UTC.
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


#: Test folders whose tests run on both stores.
_BOTH_STORES = ("storage", "services", "cli")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test is about SQLite itself; not run on a server"
    )
    config.addinivalue_line("markers", "server_only: the test is about a server; not on SQLite")


def _stores() -> list[str]:
    chosen = os.environ.get("EVENTMATE_TEST_STORES", "sqlite,postgres")
    return [s.strip() for s in chosen.split(",") if s.strip()]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" not in metafunc.fixturenames:
        if Path(str(metafunc.definition.path)).parent.name != "cli":
            return
        metafunc.fixturenames.append("store")  # every command-line test runs on both
    parts = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent).parts
    if metafunc.definition.get_closest_marker("server_only") is not None:
        metafunc.parametrize("store", ["postgres"], indirect=True)
        return
    stores = ["sqlite"]
    if (
        parts[0] in _BOTH_STORES
        and "postgres" in _stores()
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        stores.append("postgres")
    if len(stores) > 1:
        metafunc.parametrize("store", stores, indirect=True)


@pytest.fixture(scope="session")
def pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pg_cluster.Cluster]:
    """The throw-away PostgreSQL cluster, with a template database at the schema head."""
    bindir = pg_cluster.find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH; "
            "`apt-get install postgresql`): the server half of the suite cannot run here"
        )
        if os.environ.get("CI"):
            # .ci/run installs it: on CI a missing server is a broken setup, not a skip.
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = pg_cluster.start_cluster(bindir)
    try:
        cluster.create(TEMPLATE)
        open_url(cluster.url(TEMPLATE)).close()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[pg_cluster.Cluster]:
    """A cluster of the test module's own, which its tests may stop and start (a server away)."""
    cluster = pg_cluster.start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def server_url(own_cluster: pg_cluster.Cluster) -> Iterator[str]:
    """A new database on :func:`own_cluster`, made by the real migrations."""
    name = own_cluster.new_name("own")
    url = own_cluster.create(name)
    open_url(url).close()
    yield url
    own_cluster.drop(name)


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    """Which store this test runs on: "sqlite" or "postgres"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def stores(store: str, request: pytest.FixtureRequest) -> Iterator[Stores]:
    """Databases on this test's store (see :class:`Stores`)."""
    cluster = request.getfixturevalue("pg") if store == "postgres" else None
    made = Stores(store, cluster)
    CURRENT.append(made)
    yield made
    CURRENT.remove(made)
    made.drop_all()


@pytest.fixture(autouse=True)
def _command_line_on_the_store(request: pytest.FixtureRequest) -> None:
    """Command-line tests on a server: each data folder a test names (``--data-dir``) stands
    for a database of its own on the cluster, as if the folder's saved choice of store
    (``storage.store_choice``) named it; ``stores.open(folder)`` opens the same one."""
    here = Path(str(request.node.path)).relative_to(Path(__file__).parent).parts
    callspec = getattr(request.node, "callspec", None)
    if here[0] != "cli" or callspec is None or callspec.params.get("store") != "postgres":
        return
    stores: Stores = request.getfixturevalue("stores")
    if not stores.server:
        return
    from eventmate.storage import store_choice
    from eventmate.storage.locations import Locations

    chosen = store_choice.chosen_url

    def on_server(locations: Locations) -> str | None:
        return chosen(locations) or stores.url(locations.data_dir)

    request.getfixturevalue("monkeypatch").setattr(store_choice, "chosen_url", on_server)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def database(stores: Stores, data_dir: Path) -> Iterator[Database]:
    """A fresh database built by the real migrations (a file, or a server database)."""
    db = stores.open(data_dir)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, data_dir: Path) -> Services:
    """All services on the test database, with the clock fixed at :data:`NOW`."""
    return Services(database, data_dir / "backups", clock=lambda: NOW)


@pytest.fixture
def migrating(database: Database) -> Iterator[Connection]:
    """A connection in one transaction, foreign keys off, handed to Alembic (as at upgrade)."""
    with database.engine.connect() as connection:
        if database.engine.dialect.name != "sqlite":
            with connection.begin():
                yield connection
            return
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def people_in_file(path: Path) -> int:
    """How many people the SQLite file at ``path`` holds (read with plain ``sqlite3``)."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        conn.close()


def open_main_window(qtbot: Any, services: Services, folder: Path) -> Any:
    """The real main window on ``services``, shown, with its settings in ``folder``."""
    from PySide6.QtCore import QSettings

    from eventmate.gui.main_window import MainWindow

    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(folder))
    qtbot.addWidget(window)
    window.attach_services(services)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main_window(qtbot: Any, services: Services, data_dir: Path) -> Any:
    """The real main window on the test database, shown (one fixture for every GUI test)."""
    return open_main_window(qtbot, services, data_dir)


@pytest.fixture
def server(pg: pg_cluster.Cluster) -> Iterator[Database]:
    """A fresh server database at the schema head (for tests about the server alone)."""
    name = pg.new_name("s")
    db = open_url(pg.create(name, template=TEMPLATE))
    yield db
    db.close()
    pg.drop(name)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """Every test gets an empty in-memory keyring (``keyring.set_keyring``)."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    passwords: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if passwords.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    yield passwords
    keyring.set_keyring(previous)


@pytest.fixture
def apply_look(qapp: Any) -> Iterator[Any]:
    """A function that paints the app in a theme (as Preferences does); undone afterwards."""
    from PySide6.QtGui import QPalette

    from eventmate.gui.style.theme import ThemeChoice, apply_theme

    def apply(choice: ThemeChoice) -> None:
        apply_theme(qapp, choice)
        qapp.processEvents()

    yield apply
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
