"""What a vCard import proposes and what it did: the preview of each card and the result.

:mod:`.vcards` makes them (and re-exports them); the GUI's preview dialog changes a card's
action with :meth:`VCardPreview.with_action` before the import is applied.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from eventmate.domain.i18n import _
from eventmate.interop.vcard import VCardPerson
from eventmate.services.changes import NOTHING, Changes, Kind
from eventmate.services.data.vcard_match import Addition, MatchKind
from eventmate.services.records import RecordGone


class CardAction(StrEnum):
    """What applying the preview does with one card."""

    CREATE = "create"
    ADD_TO_EXISTING = "add_to_existing"
    SKIP = "skip"


@dataclass(frozen=True, slots=True)
class CardPreview:
    """One card as the preview shows it, with the proposed action.

    Attributes:
        match: Why the card is someone already here (or may be).
        match_person_uid: That person's uid.
        updates: What adding the card to that person adds, one entry per item; empty when
            the person already has everything the card says.
    """

    index: int
    name: str
    detail: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    match: MatchKind
    match_person_uid: str | None
    match_person_name: str
    action: CardAction
    notes: tuple[str, ...]
    updates: tuple[Addition, ...] = ()

    @property
    def already_here(self) -> bool:
        """Adding the card to its person would add nothing."""
        return self.match_person_uid is not None and not self.updates

    @property
    def writes(self) -> bool:
        """Applying the card's action writes something."""
        if self.action is CardAction.ADD_TO_EXISTING:
            return bool(self.updates)
        return self.action is CardAction.CREATE


@dataclass(frozen=True, slots=True)
class VCardPreview:
    """Everything a vCard file would import, before anything is written."""

    cards: tuple[CardPreview, ...]
    skipped: tuple[str, ...]
    people: tuple[VCardPerson, ...]

    def with_action(self, index: int, action: CardAction) -> VCardPreview:
        """The preview with card ``index`` set to ``action`` (adding needs a match)."""
        cards = list(self.cards)
        card = cards[index]
        if action is CardAction.ADD_TO_EXISTING and card.match_person_uid is None:
            raise ValueError("this card matches nobody here")
        cards[index] = replace(card, action=action)
        return replace(self, cards=tuple(cards))

    def count(self, action: CardAction) -> int:
        """How many cards are set to ``action`` (adding: only those that add something)."""
        return sum(
            c.action is action and (c.writes or action is CardAction.SKIP) for c in self.cards
        )

    @property
    def already_here(self) -> int:
        """Cards to add to someone who already has all they say (nothing is written)."""
        return sum(c.action is CardAction.ADD_TO_EXISTING and c.already_here for c in self.cards)


@dataclass(frozen=True, slots=True)
class VCardImportResult:
    """What an import did."""

    created: int
    added_to_existing: int
    skipped: tuple[str, ...]
    backup: str | None
    already_here: int = 0
    changes: Changes = NOTHING


class PersonGone(RecordGone):
    """A card was to update someone who is gone since the preview; nothing was imported."""

    def __init__(self, uid: str, name: str) -> None:
        super().__init__(Kind.PERSON, uid)
        self.args = (
            _("{name} no longer exists; nothing was imported. Read the file again.").format(
                name=name
            ),
        )
