"""The main window: a sidebar of sections, the current page, standard menus and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from eventmate.gui import messages
from eventmate.gui.changes import ChangeBus
from eventmate.gui.heap import settle_heap
from eventmate.gui.menus import build_menus, install_data_actions
from eventmate.gui.sections import (
    Section,
    dress_sidebar,
    fit_sidebar,
    placeholder_icon,
    section_labels,
    sidebar_icon_side,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from eventmate.gui.capture.capture_window import CaptureWindow
    from eventmate.gui.capture.outbox_sender import OutboxSender
    from eventmate.gui.data.actions import DataActions
    from eventmate.gui.pages.events_page import EventsPage
    from eventmate.gui.pages.people_page import PeoplePage
    from eventmate.gui.reflection.window import ReflectionWindow
    from eventmate.services.changes import Changes, Kind
    from eventmate.services.container import Services
    from eventmate.services.home import HomeService
    from eventmate.services.people.people import PeopleSelection


#: When, after the window is built, capture mode's code is loaded (the app is idle by then).
PRELOAD_CAPTURE_MS = 1500


def preload_capture() -> None:
    """Import capture mode's widgets ahead of the first Ctrl+Shift+N (about 50 ms of imports)."""
    import eventmate.gui.capture.capture_window  # noqa: F401


#: When, after the window is first shown, the File menu's data actions are added.
COMPLETE_MENUS_MS = 250
#: How long after the database opens the heap is settled (see ``gui.heap.settle_heap``).
SETTLE_AFTER_MS = 1500


def _kind() -> type[Kind]:
    # Not imported before the window shows: services.changes brings sqlite3 and dataclasses.
    from eventmate.services.changes import Kind

    return Kind


def focus_into(page: QWidget) -> None:
    """Give ``page`` the keyboard focus (where it last was, else its first control)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    focused = QApplication.focusWidget()
    if focused is not None and page.isAncestorOf(focused):
        return
    remembered = page.focusWidget()
    if remembered is not None and remembered.isVisibleTo(page) and remembered.isEnabled():
        remembered.setFocus()
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus()
            return
        widget = widget.nextInFocusChain()


class Page(Protocol):
    """What every section's page does: load itself, and update for what changed."""

    def refresh(self) -> None:
        """Read everything the page shows (when it is first shown)."""

    def on_changes(self, changes: Changes) -> None:
        """Update what ``changes`` touch (called while the page is on screen)."""


class MainWindow(QMainWindow):
    """Sidebar + stacked pages. Pages are built on first visit so start-up paints Home only.

    It is the GUI's :class:`~eventmate.gui.navigation.Navigator`: records are opened by uid.
    Changes reach the page on screen at once; a hidden page gets them, combined, when it is
    shown again.
    """

    section_changed = Signal(int)

    def __init__(self, settings: QSettings, data_location: str) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("EventMate")
        self._settings = settings
        self._data_location = data_location
        self._services: Services | None = None
        self._services_loader: Callable[[], Services] | None = None
        self._home: HomeService | None = None
        self._pages: dict[Section, QWidget] = {}
        #: Changes that happened while a built page was not on screen.
        self._pending: dict[Section, Changes] = {}
        #: Tells every open view what changed, whoever changed it.
        self.changes = ChangeBus(self)
        self.changes.changed.connect(self._on_changes)
        #: Capture mode, built on first use and kept (with anything typed) afterwards.
        self.capture_window: CaptureWindow | None = None
        self._reflections: dict[str, ReflectionWindow] = {}
        self._prepare_dialogs: dict[str, QDialog] = {}
        self._data_actions: DataActions | None = None
        self._tour: QDialog | None = None
        #: The band saying the data is open read-only (None while it can be written).
        self.read_only_banner: QWidget | None = None
        #: Sends captures kept while a server was away (server stores only).
        self.outbox: OutboxSender | None = None

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        labels = section_labels()
        blank = placeholder_icon(sidebar_icon_side(self.sidebar))
        for section in Section:
            item = QListWidgetItem(blank, labels[section])
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)")
                .replace("%1", labels[section])
                .replace("%2", str(section + 1))
            )
            self.sidebar.addItem(item)
        fit_sidebar(self.sidebar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        messages.bridge.status_posted.connect(self._on_status_posted)
        messages.bridge.notice_posted.connect(self._on_notice_posted)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self._capture_action = build_menus(self, self, labels)
        from eventmate.gui.search.install import install_search

        self.search_bar = install_search(self, self)
        self.resize(1000, 680)
        # Load capture mode's code while Home is read, so the first Ctrl+Shift+N is quick too.
        # A timer of the window's own, stopped when it closes: a window closed before then
        # (a quick quit, a test) builds nothing more.
        self._preload_timer = QTimer(self)
        self._preload_timer.setSingleShot(True)
        self._preload_timer.timeout.connect(self._preload_capture)
        self._preload_timer.start(PRELOAD_CAPTURE_MS)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    @property
    def data_actions(self) -> DataActions:
        """Import, export, backup and restore in the File menu (added on first use)."""
        if self._data_actions is None:
            self._data_actions = install_data_actions(self, self)
        return self._data_actions

    def showEvent(self, event: QShowEvent) -> None:
        """On first show, add what the first paint does not need once it has happened."""
        super().showEvent(event)
        if self._data_actions is None:
            # Once the window and Home have painted (the next few event-loop turns).
            # With self as context: no call if the window is gone by then.
            QTimer.singleShot(COMPLETE_MENUS_MS, self, lambda: self.data_actions)

    # -- services and pages ---------------------------------------------------------------

    def attach_services(self, services: Services) -> None:
        """Use ``services`` (the database is open) and show Home with its data."""
        self._services = services
        self.changes.attach(services.change_feed())
        QTimer.singleShot(SETTLE_AFTER_MS, settle_heap)
        self._send_outbox(services)
        self.show_home(services.home)

    def _send_outbox(self, services: Services) -> None:
        """With a server: send what waits in the outbox now, and say so while anything does."""
        from PySide6.QtWidgets import QLabel

        from eventmate.gui.capture.outbox_sender import OutboxSender, outbox_words

        if services.outbox is None:
            return
        sender = self.outbox = OutboxSender(services.capture, self)
        status = QLabel()
        status.setObjectName("outboxStatus")
        status.setAccessibleName(self.tr("Captures waiting to be sent"))
        status.hide()
        self.statusBar().addPermanentWidget(status)

        def show() -> None:
            status.setText(outbox_words(services.capture))
            status.setVisible(bool(status.text()))

        sender.changed.connect(show)
        show()
        sender.start()

    def show_home(self, home: HomeService, loader: Callable[[], Services] | None = None) -> None:
        """Paint Home from ``home`` now; ``loader`` opens the full services when first needed.

        Start-up uses this to show Home before the ORM is imported (see ``app.database_start``).
        """
        self._home = home
        if loader is not None:
            self._services_loader = loader
        # Ctrl+Shift+N works from every window of the app (dialogs, the reflection window).
        # By name, not Qt.ShortcutContext: see widgets.set_plain_text_format.
        self._capture_action.setProperty("shortcutContext", "ApplicationShortcut")
        self.sidebar.setCurrentRow(Section.HOME)
        if self.stack.count() == 0:
            self._on_sidebar_row_changed(Section.HOME)
        # Icons once Home has painted: their SVG renderer is not needed for the first paint.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._dress_icons))

    def _dress_icons(self) -> None:
        dress_sidebar(self.sidebar)
        self.search_bar.dress()

    @property
    def services(self) -> Services:
        """Every service; opened on first use if start-up deferred it."""
        if self._services is None:
            assert self._services_loader is not None, "no database attached"
            self._services = self._services_loader()
            self.changes.attach(self._services.change_feed())
            QTimer.singleShot(SETTLE_AFTER_MS, settle_heap)
        return self._services

    def show_read_only(self) -> None:
        """Say, across the top of the window, that the data is open read-only."""
        from eventmate.gui.recovery.banner import show_read_only_banner

        if self.read_only_banner is None:
            self.read_only_banner = show_read_only_banner(self)

    def check_database(self) -> None:
        """Help ▸ Check database…: a thorough check on a worker, then what it found."""
        from eventmate.gui.recovery.check_database import check_database

        if self._services is None and self._services_loader is None:
            return  # no database open
        check_database(self, self.services)

    def close_database(self) -> None:
        """Release the database, if it was opened (at exit)."""
        self.changes.stop()
        if self.outbox is not None:
            self.outbox.stop()
        if self._services is not None:
            self._services.close()
            self._services = None

    @property
    def current_section(self) -> Section:
        """The section on screen."""
        return Section(max(self.sidebar.currentRow(), 0))

    def page(self, section: Section) -> QWidget:
        """The page of ``section``, built and read on first use."""
        existing = self._pages.get(section)
        if existing is not None:
            return existing
        page = self._build_page(section)
        # Read while it is not yet in the window: its rows are laid out and shown with it in
        # one pass, not each on its own later turn (which Home's first paint would wait for).
        cast(Page, page).refresh()
        self._pages[section] = page
        self.stack.addWidget(page)
        return page

    def people_selection(self) -> PeopleSelection | None:
        """The people selected in the People list, when it is on screen (never builds it)."""
        page = self._pages.get(Section.PEOPLE)
        if self.current_section is not Section.PEOPLE or page is None:
            return None
        return cast("PeoplePage", page).selection()

    def show_section(self, section: Section) -> None:
        """Switch to ``section`` (as clicking it in the sidebar does).

        Switched to from the keyboard (Ctrl+2, Ctrl+PgDown, a link), the page takes the focus
        unless it is in the sidebar, so the page's own keys (Ctrl+N on Events) work at once.
        """
        self.sidebar.setCurrentRow(section)
        page = self._pages.get(section)
        if page is not None:
            focus_into(page)

    def _on_changes(self, changes: Changes) -> None:
        current = self.stack.currentWidget()
        for section, page in self._pages.items():
            if page is current:
                cast(Page, page).on_changes(changes)
            else:
                pending = self._pending.get(section)
                self._pending[section] = changes if pending is None else pending | changes

    def _build_page(self, section: Section) -> QWidget:
        if section is Section.HOME:
            from eventmate.gui.home_wiring import build_home

            assert self._home is not None
            return build_home(self, self._home)
        from eventmate.gui.pages import builders

        build: dict[Section, Callable[[Services], QWidget]] = {
            Section.EVENTS: builders.events_page,
            Section.PEOPLE: builders.people_page,
            Section.JOURNAL: builders.journal_page,
            Section.FOLLOW_UPS: builders.follow_ups_page,
            Section.INSIGHTS: builders.insights_page,
        }
        page = build[section](self.services)
        builders.wire(page, self)
        return page

    def open_prepare(self, event_uid: str) -> None:
        """Open (or bring forward) the intentions and briefing of an event."""
        from eventmate.gui.events.prepare_dialog import PrepareDialog

        dialog = self._prepare_dialogs.get(event_uid)
        if dialog is None:
            if not self.services.records.exists(_kind().EVENT, event_uid):
                messages.status(self.tr("That event no longer exists."))
                return
            dialog = PrepareDialog(self.services, event_uid, self)
            self.changes.changed.connect(dialog.on_changes)
            dialog.closed.connect(self._on_prepare_closed)
            self._prepare_dialogs[event_uid] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_prepare_closed(self, event_uid: str) -> None:
        dialog = self._prepare_dialogs.pop(event_uid, None)
        if dialog is not None:
            dialog.deleteLater()

    def new_event(self) -> None:
        """Open the new-event dialog on Events (Home's "Add an event…")."""
        self.show_section(Section.EVENTS)
        cast("EventsPage", self.page(Section.EVENTS)).new_event()

    def rehearse_names(self, event_uid: str, *, met_there: bool = False) -> QWidget | None:
        """Rehearse the names of an event's people: those met there, else those likely there."""
        from eventmate.gui.rehearsal.opening import open_rehearsal

        event_id = self.services.records.id_of(_kind().EVENT, event_uid)
        if event_id is None:
            messages.status(self.tr("That event no longer exists."))
            return None
        window = open_rehearsal(self, self.services.rehearsal, event_id, met_there=met_there)
        if window is not None:
            window.closed.connect(self._on_rehearsal_closed)
        return window

    def _on_rehearsal_closed(self) -> None:
        # Rehearsals are private and not in the change log; Home offers "names from last
        # night" only until they are rehearsed.
        home = self._pages.get(Section.HOME)
        if home is not None:
            cast(Page, home).refresh()

    def import_calendar(self, path: Path | None = None) -> None:
        """Ask for an .ics file (unless ``path`` is given), preview it and import it."""
        from eventmate.gui.events.import_dialog import ImportCalendarDialog

        if path is None:
            from eventmate.gui.file_dialogs import open_files

            for chosen in open_files(
                self,
                self.tr("Import calendar"),
                self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
            ):
                self.import_calendar(chosen)  # one preview after another
            return
        dialog = ImportCalendarDialog(self.services, path, self)
        if dialog.exec() and dialog.import_result is not None:
            messages.status(dialog.done_message())

    def _on_status_posted(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def _on_notice_posted(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setObjectName("notice")
        box.open()

    def open_reflection(self, event_uid: str) -> QWidget | None:
        """Open (or bring forward) the reflection on an event; returns its window."""
        from eventmate.gui.reflection.window import ReflectionWindow
        from eventmate.services.records import RecordGone

        window = self._reflections.get(event_uid)
        if window is None or not window.isVisible() or window.gone:
            try:
                fresh = ReflectionWindow(self.services, event_uid, self)
            except RecordGone:
                messages.status(self.tr("That event no longer exists."))
                return window if window is not None and window.isVisible() else None
            if window is not None:
                if window.isVisible():
                    window.close()
                window.deleteLater()
            window = fresh
            self.changes.changed.connect(window.on_changes)
            self._reflections[event_uid] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0 or self._home is None:
            return
        section = Section(row)
        built = section in self._pages
        page = self.page(section)
        pending = self._pending.pop(section, None) if built else None
        if pending:
            cast(Page, page).on_changes(pending)
        self.stack.setCurrentWidget(page)
        self.section_changed.emit(int(section))

    def open_event(self, event_uid: str) -> None:
        """Show an event in the Events section."""
        if not self.services.records.exists(_kind().EVENT, event_uid):
            messages.status(self.tr("That event no longer exists."))
            return
        self.show_section(Section.EVENTS)
        cast("EventsPage", self.page(Section.EVENTS)).select_event(event_uid)

    def open_person(self, person_uid: str) -> None:
        """Show a person's page in the People section."""
        if not self.services.records.exists(_kind().PERSON, person_uid):
            messages.status(self.tr("That person no longer exists."))
            return
        self.show_section(Section.PEOPLE)
        cast("PeoplePage", self.page(Section.PEOPLE)).select_person(person_uid)

    def open_capture(self, event_uid: str | None = None) -> None:
        """Open capture mode (for an event, else the event happening now)."""
        if self._services is None and self._services_loader is None:
            return  # no database open (it could not be opened): nowhere to store captures
        self._capture_window().open(event_uid)

    def _capture_window(self) -> CaptureWindow:
        from eventmate.gui.capture.capture_window import CaptureWindow

        if self.capture_window is None:
            window = CaptureWindow(self.services.capture, parent=self, outbox=self.outbox)
            window.left.connect(self._on_capture_left)
            self.changes.changed.connect(window.on_changes)
            self.capture_window = window
        return self.capture_window

    def _preload_capture(self) -> None:
        """Build capture mode hidden while the app is idle, so Ctrl+Shift+N only shows it."""
        preload_capture()
        if self._services is not None:
            self._services.capture.prepare()
            self._capture_window()

    def _on_capture_left(self) -> None:
        self.activateWindow()

    def release_database(self) -> None:
        """Let go of the database file before a restore moves it."""
        self.changes.release()

    def database_replaced(self) -> None:
        """A restore put another file in place: every view reloads what it shows."""
        self.changes.publish_everything()

    # -- menus ----------------------------------------------------------------------------

    def step_section(self, step: int) -> None:
        """Move ``step`` sections down (or up, if negative) the sidebar, wrapping around."""
        self.show_section(Section((self.current_section + step) % len(Section)))

    def show_preferences(self) -> None:
        """Open Preferences."""
        from eventmate.gui.preferences_dialog import PreferencesDialog

        def mover(url: str, control: Any) -> Any:
            return self.services.move.move_to(url, control)

        loaded = self._services is not None or self._services_loader is not None
        PreferencesDialog(
            self._settings,
            self._data_location,
            self,
            mover if loaded else None,
            encryption=self._encryption_section(),
        ).exec()

    def _encryption_section(self) -> QWidget | None:
        if self._services is None and self._services_loader is None:
            return None  # no database open
        from eventmate.gui.data.encryption_section import EncryptionSection

        services = self.services
        return EncryptionSection(
            services.encryption,
            self.release_database,
            self.database_replaced,
            writable=self.read_only_banner is None,
        )

    def show_help(self) -> None:
        """Open Help (its "Take the tour" opens the tour)."""
        from eventmate.gui.help_dialog import HelpDialog

        HelpDialog(self, take_tour=self.show_tour).exec()

    def show_tour(self) -> QDialog:
        """Open the tour of the three moments (before, during, after), or bring it forward."""
        from eventmate.gui.tour import TourDialog, mark_tour_seen

        if self._tour is None:
            self._tour = TourDialog(self)
            self._tour.finished.connect(self._on_tour_finished)
        self._tour.show()
        self._tour.raise_()
        self._tour.activateWindow()
        mark_tour_seen(self._settings)
        return self._tour

    def offer_tour(self) -> QDialog | None:
        """On the first run, show the tour (once: skipping it counts as seen)."""
        from eventmate.gui.tour import tour_seen

        return None if tour_seen(self._settings) else self.show_tour()

    def warn_about_folder(self) -> QWidget | None:
        """Say (until *Understood*) that the database file's folder is synced or on a network
        drive (once the services have loaded; a server's database has no such folder)."""
        from eventmate.gui.recovery.folder_banner import warn_about_folder

        path = self._services.path if self._services is not None else None
        return None if path is None else warn_about_folder(self, self._settings, path.parent)

    def _on_tour_finished(self) -> None:
        if self._tour is not None:
            self._tour.deleteLater()
            self._tour = None

    def show_about(self) -> None:
        """Open About EventMate."""
        from PySide6.QtWidgets import QMessageBox

        from eventmate import __version__

        QMessageBox.about(
            self,
            self.tr("About EventMate"),
            self.tr(
                "<h3>EventMate %1</h3><p>A companion for building real relationships at "
                "concerts, rehearsals and receptions.</p><p>Private and local: your data stays "
                "in %2.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self._data_location.replace("&", "&amp;").replace("<", "&lt;")),
        )

    # -- window state ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry (UI state only; there is never unsaved data)."""
        self._preload_timer.stop()
        for reflection in list(self._reflections.values()):
            reflection.close()  # each saves what was typed
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
