"""Home's buttons, wired to the main window: sample data, letting people rest, reconnecting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from eventmate.gui.main_window import MainWindow
    from eventmate.gui.pages.home_page import HomePage
    from eventmate.services.home import HomeService


def build_home(window: MainWindow, home: HomeService) -> HomePage:
    """Home, with every request it makes answered by ``window``."""
    from eventmate.gui.pages.home_page import HomePage

    page = HomePage(home)
    page.sample_data_requested.connect(lambda: add_sample_data(window))
    page.sample_data_removal_requested.connect(lambda: remove_sample_data(window))
    page.event_opened.connect(window.open_event)
    page.prepare_requested.connect(window.open_prepare)
    page.person_opened.connect(window.open_person)
    page.capture_requested.connect(window.open_capture)
    page.event_add_requested.connect(lambda: add_event(window))
    page.reflect_requested.connect(window.open_reflection)
    page.rest_requested.connect(lambda person_id: let_rest(window, person_id))
    page.in_touch_requested.connect(lambda person_id: in_touch(window, person_id))
    page.rehearse_requested.connect(
        lambda event_id: window.open_rehearsal(event_id, met_there=True)
    )
    return page


def add_event(window: MainWindow) -> None:
    """Open the new-event dialog on Events (Home's "Add an event…")."""
    from eventmate.gui.main_window import Section

    window.show_section(Section.EVENTS)
    new_event = getattr(window.page(Section.EVENTS), "new_event", None)
    if callable(new_event):
        new_event()


def let_rest(window: MainWindow, person_id: int, note: str | None = None) -> None:
    """Let ``person_id`` rest, asking for a line on why unless ``note`` is given."""
    if note is None:
        from PySide6.QtWidgets import QInputDialog

        note, ok = QInputDialog.getText(
            window, _tr("Let it rest"), _tr("A line on why (optional):")
        )
        if not ok:
            return
    window.services.keep_in_touch.let_rest(person_id, note)
    window.refresh_all()


def in_touch(window: MainWindow, person_id: int) -> None:
    """Note that the user has been in touch with ``person_id``."""
    window.services.keep_in_touch.record_interaction(person_id)
    window.refresh_all()


def add_sample_data(window: MainWindow) -> None:
    """Add the clearly marked sample data set."""
    window.services.sample_data.add()
    window.refresh_all()


def remove_sample_data(window: MainWindow) -> None:
    """Remove the sample data set in one step."""
    window.services.sample_data.remove()
    window.refresh_all()
    window.statusBar().showMessage(_tr("Sample data removed."), 5000)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
