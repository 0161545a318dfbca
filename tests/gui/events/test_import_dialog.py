"""The calendar import dialog: preview on a worker, range picker, Enter imports, Esc leaves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from eventmate.gui.events.import_dialog import ImportCalendarDialog
from eventmate.services.container import Services

WEEKLY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
    "BEGIN:VEVENT\r\nUID:w@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Choir <b>rehearsal</b>\r\n"
    "DTSTART:20261202T183000Z\r\nDTEND:20261202T203000Z\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Broken\r\n"
    "DTSTART:garbage\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def opened(qtbot: QtBot, services: Services, path: Path) -> ImportCalendarDialog:
    dialog = ImportCalendarDialog(services, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_preview_then_enter_imports_everything(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "choir.ics"
    path.write_text(WEEKLY, encoding="utf-8")
    dialog = opened(qtbot, services, path)
    assert dialog.preview is not None
    count = len(dialog.preview.new)
    assert 20 <= count <= 28  # six months of Wednesdays by default
    assert dialog.items.count() == count
    assert "Choir <b>rehearsal</b>" in dialog.items.item(0).text()
    assert dialog.skipped.count() >= 1
    assert "Broken" in dialog.skipped.item(0).text()
    assert "to import" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert dialog.import_result is not None
    assert dialog.import_result.imported == count
    assert len(services.events.list_events().upcoming) == count


def test_a_shorter_range_previews_fewer_and_duplicates_are_shown(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "choir.ics"
    path.write_text(WEEKLY, encoding="utf-8")
    first = opened(qtbot, services, path)
    first.window_from.setDate(QDate(2026, 12, 1))
    first.window_to.setDate(QDate(2026, 12, 14))
    first.preview = None
    first.refresh_preview()  # editingFinished does this when typing; here the dates were set
    qtbot.waitUntil(lambda: first.preview is not None, timeout=10_000)
    assert first.preview is not None
    assert len(first.preview.new) == 2
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.accept()
    again = opened(qtbot, services, path)
    assert again.preview is not None
    assert again.preview.duplicates == 2
    assert "already in EventMate" in again.summary.text()


def test_an_unreadable_file_says_so_and_cannot_import(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "page.ics"
    path.write_bytes(b"<html>not a calendar</html>")
    dialog = opened(qtbot, services, path)
    assert "Nothing could be read" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.events.list_events().upcoming == ()


def test_a_file_with_known_uids_previews_updates_and_imports_them(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "gala.ics"
    gala = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:g@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Gala\r\n"
        "DTSTART:20261203T183000Z\r\nDTEND:20261203T210000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path.write_text(gala, encoding="utf-8")
    first = opened(qtbot, services, path)
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.accept()
    (uid,) = first.import_result.event_uids if first.import_result else ()
    path.write_text(gala.replace("T183000Z", "T190000Z"), encoding="utf-8")
    again = opened(qtbot, services, path)
    assert "1 to update" in again.summary.text()
    assert "will be updated: start" in again.items.item(0).text()
    assert again.import_button.isEnabled()
    with qtbot.waitSignal(again.imported, timeout=10_000):
        qtbot.keyClick(again.items, Qt.Key.Key_Return)
    assert again.done_message() == "0 events imported from gala.ics · 1 updated"
    assert [row.uid for row in services.events.list_events().upcoming] == [uid]


def test_a_thunderbird_file_with_a_byte_order_mark_previews(
    qtbot: QtBot, services: Services
) -> None:
    path = Path(__file__).parents[2] / "data" / "ics" / "thunderbird_bom.ics"
    dialog = opened(qtbot, services, path)
    assert dialog.preview is not None
    assert dialog.preview.fatal is None
    assert "Nothing could be read" not in dialog.summary.text()
    assert "Probe: Brahms Requiem" in dialog.items.item(0).text()
    assert dialog.import_button.isEnabled()


def test_the_dialog_is_as_tall_as_what_it_shows(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """No screen-high empty boxes: one event and one reason fit their lists."""
    path = tmp_path / "one.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:o@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Recital\r\n"
        "DTSTART:20261202T183000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Broken\r\n"
        "DTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, services, path)
    line = dialog.items.fontMetrics().lineSpacing()
    assert dialog.items.count() == 1
    assert dialog.items.height() < line * 4  # two lines of text, not 400 px
    assert dialog.skipped.count() == 1
    assert dialog.skipped.height() < line * 4
    # The dialog takes its new size when its layout next runs (a posted event), not at once.
    qtbot.waitUntil(lambda: dialog.height() < 420)
