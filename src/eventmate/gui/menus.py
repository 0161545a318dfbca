"""The main window's menus: File, Edit, Go and Help, with standard shortcuts and fallbacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from eventmate.gui.main_window import MainWindow, Section


def build_menus(window: MainWindow, labels: dict[Section, str]) -> QAction:
    """Fill ``window``'s menu bar; returns the Capture action (its context is set later)."""
    from eventmate.gui.main_window import Section

    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(window.tr("&File"))
    capture_action = QAction(window.tr("&Capture…"), window)
    capture_action.setObjectName("captureAction")
    capture_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    capture_action.triggered.connect(lambda: window.open_capture())
    file_menu.addAction(capture_action)
    import_calendar = QAction(window.tr("Import &calendar…"), window)
    import_calendar.setObjectName("importCalendarAction")
    import_calendar.triggered.connect(lambda: window.import_calendar())
    file_menu.addAction(import_calendar)
    file_menu.addSeparator()
    from eventmate.gui.data.actions import DataActions

    window.data_actions = DataActions(
        window, lambda: window.services, window.refresh_all, window.import_calendar
    )
    window.data_actions.install(file_menu)
    quit_action = QAction(window.tr("&Quit"), window)
    quit_action.setObjectName("quitAction")
    # StandardKey.Quit has no binding on some platforms (e.g. Linux): keep Ctrl+Q too.
    quit_action.setShortcuts(_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = menu_bar.addMenu(window.tr("&Edit"))
    preferences = QAction(window.tr("&Preferences…"), window)
    preferences.setObjectName("preferencesAction")
    preferences.setShortcuts(_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    preferences.triggered.connect(window.show_preferences)
    edit_menu.addAction(preferences)

    go_menu = menu_bar.addMenu(window.tr("&Go"))
    for section in Section:
        action = QAction(labels[section], window)
        action.setShortcut(QKeySequence(f"Ctrl+{section + 1}"))
        action.triggered.connect(lambda _=False, s=section: window.show_section(s))
        go_menu.addAction(action)
    go_menu.addSeparator()
    next_action = QAction(window.tr("Next section"), window)
    next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
    next_action.triggered.connect(lambda: window.step_section(1))
    previous_action = QAction(window.tr("Previous section"), window)
    previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
    previous_action.triggered.connect(lambda: window.step_section(-1))
    go_menu.addActions([next_action, previous_action])

    help_menu = menu_bar.addMenu(window.tr("&Help"))
    help_action = QAction(window.tr("EventMate &Help"), window)
    help_action.setObjectName("helpAction")
    help_action.setShortcuts(_keys(QKeySequence.StandardKey.HelpContents, "F1"))
    help_action.triggered.connect(window.show_help)
    about_action = QAction(window.tr("&About EventMate"), window)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(window.show_about)
    help_menu.addActions([help_action, about_action])
    return capture_action


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    # Some standard keys (Quit, Preferences) have no binding on some platforms, e.g. Linux.
    return [*QKeySequence.keyBindings(standard)] or [QKeySequence(fallback)]
