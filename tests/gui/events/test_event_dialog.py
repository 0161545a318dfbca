"""The event dialog by keyboard: tab order, every field, breaks, tags, local times, problems."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.gui.stale_answers import Asked, answer_with

from eventmate.domain.kinds import EventKind, MyRole
from eventmate.gui.events.event_dialog import EventDialog
from eventmate.gui.stale_dialog import Choice
from eventmate.services.container import Services
from eventmate.services.events.events import BreakDraft, EventDraft


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def shown(qtbot: QtBot, dialog: EventDialog) -> EventDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.title.setFocus()
    return dialog


def test_tab_order_follows_reading_order(qtbot: QtBot, services: Services) -> None:
    dialog = shown(qtbot, EventDialog(services, None))
    dialog.has_end.setChecked(True)
    expected = [
        dialog.title,
        dialog.kind,
        dialog.starts,
        dialog.all_day,
        dialog.has_end,
        dialog.ends,
        dialog.venue,
        dialog.city,
        dialog.role,
        dialog.host,
        dialog.series,
        dialog.programme,
        dialog.breaks.add_button,
        dialog.tags,
        dialog.notes,
    ]
    seen: list[QWidget] = []
    widget: QWidget = dialog.title
    for _ in expected:
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        # Composite widgets (editable combo, date edit) focus through their child line edit.
        while widget.parentWidget() in expected and widget not in expected:
            widget = widget.nextInFocusChain()
    assert seen == expected


def test_every_field_is_saved_in_local_time(qtbot: QtBot, services: Services) -> None:
    services.events.create(
        EventDraft(
            title="Old", starts_at=datetime(2026, 1, 1, tzinfo=UTC), series="Thursday series"
        )
    )
    dialog = shown(qtbot, EventDialog(services, None))
    qtbot.keyClicks(dialog.title, "Winter Gala")
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.CONCERT))
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(19, 30)))
    dialog.has_end.setChecked(True)
    dialog.ends.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(22, 0)))
    qtbot.keyClicks(dialog.venue, "Philharmonie")
    qtbot.keyClicks(dialog.city, "Berlin")
    dialog.role.setCurrentIndex(dialog.role.findData(MyRole.PERFORMING))
    qtbot.keyClicks(dialog.host, "Berliner Phil")
    dialog.series.setCurrentText("Thursday series")
    qtbot.keyClicks(dialog.programme, "Bartok 4")
    dialog.breaks.add_button.setFocus()
    qtbot.keyClick(dialog.breaks.add_button, Qt.Key.Key_Space)
    row = dialog.breaks.rows[0]
    assert dialog.focusWidget() is row.label
    qtbot.keyClicks(row.label, "Intermission")
    assert row.time.time() == QTime(20, 45)  # 75 minutes in, by default
    qtbot.keyClicks(dialog.tags, "strings, donors")
    qtbot.keyClicks(dialog.notes, "Bring the score")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.saved is not None
    detail = services.events.get(dialog.saved.uid)
    assert detail is not None
    assert detail.starts_at == datetime(2026, 12, 3, 18, 30, tzinfo=UTC)
    assert detail.ends_at == datetime(2026, 12, 3, 21, 0, tzinfo=UTC)
    assert (detail.venue, detail.city, detail.host) == ("Philharmonie", "Berlin", "Berliner Phil")
    assert detail.kind is EventKind.CONCERT
    assert detail.my_role is MyRole.PERFORMING
    assert detail.series == "Thursday series"
    assert services.events.series_names() == ("Thursday series",)
    assert detail.programme == "Bartok 4"
    assert detail.breaks == (
        BreakDraft("Intermission", datetime(2026, 12, 3, 19, 45, tzinfo=UTC), 20),
    )
    assert detail.tags == ("donors", "strings")
    assert detail.notes == "Bring the score"


def test_editing_loads_every_field_and_saves_unchanged(qtbot: QtBot, services: Services) -> None:
    start = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)
    event_id = services.events.create(
        EventDraft(
            title="Gala",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            breaks=(BreakDraft("Interval", start + timedelta(minutes=70), 15),),
            tags=("a", "b"),
            my_role=MyRole.HOSTING,
            series="S",
            notes="n",
        )
    ).uid
    before = services.events.get(event_id)
    assert before is not None
    dialog = shown(qtbot, EventDialog(services, before))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert services.events.get(event_id) == before
    assert dialog.saved is not None
    assert dialog.saved.uid == event_id


def test_saving_an_event_deleted_meanwhile_adds_it_again(qtbot: QtBot, services: Services) -> None:
    event_id = services.events.create(
        EventDraft(title="Gala", starts_at=datetime(2026, 12, 3, 18, 30, tzinfo=UTC))
    ).uid
    before = services.events.get(event_id)
    assert before is not None
    dialog = shown(qtbot, EventDialog(services, before))
    services.events.delete(event_id)  # elsewhere, while the dialog is open
    dialog.title.setText("Gala, as I typed it")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused: it says so and keeps every word
    assert dialog.problem.text() == "This event was deleted meanwhile; Save adds it again."
    assert services.events.list_events().upcoming == ()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.saved is not None
    assert dialog.saved.uid != event_id
    detail = services.events.get(dialog.saved.uid)
    assert detail is not None
    assert detail.title == "Gala, as I typed it"


def test_a_break_after_midnight_lands_on_the_next_day(qtbot: QtBot, services: Services) -> None:
    dialog = shown(qtbot, EventDialog(services, None))
    qtbot.keyClicks(dialog.title, "Late gig")
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(22, 30)))
    row = dialog.breaks.add_row("Set break", QTime(0, 15), 10)
    assert row in dialog.breaks.rows
    dialog.accept()
    assert dialog.saved is not None
    detail = services.events.get(dialog.saved.uid)
    assert detail is not None
    assert detail.breaks[0].starts_at == datetime(2026, 12, 3, 23, 15, tzinfo=UTC)


def test_removing_a_break_by_keyboard(qtbot: QtBot, services: Services) -> None:
    dialog = shown(qtbot, EventDialog(services, None))
    dialog.breaks.add_row("One")
    second = dialog.breaks.add_row("Two")
    second.remove.setFocus()
    qtbot.keyClick(second.remove, Qt.Key.Key_Space)
    assert [row.label.text() for row in dialog.breaks.rows] == ["One"]


def test_problems_are_explained_and_nothing_typed_is_lost(qtbot: QtBot, services: Services) -> None:
    dialog = shown(qtbot, EventDialog(services, None))
    qtbot.keyClicks(dialog.venue, "Wigmore Hall")
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "title" in dialog.problem.text()
    assert dialog.venue.text() == "Wigmore Hall"
    assert dialog.focusWidget() is dialog.title
    qtbot.keyClicks(dialog.title, "Gala")
    dialog.has_end.setChecked(True)
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(-3600))
    dialog.accept()
    assert dialog.isVisible()
    assert "before the start" in dialog.problem.text()
    assert services.events.list_events().upcoming == ()


def test_all_day_shows_dates_only_and_stores_local_midnight(
    qtbot: QtBot, services: Services
) -> None:
    dialog = shown(qtbot, EventDialog(services, None))
    qtbot.keyClicks(dialog.title, "Festival")
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 10), QTime(19, 30)))
    dialog.all_day.setChecked(True)
    assert "HH" not in dialog.starts.displayFormat()
    dialog.accept()
    assert dialog.saved is not None
    detail = services.events.get(dialog.saved.uid)
    assert detail is not None
    assert detail.all_day
    assert detail.starts_at == datetime(2026, 12, 9, 23, 0, tzinfo=UTC)


def test_ctrl_enter_saves_from_the_notes(qtbot: QtBot, services: Services) -> None:
    dialog = shown(qtbot, EventDialog(services, None))
    qtbot.keyClicks(dialog.title, "Gala")
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "line one")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the notes is a new line
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None
    detail = services.events.get(dialog.saved.uid)
    assert detail is not None
    assert detail.notes == "line one\n"


def test_moving_the_start_moves_the_end_with_it(qtbot: QtBot, services: Services) -> None:
    """A concert moved to the next day stays three hours long (it became 26 hours before)."""
    start = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)
    event_id = services.events.create(
        EventDraft(title="Gala", starts_at=start, ends_at=start + timedelta(hours=3))
    ).uid
    detail = services.events.get(event_id)
    assert detail is not None
    dialog = shown(qtbot, EventDialog(services, detail))
    dialog.starts.setFocus()
    dialog.starts.setCurrentSection(dialog.starts.Section.DaySection)
    qtbot.keyClick(dialog.starts, Qt.Key.Key_Up)  # one day later, by keyboard
    assert dialog.starts.dateTime().secsTo(dialog.ends.dateTime()) == 3 * 3600
    dialog.starts.setDateTime(dialog.starts.dateTime().addSecs(-5 * 3600))
    assert dialog.starts.dateTime().secsTo(dialog.ends.dateTime()) == 3 * 3600
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    saved = services.events.get(event_id)
    assert saved is not None
    assert saved.ends_at is not None
    assert saved.ends_at - saved.starts_at == timedelta(hours=3)
    assert saved.starts_at == start + timedelta(days=1, hours=-5)


def test_an_event_changed_elsewhere_merges_other_fields_and_asks_about_the_same_one(
    qtbot: QtBot, services: Services
) -> None:
    uid = services.events.create(
        EventDraft(
            title="Gala",
            starts_at=datetime(2026, 12, 3, 18, 30, tzinfo=UTC),
            venue="Konzerthaus",
            tags=("strings", "autumn"),
            breaks=(BreakDraft("Interval", datetime(2026, 12, 3, 19, 30, tzinfo=UTC), 20),),
        )
    ).uid
    before = services.events.get(uid)
    assert before is not None
    dialog = shown(qtbot, EventDialog(services, before))
    elsewhere = replace(before, venue="Musikverein", notes="Dress: black")
    services.events.update(uid, elsewhere)  # another device, while the dialog is open
    dialog.title.setText("Autumn Gala")
    dialog.venue.setText("Wiener Konzerthaus")
    asked = Asked()
    answer_with(Choice.MINE, asked)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert asked.times == [(["Venue"], ["Wiener Konzerthaus"], ["Musikverein"])]
    stored = services.events.get(uid)
    assert stored is not None
    assert (stored.title, stored.venue, stored.notes) == (
        "Autumn Gala",
        "Wiener Konzerthaus",
        "Dress: black",
    )
    assert dialog.saved is not None


def test_keep_theirs_and_cancel_in_the_event_dialog(qtbot: QtBot, services: Services) -> None:
    uid = services.events.create(
        EventDraft(title="Gala", starts_at=datetime(2026, 12, 3, 18, 30, tzinfo=UTC))
    ).uid
    before = services.events.get(uid)
    assert before is not None
    dialog = shown(qtbot, EventDialog(services, before))
    services.events.update(uid, replace(before, city="Wien"))
    dialog.city.setText("Graz")
    asked = Asked()
    answer_with(Choice.CANCEL, asked)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible()  # still editing, nothing saved
    assert services.events.get(uid).city == "Wien"  # type: ignore[union-attr]
    dialog.title.setText("Gala!")
    answer_with(Choice.THEIRS, asked)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert len(asked.times) == 2
    stored = services.events.get(uid)
    assert stored is not None
    assert (stored.title, stored.city) == ("Gala!", "Wien")
