"""Which version an undo or redo may expect: the one this page's own last write produced.

Each undoable step remembers the version its write produced and names it when undone or
redone, so a change made elsewhere after the step refuses the step (``StaleEdit``) instead of
being overwritten. The page's own later writes also move the version; :class:`Versions` notes
each of them (the version it named and the one it produced), so a step reaches the current
version through them — and only through them: a change elsewhere breaks the chain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Versions:
    """Versions written by one page's undo stack, per record uid."""

    def __init__(self) -> None:
        self._next: dict[tuple[str, int], int] = {}

    def wrote(self, uid: str, named: int | None, produced: int) -> None:
        """A write of ours that named ``named`` (checked current) produced ``produced``."""
        if named is not None and produced > named:
            self._next[(uid, named)] = produced

    def now(self, uid: str, version: int) -> int:
        """The version the record has if only our own writes changed it since ``version``."""
        while (uid, version) in self._next:
            version = self._next[(uid, version)]
        return version


def not_stepped_text(name: str, *, undoing: bool) -> str:
    """What a refused undo (or redo) says: ``name`` changed elsewhere after the step."""
    text = (
        _tr("%1 was changed elsewhere after this edit, so it was not undone.")
        if undoing
        else _tr("%1 was changed elsewhere after this edit was undone, so it was not redone.")
    )
    return text.replace("%1", name)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoVersions", text)
