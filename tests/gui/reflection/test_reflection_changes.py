"""The reflection window follows what changes elsewhere (the command line, Prepare, a restore)
and never writes into a gone event; opening it writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, func, select, update

from conftest import NOW
from eventmate.domain.kinds import IntentionKind
from eventmate.domain.text import fold
from eventmate.gui.main_window import MainWindow
from eventmate.gui.reflection.window import ReflectionWindow
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Intention, Person, Reflection
from eventmate.storage.opening import open_sqlite

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def event_uid(database: Database) -> str:
    with database.write() as session:
        event = Event(
            title="Bartók quartets",
            starts_at=NOW - timedelta(hours=20),
            ends_at=NOW - timedelta(hours=18),
        )
        session.add(event)
        session.flush()
        session.add(
            Intention(event_id=event.id, kind=IntentionKind.CONNECT, text="Meet the violist")
        )
        session.add(
            Capture(
                raw_text="Léa Dubois, viola, red scarf",
                event_id=event.id,
                captured_at=NOW - timedelta(hours=19),
            )
        )
        return event.uid


@pytest.fixture
def elsewhere(database: Database, data_dir: Path) -> Iterator[Database]:
    """The same file opened again, as the command line (another process) opens it."""
    assert database.path is not None
    other = open_sqlite(database.path, data_dir / "backups")
    yield other
    other.close()


def _open(main_window: MainWindow, uid: str) -> ReflectionWindow:
    window = main_window.open_reflection(uid)
    assert isinstance(window, ReflectionWindow)
    return window


def _reflections(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count(Reflection.id))) or 0)


def test_opening_and_closing_writes_nothing(
    main_window: MainWindow, services: Services, database: Database, event_uid: str
) -> None:
    window = _open(main_window, event_uid)
    window.close()
    assert _reflections(database) == 0
    summary = services.home.summary().to_reflect
    assert summary is not None
    assert summary.uid == event_uid
    window = _open(main_window, event_uid)
    window.body.setPlainText("One good conversation.")
    window.close()
    assert services.home.summary().to_reflect is None
    assert [e.event_uid for e in services.journal.entries()] == [event_uid]


def test_event_deleted_elsewhere_says_so_and_saves_nothing(
    qtbot: QtBot,
    main_window: MainWindow,
    services: Services,
    database: Database,
    elsewhere: Database,
    event_uid: str,
) -> None:
    window = _open(main_window, event_uid)
    qtbot.keyClicks(window.body, "first words")
    assert window.save()
    with elsewhere.write() as session:
        session.execute(delete(Event).where(Event.uid == event_uid))
    main_window.changes.poll()
    assert window.gone
    assert window.banner.isVisible()
    assert "no longer exists" in window.banner.text()
    assert "Bartók quartets" in window.banner.text()
    assert window.windowTitle() == "This event no longer exists"
    assert window.body.isReadOnly()
    assert window.body.toPlainText() == "first words"  # still there to copy
    assert not window.energy_after.isEnabled()
    assert not window.captures.isEnabled()
    qtbot.keyClicks(window.body, " more")
    window.energy_after.setValue(3)
    assert not window.autosaver.pending
    window.close()  # saves nothing, raises nothing
    assert _reflections(database) == 0


def test_a_save_waiting_when_the_event_goes_is_refused_quietly(
    qtbot: QtBot,
    main_window: MainWindow,
    database: Database,
    elsewhere: Database,
    event_uid: str,
) -> None:
    window = _open(main_window, event_uid)
    qtbot.keyClicks(window.body, "typed just before")
    assert window.autosaver.pending
    with elsewhere.write() as session:
        session.execute(delete(Event).where(Event.uid == event_uid))
    # The autosave runs before anyone polls: the service refuses it, the window says so.
    qtbot.waitUntil(lambda: window.gone, timeout=5000)
    assert not window.autosaver.pending  # not retried
    assert "Not stored yet" not in window.status.text()
    assert "no longer exists" in window.banner.text()
    assert window.save()
    assert _reflections(database) == 0


def test_flush_into_a_gone_event_does_not_raise(
    qtbot: QtBot, main_window: MainWindow, elsewhere: Database, event_uid: str
) -> None:
    window = _open(main_window, event_uid)
    editor = next(iter(window.editors.values()))
    qtbot.keyClicks(editor, "an answer")
    with elsewhere.write() as session:
        session.execute(delete(Event).where(Event.uid == event_uid))
    window.autosaver.flush()
    assert window.gone
    assert not window.autosaver.pending


def test_a_window_marked_gone_is_replaced_while_the_event_exists(
    qtbot: QtBot,
    main_window: MainWindow,
    services: Services,
    database: Database,
    event_uid: str,
) -> None:
    window = _open(main_window, event_uid)
    window.mark_gone()
    again = _open(main_window, event_uid)  # the event still exists: a live window again
    assert again is not window
    assert not again.gone
    assert not window.isVisible()


def test_captures_follow_the_command_line(
    main_window: MainWindow, elsewhere: Database, event_uid: str
) -> None:
    window = _open(main_window, event_uid)
    assert window.captures.list.count() == 1
    window.captures.list.setCurrentRow(0)
    with elsewhere.write() as session:
        event_id = session.scalar(select(Event.id).where(Event.uid == event_uid))
        anna = Person(name="Anna Schmidt", sort_key=fold("Anna Schmidt"))
        session.add(anna)
        session.flush()
        session.add(
            Capture(
                raw_text="Anna Schmidt, cello",
                event_id=event_id,
                person_id=anna.id,
                captured_at=NOW - timedelta(hours=18, minutes=30),
            )
        )
    main_window.changes.poll()
    texts = [window.captures.list.item(i).text() for i in range(window.captures.list.count())]
    assert len(texts) == 2
    assert "→ Anna Schmidt" in texts[1]
    assert window.captures.list.currentRow() == 0  # the selection stays
    with elsewhere.write() as session:
        session.execute(
            update(Person).where(Person.name == "Anna Schmidt").values(name="Anna Schmidt-Ng")
        )
    main_window.changes.poll()
    assert "→ Anna Schmidt-Ng" in window.captures.list.item(1).text()


def test_intentions_and_title_follow_prepare_and_keep_a_note_being_typed(
    qtbot: QtBot, main_window: MainWindow, elsewhere: Database, event_uid: str
) -> None:
    window = _open(main_window, event_uid)
    row = window.intentions.rows[0]
    row.note.setFocus()
    qtbot.keyClicks(row.note, "half a sentence")
    with elsewhere.write() as session:
        intention = session.scalars(select(Intention)).one()
        intention.text = "Meet the violist properly"
        session.execute(update(Event).where(Event.uid == event_uid).values(title="Bartók, all six"))
    main_window.changes.poll()
    assert window.intentions.rows[0] is row
    assert row.label.text() == "Meet the violist properly"
    assert row.note.text() == "half a sentence"
    assert window.title.text() == "Bartók, all six"
    assert window.windowTitle() == "Reflect — Bartók, all six"
    with elsewhere.write() as session:
        event_id = session.scalar(select(Event.id).where(Event.uid == event_uid))
        session.add(
            Intention(event_id=event_id, kind=IntentionKind.LEARN, text="Ask about", position=1)
        )
    main_window.changes.poll()
    assert [r.label.text() for r in window.intentions.rows] == [
        "Meet the violist properly",
        "Ask about",
    ]
    assert window.intentions.rows[0].note.text() == "half a sentence"  # saved, then shown


def test_a_removed_intention_is_marked_and_its_outcome_refused(
    qtbot: QtBot, main_window: MainWindow, elsewhere: Database, event_uid: str
) -> None:
    window = _open(main_window, event_uid)
    row = window.intentions.rows[0]
    with elsewhere.write() as session:
        session.execute(delete(Intention))
    qtbot.mouseClick(next(iter(row.buttons.values())), Qt.MouseButton.LeftButton)
    assert not row.isEnabled()
    assert "(removed)" in row.label.text()
    assert "no longer exists" in window.status.text()
    assert not window.gone  # the event is still there
