"""Give & take: record what was given and received; a gentle balance that encourages giving.

It reads again only when an exchange changed or a person it lists did (renamed, merged away).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import ExchangeDirection, ExchangeKind
from eventmate.gui.formatting import date_format
from eventmate.gui.person_field import PersonField
from eventmate.gui.record_gone import gone_text
from eventmate.gui.style import body, heading, muted, name_spin_box
from eventmate.gui.style.delegates import META_ROLE, CardRowDelegate
from eventmate.services.changes import Changes, Kind
from eventmate.services.records import RecordGone

if TYPE_CHECKING:
    from eventmate.services.after.exchanges import Balance
    from eventmate.services.container import Services


def kind_labels(widget: QWidget) -> dict[ExchangeKind, str]:
    """How exchange kinds read."""
    return {
        ExchangeKind.INTRODUCTION: widget.tr("Introduction"),
        ExchangeKind.RECORDING: widget.tr("Recording"),
        ExchangeKind.SCORE: widget.tr("Score"),
        ExchangeKind.ADVICE: widget.tr("Advice"),
        ExchangeKind.TICKET: widget.tr("Ticket"),
        ExchangeKind.TIME: widget.tr("Time"),
        ExchangeKind.OTHER: widget.tr("Something else"),
    }


class GiveTakePanel(QWidget):
    """Record an exchange with someone; see what you have given lately."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        #: Uids of the people named in the recent list.
        self._people: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Give & take"), scale=1.2))
        self.balance_label = body("")
        self.balance_label.setObjectName("giveTakeBalance")
        layout.addWidget(self.balance_label)
        row = QHBoxLayout()
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Given or received"))
        self.direction.addItem(self.tr("I gave"), ExchangeDirection.GAVE)
        self.direction.addItem(self.tr("I received"), ExchangeDirection.RECEIVED)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What"))
        for kind, caption in kind_labels(self).items():
            self.kind.addItem(caption, kind)
        self.person = PersonField(services.tidy.find_people)
        self.person.setObjectName("exchangePerson")
        self.person.setPlaceholderText(self.tr("To or from whom"))
        self.person.setAccessibleName(self.tr("To or from whom"))
        self.text = QLineEdit()
        self.text.setObjectName("exchangeText")
        self.text.setPlaceholderText(self.tr("e.g. the Ligeti recording"))
        self.text.setAccessibleName(self.tr("What exactly"))
        self.text.returnPressed.connect(self.record)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format("ddd d MMM yyyy"))
        name_spin_box(self.day, self.tr("When"))
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("recordExchangeButton")
        self.record_button.clicked.connect(self.record)
        # Two lines, read in order (I gave · what kind · to whom, then what exactly · when):
        # on one line the two text fields were left a few characters each.
        row.addWidget(self.direction)
        row.addWidget(self.kind)
        row.addWidget(self.person, 1)
        layout.addLayout(row)
        second = QHBoxLayout()
        second.addWidget(self.text, 1)
        second.addWidget(self.day)
        second.addWidget(self.record_button)
        layout.addLayout(second)
        self.hint = muted("")
        self.hint.setVisible(False)
        layout.addWidget(self.hint)
        self.recent = QListWidget()
        self.recent.setObjectName("exchangeList")
        self.recent.setAccessibleName(self.tr("Recent give & take"))
        self.recent.setMaximumHeight(200)
        self.recent.setItemDelegate(CardRowDelegate(self.recent))  # what, then when and which way
        layout.addWidget(self.recent)

    def encouragement(self, balance: Balance) -> str:
        """A gentle sentence about giving; never a verdict on anyone."""
        # Giving needs no return: nothing here praises a count or asks for anything back.
        if balance.given_this_season == 1:
            return self.tr("One thing given this season.")
        if balance.given_this_season > 1:
            return self.tr("%n things given this season.", "", balance.given_this_season)
        if balance.received:
            return self.tr("Someone gave you something lately. A thank-you is all it asks.")
        return self.tr(
            "A recording, an introduction, a ticket: small offers start real relationships."
        )

    def record(self) -> None:
        """Record the exchange typed in the row."""
        if self.person.person_uid is None:
            self.hint.setText(self.tr("Choose the person from the list as you type their name."))
            self.hint.setVisible(True)
            self.person.setFocus()
            return
        try:
            self._services.exchanges.record(
                self.person.person_uid,
                self.direction.currentData(),
                self.kind.currentData(),
                self.text.text(),
                self.day.date().toPython(),  # type: ignore[arg-type]
            )
        except RecordGone as gone:
            self.hint.setText(gone_text(gone))
            self.hint.setVisible(True)
            self.person.setFocus()
            return
        self.hint.setVisible(False)
        self.text.clear()
        self.person.choose(None)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Read again if an exchange changed, or a person listed here did."""
        if changes.touches(Kind.EXCHANGE) or self._people & changes.uids(Kind.PERSON):
            self.refresh()

    def refresh(self) -> None:
        """Read the balance and recent exchanges again."""
        self.balance_label.setText(self.encouragement(self._services.exchanges.balance()))
        labels = kind_labels(self)
        self.recent.clear()
        items = self._services.exchanges.recent(limit=12)
        for item in items:
            verb = (
                self.tr("gave") if item.direction is ExchangeDirection.GAVE else self.tr("received")
            )
            what = item.text or labels[item.kind].lower()
            day = QLocale().toString(QDate(item.occurred_on), date_format("d MMM"))
            row = QListWidgetItem(
                self.tr("%1 — %2").replace("%1", what).replace("%2", item.person_name)
            )
            mine = item.direction is ExchangeDirection.GAVE
            way = self.tr("I gave") if mine else self.tr("I received")
            row.setData(META_ROLE, f"{day} · {way}")
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1 · %2 %3 — %4")
                .replace("%1", day)
                .replace("%2", verb)
                .replace("%3", what)
                .replace("%4", item.person_name),
            )
            self.recent.addItem(row)
        self.recent.setVisible(bool(items))
        self._people = {item.person_uid for item in items}
