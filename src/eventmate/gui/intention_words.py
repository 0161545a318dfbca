"""The kinds of intention in the app's words (light enough for Home's first paint)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventmate.domain.kinds import IntentionKind


def intention_kind_word(kind: IntentionKind) -> str:
    """ "Connect", "Learn", "Offer", "Mindset"."""
    tr = QCoreApplication.translate
    return {
        IntentionKind.CONNECT: tr("IntentionWords", "Connect"),
        IntentionKind.LEARN: tr("IntentionWords", "Learn"),
        IntentionKind.OFFER: tr("IntentionWords", "Offer"),
        IntentionKind.MINDSET: tr("IntentionWords", "Mindset"),
    }[IntentionKind(kind)]
