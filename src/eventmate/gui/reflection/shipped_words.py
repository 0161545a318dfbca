"""The reflection prompts EventMate ships, shown in the user's language (stored as shipped)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShippedPrompts", text)


def shipped_words() -> dict[str, str]:
    """Each shipped prompt and the default template's name → its words in the user's language.

    The database keeps them as shipped (answers are filed under the prompt), so they are
    translated where they are shown; prompts the user wrote are shown as written.
    """
    return {
        "After an event": _tr("After an event"),
        "What went well?": _tr("What went well?"),
        "Whom did I really listen to?": _tr("Whom did I really listen to?"),
        "Whom did I meet that I had not planned to?": _tr(
            "Whom did I meet that I had not planned to?"
        ),
        "What did I learn about others?": _tr("What did I learn about others?"),
        "What common ground did we find?": _tr("What common ground did we find?"),
        "What did I give?": _tr("What did I give?"),
        "What could I offer someone I met?": _tr("What could I offer someone I met?"),
        "What surprised me?": _tr("What surprised me?"),
    }


def shown(text: str) -> str:
    """``text`` as shown: a shipped prompt or name translated, the user's own as written."""
    return shipped_words().get(text, text)
