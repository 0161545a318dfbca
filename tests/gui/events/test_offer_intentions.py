"""In Prepare an offer names whom it is for; the briefing beside it says so."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conftest import NOW
from eventmate.domain.kinds import IntentionKind
from eventmate.domain.text import fold
from eventmate.gui.events.briefing_render import briefing_markdown
from eventmate.gui.events.prepare_dialog import PrepareDialog
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_an_offer_is_for_someone_picked_by_name(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    gala = services.events.create(
        EventDraft(title="Autumn Gala", starts_at=NOW + timedelta(days=2))
    ).uid
    with database.write() as session:
        zoe = Person(name="Zoë Ng", sort_key=fold("Zoë Ng"), could_offer="A ticket")
        session.add(zoe)
        session.flush()
        zoe_uid = zoe.uid
    dialog = PrepareDialog(services, gala)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.intentions
    view.kind.setCurrentIndex(view.kind.findData(IntentionKind.LEARN))
    assert not view.person.isEnabled()  # learning names nobody
    view.kind.setCurrentIndex(view.kind.findData(IntentionKind.OFFER))
    assert view.person.isEnabled()
    assert view.text.placeholderText() == "What could you offer someone here?"
    view.person.setFocus()
    qtbot.keyClicks(view.person, "zoe")
    # Typed without the diaeresis: the popup offers Zoë all the same.
    qtbot.waitUntil(lambda: view.completer.completionModel().rowCount() == 1)
    popup = view.completer.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.person.text() == "Zoë Ng")
    view.text.setFocus()
    qtbot.keyClicks(view.text, "Two seats for her students")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    (row,) = services.intentions.for_event(gala)
    assert (row.kind, row.person_uid) == (IntentionKind.OFFER, zoe_uid)
    shown = dialog.briefing.text.toPlainText()
    assert "You hope to offer: Two seats for her students" in shown
    assert "A ticket" in shown
    briefing = services.briefing.briefing(gala)
    assert briefing is not None
    assert "You hope to offer: Two seats for her students" in briefing_markdown(briefing, NOW)
