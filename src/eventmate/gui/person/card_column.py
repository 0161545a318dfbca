"""The person page's left column, scrolled: the card (or the editor in its place), what I
know, what I could offer, promises both ways, contact and keeping in touch.

Headings of parts with nothing to show are hidden; with no facts yet, a line invites them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from eventmate.gui.person.person_card import DetailsView, PersonCard, PromisesView
from eventmate.gui.style import heading, muted
from eventmate.services.people.detail import PersonField

if TYPE_CHECKING:
    from datetime import datetime

    from eventmate.gui.person.person_form import PersonForm
    from eventmate.services.after.followups import FollowUpItem
    from eventmate.services.people.detail import PersonDetail


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


class CardColumn(QScrollArea):
    """The card and the parts below it, for one person; ``form``'s editors are placed in it."""

    def __init__(self, form: PersonForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personScroll")
        # Not a stop of its own for Tab: the fields inside are, and it scrolls to them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(_tr("About this person"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        column = QWidget()
        column.setObjectName("personColumn")
        self.card = PersonCard()
        self.promises = PromisesView()
        self.details = DetailsView()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(self.card)
        layout.addWidget(form)
        layout.addSpacing(10)
        self._know_invite = muted(
            _tr(
                "What do they care about? What do you have in common? What is their story? "
                "Note it here: it is what you will remember next time."
            )
        )
        self._know_invite.setObjectName("factsInvitation")
        layout.addWidget(self._know_invite)
        layout.addWidget(form.facts)
        layout.addSpacing(10)
        layout.addWidget(heading(_tr("What I could offer"), scale=1.1))
        layout.addWidget(form.texts[PersonField.COULD_OFFER])
        self._promises_heading = heading(_tr("Promises"), scale=1.1)
        layout.addSpacing(10)
        layout.addWidget(self._promises_heading)
        layout.addWidget(self.promises)
        self._details_heading = heading(_tr("Contact and keeping in touch"), scale=1.1)
        layout.addSpacing(10)
        layout.addWidget(self._details_heading)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setWidget(column)

    def show_person(
        self, detail: PersonDetail, promises: Sequence[FollowUpItem], now: datetime
    ) -> None:
        """Show ``detail`` and their open ``promises`` (the editor shows itself)."""
        self.card.show_person(detail)
        self.details.show_person(detail)
        self._details_heading.setVisible(self.details.isVisibleTo(self))
        self.promises.show_promises(promises, now)
        self._promises_heading.setVisible(bool(self.promises.lines))
        self._know_invite.setVisible(not detail.facts)
