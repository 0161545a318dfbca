"""Preparing by keyboard: intentions (add, edit, reorder, remove, undo), energy, briefing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conftest import NOW
from eventmate.domain.kinds import FactKind, IntentionKind
from eventmate.domain.text import fold
from eventmate.gui.events.briefing_render import briefing_markdown, md
from eventmate.gui.events.intentions_model import IntentionsModel
from eventmate.gui.events.prepare_dialog import PrepareDialog
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft
from eventmate.storage.engine import Database
from eventmate.storage.models import Fact, Person


@pytest.fixture
def event_id(services: Services) -> str:
    """The uid of the event being prepared."""
    return services.events.create(
        EventDraft(title="Autumn Gala", starts_at=NOW + timedelta(days=2), venue="Wigmore Hall")
    ).uid


@pytest.fixture
def anna(database: Database) -> str:
    with database.write() as session:
        person = Person(
            name="Anna Schmidt",
            sort_key=fold("Anna Schmidt"),
            role="Viola",
            recall_cues="Red glasses *front desk*",
        )
        session.add(person)
        session.add(Person(name="Annabel Lee", sort_key=fold("Annabel Lee")))
        session.flush()
        session.add(Fact(person_id=person.id, kind=FactKind.CARES_ABOUT, text="Bartók_quartets"))
        return person.uid


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, event_id: str) -> PrepareDialog:
    widget = PrepareDialog(services, event_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.intentions.text.setFocus()
    return widget


def texts(dialog: PrepareDialog) -> list[str]:
    model = dialog.intentions.model
    return [str(model.index(row).data()) for row in range(model.rowCount())]


def test_model_passes_the_model_tester(
    qtmodeltester: object, services: Services, event_id: str
) -> None:
    services.intentions.add(event_id, IntentionKind.LEARN, "How the series is funded")
    services.intentions.add(event_id, IntentionKind.MINDSET, "Listen more")
    model = IntentionsModel()
    model.set_rows(services.intentions.for_event(event_id))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_prompts_change_with_the_kind(dialog: PrepareDialog, qtbot: QtBot) -> None:
    view = dialog.intentions
    assert view.text.placeholderText() == "Who would you like to meet, or see again?"
    assert view.person.isEnabled()
    view.kind.setFocus()
    qtbot.keyClick(view.kind, Qt.Key.Key_Down)
    assert not view.person.isEnabled()  # learning names nobody
    qtbot.keyClick(view.kind, Qt.Key.Key_Down)
    assert view.text.placeholderText() == "What could you offer someone here?"
    assert view.person.isEnabled()  # an offer can name whom it is for
    qtbot.keyClick(view.kind, Qt.Key.Key_Down)
    assert view.text.placeholderText() == "How do you want to show up?"
    assert not view.person.isEnabled()


def test_add_edit_reorder_remove_and_undo_by_keyboard(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    view = dialog.intentions
    qtbot.keyClicks(view.text, "the new principal oboe")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    view.kind.setCurrentIndex(view.kind.findData(IntentionKind.MINDSET))
    qtbot.keyClicks(view.text, "Listen more than I talk")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added, it did not close the dialog
    assert texts(dialog) == [
        "Connect  ·  the new principal oboe",
        "Mindset  ·  Listen more than I talk",
    ]
    view.list.setFocus()
    assert view.list.currentIndex().row() == 1
    qtbot.keyClick(view.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(dialog)[0] == "Mindset  ·  Listen more than I talk"
    qtbot.keyClick(view.list, Qt.Key.Key_F2)
    assert view.text.hasFocus()
    qtbot.keyClicks(view.text, "Listen, then ask")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    assert texts(dialog)[0] == "Mindset  ·  Listen, then ask"
    assert len(services.intentions.for_event(event_id)) == 2
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert texts(dialog) == ["Connect  ·  the new principal oboe"]
    assert "Ctrl+Z" in view.status.text()
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(dialog)[0] == "Mindset  ·  Listen, then ask"
    # The briefing follows the intentions.
    assert "Listen, then ask" in dialog.briefing.text.toPlainText()


def test_empty_intention_is_refused_gently(dialog: PrepareDialog, qtbot: QtBot) -> None:
    qtbot.keyClick(dialog.intentions.text, Qt.Key.Key_Return)
    assert texts(dialog) == []
    assert "few words" in dialog.intentions.status.text()


def test_escape_while_editing_stops_editing_then_closes(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    services.intentions.add(event_id, IntentionKind.LEARN, "About violas")
    dialog.intentions.reload()
    dialog.intentions.list.setCurrentIndex(dialog.intentions.model.index(0))
    dialog.intentions.edit_current()
    qtbot.keyClicks(dialog.intentions.text, " and bows")
    qtbot.keyClick(dialog.intentions.text, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert services.intentions.for_event(event_id)[0].text == "About violas"
    with qtbot.waitSignal(dialog.closed):
        qtbot.keyClick(dialog.intentions.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_connect_intention_links_a_person_picked_from_completion(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str, anna: str
) -> None:
    view = dialog.intentions
    view.person.setFocus()
    qtbot.keyClicks(view.person, "anna s")
    qtbot.waitUntil(lambda: view.completer.completionCount() == 1)
    assert view.completer.completionModel().index(0, 0).data() == "Anna Schmidt (Viola)"
    popup = view.completer.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.person.text() == "Anna Schmidt")
    assert not popup.isVisible()
    view.text.setFocus()
    qtbot.keyClicks(view.text, "Hear about the Bartok project")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    (row,) = services.intentions.for_event(event_id)
    assert row.person_uid == anna
    card = dialog.briefing.briefing.people[0] if dialog.briefing.briefing else None
    assert card is not None
    assert card.name == "Anna Schmidt"
    assert "Red glasses" in dialog.briefing.text.toPlainText()


def test_a_typed_but_unpicked_name_is_kept_as_the_description(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    view = dialog.intentions
    qtbot.keyClicks(view.person, "Nobody Known")
    view._lookup.stop()
    qtbot.keyClick(view.person, Qt.Key.Key_Return)
    (row,) = services.intentions.for_event(event_id)
    assert row.person_uid is None
    assert row.text == "Nobody Known"


def test_energy_check_in_is_saved_and_can_be_cleared(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    four = dialog.intentions.energy.button(4)
    qtbot.mouseClick(four, Qt.MouseButton.LeftButton)
    assert services.intentions.energy_before(event_id) == 4
    assert "Energy before: 4 of 5" in dialog.briefing.text.toPlainText()
    qtbot.mouseClick(dialog.intentions.energy.button(2), Qt.MouseButton.LeftButton)
    assert not four.isChecked()
    assert services.intentions.energy_before(event_id) == 2
    qtbot.mouseClick(dialog.intentions.energy.button(2), Qt.MouseButton.LeftButton)
    assert services.intentions.energy_before(event_id) is None


def test_exports_escape_user_text(
    dialog: PrepareDialog, services: Services, event_id: str, anna: str, tmp_path: Path
) -> None:
    services.intentions.add(event_id, IntentionKind.CONNECT, "<script>alert(1)</script> # hi", anna)
    dialog.intentions.reload()
    markdown_path = dialog.briefing.export_markdown(tmp_path / "briefing.md")
    assert markdown_path is not None
    text = markdown_path.read_text(encoding="utf-8")
    assert "# Autumn Gala" in text
    assert "### Anna Schmidt" in text
    assert r"Bartók\_quartets" in text
    assert r"\*front desk\*" in text
    assert r"\<script\>" in text
    assert "<script>" not in text
    pdf = dialog.briefing.export_pdf(tmp_path / "briefing.pdf")
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")
    html = dialog.briefing.text.toHtml()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_export_to_an_unwritable_place_says_so(dialog: PrepareDialog, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "b.md"
    assert dialog.briefing.export_markdown(target) is None
    assert "Could not save" in dialog.briefing.status.text()


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a*b_c [x](y) #1\n- item", r"a\*b\_c \[x\](y) \#1 - item"),
        ("- not a list", r"\- not a list"),
        ("1. not a list either", r"1\. not a list either"),
        ("<b>`code`</b> | ~x~", r"\<b\>\`code\`\</b\> \| \~x\~"),
        ("Nobody yet. (Fine!)", "Nobody yet. (Fine!)"),
    ],
)
def test_markdown_escape(text: str, escaped: str) -> None:
    assert md(text) == escaped


def test_markdown_of_an_event_without_people(services: Services, event_id: str) -> None:
    briefing = services.briefing.briefing(event_id)
    assert briefing is not None
    text = briefing_markdown(briefing, NOW)
    assert "Nobody yet." in text


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_rehearse_names_of_the_people_in_the_briefing(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, anna: str
) -> None:
    from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow

    services.intentions.add(dialog.event_uid, IntentionKind.CONNECT, "Say hello", anna)
    dialog.briefing.refresh()
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    rehearsal = dialog.findChild(RehearsalWindow)
    assert rehearsal is not None
    assert rehearsal.deck.event_id == services.records.id_of(Kind.EVENT, dialog.event_uid)
    assert [card.name for card in rehearsal.deck.cards] == ["Anna Schmidt"]
    assert rehearsal.cues.text().startswith("Viola")
    rehearsal.close()
    assert dialog.briefing.rehearse_button.text() == "&Rehearse names…"


def test_a_deleted_event_says_so_and_saves_nothing_more(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    services.intentions.add(event_id, IntentionKind.LEARN, "About violas")
    dialog.intentions.reload()
    qtbot.keyClicks(dialog.intentions.text, "half typed")
    deleted = services.events.delete(event_id)
    dialog.on_changes(deleted.changes)
    assert dialog.gone
    assert dialog.windowTitle() == "This event no longer exists"
    assert dialog.banner.isVisible()
    assert "no longer exists" in dialog.banner.text()
    assert dialog.briefing.text.toPlainText() == "This event no longer exists."
    assert not dialog.briefing.pdf_button.isEnabled()
    assert not dialog.intentions.isEnabled()  # nothing can be written any more
    assert dialog.intentions.text.text() == "half typed"  # nor is anything typed wiped
    # Undo of the deletion brings the same event back, under the same uid.
    dialog.on_changes(services.events.restore(deleted))
    assert not dialog.gone
    assert dialog.windowTitle() == "Prepare — Autumn Gala"
    assert dialog.intentions.isEnabled()
    assert texts(dialog) == ["Learn  ·  About violas"]


def test_a_write_to_an_event_deleted_elsewhere_is_refused_calmly(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    services.events.delete(event_id)  # the dialog has not heard yet
    qtbot.keyClicks(dialog.intentions.text, "Listen more")
    qtbot.keyClick(dialog.intentions.text, Qt.Key.Key_Return)
    assert dialog.intentions.status.text() == "This event no longer exists; nothing was saved."
    assert dialog.gone
    assert services.intentions.for_event(event_id) == ()
    qtbot.mouseClick(dialog.intentions.energy.button(3), Qt.MouseButton.LeftButton)
    assert services.intentions.energy_before(event_id) is None


def test_an_intention_removed_elsewhere_while_edited_is_not_lost(
    dialog: PrepareDialog, qtbot: QtBot, services: Services, event_id: str
) -> None:
    row = services.intentions.add(event_id, IntentionKind.LEARN, "About violas").row
    dialog.intentions.reload()
    dialog.intentions.list.setCurrentIndex(dialog.intentions.model.index(0))
    dialog.intentions.edit_current()
    qtbot.keyClick(dialog.intentions.text, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.intentions.text, " and bows")
    removed = services.intentions.remove(row.uid)
    dialog.on_changes(removed.changes)
    assert "removed meanwhile" in dialog.intentions.status.text()
    assert dialog.intentions.text.text() == "About violas and bows"
    qtbot.keyClick(dialog.intentions.text, Qt.Key.Key_Return)
    (again,) = services.intentions.for_event(event_id)
    assert again.text == "About violas and bows"
    assert again.uid != row.uid  # added anew, never written into another intention


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_changes_from_the_command_line_reach_the_open_prepare_window(
    main_window: object,
    services: Services,
    event_id: str,
    anna: str,
    data_dir: Path,
    qtbot: QtBot,
) -> None:
    from eventmate.gui.main_window import MainWindow
    from eventmate.storage.opening import open_sqlite

    assert isinstance(main_window, MainWindow)
    main_window.open_prepare(event_id)
    dialog = main_window._prepare_dialogs[event_id]
    assert isinstance(dialog, PrepareDialog)
    qtbot.keyClicks(dialog.intentions.text, "still typing")
    other = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    try:
        elsewhere = Services(other, None, clock=lambda: NOW)
        elsewhere.intentions.add(event_id, IntentionKind.CONNECT, "Ask about Bartók", anna)
        elsewhere.intentions.set_energy_before(event_id, 4)
        main_window.changes.poll()
        assert texts(dialog) == ["Connect  ·  Anna Schmidt — Ask about Bartók"]
        assert dialog.intentions.energy.button(4).isChecked()
        assert "Anna Schmidt" in dialog.briefing.text.toPlainText()
        assert dialog.intentions.text.text() == "still typing"
        elsewhere.events.delete(event_id)
        main_window.changes.poll()
    finally:
        other.close()
    assert dialog.gone
    assert dialog.windowTitle() == "This event no longer exists"
