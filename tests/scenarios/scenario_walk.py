"""A user's walk through the real main window, with the real command line beside it.

The app runs on the test's data folder with the real clock and holds the instance lock, as
``eventmate`` does; keys go to the focused widget (``qtbot.keyClick``), never to services.
The command line runs as a second process (``python -m eventmate --data-dir DIR …``) and
what it writes reaches the open views through the change bus, which is waited for with
``qtbot.waitUntil`` (no sleeps, no timed assertions). The views are read the way a person
reads them: the texts on screen.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from conftest import open_main_window
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.events_page import EventsPage
from eventmate.gui.pages.followups_page import FollowUpsPage
from eventmate.gui.pages.home_page import HomePage
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.services.clock import system_clock
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.instance_lock import InstanceLock
from eventmate.storage.locations import resolve_locations

#: How long a view may take to show what another process wrote ("within about a second":
#: the bus looks every 500 ms; the rest is slack for a busy test machine).
SHOWN_WITHIN_MS = 3000
#: How long one command-line run may take (start-up included) before the test gives up.
CLI_TIMEOUT_S = 120

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
D = TypeVar("D", bound=QDialog)


def texts_of(widget: QWidget) -> list[str]:
    """Every label and button text shown in ``widget`` (what a person reads there)."""
    found = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    found += [button.text() for button in widget.findChildren(QAbstractButton)]
    return [line for line in found if line]


@dataclass
class Walk:
    """The open app, the keyboard, the command line and the database, for one walk."""

    qtbot: QtBot
    window: MainWindow
    services: Services
    database: Database
    data_dir: Path

    # -- the keyboard ---------------------------------------------------------------------

    def focused(self) -> QWidget:
        """The widget keys go to: the focused one, else the active window."""
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """Press ``key`` on the focused widget."""
        self.qtbot.keyClick(self.focused(), key, modifiers)

    def type(self, words: str) -> None:
        """Type ``words`` into the focused widget.

        QTest types ASCII only; any other character arrives as a key event carrying its text,
        as a compose key or an input method delivers it.
        """
        widget = self.focused()
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]", words):
            if run.isascii():
                self.qtbot.keyClicks(widget, run)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, run)
                QApplication.sendEvent(widget, event)

    def go(self, section: Section) -> QWidget:
        """Ctrl+1 … Ctrl+6: show ``section``; returns its page."""
        self.key(getattr(Key, f"Key_{int(section) + 1}"), CTRL)
        assert self.window.current_section is section
        return self.window.page(section)

    def focus(self, widget: QWidget) -> None:
        """Put the keyboard focus on ``widget`` (as Tab or a click would)."""
        widget.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(widget.hasFocus, timeout=SHOWN_WITHIN_MS)

    def until(self, check: Callable[[], bool]) -> None:
        """Wait (processing events: the bus polls) until ``check()`` holds."""
        self.qtbot.waitUntil(check, timeout=SHOWN_WITHIN_MS)

    def when_modal(self, kind: type[D], act: Callable[[D], None]) -> list[BaseException]:
        """Run ``act`` on the dialog of ``kind`` once it is shown modally (``exec`` blocks)."""
        problems: list[BaseException] = []

        def step() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind):
                QTimer.singleShot(20, step)
                return
            try:
                act(dialog)
            except BaseException as error:  # re-raised by the test after exec() returns
                problems.append(error)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, step)
        return problems

    # -- the command line, a second process ----------------------------------------------

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run ``eventmate --data-dir DIR ARGS`` as a separate process."""
        result = subprocess.run(
            [sys.executable, "-m", "eventmate", "--data-dir", str(self.data_dir), *args],
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT_S,
            check=False,
        )
        if check:
            assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result

    def cli_json(self, *args: str) -> Any:
        """The ``--json`` output of a command line run."""
        return json.loads(self.cli(*args, "--json").stdout)

    # -- the database, to check which record each write landed on -----------------------

    def rows(self, sql: str, **params: object) -> list[tuple[Any, ...]]:
        """Rows of ``sql`` read from the database file."""
        with self.database.read() as session:
            return [tuple(row) for row in session.execute(text(sql), params)]

    def people(self) -> dict[str, tuple[str, str]]:
        """Everyone stored: uid → (name, role)."""
        return {
            uid: (name, role) for uid, name, role in self.rows("SELECT uid, name, role FROM person")
        }

    # -- what each view shows ---------------------------------------------------------------

    @property
    def people_page(self) -> PeoplePage:
        page = self.window.page(Section.PEOPLE)
        assert isinstance(page, PeoplePage)
        return page

    @property
    def home(self) -> HomePage:
        page = self.window.page(Section.HOME)
        assert isinstance(page, HomePage)
        return page

    @property
    def events_page(self) -> EventsPage:
        page = self.window.page(Section.EVENTS)
        assert isinstance(page, EventsPage)
        return page

    @property
    def follow_ups_page(self) -> FollowUpsPage:
        page = self.window.page(Section.FOLLOW_UPS)
        assert isinstance(page, FollowUpsPage)
        return page

    def on_screen(self, section: Section) -> None:
        """Views are read where a person reads them: on screen (hidden pages catch up later)."""
        assert self.window.current_section is section, f"{section.name} is not on screen"

    def people_list(self) -> list[str]:
        """The names in the People list (on screen), top to bottom."""
        self.on_screen(Section.PEOPLE)
        model = self.people_page.model
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        return [str(model.index(row).data()) for row in range(model.rowCount())]

    def home_lines(self) -> list[str]:
        """Home's lines (on screen) in reading order: a row's texts joined by three spaces."""
        self.on_screen(Section.HOME)
        return _lines(self.home.widget().layout())

    def home_section(self, heading: str) -> list[str]:
        """The lines under one of Home's headings ("Met recently"), up to the next one."""
        lines = self.home_lines()
        assert heading in lines, (heading, lines)
        after = lines[lines.index(heading) + 1 :]
        headings = {"Promises", "Reconnect", "Met recently"}
        end = next((at for at, line in enumerate(after) if line in headings), len(after))
        return after[:end]

    def home_has(self, start: str) -> bool:
        """Whether a line of Home (a row, or a button on it) begins with ``start``."""
        return any(line.startswith(start) for line in self.home_lines())

    def home_met(self) -> list[str]:
        """Under "Met recently": "Name   role · organisation" (the day of meeting left off)."""
        return [line.rsplit(" · ", 1)[0] for line in self.home_section("Met recently")]

    def home_promises(self) -> list[str]:
        """Under "Promises": each promise's words ("what — who"), mine first."""
        lines = self.home_section("Promises")
        return [line.split("   ")[0] for line in lines if " — " in line]

    def event_titles(self) -> list[str]:
        """The rows of the Events list (on screen, headings included), top to bottom."""
        self.on_screen(Section.EVENTS)
        view = self.events_page.view
        model = view.model()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    def follow_up_lines(self) -> list[str]:
        """The open follow-ups listed (on screen), first line of each."""
        self.on_screen(Section.FOLLOW_UPS)
        page = self.follow_ups_page
        return [page.list.item(row).text().split("\n")[0] for row in range(page.list.count())]

    def capture_recent(self) -> list[str]:
        """Capture mode's list of the last captures."""
        capture = self.window.capture_window
        assert capture is not None
        recent = capture.recent_list
        return [recent.item(row).text() for row in range(recent.count())]


def _lines(layout: Any) -> list[str]:
    """The lines of a vertical ``layout``: each label or button, each row's texts joined."""
    lines: list[str] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget()
        container = widget is not None and not isinstance(widget, QLabel | QAbstractButton)
        if container and widget.layout() is not None:  # Home's column, the sample band
            lines += _lines(widget.layout())
            continue
        if item.layout() is not None and isinstance(item.layout(), QHBoxLayout):
            row = "   ".join(t for w in _laid_out(item.layout()) if (t := _text(w)))
            lines += [row] if row else []
        elif item.layout() is not None:
            lines += _lines(item.layout())
        elif widget is not None and (text := _text(widget)):
            lines.append(text)
    return lines


def _laid_out(layout: Any) -> list[QWidget]:
    """The widgets of ``layout`` and its nested layouts, in order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget()
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget)
        elif widget is not None:  # a frame around a few (Home's sample data band)
            found += widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


@contextmanager
def walking(qtbot: QtBot, database: Database, data_dir: Path) -> Iterator[Walk]:
    """Open the app on ``data_dir`` as a person would: real clock, instance lock held."""
    locations = resolve_locations(str(data_dir))
    lock = InstanceLock(locations.lock_file)
    lock.acquire()
    try:
        services = Services(database, data_dir / "backups", clock=system_clock)
        window = open_main_window(qtbot, services, data_dir)
        window.activateWindow()
        qtbot.waitActive(window)
        window.sidebar.setFocus()
        yield Walk(qtbot, window, services, database, data_dir)
    finally:
        lock.release()


def local(moment: datetime) -> str:
    """``moment`` as the command line takes it: local "YYYY-MM-DD HH:MM"."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
