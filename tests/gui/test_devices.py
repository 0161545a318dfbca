"""Two app instances on one server: a change made on one reaches the other's open views.

The twice-a-second look for commits is switched off here (``WATCH_MS`` an hour), so only the
server's NOTIFY can bring the change: each test fails if nobody listens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from conftest import NOW
from eventmate.domain.text import fold
from eventmate.gui import changes as gui_changes
from eventmate.gui.changes import ChangeBus
from eventmate.gui.person.person_page import PersonPage
from eventmate.services.changes import ChangeFeed, Changes, Kind
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_url


@pytest.fixture(autouse=True)
def no_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gui_changes, "WATCH_MS", 3_600_000)


@pytest.fixture
def second_device(server: Database) -> Iterator[Database]:
    """Another app (or the command line) on the same server database."""
    url = make_url(server.engine.url).render_as_string(hide_password=False)
    other = open_url(url)
    yield other
    other.close()


def _add(database: Database, name: str) -> str:
    with database.write() as session:
        person = Person(name=name, sort_key=fold(name))
        session.add(person)
        session.flush()
        return person.uid


def test_a_change_bus_hears_the_other_device_at_once(
    qtbot: QtBot, server: Database, second_device: Database
) -> None:
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    bus.attach(ChangeFeed(server))
    try:
        uid = _add(second_device, "Léa Dubois")
        qtbot.waitUntil(lambda: any((Kind.PERSON, uid) in c.created for c in heard), timeout=10000)
    finally:
        bus.stop()


def test_an_open_person_page_shows_the_other_devices_edit(
    qtbot: QtBot, server: Database, second_device: Database, tmp_path: Path
) -> None:
    uid = _add(server, "Léa Dubois")
    services = Services(server, tmp_path / "backups", clock=lambda: NOW)
    page = PersonPage(services)
    qtbot.addWidget(page)
    bus = ChangeBus()
    bus.changed.connect(page.on_changes)
    bus.attach(services.change_feed())
    try:
        page.open_person(uid)
        page.show()
        there = Services(second_device, tmp_path / "backups2", clock=lambda: NOW)
        there.person.set_field(uid, PersonField.ROLE, "Viola, Hagen Quartet")
        qtbot.waitUntil(
            lambda: page.form.lines[PersonField.ROLE].text() == "Viola, Hagen Quartet",
            timeout=10000,
        )
        assert page.form.detail is not None
        assert page.form.detail.version == 2
    finally:
        bus.stop()
