"""Issue 11's stale page, walked: sample data out, a capture from the terminal, a restore.

A person's page left open while the sample data is removed and someone new is captured from
the command line (in another process) says the person no longer exists and writes nothing;
the new person is untouched. A restore (File ▸ Restore from backup…, since the command line
refuses while the app is open) makes the page of someone the backup does not hold say so too,
and the next edits land on the right people, by uid.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from scenario_walk import CTRL, Key, Walk, walking

from eventmate.gui.data.restore_dialog import RestoreDialog
from eventmate.gui.main_window import Section
from eventmate.gui.person.person_page import PersonPage, message_label
from eventmate.storage.engine import Database

# Capture mode and dialogs come forward (raise), which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def walk(qtbot: QtBot, database: Database, data_dir: Path) -> Iterator[Walk]:
    with walking(qtbot, database, data_dir) as walk:
        yield walk


def press_button(walk: Walk, name: str) -> None:
    """Tab to Home's button ``name`` and press Space."""
    button = walk.home.findChild(QPushButton, name)
    assert button is not None, name
    walk.focus(button)
    walk.key(Key.Key_Space)


def open_from_list(walk: Walk, name: str) -> PersonPage:
    """On People: type the first letters of ``name`` in the list, then Enter."""
    page = walk.people_page
    if page.pages.currentIndex() != 0:
        back_to_list(walk)
    walk.focus(page.view)
    walk.type(name)
    assert page.view.currentIndex().data() == name
    walk.key(Key.Key_Return)
    person = page.person_page
    assert page.pages.currentWidget() is person
    return person


def back_to_list(walk: Walk) -> None:
    """Esc on a person's page (focus in the page, as after a click on it)."""
    walk.focus(walk.people_page.person_page)
    walk.key(Key.Key_Escape)
    assert walk.people_page.pages.currentIndex() == 0


def role_field(page: PersonPage) -> QLineEdit:
    field = page.findChild(QLineEdit, "field_role")
    assert field is not None
    return field


def type_role(walk: Walk, page: PersonPage, role: str) -> None:
    """Tab into the role field, replace what it says, and press Enter."""
    field = role_field(page)
    walk.focus(field)
    walk.key(Key.Key_A, CTRL)
    walk.type(role)
    walk.key(Key.Key_Return)


def test_the_stale_page_says_so_and_every_write_lands_on_its_own_person(walk: Walk) -> None:
    window = walk.window
    press_button(walk, "addSampleButton")  # Home: "Explore with sample data"
    walk.until(lambda: any("exploring sample data" in line for line in walk.home_lines()))
    backup = walk.cli("backup").stdout.strip()  # the terminal: a backup with the samples
    assert backup.endswith(".sqlite3")
    everyone = walk.people()
    (anna_uid,) = [uid for uid, (name, _role) in everyone.items() if name == "Anna Schmidt"]

    walk.go(Section.PEOPLE)
    page = open_from_list(walk, "Anna Schmidt")
    assert page.person_uid == anna_uid

    walk.go(Section.HOME)
    press_button(walk, "removeSampleButton")
    walk.until(lambda: "Explore with sample data" in walk.home_lines())
    walk.cli("capture", "Lena Vogel (cello)")  # another process, while the app is open
    walk.until(lambda: walk.home_met()[:1] == ["Lena Vogel   cello"])
    (lena_uid,) = [uid for uid, (name, _role) in walk.people().items() if name == "Lena Vogel"]
    assert lena_uid not in everyone  # a new record, never one of the removed ones

    walk.go(Section.PEOPLE)  # back to the page still showing Anna
    assert walk.people_page.pages.currentWidget() is page
    assert "Anna Schmidt no longer exists" in message_label(page).text()
    before = walk.people()
    field = role_field(page)
    assert not field.isEnabled()  # nothing can be typed where it would land elsewhere
    walk.qtbot.keyClicks(field, "Horn")
    walk.qtbot.keyClick(field, Key.Key_Return)
    assert walk.people() == before == {lena_uid: ("Lena Vogel", "cello")}

    # Lena's own page takes her edits, by her uid.
    lena_page = open_from_list(walk, "Lena Vogel")
    assert lena_page.person_uid == lena_uid
    type_role(walk, lena_page, "cello principal")
    assert walk.people() == {lena_uid: ("Lena Vogel", "cello principal")}

    # The command line will not restore under the open app; File ▸ Restore from backup… does.
    refused = walk.cli("restore", backup, check=False)
    assert refused.returncode != 0
    assert "close it first" in refused.stderr

    def restore(dialog: RestoreDialog) -> None:
        walk.qtbot.waitUntil(lambda: dialog.backup_list.count() > 0, timeout=10_000)
        items = [dialog.backup_list.item(row) for row in range(dialog.backup_list.count())]
        chosen = next(item for item in items if "backed up by you" in item.text())
        dialog.backup_list.setCurrentItem(chosen)
        walk.focus(dialog.backup_list)
        with walk.qtbot.waitSignal(dialog.restored, timeout=30_000):
            walk.key(Key.Key_Return)
        walk.key(Key.Key_Escape)

    problems = walk.when_modal(RestoreDialog, restore)
    window.data_actions.restore_action.trigger()
    assert problems == []

    # Lena is not in that backup: her page says so (once it has read the restored file
    # again, on its worker) and accepts nothing.
    walk.until(lambda: "Lena Vogel no longer exists" in message_label(lena_page).text())
    assert not role_field(lena_page).isEnabled()
    assert walk.people() == everyone  # exactly the backup's people, uids and all
    back_to_list(walk)
    assert "Lena Vogel" not in walk.people_list()
    assert "Anna Schmidt" in walk.people_list()
    walk.go(Section.HOME)
    assert any("exploring sample data" in line for line in walk.home_lines())

    # Anna is back with the same uid; an edit lands on her (it once failed with a foreign key
    # error) and on nobody else.
    walk.go(Section.PEOPLE)
    anna_page = open_from_list(walk, "Anna Schmidt")
    assert anna_page.person_uid == anna_uid
    type_role(walk, anna_page, "Horn")
    after = walk.people()
    assert after[anna_uid] == ("Anna Schmidt", "Horn")
    assert {uid: row for uid, row in after.items() if uid != anna_uid} == {
        uid: row for uid, row in everyone.items() if uid != anna_uid
    }
