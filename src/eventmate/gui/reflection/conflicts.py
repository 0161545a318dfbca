"""A reflection's texts written elsewhere meanwhile: taken when untouched here, else asked.

Each text (an answer, the free writing) is saved naming the text it was typed over
(:class:`SeenTexts`, updated by the autosave worker after each save). If another device or
window stored something else there meanwhile, the save is refused with ``StaleEdit`` and the
window shows "Changed elsewhere" with both. A text nobody is typing in simply takes what was
stored elsewhere when the window hears of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from eventmate.domain.text import clean_text
from eventmate.gui.stale_dialog import Choice, Difference, ask_stale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QWidget

    from eventmate.services.after.reflection import ReflectionView
    from eventmate.services.changes import StaleEdit

#: The key of the free writing; an answer's is ``answer:`` + its prompt.
BODY = "body"


def answer_key(prompt: str) -> str:
    """The key of the answer to ``prompt`` (as the autosaver names its saves)."""
    return f"answer:{prompt}"


class SeenTexts:
    """Each text as last read or saved: what a save names as the text it was typed over."""

    def __init__(self, view: ReflectionView) -> None:
        self._lock = threading.Lock()
        self._texts = {BODY: view.body}
        self._texts.update({answer_key(p): view.answers.get(p, "") for p in view.prompts})

    def get(self, key: str) -> str:
        with self._lock:
            return self._texts.get(key, "")

    def set(self, key: str, text: str) -> None:
        with self._lock:
            self._texts[key] = text


class ReflectionConflicts(QObject):
    """Asks about a text changed on both sides, and refreshes texts changed only elsewhere."""

    def __init__(
        self,
        seen: SeenTexts,
        editor_for: Callable[[str], QPlainTextEdit | None],
        save_again: Callable[[str], None],
        say: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._seen = seen
        self._editor_for = editor_for
        self._save_again = save_again
        self._say = say
        self._parent = parent
        self._waiting: list[tuple[StaleEdit, str]] = []
        #: True while the user is being asked.
        self.asking = False

    def refused(self, stale: StaleEdit, key: str, subject: str) -> None:
        """A save of ``key`` was refused: ask which to keep (one question at a time)."""
        self._waiting.append((stale, key))
        if self.asking:
            return
        self.asking = True
        try:
            while self._waiting:
                self._ask(*self._waiting.pop(0), subject)
        finally:
            self.asking = False

    def _ask(self, stale: StaleEdit, key: str, subject: str) -> None:
        editor = self._editor_for(key)
        if editor is None:
            return
        (name,) = stale.theirs
        theirs = str(stale.theirs[name])
        label = self.tr("Free writing") if key == BODY else name
        row = Difference(label, editor.toPlainText(), theirs)
        choice = ask_stale(subject, [row], self._parent)
        if choice is Choice.CANCEL:
            self._say(self.tr("Not saved: this was changed elsewhere. Typing on asks again."))
            return
        self._seen.set(key, theirs)  # what the user has now seen is the new start
        if choice is Choice.THEIRS:
            editor.setPlainText(theirs)  # saved again as it is: nothing changes
        else:
            self._save_again(key)

    def refresh(self, view: ReflectionView) -> None:
        """Texts nobody is typing in take what is stored now (written elsewhere)."""
        stored = {BODY: view.body}
        stored.update({answer_key(p): view.answers.get(p, "") for p in view.prompts})
        for key, text in stored.items():
            editor = self._editor_for(key)
            if editor is None or editor.hasFocus():
                continue
            shown = editor.toPlainText()
            if shown != self._seen.get(key) or clean_text(shown).text.strip() == text.strip():
                continue  # typed and not saved yet, or the same
            self._seen.set(key, text)
            editor.blockSignals(True)  # not an edit: nothing to save
            try:
                editor.setPlainText(text)
            finally:
                editor.blockSignals(False)
