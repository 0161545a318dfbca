"""Follow-ups, give & take and the Journal follow changes made elsewhere (the command line,
another window) precisely, keep what is typed and selected, and refuse writes to gone records
with a calm line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select, update

from conftest import NOW
from eventmate.domain.kinds import ExchangeDirection, FollowUpStatus
from eventmate.domain.text import fold
from eventmate.gui import messages
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.followups_page import FollowUpsPage
from eventmate.gui.pages.journal_page import EventPicker, JournalPage
from eventmate.gui.reflection.window import ReflectionWindow
from eventmate.main import main
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, FollowUp, Person, Reflection
from eventmate.storage.opening import open_sqlite

REAL_NOW = datetime.now(UTC)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def other(database: Database, data_dir: Path) -> Iterator[Database]:
    """The same file opened again, as the command line (another process) opens it: the
    window learns of its writes only when it polls."""
    assert database.path is not None
    opened = open_sqlite(database.path, data_dir / "backups")
    yield opened
    opened.close()


@pytest.fixture
def elsewhere(other: Database, data_dir: Path) -> Services:
    """Services on :func:`other`."""
    return Services(other, data_dir / "backups")


@pytest.fixture
def said() -> Iterator[list[str]]:
    """Status lines posted through the message bridge."""
    lines: list[str] = []

    def keep(text: str, _ms: int) -> None:
        lines.append(text)

    messages.bridge.status_posted.connect(keep)
    yield lines
    messages.bridge.status_posted.disconnect(keep)


@pytest.fixture
def anna(database: Database) -> str:
    with database.write() as session:
        person = Person(name="Anna Schmidt", sort_key=fold("Anna Schmidt"))
        session.add(person)
        session.flush()
        return person.uid


def _follow_ups(main_window: MainWindow) -> FollowUpsPage:
    main_window.show_section(Section.FOLLOW_UPS)
    page = main_window.page(Section.FOLLOW_UPS)
    assert isinstance(page, FollowUpsPage)
    return page


def _texts(page: FollowUpsPage) -> list[str]:
    return [page.list.item(i).text().split("\n")[0] for i in range(page.list.count())]


def test_a_follow_up_done_from_the_command_line_leaves_the_open_list(
    capsys: pytest.CaptureFixture[str],
    main_window: MainWindow,
    services: Services,
    data_dir: Path,
    anna: str,
) -> None:
    first = services.followups.add("Send the Ligeti", person_uid=anna, due_at=REAL_NOW)
    services.followups.add("Call Kwame", due_at=REAL_NOW + timedelta(days=1))
    page = _follow_ups(main_window)
    main_window.changes.poll()
    assert _texts(page) == ["Send the Ligeti — Anna Schmidt", "Call Kwame"]
    page.list.setCurrentRow(1)
    page.text.setText("half typed")
    assert main(["--data-dir", str(data_dir), "followups", "done", str(first.id)]) == 0
    capsys.readouterr()
    main_window.changes.poll()
    assert _texts(page) == ["Call Kwame"]
    assert page.list.currentRow() == 0
    assert page.text.text() == "half typed"
    assert "✓ Send the Ligeti" in page.closed_label.text()
    _, out, _ = (main(["--data-dir", str(data_dir), "followups", "--json"]), *capsys.readouterr())
    assert [item["text"] for item in json.loads(out)] == ["Call Kwame"]


def test_selection_follows_the_follow_up_not_the_row(
    main_window: MainWindow, services: Services, elsewhere: Services
) -> None:
    services.followups.add("B later", due_at=REAL_NOW + timedelta(days=2))
    page = _follow_ups(main_window)
    main_window.changes.poll()
    page.list.setCurrentRow(0)
    elsewhere.followups.add("A sooner", due_at=REAL_NOW)
    main_window.changes.poll()
    assert _texts(page) == ["A sooner", "B later"]
    assert page.list.currentRow() == 1  # still "B later"


def test_a_person_renamed_elsewhere_is_renamed_in_the_list(
    main_window: MainWindow, services: Services, database: Database, anna: str
) -> None:
    services.followups.add("Send the Ligeti", person_uid=anna, due_at=REAL_NOW)
    page = _follow_ups(main_window)
    main_window.changes.poll()
    with database.write() as session:
        session.execute(update(Person).where(Person.uid == anna).values(name="Anna Ng"))
    main_window.changes.poll()
    assert _texts(page) == ["Send the Ligeti — Anna Ng"]


def test_done_on_a_follow_up_gone_meanwhile_is_refused_calmly(
    main_window: MainWindow, services: Services, other: Database, said: list[str]
) -> None:
    gone = services.followups.add("Send the Ligeti", due_at=REAL_NOW)
    services.followups.add("Call Kwame", due_at=REAL_NOW + timedelta(days=1))
    page = _follow_ups(main_window)
    main_window.changes.poll()
    page.list.setCurrentRow(0)
    with other.write() as session:  # deleted by another program, not yet seen here
        session.execute(delete(FollowUp).where(FollowUp.uid == gone.uid))
    page.mark_done()
    assert said[-1] == "This follow-up no longer exists; nothing was changed."
    assert _texts(page) == ["Call Kwame"]
    assert page.undo_stack.count() == 0
    kwame = services.followups.open_items()[0]
    assert kwame.status is FollowUpStatus.OPEN  # nothing else was marked done


def test_undo_of_done_after_the_follow_up_went_says_so(
    main_window: MainWindow, services: Services, other: Database, said: list[str]
) -> None:
    item = services.followups.add("Send the Ligeti", due_at=REAL_NOW)
    page = _follow_ups(main_window)
    main_window.changes.poll()
    page.list.setCurrentRow(0)
    page.mark_done()
    with other.write() as session:
        session.execute(delete(FollowUp).where(FollowUp.uid == item.uid))
    page.undo_stack.undo()
    assert said[-1] == "This follow-up no longer exists; nothing was changed."
    assert page.list.count() == 0


def test_adding_with_a_person_gone_meanwhile_keeps_the_text(
    qtbot: QtBot,
    main_window: MainWindow,
    services: Services,
    other: Database,
    anna: str,
    said: list[str],
) -> None:
    page = _follow_ups(main_window)
    page.person.choose(anna, "Anna Schmidt")
    page.text.setText("Send the Ligeti")
    with other.write() as session:
        session.execute(delete(Person).where(Person.uid == anna))
    page.add()
    assert said[-1] == "This person no longer exists; nothing was changed."
    assert page.text.text() == "Send the Ligeti"
    assert services.followups.open_items() == ()


def test_give_and_take_follows_changes_and_refuses_a_gone_person(
    main_window: MainWindow,
    services: Services,
    other: Database,
    elsewhere: Services,
    anna: str,
) -> None:
    page = _follow_ups(main_window)
    panel = page.give_take
    main_window.changes.poll()
    assert panel.recent.count() == 0
    elsewhere.exchanges.record(anna, ExchangeDirection.GAVE, text="the Ligeti recording")
    main_window.changes.poll()
    assert panel.recent.count() == 1
    assert "the Ligeti recording — Anna Schmidt" in panel.recent.item(0).text()
    assert panel.balance_label.text() == "One thing given this season."
    panel.person.choose(anna, "Anna Schmidt")
    panel.text.setText("a score")
    with other.write() as session:
        session.execute(delete(Person).where(Person.uid == anna))
    panel.record()
    assert panel.hint.text() == "This person no longer exists; nothing was changed."
    assert panel.text.text() == "a score"
    main_window.changes.poll()
    assert panel.recent.count() == 0  # Anna's exchanges went with her


def test_the_journal_follows_reflections_written_elsewhere_and_keeps_the_search(
    qtbot: QtBot,
    main_window: MainWindow,
    services: Services,
    database: Database,
    elsewhere: Services,
) -> None:
    with database.write() as session:
        events = [
            Event(title="Recital", starts_at=NOW - timedelta(days=2)),
            Event(title="Gala", starts_at=NOW - timedelta(days=1)),
            Event(title="Tomorrow", starts_at=NOW + timedelta(days=1)),
        ]
        session.add_all(events)
        session.flush()
        recital, gala, tomorrow = (event.uid for event in events)
        # Energy before, noted in Prepare (as ``services.events.intentions`` stores it).
        session.add(Reflection(event_id=events[2].id, answers={}, energy_before=4))
    services.reflection.save_body(recital, "Talked with Zoë about Ligeti")
    main_window.show_section(Section.JOURNAL)
    page = main_window.page(Section.JOURNAL)
    assert isinstance(page, JournalPage)
    assert page.list.count() == 1  # not the energy noted for tomorrow
    qtbot.keyClicks(page.search, "lig")
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=3000)
    elsewhere.reflection.save_body(gala, "Ligeti again, and a long talk")
    main_window.changes.poll()
    assert page.search.text() == "lig"
    assert [page.list.item(i).text().split(" — ")[0] for i in range(page.list.count())] == [
        "Gala",
        "Recital",
    ]
    with database.write() as session:
        session.execute(delete(Event).where(Event.uid == gala))
    main_window.changes.poll()
    assert page.list.count() == 1
    opened: list[str] = []
    page.reflect_requested.connect(opened.append)
    page.list.itemActivated.emit(page.list.item(0))
    assert opened == [recital]
    assert tomorrow not in opened
    with database.read() as session:
        assert session.scalar(select(Reflection.energy_before)) == 4  # kept, just not listed


def test_energy_before_in_prepare_makes_no_reflection(
    qtbot: QtBot, main_window: MainWindow, services: Services, database: Database
) -> None:
    """Issue 11: choosing "energy before" in Prepare made the event read "reflected", put an
    empty entry in the Journal (even for tomorrow's event) and took Home's "Reflect on …"."""
    with database.write() as session:
        events = [
            Event(
                title="Last night's quartet",
                starts_at=NOW - timedelta(hours=20),
                ends_at=NOW - timedelta(hours=18),
            ),
            Event(title="Tomorrow's gala", starts_at=NOW + timedelta(days=1)),
        ]
        session.add_all(events)
        session.flush()
        uids = [event.uid for event in events]
    for uid in uids:
        main_window.open_prepare(uid)
        buttons = [b for b in main_window.findChildren(QPushButton, "energy3") if b.isVisible()]
        assert len(buttons) == 1
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        assert buttons[0].isChecked()
        buttons[0].window().close()
    main_window.show_section(Section.JOURNAL)
    journal = main_window.page(Section.JOURNAL)
    assert isinstance(journal, JournalPage)
    main_window.changes.poll()
    assert journal.list.count() == 0
    assert services.journal.entries() == ()
    picker = EventPicker(services.reflection.recent_past_events())
    qtbot.addWidget(picker)
    (listed,) = (picker.list.item(i).text() for i in range(picker.list.count()))
    assert listed.startswith("Last night's quartet — ")
    assert "reflected" not in listed
    to_reflect = services.home.summary().to_reflect
    assert to_reflect is not None
    assert to_reflect.uid == uids[0]
    # The energy noted is kept, and the reflection window shows it.
    window = main_window.open_reflection(uids[0])
    assert isinstance(window, ReflectionWindow)
    assert window.energy_before.value() == 3
    window.close()
