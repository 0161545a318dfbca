"""An evening walked through: before (events, an intention), during (capture mode, and the
terminal capturing beside it), after (Home, People, follow-ups, a reflection).

The command line runs in its own process between the steps; every open view is checked for
what it shows once it is on screen (Home, Events, People and a person's page, Follow-ups,
capture mode's recent list, an open Prepare window), and every write is checked in the
database by uid: it landed on the record the user meant, and on no other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from scenario_walk import CTRL, SHIFT, Key, Walk, local, walking

from eventmate.gui.events.prepare_dialog import PrepareDialog
from eventmate.gui.main_window import Section
from eventmate.gui.reflection.window import ReflectionWindow
from eventmate.services.clock import system_clock
from eventmate.storage.engine import Database

# Capture mode and dialogs come forward (raise), which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def walk(qtbot: QtBot, database: Database, data_dir: Path) -> Iterator[Walk]:
    with walking(qtbot, database, data_dir) as walk:
        yield walk


def uid_of(walk: Walk, table: str, column: str, value: str) -> str:
    rows = walk.rows(f"SELECT uid FROM {table} WHERE {column} = :value", value=value)
    assert len(rows) == 1, (table, value, rows)
    return str(rows[0][0])


def test_before_during_and_after_an_evening(walk: Walk) -> None:
    now = system_clock()
    assert "Nothing planned yet" in walk.home_lines()

    # -- before: the calendar comes from the terminal, the intention from the keyboard --------
    walk.go(Section.EVENTS)
    gala_start, gala_end = now - timedelta(hours=3), now - timedelta(minutes=30)
    tomorrow = (now + timedelta(days=1)).replace(hour=19, minute=30)
    walk.cli("event", "add", "--start", local(gala_start), "--end", local(gala_end),
             "--venue", "Wigmore Hall", "Autumn Gala")  # fmt: skip
    walk.cli(
        "event", "add", "--start", local(tomorrow), "--venue", "Wigmore Hall", "Chamber series"
    )
    walk.until(lambda: {"Autumn Gala", "Chamber series"} <= set(walk.event_titles()))
    gala = uid_of(walk, "event", "title", "Autumn Gala")
    chamber = uid_of(walk, "event", "title", "Chamber series")

    page = walk.events_page
    walk.focus(page.filter)
    walk.type("chamber")
    walk.key(Key.Key_Down)
    assert page.current_event_uid() == chamber
    walk.key(Key.Key_P, CTRL | SHIFT)
    prepare = walk.window.findChild(PrepareDialog, "prepareDialog")
    assert prepare is not None
    assert prepare.event_uid == chamber
    walk.qtbot.waitExposed(prepare)
    walk.focus(prepare.intentions.text)
    walk.type("Listen more than I talk")
    walk.key(Key.Key_Return)
    assert walk.rows("SELECT e.uid, i.text FROM intention i JOIN event e ON e.id = i.event_id") == [
        (chamber, "Listen more than I talk")
    ]
    assert "Anna Schmidt" not in prepare.briefing.text.toPlainText()

    # -- during: capture mode for the evening, the terminal capturing beside it -------------
    walk.key(Key.Key_N, CTRL | SHIFT)  # from anywhere in the app
    capture = walk.window.capture_window
    assert capture is not None
    walk.qtbot.waitExposed(capture)
    assert capture.event_uid == gala  # ended half an hour ago: the reception after it
    walk.until(lambda: capture.suggestions_ready)
    walk.focus(capture.input)
    walk.type("Anna Schmidt (viola, LSO) — loves Bartók !send my Ligeti recording")
    walk.key(Key.Key_Return)
    assert any("Anna Schmidt" in line for line in walk.capture_recent())

    walk.cli("capture", "--event", gala, "Ben Ode (oboe) — grew up in Leipzig !ask for the score")
    walk.until(lambda: "Ben Ode" in walk.capture_recent()[0])
    assert len(walk.capture_recent()) == 2
    # Tomorrow's briefing (same hall) already knows them both.
    walk.until(lambda: "Ben Ode" in prepare.briefing.text.toPlainText())
    assert "Anna Schmidt" in prepare.briefing.text.toPlainText()
    anna = uid_of(walk, "person", "name", "Anna Schmidt")
    ben = uid_of(walk, "person", "name", "Ben Ode")
    assert walk.rows(
        "SELECT p.uid, e.uid FROM capture c JOIN person p ON p.id = c.person_id"
        " JOIN event e ON e.id = c.event_id ORDER BY c.id"
    ) == [(anna, gala), (ben, gala)]
    walk.key(Key.Key_Escape)  # leave capture mode
    assert not capture.isVisible()
    prepare.close()

    # -- after: Home, People, Follow-ups ---------------------------------------------------
    walk.window.activateWindow()
    walk.qtbot.waitActive(walk.window)
    walk.focus(walk.window.sidebar)
    walk.go(Section.HOME)
    lines = walk.home_lines()
    assert "Chamber series" in lines  # the next event
    assert walk.home_has("Reflect on Autumn Gala…")
    assert walk.home_met() == ["Ben Ode   oboe", "Anna Schmidt   viola · LSO"]
    assert walk.home_promises() == [
        "send my Ligeti recording — Anna Schmidt",
        "ask for the score — Ben Ode",
    ]

    walk.go(Section.PEOPLE)
    assert walk.people_list() == ["Anna Schmidt", "Ben Ode"]
    people = walk.people_page
    walk.focus(people.view)
    walk.type("Ben")
    walk.key(Key.Key_Return)
    assert people.person_page.person_uid == ben
    role = people.person_page.findChild(QLineEdit, "field_role")
    assert role is not None
    assert role.text() == "oboe"
    walk.focus(role)
    walk.key(Key.Key_A, CTRL)
    walk.type("oboe, cor anglais")
    walk.key(Key.Key_Return)
    assert walk.people() == {
        anna: ("Anna Schmidt", "viola"),
        ben: ("Ben Ode", "oboe, cor anglais"),
    }

    walk.focus(walk.window.sidebar)
    walk.go(Section.FOLLOW_UPS)
    assert walk.follow_up_lines() == [
        "send my Ligeti recording — Anna Schmidt",
        "ask for the score — Ben Ode",
    ]
    listing = walk.follow_ups_page.list
    walk.focus(listing)
    listing.setCurrentRow(0)
    walk.key(Key.Key_D, CTRL)  # done: the recording was sent
    assert walk.follow_up_lines() == ["ask for the score — Ben Ode"]
    still_open = walk.cli_json("followups")  # the terminal sees it too
    assert [(row["text"], row["person_uid"]) for row in still_open] == [("ask for the score", ben)]
    assert walk.rows(
        "SELECT p.uid, f.status FROM follow_up f JOIN person p ON p.id = f.person_id ORDER BY f.id"
    ) == [(anna, "done"), (ben, "open")]

    # The reflection Home invites: typed, saved, and Home no longer asks.
    walk.focus(walk.window.sidebar)
    walk.go(Section.HOME)
    reflect = walk.home.findChild(QPushButton, "reflectButton")
    assert reflect is not None
    walk.focus(reflect)
    walk.key(Key.Key_Space)
    window = walk.window.findChild(ReflectionWindow, "reflectionWindow")
    assert window is not None
    walk.qtbot.waitExposed(window)
    walk.focus(window.body)
    walk.type("Ben grew up in Leipzig, like my teacher. ")
    walk.key(Key.Key_Escape)  # closing saves, never asks
    assert walk.rows(
        "SELECT e.uid, r.body FROM reflection r JOIN event e ON e.id = r.event_id"
    ) == [(gala, "Ben grew up in Leipzig, like my teacher. ")]
    walk.window.activateWindow()
    walk.focus(walk.window.sidebar)
    walk.until(lambda: not walk.home_has("Reflect on Autumn Gala…"))
