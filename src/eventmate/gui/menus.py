"""The main window's menus: File, Edit, Go and Help, with standard shortcuts and fallbacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from eventmate.gui.sections import Section

if TYPE_CHECKING:
    from eventmate.gui.data.actions import DataActions
    from eventmate.gui.navigation import WindowCommands


def build_menus(
    window: QMainWindow, commands: WindowCommands, labels: dict[Section, str]
) -> QAction:
    """Fill ``window``'s menu bar; returns the Capture action (its context is set later)."""
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(window.tr("&File"))
    capture_action = QAction(window.tr("&Capture…"), window)
    capture_action.setObjectName("captureAction")
    set_key(capture_action, "Ctrl+Shift+N")
    capture_action.triggered.connect(lambda: commands.open_capture())
    file_menu.addAction(capture_action)
    import_calendar = QAction(window.tr("Import &calendar…"), window)
    import_calendar.setObjectName("importCalendarAction")
    import_calendar.triggered.connect(lambda: commands.import_calendar())
    file_menu.addAction(import_calendar)
    file_menu.addSeparator()
    # Import, Export, Back up and Restore join this menu after the first paint (see
    # install_data_actions): their module pulls in Qt's enum namespace, ~30 ms.
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
    preferences.triggered.connect(commands.show_preferences)
    edit_menu.addAction(preferences)

    go_menu = menu_bar.addMenu(window.tr("&Go"))
    for section in Section:
        action = QAction(labels[section], window)
        set_key(action, f"Ctrl+{section + 1}")
        action.triggered.connect(lambda _=False, s=section: commands.show_section(s))
        go_menu.addAction(action)
    go_menu.addSeparator()
    next_action = QAction(window.tr("Next section"), window)
    set_key(next_action, "Ctrl+PgDown")
    next_action.triggered.connect(lambda: commands.step_section(1))
    previous_action = QAction(window.tr("Previous section"), window)
    set_key(previous_action, "Ctrl+PgUp")
    previous_action.triggered.connect(lambda: commands.step_section(-1))
    go_menu.addActions([next_action, previous_action])

    help_menu = menu_bar.addMenu(window.tr("&Help"))
    help_action = QAction(window.tr("EventMate &Help"), window)
    help_action.setObjectName("helpAction")
    help_action.setShortcuts(_keys(QKeySequence.StandardKey.HelpContents, "F1"))
    help_action.triggered.connect(commands.show_help)
    tour_action = QAction(window.tr("Take the &tour…"), window)
    tour_action.setObjectName("tourAction")
    tour_action.triggered.connect(lambda: commands.show_tour())
    check_action = QAction(window.tr("Check &database…"), window)
    check_action.setObjectName("checkDatabaseAction")
    check_action.triggered.connect(commands.check_database)
    about_action = QAction(window.tr("&About EventMate"), window)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(commands.show_about)
    help_menu.addActions([help_action, tour_action, check_action, about_action])
    return capture_action


def install_data_actions(window: QMainWindow, commands: WindowCommands) -> DataActions:
    """Add the data actions (Import…, Export…, Back up now, Restore…) to the File menu."""
    from eventmate.gui.data.actions import DataActions

    quit_action = window.findChild(QAction, "quitAction")
    assert quit_action is not None
    file_menu = quit_action.associatedObjects()[0]
    assert isinstance(file_menu, QMenu)
    actions = DataActions(window, commands)
    actions.install(file_menu, before=quit_action)
    return actions


def set_key(action: QAction, key: str) -> None:
    """Give ``action`` the shortcut ``key`` (portable text such as "Ctrl+Shift+N").

    ``setShortcuts`` with a one-item list, not ``setShortcut``: resolving ``setShortcut``'s
    overloads makes PySide6 build ~100 of Qt's enum types (~35 ms), which would delay the
    window's first paint.
    """
    action.setShortcuts([QKeySequence(key)])


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    # Some standard keys (Quit, Preferences) have no binding on some platforms, e.g. Linux.
    return [*QKeySequence.keyBindings(standard)] or [QKeySequence(fallback)]
