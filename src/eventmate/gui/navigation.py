"""What the rest of the GUI may ask of the main window, without importing it.

Menus, Home's buttons, search results and pages open records and sections through a
:class:`Navigator`; the main window is one. Records are named by their uid, never by an
integer id that a restore could make point elsewhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.sections import Section
    from eventmate.services.container import Services
    from eventmate.services.people.people import PeopleSelection


class Navigator(Protocol):
    """Opens sections, records and windows."""

    @property
    def services(self) -> Services:
        """Every service on the open database."""
        ...

    def show_section(self, section: Section) -> None:
        """Switch to ``section``."""

    def open_person(self, person_uid: str) -> None:
        """Show a person's page."""

    def open_event(self, event_uid: str) -> None:
        """Show an event in the Events section."""

    def open_prepare(self, event_uid: str) -> None:
        """Open an event's intentions and briefing."""

    def open_reflection(self, event_uid: str) -> QWidget | None:
        """Open the reflection on an event."""

    def open_capture(self, event_uid: str | None = None) -> None:
        """Open capture mode (for an event, else the one happening now)."""

    def rehearse_names(self, event_uid: str, *, met_there: bool = False) -> QWidget | None:
        """Rehearse the names of an event's people: those met there, else those likely there."""

    def new_event(self) -> None:
        """Open the new-event dialog on Events."""

    def import_calendar(self, path: Path | None = None) -> None:
        """Preview and import an .ics file (asking for one if ``path`` is None)."""


class WindowCommands(Navigator, Protocol):
    """What the menus ask of the main window besides opening things."""

    def step_section(self, step: int) -> None:
        """Move ``step`` sections down (or up) the sidebar."""

    def show_preferences(self) -> None:
        """Open Preferences."""

    def show_help(self) -> None:
        """Open Help."""

    def show_tour(self) -> object:
        """Open the tour of the three moments (before, during, after)."""

    def show_about(self) -> None:
        """Open About EventMate."""

    def check_database(self) -> None:
        """Help ▸ Check database…: a thorough check on a worker, then what it found."""

    def people_selection(self) -> PeopleSelection | None:
        """The people chosen in the People list, when it is on screen."""

    def database_replaced(self) -> None:
        """A restore put another file in place: every view reloads."""

    def release_database(self) -> None:
        """Let go of the database file before a restore moves it."""
