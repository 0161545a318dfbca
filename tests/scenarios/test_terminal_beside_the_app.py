"""The terminal beside the open app: a capture shows up at once, our own exports add nothing.

A capture made with ``eventmate capture`` while the app is open appears in the People list on
screen and on Home within about a second (the change bus looks twice a second), keeping the
person selected. Re-importing the app's own vCard (3.0 and 4.0) and .ics exports from the
terminal adds no one and changes nothing: not in the database, not on any view.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from scenario_walk import Key, Walk, local, walking

from eventmate.gui.main_window import Section
from eventmate.services.clock import system_clock
from eventmate.storage.engine import Database

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

#: What an import could add to or change: every table a card or a calendar entry touches.
TABLES = ("person", "contact_method", "fact", "tag", "person_tag", "note", "event", "event_tag")


@pytest.fixture
def walk(qtbot: QtBot, database: Database, data_dir: Path) -> Iterator[Walk]:
    with walking(qtbot, database, data_dir) as walk:
        yield walk


def everything(walk: Walk) -> dict[str, list[tuple[Any, ...]]]:
    return {table: walk.rows(f"SELECT * FROM {table} ORDER BY 1, 2") for table in TABLES}


def test_a_terminal_capture_shows_in_the_open_list_and_on_home(walk: Walk) -> None:
    walk.cli("capture", "Anna Schmidt (viola, LSO)")
    walk.cli("capture", "Ben Ode (oboe)")
    walk.go(Section.PEOPLE)
    walk.until(lambda: walk.people_list() == ["Anna Schmidt", "Ben Ode"])
    people = walk.people_page
    walk.focus(people.view)
    walk.type("Ben")
    assert people.view.currentIndex().data() == "Ben Ode"

    walk.cli("capture", "Abel Wu (harp) — !send the Ravel")  # sorts above Ben
    walk.until(lambda: walk.people_list() == ["Abel Wu", "Anna Schmidt", "Ben Ode"])
    assert people.view.currentIndex().data() == "Ben Ode"  # the person selected stays

    walk.go(Section.HOME)
    assert walk.home_met()[0] == "Abel Wu   harp"
    walk.cli("capture", "Clara Roth (cello) — !send photos")
    walk.until(lambda: walk.home_met()[0] == "Clara Roth   cello")
    assert walk.home_promises() == ["send the Ravel — Abel Wu", "send photos — Clara Roth"]


def test_reimporting_our_own_exports_adds_nothing(walk: Walk, tmp_path: Path) -> None:
    button = walk.home.findChild(QPushButton, "addSampleButton")
    assert button is not None
    walk.focus(button)
    walk.key(Key.Key_Space)  # Home: "Explore with sample data"
    walk.cli("capture", "Łucja Wrześniewska (harp) — grew up in Kraków #harp")
    now = system_clock()
    walk.cli("event", "add", "--start", local(now + timedelta(days=2)), "Søren's recital")
    before = everything(walk)
    walk.go(Section.PEOPLE)
    walk.until(lambda: "Łucja Wrześniewska" in walk.people_list())
    listed = walk.people_list()

    for format_, name in (("vcard", "people.vcf"), ("vcard4", "people4.vcf"), ("ics", "ev.ics")):
        walk.cli("export", "--format", format_, "-o", str(tmp_path / name))
        out = walk.cli("import", str(tmp_path / name)).stdout
        assert "imported 0" in out, out
        walk.window.changes.poll()  # whatever the import wrote would reach the views now
        assert everything(walk) == before, format_
        assert walk.people_list() == listed

    walk.go(Section.EVENTS)
    titles = walk.event_titles()
    assert titles.count("Søren's recital") == 1
    assert len([title for title in titles if "Gala" in title]) == 1
