"""Issue 15's stale edit, walked: the terminal changes a person while their page has typing.

Anna Schmidt (captured from the terminal, no role yet) has her page open and "Violin" typed
into her role, not saved. In a terminal, ``eventmate import anna.vcf`` (another process) reads
her own card back with a title and an organisation: a card with a known UID fills her empty
fields. The page shows the organisation at once and keeps the typing; Enter then shows "Changed
elsewhere" with both roles side by side (and nothing else: the organisation was not typed
here), and "Keep mine" stores "Violin" beside the terminal's organisation. A second round, on
her pronunciation, ends with "Keep theirs".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from scenario_walk import Key, Walk, walking

from eventmate.gui.main_window import Section
from eventmate.gui.person.person_page import PersonPage
from eventmate.gui.stale_dialog import StaleDialog
from eventmate.storage.engine import Database

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def walk(qtbot: QtBot, database: Database, data_dir: Path) -> Iterator[Walk]:
    with walking(qtbot, database, data_dir) as walk:
        yield walk


def open_from_list(walk: Walk, name: str) -> PersonPage:
    page = walk.people_page
    walk.focus(page.view)
    walk.type(name)
    walk.key(Key.Key_Return)
    person = page.person_page
    assert page.pages.currentWidget() is person
    return person


def field(page: PersonPage, name: str) -> QLineEdit:
    found = page.findChild(QLineEdit, f"field_{name}")
    assert found is not None
    return found


def shown(dialog: StaleDialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName() in ("staleMine", "staleTheirs")
    ]


def card(folder: Path, uid: str, **lines: str) -> str:
    """A vCard 4.0 of the person with ``uid`` (her own card, as exported) with ``lines``."""
    path = folder / f"anna-{len(list(folder.glob('*.vcf')))}.vcf"
    body = "".join(f"{key}:{value}\r\n" for key, value in lines.items())
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:{uid}\r\nFN:Anna Schmidt\r\n"
        f"{body}END:VCARD\r\n",
        encoding="utf-8",
    )
    return str(path)


def test_the_terminal_changes_a_person_under_unsaved_typing_and_the_user_chooses(
    walk: Walk, tmp_path: Path
) -> None:
    walk.cli("capture", "Anna Schmidt")
    walk.go(Section.PEOPLE)
    walk.until(lambda: walk.people_list() == ["Anna Schmidt"])
    page = open_from_list(walk, "Anna Schmidt")
    uid = page.person_uid
    assert uid is not None
    walk.focus(page.edit_button)
    walk.key(Key.Key_Space)  # Edit details
    role = field(page, "role")
    walk.focus(role)
    walk.type("Violin")  # not saved yet

    walk.cli("import", card(tmp_path, uid, TITLE="cello", ORG="Wiener Symphoniker"))
    walk.until(lambda: field(page, "organization").text() == "Wiener Symphoniker")
    assert role.text() == "Violin"  # the refresh kept the typing

    seen: list[list[str]] = []

    def keep_mine(dialog: StaleDialog) -> None:
        seen.append(shown(dialog))
        walk.focus(dialog.mine_button)
        walk.key(Key.Key_Space)

    problems = walk.when_modal(StaleDialog, keep_mine)
    walk.focus(role)
    walk.key(Key.Key_Return)
    assert problems == []
    assert seen == [["Violin", "cello"]]
    assert walk.rows("SELECT role, organization FROM person") == [("Violin", "Wiener Symphoniker")]

    # Again, on her pronunciation, and this time the terminal's word is kept.
    spoken = field(page, "pronunciation")
    walk.focus(spoken)
    walk.type("AH-nah")
    walk.cli("import", card(tmp_path, uid, **{"X-PHONETIC-FIRST-NAME": "AHN-na"}))
    walk.until(lambda: page.form.detail is not None and page.form.detail.pronunciation != "")

    def keep_theirs(dialog: StaleDialog) -> None:
        seen.append(shown(dialog))
        walk.focus(dialog.theirs_button)
        walk.key(Key.Key_Space)

    problems = walk.when_modal(StaleDialog, keep_theirs)
    walk.focus(spoken)
    walk.key(Key.Key_Return)
    assert problems == []
    stored = walk.rows("SELECT pronunciation FROM person")[0][0]
    assert seen[-1] == ["AH-nah", stored]
    assert spoken.text() == stored
    assert walk.rows("SELECT role FROM person") == [("Violin",)]
