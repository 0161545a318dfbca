"""Facts, one-click choices and undo on the person page while the command line writes too.

"The command line" is a second Database on the same file. A change elsewhere to what the user
did not touch is merged; to the same thing, "Changed elsewhere" asks; an undo of a step whose
record changed since is refused with a calm line, and the page shows what is stored.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.gui.person.test_person_conflicts import command_line
from tests.gui.stale_answers import Asked, answer_with

from eventmate.domain.kinds import FactKind
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.person.person_page import PersonPage, message_label
from eventmate.gui.stale_dialog import Choice
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Event

GALA = datetime(2026, 10, 3, 19, 0, tzinfo=UTC)


def _open(window: MainWindow, services: Services) -> tuple[str, PersonPage]:
    uid = services.capture.capture("Zoë Ng (viola) — loves Ligeti").person_uid
    assert uid is not None
    window.open_person(uid)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    return uid, people.person_page


def _fact_row(page: PersonPage) -> int:
    return next(r for r in range(page.facts.list.count()) if page.facts.fact_at(r) is not None)


def _edit_fact(page: PersonPage, text: str) -> None:
    """What the in-place editor does when Enter is pressed in it."""
    page.facts.list.item(_fact_row(page)).setText(text)


def _facts(services: Services, uid: str) -> list[str]:
    return [f.text for f in services.person.get(uid).facts]


def test_a_fact_edited_here_and_elsewhere_asks_and_keep_mine_stores_mine(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    fact = services.person.get(zoe).facts[0]
    with command_line(data_dir) as cli:
        cli.person.edit_fact(fact.uid, fact.kind, "adores Ligeti")
    asked = Asked()
    answer_with(Choice.MINE, asked)
    _edit_fact(page, "loves Ligeti and Kurtág")  # the page has not heard of it yet
    assert asked.times == [(["Fact"], ["loves Ligeti and Kurtág"], ["adores Ligeti"])]
    assert _facts(services, zoe) == ["loves Ligeti and Kurtág"]


def test_keep_theirs_keeps_their_fact_and_shows_it(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    fact = services.person.get(zoe).facts[0]
    with command_line(data_dir) as cli:
        cli.person.edit_fact(fact.uid, fact.kind, "adores Ligeti")
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    _edit_fact(page, "loves Ligeti and Kurtág")
    assert len(asked.times) == 1
    assert _facts(services, zoe) == ["adores Ligeti"]
    assert page.facts.shown()[0].endswith("adores Ligeti")
    assert page.undo_stack.count() == 0  # nothing was done, so nothing to undo


def test_a_fact_whose_kind_changed_elsewhere_takes_my_words_and_their_kind(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    fact = services.person.get(zoe).facts[0]
    assert fact.kind is not FactKind.STORY
    with command_line(data_dir) as cli:
        cli.person.edit_fact(fact.uid, FactKind.STORY, fact.text)
    asked = Asked()
    answer_with(Choice.CANCEL, asked, tries=20)
    _edit_fact(page, "loves Ligeti and Kurtág")
    assert asked.times == []
    stored = services.person.get(zoe).facts[0]
    assert (stored.kind, stored.text) == (FactKind.STORY, "loves Ligeti and Kurtág")


def test_removing_a_fact_changed_elsewhere_asks_and_theirs_keeps_it(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    fact = services.person.get(zoe).facts[0]
    with command_line(data_dir) as cli:
        cli.person.edit_fact(fact.uid, fact.kind, "adores Ligeti")
    page.facts.list.setCurrentRow(_fact_row(page))
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    page.facts.remove_selected()
    assert asked.times == [(["Fact"], ["(removed)"], ["adores Ligeti"])]
    assert _facts(services, zoe) == ["adores Ligeti"]
    answer_with(Choice.MINE, asked)
    page.facts.list.setCurrentRow(_fact_row(page))
    page.facts.remove_selected()  # the list was not refreshed from the bus: asks again
    assert _facts(services, zoe) == []


def test_a_fact_removed_elsewhere_says_so_calmly(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    fact = services.person.get(zoe).facts[0]
    with command_line(data_dir) as cli:
        cli.person.remove_fact(fact.uid)
    _edit_fact(page, "loves Ligeti and Kurtág")
    assert "no longer exists" in message_label(page).text()
    assert _facts(services, zoe) == []
    assert page.undo_stack.count() == 0  # no step that never happened
    assert page.facts.shown() == []


def test_an_undo_after_a_change_elsewhere_is_refused_and_shows_theirs(
    main_window: MainWindow, services: Services, data_dir: Path, qtbot: QtBot
) -> None:
    zoe, page = _open(main_window, services)
    page.set_editing(True)
    role = page.findChild(QLineEdit, "field_role")
    assert role is not None
    role.setFocus()
    role.selectAll()
    qtbot.keyClicks(role, "Oboe")
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert services.person.get(zoe).role == "Oboe"
    assert page.undo_stack.count() == 1
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ROLE, "Cello")
    page.undo_stack.undo()
    assert services.person.get(zoe).role == "Cello"  # theirs stays
    assert message_label(page).text() == (
        "Zoë Ng was changed elsewhere after this edit, so it was not undone."
    )
    assert role.text() == "Cello"
    assert page.undo_stack.count() == 0  # the refused step is gone: redo cannot retry it
    assert not page.undo_stack.canRedo()


def test_undoing_my_own_steps_one_after_another_still_works(
    main_window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    zoe, page = _open(main_window, services)
    page.set_editing(True)
    for name, text in (("role", "Oboe"), ("organization", "LSO")):
        field = page.findChild(QLineEdit, f"field_{name}")
        assert field is not None
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    page.undo_stack.undo()
    page.undo_stack.undo()
    stored = services.person.get(zoe)
    assert (stored.role, stored.organization) == ("viola", "")
    page.undo_stack.redo()
    page.undo_stack.redo()
    stored = services.person.get(zoe)
    assert (stored.role, stored.organization) == ("Oboe", "LSO")


def test_a_fact_undo_after_a_change_elsewhere_is_refused(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    fact = services.person.get(zoe).facts[0]
    _edit_fact(page, "loves Ligeti and Kurtág")
    assert page.undo_stack.count() == 1
    with command_line(data_dir) as cli:
        cli.person.edit_fact(fact.uid, fact.kind, "adores Ligeti")
    page.undo_stack.undo()
    assert _facts(services, zoe) == ["adores Ligeti"]
    assert "so it was not undone" in message_label(page).text()
    assert page.undo_stack.count() == 0


def test_a_fact_edit_undone_and_redone_is_mine_alone(
    main_window: MainWindow, services: Services
) -> None:
    zoe, page = _open(main_window, services)
    _edit_fact(page, "loves Ligeti and Kurtág")
    page.undo_stack.undo()
    assert _facts(services, zoe) == ["loves Ligeti"]
    page.undo_stack.redo()
    assert _facts(services, zoe) == ["loves Ligeti and Kurtág"]


def test_met_at_chosen_here_and_elsewhere_asks(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path
) -> None:
    with database.write() as session:
        session.add_all(
            [Event(title="Autumn Gala", starts_at=GALA), Event(title="Winterreise", starts_at=GALA)]
        )
    zoe, page = _open(main_window, services)
    box = page.form.met_event
    box.fill()
    gala, winter = (box.findData(e.uid) for e in services.people.events())
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.MET_EVENT, box.itemData(winter))
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    box.setCurrentIndex(gala)
    box.activated.emit(gala)  # one click
    assert len(asked.times) == 1
    names, mine, theirs = asked.last
    assert (names, mine, theirs) == (["Met at"], [box.itemText(gala)], [box.itemText(winter)])
    assert services.person.get(zoe).met_event_uid == box.itemData(winter)
    assert box.currentIndex() == winter  # the page shows what is stored


def test_status_chosen_while_another_field_changed_elsewhere_is_merged(
    main_window: MainWindow, services: Services, data_dir: Path
) -> None:
    zoe, page = _open(main_window, services)
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.STATUS_NOTE, "on tour until May")
        cli.person.set_field(zoe, PersonField.ROLE, "Cello")
    asked = Asked()
    answer_with(Choice.CANCEL, asked, tries=20)
    page.form.status.setCurrentIndex(1)
    page.form.status.activated.emit(1)
    assert asked.times == []
    stored = services.person.get(zoe)
    assert (stored.status.value, stored.status_note, stored.role) == (
        "resting",
        "on tour until May",
        "Cello",
    )
