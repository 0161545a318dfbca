"""Every screen and dialog, in light and dark, from the sample data: `make screenshots`.

Usage: ``python bench/screenshots.py [OUT_DIR] [--only SUBSTRING] [--language de]`` (default
build/screenshots, English).
The main window's sections are drawn at 1280×800 and 1920×1080; windows and dialogs at the
size they open with. Capture mode is dim in both themes (the app's theme must not leak in).
Look at every PNG before a stop: this is how the app looks to someone choosing it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1280, 800), (1920, 1080))


def settle(rounds: int = 3) -> None:
    """Let layouts, timers at 0 ms and repaints run."""
    for _ in range(rounds):
        QApplication.processEvents()


def wait_for(condition: Callable[[], object], seconds: float = 20.0) -> None:
    """Process events until ``condition()`` holds (workers finish on their own threads)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


class Shooter:
    """Saves widgets as PNGs named ``<what>-<theme>[-<size>].png`` and lists them."""

    def __init__(self, out: Path, only: str | None) -> None:
        self.out = out
        self.only = only
        self.saved: list[Path] = []
        self.theme = "light"

    def wanted(self, name: str) -> bool:
        """Whether ``name`` is to be drawn this run."""
        return self.only is None or self.only in name

    def save(self, widget: QWidget, name: str) -> None:
        """Show ``widget``, let it paint, and save it."""
        widget.show()
        settle()
        path = self.out / f"{name}-{self.theme}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(path, flush=True)


@contextmanager
def shown(widget: QWidget) -> Iterator[QWidget]:
    """``widget`` for one shot, closed and deleted afterwards."""
    try:
        yield widget
    finally:
        widget.close()
        widget.deleteLater()
        settle()


def main_window_shots(shoot: Shooter, window: object, services: object) -> None:
    """Each section of the main window (and a person, and search) at each size."""
    from eventmate.gui.main_window import MainWindow
    from eventmate.gui.sections import Section

    assert isinstance(window, MainWindow)
    anna_uid = _person_uid(services, "Anna Schmidt")
    for width, height in SIZES:
        size = f"{width}x{height}"
        window.resize(width, height)
        window.show()
        for section in Section:
            name = f"window-{section.name.lower().replace('_', '-')}-{size}"
            if shoot.wanted(name):
                window.show_section(section)
                if section is Section.INSIGHTS:  # its charts are read on a worker
                    insights = window.page(Section.INSIGHTS)
                    wait_for(lambda page=insights: getattr(page, "insights", None) is not None)
                settle()
                shoot.save(window, name)
        name = f"window-person-{size}"
        if shoot.wanted(name) and anna_uid is not None:
            window.open_person(anna_uid)
            settle()
            shoot.save(window, name)
            window.page(Section.PEOPLE).show_list()  # type: ignore[attr-defined]
        name = f"window-search-{size}"
        if shoot.wanted(name):
            window.show_section(Section.HOME)
            window.search_bar.field.setText("anna")
            window.search_bar.focus_search()
            settle()
            shoot.save(window, name)
            window.search_bar.hide_results()
            window.search_bar.field.clear()


def _person_uid(services: object, name: str) -> str:
    from eventmate.services.container import Services

    assert isinstance(services, Services)
    return next(row.uid for row in services.people.page(0, 500) if row.name == name)


def dialog_shots(shoot: Shooter, window: object, services: object, folder: Path) -> None:
    """Every window and dialog at the size it opens with."""
    from eventmate.gui.main_window import MainWindow
    from eventmate.services.container import Services

    assert isinstance(window, MainWindow)
    assert isinstance(services, Services)
    for name, build in scenes(window, services, folder).items():
        if not shoot.wanted(name):
            continue
        widget = build()
        with shown(widget):
            shoot.save(widget, name)


def scenes(window: object, services: object, folder: Path) -> dict[str, Callable[[], QWidget]]:
    """What to draw, by name: each builds a widget ready to be shown."""
    from eventmate.gui.main_window import MainWindow
    from eventmate.services.container import Services

    assert isinstance(window, MainWindow)
    assert isinstance(services, Services)
    events = services.events.list_events()
    upcoming = events.upcoming[0].uid
    past = events.past[0].uid if events.past else upcoming

    def capture(compact: bool, text: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            from eventmate.gui.capture.capture_window import CaptureWindow

            capture_window = CaptureWindow(services.capture, upcoming)
            capture_window.open(upcoming)
            if compact:
                capture_window.set_compact(True)
            capture_window.input.setPlainText(text)
            wait_for(lambda: capture_window.suggestions_ready)
            capture_window._update_preview()
            return capture_window

        return build

    def event_dialog(new: bool) -> QWidget:
        from eventmate.gui.events.event_dialog import EventDialog

        return EventDialog(services, None if new else services.events.get(upcoming))

    def prepare() -> QWidget:
        from eventmate.gui.events.prepare_dialog import PrepareDialog

        return PrepareDialog(services, upcoming)

    def import_calendar(name: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            from eventmate.gui.events.import_dialog import ImportCalendarDialog

            dialog = ImportCalendarDialog(services, ROOT / "tests" / "data" / "ics" / name)
            dialog.show()
            wait_for(lambda: dialog.preview is not None)
            return dialog

        return build

    def preferences() -> QWidget:
        from eventmate.gui.preferences_dialog import PreferencesDialog

        settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        return PreferencesDialog(settings, str(folder))

    def help_dialog() -> QWidget:
        from eventmate.gui.help_dialog import HelpDialog

        return HelpDialog()

    def reflection() -> QWidget:
        from eventmate.gui.reflection.window import ReflectionWindow

        return ReflectionWindow(services, past)

    def tidy() -> QWidget:
        from eventmate.gui.reflection.tidy_dialog import TidyDialog

        item = services.capture.recent(1)[0]
        return TidyDialog(services.tidy, item, link=False)

    def templates() -> QWidget:
        from eventmate.gui.reflection.templates_dialog import TemplatesDialog

        return TemplatesDialog(services.reflection)

    def duplicates() -> QWidget:
        from PySide6.QtGui import QUndoStack

        from eventmate.gui.person.duplicates_dialog import DuplicatesDialog

        return DuplicatesDialog(services, QUndoStack(), lambda: None)

    def export() -> QWidget:
        from eventmate.gui.data.export_dialog import ExportDialog

        return ExportDialog(lambda: services, None)

    def restore() -> QWidget:
        from eventmate.gui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(services.backups)
        reading = dialog.status.text()
        wait_for(lambda: dialog.status.text() != reading)  # the backups are read on a worker
        return dialog

    def vcard_preview() -> QWidget:
        from eventmate.gui.data.vcard_preview_dialog import VCardPreviewDialog

        path = ROOT / "tests" / "data" / "vcards" / "handmade__google30.vcf"
        preview = services.vcards.preview(path.read_bytes())
        return VCardPreviewDialog(preview, path.name)

    def recovery() -> QWidget:
        from eventmate.gui.recovery.recovery_screen import RecoveryScreen

        return RecoveryScreen(
            "corrupt", str(folder / "eventmate.sqlite3"), "file is not a database", None, None
        )

    def rest_note() -> QWidget:
        from eventmate.gui.rest_dialog import RestNoteDialog

        return RestNoteDialog("Seán O'Brien")

    def changed_elsewhere() -> QWidget:
        from eventmate.gui.person.field_names import field_name
        from eventmate.gui.stale_dialog import Difference, StaleDialog
        from eventmate.services.people.detail import PersonField

        return StaleDialog(
            "Anna Schmidt",
            [
                Difference(field_name(PersonField.ROLE), "Principal viola", "Viola, Hagen Quartet"),
                Difference(
                    field_name(PersonField.MET_HOW),
                    "At the Musikverein reception after the Bartók; she asked about the Ligeti.",
                    "",
                ),
            ],
        )

    def journal_picker() -> QWidget:
        from eventmate.gui.pages.journal_page import EventPicker

        return EventPicker(services.reflection.recent_past_events())

    return {
        "capture-full": capture(False, "Anna Schmidt (viola, LSO) — loves Bartók !send recording"),
        "capture-compact": capture(True, "cellist, red scarf — studied in Vienna #chamber"),
        "event-dialog": lambda: event_dialog(False),
        "event-dialog-new": lambda: event_dialog(True),
        "prepare": prepare,
        "import-calendar": import_calendar("outlook_windows_tzid.ics"),
        "import-calendar-nothing-new": import_calendar("weekly_rrule_exdate_override.ics"),
        "preferences": preferences,
        "help": help_dialog,
        "reflection": reflection,
        "tidy-make-person": tidy,
        "reflection-templates": templates,
        "duplicates": duplicates,
        "export": export,
        "restore": restore,
        "vcard-preview": vcard_preview,
        "recovery": recovery,
        "let-it-rest": rest_note,
        "changed-elsewhere": changed_elsewhere,
        "journal-event-picker": journal_picker,
    }


#: Captures made in a break at the gala: long enough to need two lines in capture mode.
CAPTURES = (
    "Ilse Berg (cello, Aurora Ensemble) — wants to hear the Ligeti recording; teaches at the "
    "Guildhall on Thursdays !send the Ligeti recording",
    "oboist with the green scarf — new in town, looking for a quartet to read with on Sundays",
)


def add_captures(services: object) -> None:
    """Two captures at the upcoming event (the sample's own are older)."""
    from eventmate.services.container import Services

    assert isinstance(services, Services)
    gala = services.events.list_events().upcoming[0].uid
    for text in CAPTURES:
        services.capture.capture(text, gala)
    services.intentions.set_energy_before(gala, 4)


def main() -> None:
    """Draw everything into the folder given (default build/screenshots)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "build" / "screenshots"))
    parser.add_argument("--only", help="draw only screens whose name contains this")
    parser.add_argument("--language", default="en", help="the GUI's language (en, de)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("EventMate")
    from eventmate.gui.language import install_language

    install_language(args.language)

    from eventmate.gui.main_window import MainWindow
    from eventmate.gui.style.theme import ThemeChoice, apply_theme
    from eventmate.services.container import Services
    from eventmate.storage.opening import open_sqlite

    shoot = Shooter(out, args.only)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        services = Services(database, folder / "backups")
        services.sample_data.add()
        add_captures(services)
        services.maintenance.backup(reason="automatic")
        settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            apply_theme(app, theme)
            shoot.theme = theme.value
            window = MainWindow(settings, str(folder))
            window.attach_services(services)
            main_window_shots(shoot, window, services)
            dialog_shots(shoot, window, services, folder)
            window._services = None  # the services outlive this window
            window.close()
            window.deleteLater()
            settle()
        services.close()
    print(f"{len(shoot.saved)} screenshots in {out}")


if __name__ == "__main__":
    main()
