"""What to tell the user when a write was refused because its record is gone (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventmate.services.changes import Kind
from eventmate.services.records import RecordGone


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordGone", text)


def gone_text(error: RecordGone) -> str:
    """A calm line saying the record is gone and nothing was changed."""
    texts = {
        Kind.PERSON: _tr("This person no longer exists; nothing was changed."),
        Kind.EVENT: _tr("This event no longer exists; nothing was changed."),
        Kind.CAPTURE: _tr("This capture no longer exists; nothing was changed."),
        Kind.FOLLOW_UP: _tr("This follow-up no longer exists; nothing was changed."),
        Kind.INTENTION: _tr("This intention no longer exists; nothing was changed."),
        Kind.REFLECTION: _tr("This reflection no longer exists; nothing was changed."),
        Kind.EXCHANGE: _tr("This gift no longer exists; nothing was changed."),
    }
    return texts.get(error.kind, _tr("This no longer exists; nothing was changed."))
