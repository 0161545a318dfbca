"""A person's field typed here while the command line changed it: never silently overwritten.

"The command line" is a second Database on the same file (as ``eventmate capture``). A change
elsewhere to another field is merged without asking; one to the field being typed in asks,
with both versions side by side, and the user's choice is what is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.gui.stale_answers import Asked, answer_with

from conftest import NOW
from eventmate.domain.text import fold
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.person.person_page import PersonPage
from eventmate.gui.stale_dialog import Choice
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite


@contextmanager
def command_line(data_dir: Path) -> Iterator[Services]:
    other = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    try:
        yield Services(other, data_dir / "backups", clock=lambda: NOW)
    finally:
        other.close()


def _open(window: MainWindow, database: Database, name: str) -> tuple[str, PersonPage]:
    with database.write() as session:
        person = Person(name=name, sort_key=fold(name), role="Viola")
        session.add(person)
        session.flush()
        uid = person.uid
    window.open_person(uid)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    page = people.person_page
    assert people.pages.currentWidget() is page
    return uid, page


def _field(page: PersonPage, name: str) -> QLineEdit:
    field = page.findChild(QLineEdit, f"field_{name}")
    assert field is not None
    return field


def _type_role(page: PersonPage, qtbot: QtBot, role: str) -> QLineEdit:
    page.set_editing(True)
    field = _field(page, "role")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, role)  # typed, not finished
    return field


def test_the_same_field_changed_elsewhere_asks_and_keep_mine_stores_mine(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    zoe, page = _open(main_window, database, "Zoë Ng")
    role = _type_role(page, qtbot, "Oboe")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ROLE, "Cello")
    main_window.changes.poll()
    assert role.text() == "Oboe"  # the refresh keeps the typing
    asked = Asked()
    answer_with(Choice.MINE, asked)
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert asked.times == [(["Role"], ["Oboe"], ["Cello"])]
    assert services.person.get(zoe).role == "Oboe"
    assert role.text() == "Oboe"


def test_keep_theirs_puts_their_text_in_the_field(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    zoe, page = _open(main_window, database, "Zoë Ng")
    role = _type_role(page, qtbot, "Oboe")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ROLE, "Cello")
    main_window.changes.poll()
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert len(asked.times) == 1
    assert services.person.get(zoe).role == "Cello"
    assert role.text() == "Cello"
    assert not page.is_dirty(role)


def test_cancel_keeps_the_typing_and_the_next_save_asks_again(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    zoe, page = _open(main_window, database, "Zoë Ng")
    role = _type_role(page, qtbot, "Oboe")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ROLE, "Cello")
    main_window.changes.poll()
    asked = Asked()
    answer_with(Choice.CANCEL, asked)
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert services.person.get(zoe).role == "Cello"
    assert role.text() == "Oboe"
    qtbot.keyClicks(role, "!")
    answer_with(Choice.MINE, asked)
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert [mine for _names, mine, _theirs in asked.times] == [["Oboe"], ["Oboe!"]]
    assert services.person.get(zoe).role == "Oboe!"


def test_a_save_before_the_page_heard_of_the_change_is_refused_and_asks(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    """No poll between: the service itself refuses the stale version."""
    zoe, page = _open(main_window, database, "Zoë Ng")
    role = _type_role(page, qtbot, "Oboe")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ROLE, "Cello")
    asked = Asked()
    answer_with(Choice.MINE, asked)
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert asked.times == [(["Role"], ["Oboe"], ["Cello"])]
    assert services.person.get(zoe).role == "Oboe"


def test_another_field_changed_elsewhere_is_merged_without_asking(
    main_window: MainWindow, services: Services, database: Database, data_dir: Path, qtbot: QtBot
) -> None:
    zoe, page = _open(main_window, database, "Zoë Ng")
    role = _type_role(page, qtbot, "Oboe")
    with command_line(data_dir) as cli:
        cli.person.set_field(zoe, PersonField.ORGANIZATION, "Wigmore Hall")
    asked = Asked()
    answer_with(Choice.CANCEL, asked, tries=20)
    qtbot.keyClick(role, Qt.Key.Key_Return)  # the page has not heard of it yet
    stored = services.person.get(zoe)
    assert (stored.role, stored.organization) == ("Oboe", "Wigmore Hall")
    assert asked.times == []
    assert _field(page, "organization").text() == "Wigmore Hall"
