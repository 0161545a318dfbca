"""The "how we met" links of a person page: the event met at, and who introduced them.

Both hold the linked record's uid, never an integer id, and hand a chosen value to the page's
``commit`` (which saves it, undoably).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from eventmate.gui.style import Space
from eventmate.services.people.detail import PersonField

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.people.detail import PersonDetail

Commit = Callable[[PersonField, Any], None]
#: The widest the open list of events gets (as the People page's "Met at" filter).
POPUP_MAX_WIDTH = 480


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonLinks", text)


class MetEventBox(QComboBox):
    """The event where we met (its uid is each item's data), or "—"."""

    def __init__(self, services: Services, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("field_met_event")
        self.setAccessibleName(_tr("Met at"))
        # Event titles are the user's own: closed, the box is as wide as a dozen characters,
        # so one long title cannot widen the form past its column (it scrolled sideways at an
        # 800 px window); open, its list shows the titles whole (``_fit_popup``).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(lambda _index: commit(PersonField.MET_EVENT, self.currentData()))

    def fill(self) -> None:
        """Read the events to choose from again (a person opened, events changed)."""
        chosen = self.currentData()
        self.clear()
        self.addItem(_tr("—"), None)
        for choice in self._services.people.events():
            self.addItem(choice.label, choice.uid)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self._fit_popup()

    def _fit_popup(self) -> None:
        """The open list as wide as its longest title needs (up to a limit)."""
        view = self.view()
        words = view.fontMetrics()
        widest = max(
            (words.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        view.setMinimumWidth(min(widest + 2 * Space.L, POPUP_MAX_WIDTH))

    def show_person(self, detail: PersonDetail) -> None:
        """Choose the event ``detail`` was met at (added if it is not among the recent ones)."""
        uid = detail.met_event_uid
        if uid is not None and self.findData(uid) < 0:
            self.addItem(detail.met_event_title, uid)
            self._fit_popup()
        self.setCurrentIndex(max(self.findData(uid), 0))


class IntroducedField(QLineEdit):
    """Who introduced us: a name typed with suggestions, saved as that person's uid."""

    def __init__(
        self,
        services: Services,
        commit: Commit,
        message: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._commit, self._message = services, commit, message
        self._detail: PersonDetail | None = None
        self.setObjectName("field_introduced_by")
        self.setAccessibleName(_tr("Introduced by"))
        self.setPlaceholderText(_tr("Type a name"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        self.editingFinished.connect(self._done)

    def show_person(self, detail: PersonDetail | None, *, keep_text: bool = False) -> None:
        """Show who introduced the person on the page (None: nobody can be changed now).

        ``keep_text``: a name is being typed; it stays.
        """
        self._detail = detail
        if detail is not None and not keep_text:
            self.setText(detail.introduced_by_name)

    def _suggest(self, text: str) -> None:
        if self._detail is None:
            return
        own = self._detail.uid
        people = self._services.person.people_named(text)
        self._names.setStringList([name for uid, name in people if uid != own])

    def _done(self) -> None:
        detail = self._detail
        if detail is None:
            return
        text = self.text().strip()
        if not text:
            self._commit(PersonField.INTRODUCED_BY, None)
            return
        matches = [
            uid
            for uid, name in self._services.person.people_named(text)
            if name.casefold() == text.casefold() and uid != detail.uid
        ]
        if matches:
            self._commit(PersonField.INTRODUCED_BY, matches[0])
        elif text != detail.introduced_by_name:
            self._message(_tr("Nobody called “%1” yet: add them first.").replace("%1", text))
            self.setText(detail.introduced_by_name)
