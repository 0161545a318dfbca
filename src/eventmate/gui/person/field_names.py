"""A person's fields by the names the person page gives them (conflicts, duplicates, shots)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventmate.services.people.detail import PersonField


def field_name(field: PersonField) -> str:
    """``field`` as the user knows it ("Role", "How we met"), in the user's language."""
    names = {
        PersonField.NAME: QCoreApplication.translate("PersonFields", "Name"),
        PersonField.PRONUNCIATION: QCoreApplication.translate("PersonFields", "Pronunciation"),
        PersonField.ROLE: QCoreApplication.translate("PersonFields", "Role"),
        PersonField.ORGANIZATION: QCoreApplication.translate("PersonFields", "Organisation"),
        PersonField.RECALL_CUES: QCoreApplication.translate("PersonFields", "Recall cues"),
        PersonField.MET_HOW: QCoreApplication.translate("PersonFields", "How we met"),
        PersonField.STATUS_NOTE: QCoreApplication.translate("PersonFields", "Status note"),
        PersonField.COULD_OFFER: QCoreApplication.translate("PersonFields", "What I could offer"),
        PersonField.CADENCE_DAYS: QCoreApplication.translate("PersonFields", "Reconnect every"),
        PersonField.MET_EVENT: QCoreApplication.translate("PersonFields", "Met at"),
        PersonField.INTRODUCED_BY: QCoreApplication.translate("PersonFields", "Introduced by"),
        PersonField.STATUS: QCoreApplication.translate("PersonFields", "Status"),
    }
    return names.get(field, field.value)
