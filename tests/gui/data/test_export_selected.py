"""Choosing several people on the People page and exporting just them, driven offscreen."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QGroupBox, QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from eventmate.domain.kinds import ContactKind
from eventmate.gui.data.export_dialog import ExportDialog, ExportFormat
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.person import people_model
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Person, Tag

PEOPLE = 450


def _add_people(database: Database, count: int = PEOPLE) -> None:
    with database.write() as session:
        tag = Tag(name="choir")
        for i in range(count):
            person = Person(name=f"Person {i:04d}", sort_key=f"person {i:04d}", role="Cello")
            person.contact_methods.append(
                ContactMethod(kind=ContactKind.EMAIL, value=f"p{i:04d}@example.org")
            )
            if i % 4 == 0:
                person.tags.append(tag)
            session.add(person)


@pytest.fixture
def page(qtbot: QtBot, services: Services, database: Database) -> PeoplePage:
    _add_people(database)
    widget = PeoplePage(services)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.refresh()
    widget.view.setFocus()
    return widget


@pytest.fixture
def saved_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Answers the save dialog with the name the Export dialog suggests, in ``tmp_path``."""
    paths: list[Path] = []

    def ask(dialog: ExportDialog, fmt: ExportFormat) -> Path:
        paths.append(tmp_path / dialog.suggested_name(fmt))
        return paths[-1]

    monkeypatch.setattr(ExportDialog, "_ask_path_with_dialog", ask)
    return paths


def _click(page: PeoplePage, qtbot: QtBot, row: int, modifier: Qt.KeyboardModifier) -> None:
    rect = page.view.visualRect(page.model.index(row))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _open_export(page: PeoplePage, qtbot: QtBot) -> ExportDialog:
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _export(dialog: ExportDialog, qtbot: QtBot) -> None:
    dialog.status.clear()  # a second export in the same dialog: wait for its own message
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=10_000)


def _cards(path: Path) -> list[str]:
    return [card.fn.value for card in vobject.readComponents(path.read_text("utf-8"))]


def test_two_people_chosen_by_ctrl_click_export_as_exactly_their_cards(
    page: PeoplePage, qtbot: QtBot, saved_to: list[Path]
) -> None:
    _click(page, qtbot, 1, Qt.KeyboardModifier.NoModifier)
    _click(page, qtbot, 3, Qt.KeyboardModifier.ControlModifier)
    assert page.selection_label.text() == "2 people selected"
    dialog = _open_export(page, qtbot)
    assert dialog.exports_selection()  # opened from the People page: "selected" is chosen
    assert dialog.selected().key == "vcard"
    _export(dialog, qtbot)
    assert saved_to[-1].name == "eventmate-2-people.vcf"
    assert _cards(saved_to[-1]) == ["Person 0001", "Person 0003"]
    assert "EMAIL" in saved_to[-1].read_text("utf-8")


def test_shift_arrows_and_vcard_4_and_csv_hold_only_the_selection(
    page: PeoplePage, qtbot: QtBot, saved_to: list[Path]
) -> None:
    _click(page, qtbot, 10, Qt.KeyboardModifier.NoModifier)
    for _ in range(2):
        qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.selection_label.text() == "3 people selected"
    dialog = _open_export(page, qtbot)
    dialog.findChild(QRadioButton, "format_vcard4").click()
    _export(dialog, qtbot)
    text = saved_to[-1].read_text("utf-8")
    assert text.count("VERSION:4.0") == 3
    assert [line for line in text.splitlines() if line.startswith("FN")] == [
        "FN:Person 0010",
        "FN:Person 0011",
        "FN:Person 0012",
    ]
    dialog.findChild(QRadioButton, "format_csv").click()
    _export(dialog, qtbot)
    assert saved_to[-1].name == "eventmate-3-people.csv"
    rows = list(csv.reader(io.StringIO(saved_to[-1].read_text("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Person 0010", "Person 0011", "Person 0012"]


def test_one_person_is_named_in_the_dialog_and_the_file(
    page: PeoplePage, qtbot: QtBot, saved_to: list[Path]
) -> None:
    _click(page, qtbot, 4, Qt.KeyboardModifier.NoModifier)
    assert page.selection_label.text() == ""  # one person: nothing to count
    dialog = _open_export(page, qtbot)
    assert dialog.selected_button is not None
    assert dialog.selected_button.text() == "Person 0004, &selected on the People page"
    _export(dialog, qtbot)
    assert saved_to[-1].name == "person-0004.vcf"
    assert _cards(saved_to[-1]) == ["Person 0004"]


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_shortcut(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    with database.write() as session:
        session.add(Person(name="Tom & Jerry", sort_key="tom & jerry"))
    page = PeoplePage(services)
    qtbot.addWidget(page)
    page.refresh()
    selection = page.selection()
    assert selection is not None
    assert selection.name == "Tom & Jerry"
    dialog = ExportDialog(lambda: services, selection=selection, selected_first=True)
    qtbot.addWidget(dialog)
    assert dialog.selected_button is not None
    assert dialog.selected_button.text().startswith("Tom && Jerry, &selected")
    assert dialog.selected_button.accessibleName() == "Tom & Jerry, selected on the People page"
    assert dialog.suggested_name(dialog.formats[0]) == "tom-jerry.vcf"


def test_export_is_unavailable_with_nobody_selected(page: PeoplePage, qtbot: QtBot) -> None:
    assert page.export_action.isEnabled()  # the first person is selected when the list loads
    page.view.clearSelection()
    assert not page.export_action.isEnabled()
    assert not page.export_button.isEnabled()
    assert page.selection() is None
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.findChild(ExportDialog) is None
    page.view.setCurrentIndex(page.model.index(2))
    assert page.export_action.isEnabled()


def test_nobody_matching_the_filters_leaves_export_unavailable(page: PeoplePage) -> None:
    page.filters.org_edit.setText("nobody here")
    page.refresh()
    assert page.model.total == 0
    assert not page.export_action.isEnabled()
    assert page.selection_label.text() == ""


def test_enter_still_opens_the_current_person_and_esc_keeps_the_selection(
    page: PeoplePage, qtbot: QtBot
) -> None:
    _click(page, qtbot, 5, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.selection_label.text() == "3 people selected"
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.pages.currentWidget() is page.person_page
    name = page.person_page.findChild(QLineEdit, "field_name")
    assert name is not None
    assert name.text() == "Person 0007"  # the current one, not the first selected
    shown = page.selection()  # a person's page is showing: Export offers just them
    assert shown is not None
    assert (shown.count, shown.name) == (1, "Person 0007")
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert page.view.currentIndex().row() == 7
    assert page.selection_label.text() == "3 people selected"


def test_double_click_opens_the_person_clicked(page: PeoplePage, qtbot: QtBot) -> None:
    _click(page, qtbot, 2, Qt.KeyboardModifier.NoModifier)
    _click(page, qtbot, 6, Qt.KeyboardModifier.ShiftModifier)
    rect = page.view.visualRect(page.model.index(6))
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    name = page.person_page.findChild(QLineEdit, "field_name")
    assert name is not None
    assert name.text() == "Person 0006"


def test_ctrl_a_selects_everyone_shown_without_reading_every_row(
    page: PeoplePage, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages: 450 rows are 23 of them, so reading every row would show.
    monkeypatch.setattr(people_model, "PAGE_SIZE", 20)
    page.refresh()
    page.view.setFocus()
    read: list[int] = []
    original = page.model._load
    monkeypatch.setattr(page.model, "_load", lambda n: read.append(n) or original(n))
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selection_label.text() == "450 people selected"
    selection = page.selection()
    assert selection is not None
    assert selection.count == PEOPLE
    assert len(selection.spans) == 1  # one stretch, given by its ends
    assert len(read) <= 2  # at most the last page, for the stretch's end
    assert len(services.people.selected_ids(selection)) == PEOPLE


def test_ctrl_a_on_a_filtered_list_exports_just_those_shown(
    page: PeoplePage, qtbot: QtBot, saved_to: list[Path]
) -> None:
    page.filters.tag_box.setCurrentIndex(1)
    page.filters.tag_box.activated.emit(1)
    assert page.model.total == 113
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_export(page, qtbot)
    _export(dialog, qtbot)
    assert saved_to[-1].name == "eventmate-113-people.vcf"
    names = _cards(saved_to[-1])
    assert len(names) == 113
    assert all(int(name[-4:]) % 4 == 0 for name in names)


def test_formats_that_hold_everything_are_unavailable_for_a_selection(
    page: PeoplePage, qtbot: QtBot
) -> None:
    _click(page, qtbot, 1, Qt.KeyboardModifier.ShiftModifier)
    dialog = _open_export(page, qtbot)

    def enabled() -> dict[str, bool]:
        return {fmt.key: dialog.group.button(i).isEnabled() for i, fmt in enumerate(dialog.formats)}

    assert enabled() == {
        "vcard": True,
        "vcard4": True,
        "ics": False,
        "csv": True,
        "markdown": False,
        "json": False,
    }
    assert dialog.scope_note.isVisible()
    # Everyone: every format; a whole-data format chosen there falls back to vCard on return.
    assert dialog.focusWidget() is dialog.selected_button  # the choice made has the focus
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.exports_selection())  # a mnemonic animates a click
    assert all(enabled().values())
    assert dialog.scope_note.isVisible()  # the dialog keeps its size
    dialog.findChild(QRadioButton, "format_json").click()
    assert dialog.suggested_name(dialog.selected()) == "eventmate-archive.json"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.exports_selection)
    assert dialog.selected().key == "vcard"
    assert dialog.suggested_name(dialog.selected()) == "eventmate-2-people.vcf"


def test_everyone_chosen_exports_everyone(
    page: PeoplePage, qtbot: QtBot, saved_to: list[Path]
) -> None:
    _click(page, qtbot, 1, Qt.KeyboardModifier.ShiftModifier)
    dialog = _open_export(page, qtbot)
    assert dialog.everyone_button is not None
    dialog.everyone_button.click()
    _export(dialog, qtbot)
    assert saved_to[-1].name == "eventmate-people.vcf"
    assert len(_cards(saved_to[-1])) == PEOPLE


def test_people_deleted_after_selecting_are_not_exported_silently(
    page: PeoplePage, qtbot: QtBot, database: Database, saved_to: list[Path]
) -> None:
    _click(page, qtbot, 0, Qt.KeyboardModifier.NoModifier)
    dialog = _open_export(page, qtbot)
    with database.write() as session:
        session.delete(session.get(Person, page.model.row(0).id))  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not exported" in dialog.status.text(), timeout=10_000)
    assert "no longer in EventMate" in dialog.status.text()
    assert not saved_to[-1].exists()
    assert dialog.export_button.isEnabled()


def test_the_context_menu_offers_open_and_export(page: PeoplePage) -> None:
    texts = [action.text() for action in page.view.actions()]
    assert texts == ["&Open", "&Export selected as contacts…"]
    assert page.view.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    assert page.export_action.shortcut().toString() == "Ctrl+E"


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def _file_export(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    window.data_actions.export_action.trigger()
    dialog = window.data_actions.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_file_export_offers_the_people_page_selection_with_everyone_first(
    window: MainWindow, qtbot: QtBot, database: Database
) -> None:
    _add_people(database, 30)
    # On Home, before the People page exists: no choice, and the page is not built to ask.
    dialog = _file_export(window, qtbot)
    assert dialog.findChild(QGroupBox, "scopeBox") is None
    assert not dialog.scope_note.isVisible()
    assert window._pages.get(Section.PEOPLE) is None
    dialog.reject()
    window.show_section(Section.PEOPLE)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    people.view.setCurrentIndex(people.model.index(0))
    people.view.selectionModel().select(
        people.model.index(2),
        people.view.selectionModel().SelectionFlag.Select
        | people.view.selectionModel().SelectionFlag.Rows,
    )
    dialog = _file_export(window, qtbot)
    assert dialog.findChild(QGroupBox, "scopeBox") is not None
    assert dialog.everyone_button is not None
    assert dialog.everyone_button.isChecked()
    assert dialog.selected_button is not None
    assert dialog.selected_button.text() == "The 2 people &selected on the People page"
    dialog.reject()
    # Elsewhere, the People page's selection is not offered.
    window.show_section(Section.EVENTS)
    dialog = _file_export(window, qtbot)
    assert dialog.findChild(QGroupBox, "scopeBox") is None
    dialog.reject()


def test_ctrl_e_works_from_the_sidebar_while_the_list_shows_only(
    window: MainWindow, qtbot: QtBot, database: Database
) -> None:
    _add_people(database, 5)
    window.show_section(Section.PEOPLE)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = people.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.exports_selection()
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: people.findChild(ExportDialog) is None)
    people.select_person(people.model.row(0).uid)  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert people.findChild(ExportDialog) is None  # a person's page: not offered
    window.show_section(Section.HOME)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert people.findChild(ExportDialog) is None


def test_ctrl_e_is_taken_by_nothing_else_in_the_window(window: MainWindow) -> None:
    assert window.data_actions is not None
    for section in Section:
        window.page(section)
    owners = [
        action.objectName()
        for action in window.findChildren(QAction)
        if any(key.toString() == "Ctrl+E" for key in action.shortcuts())
    ]
    owners += [
        shortcut.objectName()
        for shortcut in window.findChildren(QShortcut)
        if shortcut.key().toString() == "Ctrl+E"
    ]
    assert owners == ["exportSelectedAction"]
