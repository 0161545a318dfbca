"""Follow-ups page, give & take, Journal search, Home's reflect and reconnect, by keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from eventmate.domain.kinds import ExchangeDirection, FollowUpStatus
from eventmate.domain.text import fold
from eventmate.gui import home_wiring
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.followups_page import FollowUpsPage
from eventmate.gui.pages.journal_page import JournalPage
from eventmate.gui.reflection.window import ReflectionWindow
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Person

# Pages compute "waiting since" against the real clock.
REAL_NOW = datetime.now(UTC)


def _window_on_the_real_clock(
    qtbot: QtBot, database: Database, tmp_path: Path, data_dir: Path
) -> tuple[MainWindow, Services]:
    """The main window on services that read with the real clock, as the app does."""
    real = Services(database, data_dir / "backups")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, str(data_dir))
    qtbot.addWidget(win)
    win.attach_services(real)
    return win, real


@pytest.fixture
def people(database: Database) -> dict[str, str]:
    with database.write() as session:
        rows = [Person(name=name, sort_key=fold(name)) for name in ("Anna Schmidt", "Zoë Ng")]
        session.add_all(rows)
        session.flush()
        return {row.name: row.uid for row in rows}


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def test_add_follow_up_with_enter_then_done_and_undo(
    qtbot: QtBot, services: Services, people: dict[str, str]
) -> None:
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.keyClicks(page.text, "Send the Ligeti recording")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    (item,) = services.followups.open_items()
    assert item.text == "Send the Ligeti recording"
    assert page.list.count() == 1
    assert page.text.text() == ""
    page.list.setFocus()
    page.mark_done()
    assert services.followups.get(item.uid).status is FollowUpStatus.DONE
    assert page.list.count() == 0
    assert "✓ Send the Ligeti recording" in page.closed_label.text()
    page.undo_stack.undo()
    assert services.followups.get(item.uid).status is FollowUpStatus.OPEN
    assert page.list.count() == 1


def test_waiting_items_read_calmly(qtbot: QtBot, services: Services) -> None:
    services.followups.add("Old promise", due_at=REAL_NOW - timedelta(days=9))
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    text = page.list.item(0).text()
    assert "waiting since" in text
    assert "overdue" not in text.lower()


def test_let_it_rest_with_a_note(qtbot: QtBot, services: Services) -> None:
    item = services.followups.add("Ask about the tour")
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    page.let_rest("they are busy until spring")
    stored = services.followups.get(item.uid)
    assert (stored.status, stored.status_note) == (
        FollowUpStatus.LET_IT_REST,
        "they are busy until spring",
    )
    assert "(resting)" in page.closed_label.text()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_person_is_chosen_by_typing(
    qtbot: QtBot, services: Services, people: dict[str, str]
) -> None:
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.show()
    # The completion popup opens only for the focused field of the active window (a window
    # closed by an earlier test may still count as active on the offscreen platform).
    # waitActive alone can return with no window active here: ask the platform, and wait
    # until the page is the active window.
    page.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.refresh()
    page.give_take.person.setFocus()
    qtbot.waitUntil(page.give_take.person.hasFocus)  # the popup opens for the focused field only
    popup = page.give_take.person.completer().popup()
    qtbot.keyClicks(page.give_take.person, "zoe")
    # The popup opens from typing alone (the lookup waits for a pause); waiting for it here
    # also keeps that lookup from firing later, into the next test.
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.give_take.person.person_uid == people["Zoë Ng"]
    qtbot.keyClicks(page.give_take.text, "a ticket for the premiere")
    qtbot.keyClick(page.give_take.text, Qt.Key.Key_Return)
    (item,) = services.exchanges.recent()
    assert item.person_uid == people["Zoë Ng"]
    assert (item.direction, item.text) == (ExchangeDirection.GAVE, "a ticket for the premiere")
    assert page.give_take.balance_label.text() == "One thing given this season."


# The offscreen platform's note about the popup of the test before (it cannot raise or grab).
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_give_take_needs_a_person(qtbot: QtBot, services: Services) -> None:
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    page.give_take.text.setText("advice")
    page.give_take.record()
    assert services.exchanges.recent() == ()
    assert "Choose the person" in page.give_take.hint.text()


def test_journal_filters_as_you_type_and_shows_on_this_day(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    from conftest import NOW

    with database.write() as session:
        session.add_all(
            [
                Event(id=1, title="Recital", starts_at=NOW - timedelta(days=2)),
                Event(id=2, title="Gala", starts_at=NOW.replace(year=2024)),
            ]
        )
    recital, gala = (services.records.uid_of(Kind.EVENT, n) for n in (1, 2))
    assert recital is not None
    assert gala is not None
    services.reflection.save_body(recital, "Talked with Zoë about Ligeti")
    services.reflection.save_body(gala, "Big crowd")
    page = JournalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.list.count() == 2
    assert page.on_this_day.count() == 1
    assert "Gala" in page.on_this_day.item(0).text()
    qtbot.keyClicks(page.search, "ZOE lig")
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=3000)
    assert "Recital" in page.list.item(0).text()
    opened: list[str] = []
    page.reflect_requested.connect(opened.append)
    page.list.setCurrentRow(0)
    page.list.itemActivated.emit(page.list.item(0))
    assert opened == [recital]


def test_ctrl_5_opens_follow_ups(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.FOLLOW_UPS
    assert window.page(Section.FOLLOW_UPS).findChild(QListWidget, "followUpList") is not None


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_home_invites_a_reflection_and_lists_reconnects(
    qtbot: QtBot, services: Services, database: Database, tmp_path: Path, data_dir: Path
) -> None:
    with database.write() as session:
        session.add(
            Event(
                id=7,
                title="Last night's quartet",
                starts_at=REAL_NOW - timedelta(hours=20),
                ends_at=REAL_NOW - timedelta(hours=18),
            )
        )
        session.add(Event(id=8, title="May masterclass", starts_at=REAL_NOW - timedelta(days=200)))
        session.add(
            Person(
                name="Seán O'Brien",
                sort_key="sean o'brien",
                cadence_days=90,
                met_event_id=8,
                last_interaction_at=REAL_NOW - timedelta(days=200),
            )
        )
    win, _ = _window_on_the_real_clock(qtbot, database, tmp_path, data_dir)
    win.show()
    home = win.page(Section.HOME)
    names = [button.text() for button in home.findChildren(QPushButton, "reconnectPersonButton")]
    assert names == ["Seán O'Brien"]
    details = [label.text() for label in home.findChildren(QLabel)]
    assert any(text.startswith("Last met at May masterclass, ") for text in details)
    headings = [label.text() for label in home.findChildren(QLabel)]
    assert "Reconnect" in headings
    reflect = home.findChild(QPushButton, "reflectButton")
    assert reflect is not None
    assert "Last night's quartet" in reflect.text()
    qtbot.mouseClick(reflect, Qt.MouseButton.LeftButton)
    reflection = win.findChild(ReflectionWindow)
    assert reflection is not None
    assert reflection.view.event_title == "Last night's quartet"
    reflection.close()
    win.changes.poll()
    # Only opening is not reflecting: the invitation stays (issue 11).
    reflect = home.findChild(QPushButton, "reflectButton")
    assert reflect is not None
    assert reflect.isVisible()
    qtbot.mouseClick(reflect, Qt.MouseButton.LeftButton)
    (reflection,) = (w for w in win.findChildren(ReflectionWindow) if w.isVisible())
    qtbot.keyClicks(reflection.body, "A warm evening.")
    reflection.close()

    def offered() -> bool:
        return any(b.isVisible() for b in home.findChildren(QPushButton, "reflectButton"))

    qtbot.waitUntil(lambda: not offered(), timeout=3000)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_open_reflection_is_reused_and_closing_main_window_saves(
    window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    from conftest import NOW

    with database.write() as session:
        session.add(Event(id=3, title="Rehearsal", starts_at=NOW - timedelta(days=1)))
    uid = services.records.uid_of(Kind.EVENT, 3)
    assert uid is not None
    first = window.open_reflection(uid)
    assert window.open_reflection(uid) is first
    assert isinstance(first, ReflectionWindow)
    qtbot.keyClicks(first.body, "notes before quitting")
    window.close()
    assert services.reflection.open(uid).body == "notes before quitting"


def test_prompt_templates_are_edited_in_the_journal(qtbot: QtBot, services: Services) -> None:
    from eventmate.gui.reflection.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(services.reflection)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.prompts.setPlainText("Whom did I listen to?\nWhat will I offer next time?")
    dialog.name.setText("Short")
    dialog.save()
    (template,) = services.reflection.templates()
    assert (template.name, template.prompts) == (
        "Short",
        ("Whom did I listen to?", "What will I offer next time?"),
    )
    dialog.new_template()
    assert dialog.list.count() == 2
    dialog.make_default()
    assert services.reflection.templates()[0].name == "My prompts"
    dialog.prompts.setPlainText("   ")
    dialog.save()
    assert "at least one prompt" in dialog.message.text()


def test_reconnect_can_rest_or_be_marked_in_touch(
    qtbot: QtBot, services: Services, database: Database, tmp_path: Path, data_dir: Path
) -> None:
    with database.write() as session:
        for pid, name in ((1, "Seán O'Brien"), (2, "Anna Schmidt")):
            session.add(
                Person(
                    id=pid,
                    name=name,
                    sort_key=fold(name),
                    cadence_days=30,
                    last_interaction_at=REAL_NOW - timedelta(days=60),
                )
            )
    win, real = _window_on_the_real_clock(qtbot, database, tmp_path, data_dir)
    home = win.page(Section.HOME)
    assert len(home.findChildren(QPushButton, "restPersonButton")) == 2
    uids = [real.records.uid_of(Kind.PERSON, pid) for pid in (1, 2)]
    assert None not in uids
    home_wiring.let_rest(win, win, str(uids[0]), "on tour all year")
    home_wiring.in_touch(win, str(uids[1]))
    assert real.keep_in_touch.get(1).status_note == "on tour all year"
    assert real.home.summary().reconnect == ()


def test_a_template_deleted_meanwhile_is_refused_with_a_message(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    from sqlalchemy import delete

    from eventmate.gui.reflection.templates_dialog import TemplatesDialog
    from eventmate.storage.models import ReflectionTemplate

    dialog = TemplatesDialog(services.reflection)
    qtbot.addWidget(dialog)
    dialog.new_template()
    with database.write() as session:
        session.execute(delete(ReflectionTemplate).where(ReflectionTemplate.name == "My prompts"))
    dialog.make_default()
    assert dialog.message.text() == "That template no longer exists."
    assert [t.name for t in services.reflection.templates()] == ["After an event"]


def test_journal_rows_read_as_written_not_as_markdown(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    from conftest import NOW
    from eventmate.gui.style.delegates import BODY_ROLE, META_ROLE

    with database.write() as session:
        recital = Event(title="Recital", starts_at=NOW - timedelta(days=2))
        session.add(recital)
        session.flush()
        recital_uid = recital.uid
    services.reflection.save_body(
        recital_uid,
        "## After\n*Such* a **warm** crowd — [Zoë](https://example.org) said `hello`.",
    )
    page = JournalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    row = page.list.item(0)
    assert row.text() == "Recital"
    assert row.data(BODY_ROLE) == "Such a warm crowd — Zoë said hello."
    assert row.data(META_ROLE)  # the date, on a line of its own
    line = page.list.fontMetrics().lineSpacing()
    assert page.list.visualItemRect(row).height() >= 3 * line  # title, date, words: room


def test_let_it_rest_button_asks_for_the_note(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button's clicked(bool) once arrived as the note: nothing was ever asked."""
    from eventmate.gui import rest_dialog

    item = services.followups.add("Ask about the tour")
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    page.list.setCurrentRow(0)
    asked: list[str] = []

    def ask(subject: str, _parent: object = None) -> str:
        asked.append(subject)
        return "busy until spring"

    monkeypatch.setattr(rest_dialog, "ask_rest_note", ask)
    qtbot.mouseClick(page.rest_button, Qt.MouseButton.LeftButton)
    assert asked == ["Ask about the tour"]
    stored = services.followups.get(item.uid)
    assert (stored.status, stored.status_note) == (FollowUpStatus.LET_IT_REST, "busy until spring")


def test_give_and_take_rows_lead_with_what_then_when_and_which_way(
    qtbot: QtBot, services: Services, people: dict[str, str]
) -> None:
    from datetime import date

    from eventmate.gui.style.delegates import META_ROLE, CardRowDelegate

    services.exchanges.record(
        people["Zoë Ng"],
        ExchangeDirection.RECEIVED,
        text="two tickets",
        occurred_on=date(2026, 11, 29),
    )
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    recent = page.give_take.recent
    assert isinstance(recent.itemDelegate(), CardRowDelegate)
    row = recent.item(0)
    assert row.text() == "two tickets — Zoë Ng"
    assert row.data(META_ROLE) == "29 Nov · I received"
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == "29 Nov · received two tickets — Zoë Ng"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_home_fits_a_narrow_window_without_scrolling_sideways(
    qtbot: QtBot, services: Services, database: Database, tmp_path: Path, data_dir: Path
) -> None:
    """A long name and event title wrap: the row's actions stay on screen at 800 px wide."""
    with database.write() as session:
        session.add(
            Event(
                id=8,
                title="Spring Reception of the Friends of the Philharmonic Chamber Series",
                starts_at=REAL_NOW - timedelta(days=200),
            )
        )
        for pid, name in ((1, "Maximiliane Kovalenko-Haddad"), (2, "Dagný Sigurðardóttir")):
            session.add(
                Person(
                    id=pid,
                    name=name,
                    sort_key=fold(name),
                    cadence_days=30,
                    met_event_id=8,
                    last_interaction_at=REAL_NOW - timedelta(days=200),
                )
            )
    win, _ = _window_on_the_real_clock(qtbot, database, tmp_path, data_dir)
    win.resize(800, 600)
    win.show()
    home = win.page(Section.HOME)
    assert len(home.findChildren(QPushButton, "restPersonButton")) == 2
    qtbot.waitUntil(lambda: home.widget().width() > 0)
    assert home.widget().minimumSizeHint().width() <= home.viewport().width()
    assert home.horizontalScrollBar().maximum() == 0
    visible = home.viewport().rect()
    for button in home.findChildren(QPushButton, "restPersonButton"):
        assert visible.contains(button.mapTo(home.viewport(), button.rect().bottomRight()))


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_follow_ups_fit_a_narrow_window(
    window: MainWindow, services: Services, people: dict[str, str], qtbot: QtBot
) -> None:
    """At 800 px: what was promised can be read while typed, and no list scrolls sideways."""
    anna = people["Anna Schmidt"]
    for take in range(12):  # enough for the list's vertical scroll bar to take its room
        services.followups.add(
            f"Send the recording of the Ligeti études from the second half, take {take}",
            person_uid=anna,
        )
    window.resize(800, 600)
    window.show_section(Section.FOLLOW_UPS)
    page = window.page(Section.FOLLOW_UPS)
    assert isinstance(page, FollowUpsPage)
    qtbot.waitUntil(lambda: page.text.width() > 0)
    # Wide enough for its hint ("What was promised? e.g. send the Ligeti recording").
    assert page.text.width() >= page.text.fontMetrics().horizontalAdvance("What was promised?")
    assert page.list.verticalScrollBar().isVisible()
    # The rows (the Journal's too: one delegate) are as wide as the list shows, not wider.
    assert page.list.horizontalScrollBar().maximum() == 0
    assert page.horizontalScrollBar().maximum() == 0
