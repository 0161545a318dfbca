"""The person page and the People list following changes, as a user walks through them.

Writes from "the command line" go through a second Database on the same file, as
``eventmate capture`` does, and reach the window when its bus polls. No write may ever land
on a person other than the one the page shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from conftest import NOW
from eventmate.domain.kinds import FactKind
from eventmate.domain.text import fold
from eventmate.gui import home_wiring
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.person.person_page import PersonPage, message_label
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite


@contextmanager
def command_line(data_dir: Path) -> Iterator[Services]:
    """Services on a second connection to the same file: the command line's way in."""
    other = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    try:
        yield Services(other, data_dir / "backups", clock=lambda: NOW)
    finally:
        other.close()


def _add(database: Database, *names: str) -> list[str]:
    with database.write() as session:
        people = [Person(name=name, sort_key=fold(name)) for name in names]
        session.add_all(people)
        session.flush()
        return [person.uid for person in people]


def _people_page(window: MainWindow) -> PeoplePage:
    page = window.page(Section.PEOPLE)
    assert isinstance(page, PeoplePage)
    return page


def _open(window: MainWindow, uid: str) -> PersonPage:
    window.open_person(uid)
    people = _people_page(window)
    assert people.pages.currentWidget() is people.person_page
    return people.person_page


def _field(page: PersonPage, name: str) -> QLineEdit:
    field = page.findChild(QLineEdit, f"field_{name}")
    assert field is not None
    return field


def _everyone(database: Database) -> list[Any]:
    with database.read() as session:
        return [tuple(row) for row in session.execute(text("SELECT * FROM person ORDER BY id"))]


def _change_role(page: PersonPage, role: str) -> None:
    field = _field(page, "role")
    field.setText(role)
    field.editingFinished.emit()


# -- the stale page of issue 11 ---------------------------------------------------------------


def test_a_page_left_open_over_sample_removal_writes_nothing_to_the_new_person(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path
) -> None:
    services.sample_data.add()
    anna = next(row for row in services.people.listings() if row.name == "Anna Schmidt")
    page = _open(main_window, anna.uid)
    main_window.show_section(Section.HOME)  # the user goes to Home and removes the samples
    home_wiring.remove_sample_data(main_window)
    with command_line(data_dir) as cli:  # a capture from the terminal
        made = cli.capture.capture("Lena Vogel (cello)")
    main_window.changes.poll()
    main_window.show_section(Section.PEOPLE)  # back to the page still showing Anna
    assert page.isVisible()
    before = _everyone(database)
    _change_role(page, "Horn")
    assert "Anna Schmidt no longer exists" in message_label(page).text()
    assert _everyone(database) == before  # nothing written, to Lena or anyone
    assert made.person_id is not None
    assert services.person.get(_uid_of(services, made.person_id)).role != "Horn"
    assert page.undo_stack.count() == 0
    assert not _field(page, "role").isEnabled()


def test_a_page_not_yet_told_refuses_the_write_by_uid(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path
) -> None:
    services.sample_data.add()
    anna = next(row for row in services.people.listings() if row.name == "Anna Schmidt")
    page = _open(main_window, anna.uid)
    with command_line(data_dir) as cli:
        cli.sample_data.remove()
        cli.capture.capture("Lena Vogel (cello)")
    # No poll yet: the page still shows Anna when the role is changed.
    before = _everyone(database)
    _change_role(page, "Horn")
    assert "Anna Schmidt no longer exists" in message_label(page).text()
    assert _everyone(database) == before


def test_a_page_left_open_over_a_restore_says_so_and_writes_nothing(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path
) -> None:
    _add(database, "Kwame Mensah")
    backup = services.backups.backup_now().path
    (zoe,) = _add(database, "Zoë Ng")
    page = _open(main_window, zoe)
    services.backups.restore(backup, on_closed=main_window.release_database)
    main_window.database_replaced()
    assert "Zoë Ng no longer exists" in message_label(page).text()
    with command_line(data_dir) as cli:
        cli.capture.capture("Lena Vogel (cello)")
    main_window.changes.poll()
    before = _everyone(database)
    _change_role(page, "Horn")  # once crashed with "FOREIGN KEY constraint failed"
    assert _everyone(database) == before
    assert "no longer exists" in message_label(page).text()


def _uid_of(services: Services, person_id: int) -> str:
    from eventmate.services.changes import Kind

    uid = services.records.uid_of(Kind.PERSON, person_id)
    assert uid is not None
    return uid


# -- merged away ------------------------------------------------------------------------------


def test_a_person_merged_away_says_into_whom_and_opens_them(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    schmidt, schmitt = _add(database, "Anna Schmidt", "Anna Schmitt")
    page = _open(main_window, schmidt)
    with command_line(data_dir) as cli:
        cli.merge.merge(schmitt, schmidt)
    main_window.changes.poll()
    assert message_label(page).text() == "Anna Schmidt was merged into Anna Schmitt."
    other = page.findChild(QPushButton, "openMergedInto")
    assert other is not None
    assert other.isVisible()
    assert other.text() == "Open Anna Schmitt"
    before = _everyone(database)
    _change_role(page, "Viola")
    assert _everyone(database) == before
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert page.person_uid == schmitt
    assert _field(page, "name").text() == "Anna Schmitt"
    assert not message_label(page).isVisible()
    _change_role(page, "Viola")
    assert services.person.get(schmitt).role == "Viola"


def test_undoing_a_merge_brings_the_page_back(
    main_window: MainWindow, services: Services, database: Database
) -> None:
    schmidt, schmitt = _add(database, "Anna Schmidt", "Anna Schmitt")
    page = _open(main_window, schmidt)
    record = services.merge.merge(schmitt, schmidt)
    assert "was merged into" in message_label(page).text()
    services.merge.undo(record)
    assert page.person_uid == schmidt
    assert _field(page, "role").isEnabled()
    assert not message_label(page).isVisible()


# -- a change elsewhere reaches the open page, and typing stays -------------------------------


def test_changes_from_the_command_line_reach_the_page_and_keep_what_is_typed(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    (zoe,) = _add(database, "Zoë Ng")
    page = _open(main_window, zoe)
    role = _field(page, "role")
    role.setFocus()
    qtbot.keyClicks(role, "Ob")  # typing, not finished
    page.tags.value.setText("chamb")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ORGANIZATION, "Wigmore Hall")
        cli.person.add_fact(zoe, FactKind.CARES_ABOUT, "Free tickets for students")
        cli.person.add_tag(zoe, "patrons")
    main_window.changes.poll()
    assert _field(page, "organization").text() == "Wigmore Hall"
    assert page.facts.shown() == ["Cares about: Free tickets for students"]
    assert page.tags.list.item(0).text() == "patrons"
    assert role.text() == "Ob"
    assert page.tags.value.text() == "chamb"
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert services.person.get(zoe).role == "Ob"
    assert services.person.get(zoe).organization == "Wigmore Hall"


def test_a_rhythm_or_introducer_being_typed_stays_through_a_change_elsewhere(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    (zoe,) = _add(database, "Zoë Ng")
    page = _open(main_window, zoe)
    page.set_editing(True)
    cadence = page.form.cadence
    cadence.setFocus()
    cadence.setValue(45)  # typed, not finished
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ROLE, "Development officer")
    main_window.changes.poll()
    assert _field(page, "role").text() == "Development officer"
    assert cadence.value() == 45
    introduced = _field(page, "introduced_by")
    introduced.setFocus()
    qtbot.keyClicks(introduced, "Anna Sch")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ORGANIZATION, "Wigmore Hall")
    main_window.changes.poll()
    assert _field(page, "organization").text() == "Wigmore Hall"
    assert introduced.text() == "Anna Sch"
    assert services.person.get(zoe).cadence_days == 45  # saved when the cursor left it


def test_a_fact_removed_elsewhere_cannot_be_edited_here(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path
) -> None:
    (zoe,) = _add(database, "Zoë Ng")
    fact = services.person.add_fact(zoe, FactKind.STORY, "Grew up in Leipzig").value
    page = _open(main_window, zoe)
    with command_line(data_dir) as cli:
        cli.person.remove_fact(fact)
    # Not polled yet: the list still shows the fact; removing it is refused calmly.
    page.facts.list.setCurrentRow(1)
    page.facts.remove_selected()
    assert "no longer exists" in message_label(page).text()
    main_window.changes.poll()
    assert page.facts.list.count() == 0


# -- defects from issue 11 -------------------------------------------------------------------


def test_what_is_typed_in_a_tag_box_stays_with_its_person(
    main_window: MainWindow, database: Database
) -> None:
    anna, sean = _add(database, "Anna Schmidt", "Seán O'Brien")
    page = _open(main_window, anna)
    page.tags.value.setText("viol")
    page.contacts.value.setText("anna@exa")
    page.facts.value.setText("Grew up in")
    page.back_requested.emit()
    page = _open(main_window, sean)
    assert page.tags.value.text() == ""
    assert page.contacts.value.text() == ""
    assert page.facts.value.text() == ""


def test_a_person_page_opens_at_the_top(
    main_window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    anna, sean = _add(database, "Anna Schmidt", "Seán O'Brien")
    for kind in FactKind:
        for n in range(8):
            main_window.services.person.add_fact(anna, kind, f"Something to remember, {n}")
    page = _open(main_window, anna)
    bar = page.form_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the page is taller than the window
    bar.setValue(bar.maximum())
    page.back_requested.emit()
    page = _open(main_window, sean)
    assert bar.value() == 0


# -- the People list --------------------------------------------------------------------------


def test_a_capture_from_the_terminal_joins_the_open_list_and_the_current_person_stays(
    main_window: MainWindow, database: Database, data_dir: Path
) -> None:
    _add(database, *(f"Person {i:03d}" for i in range(60)))
    main_window.show_section(Section.PEOPLE)
    people = _people_page(main_window)
    people.view.setCurrentIndex(people.model.index(40))
    current = people.view.currentIndex().data()
    with command_line(data_dir) as cli:
        cli.capture.capture("Aaron Abel (horn)")  # sorts first: everyone moves down a row
    main_window.changes.poll()
    assert people.model.total == 61
    assert people.count_label.text() == "61 people"
    assert people.model.index(0).data() == "Aaron Abel"
    assert people.view.currentIndex().data() == current
    assert people.view.currentIndex().row() == 41


def test_an_edit_elsewhere_updates_rows_in_place_keeping_the_selection(
    main_window: MainWindow, database: Database, data_dir: Path
) -> None:
    uids = _add(database, "Anna Schmidt", "Kwame Mensah", "Zoë Ng")
    main_window.show_section(Section.PEOPLE)
    people = _people_page(main_window)
    selection = people.view.selectionModel()
    for row in (0, 2):
        selection.select(people.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    assert people.selection_label.text() == "2 people selected"
    with command_line(data_dir) as cli:
        cli.person.set_field(uids[1], PersonField.ROLE, "Oboe")
    main_window.changes.poll()
    assert people.selection_label.text() == "2 people selected"
    from eventmate.gui.person.people_model import DetailRole

    assert people.model.index(1).data(DetailRole) == "Oboe"


def test_select_person_opens_them_by_uid(main_window: MainWindow, database: Database) -> None:
    (kwame,) = _add(database, "Kwame Mensah")
    main_window.show_section(Section.PEOPLE)
    people = _people_page(main_window)
    people.select_person(kwame)
    assert people.person_page.person_uid == kwame
    people.person_page.back_requested.emit()
    assert people.view.currentIndex().data(Qt.ItemDataRole.UserRole) == kwame


@pytest.mark.parametrize("action", ["rest", "in_touch"])
def test_home_refuses_calmly_for_a_person_gone_meanwhile(
    main_window: MainWindow, database: Database, action: str
) -> None:
    (kwame,) = _add(database, "Kwame Mensah")
    with database.write() as session:
        session.delete(session.execute(select(Person).where(Person.uid == kwame)).scalar_one())
    before = _everyone(database)
    if action == "rest":
        home_wiring.let_rest(main_window, main_window, kwame, "on tour")
    else:
        home_wiring.in_touch(main_window, kwame)
    assert "no longer exists" in main_window.statusBar().currentMessage()
    assert _everyone(database) == before
