"""Opening name rehearsal for an event: before it (the briefing's people) or after (those met)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow
    from eventmate.services.rehearsal.service import RehearsalService


def open_rehearsal(
    parent: QWidget, rehearsal: RehearsalService, event_id: int, *, met_there: bool
) -> RehearsalWindow | None:
    """Show a rehearsal window over ``parent``; None if the event is no longer there.

    ``met_there``: the people met at the event ("names from last night"), else the people
    likely there (its briefing's).
    """
    from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow

    deck = rehearsal.from_event(event_id) if met_there else rehearsal.for_event(event_id)
    if deck is None:
        return None
    window = RehearsalWindow(rehearsal, deck, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
