"""The data a vCard file is read into and written from, and the reader's limits.

Plain frozen records shared by the reader and the writer, plus :class:`ReadReport`, which
collects a read's people and problems with the problem lists capped for hostile files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

#: The PRODID of EventMate's own cards.
PRODID = "-//EventMate//EventMate vCard export//EN"
#: Largest vCard file imported, in bytes (about 100k cards with photos left out).
MAX_FILE_BYTES = 50_000_000
#: Largest photo kept, in decoded bytes; larger photos are dropped with a warning.
PHOTO_MAX_BYTES = 1024 * 1024
#: Most cards read from one file; the rest are reported, not read.
MAX_CARDS = 200_000
#: Most problems of each kind listed; more are summed up in one last entry.
MAX_PROBLEMS = 1_000


@dataclass(frozen=True, slots=True)
class VCardContactMethod:
    """One way to reach a person.

    Attributes:
        kind: ``"email"``, ``"phone"``, ``"url"`` or ``"social"`` (IM handles, social profiles).
        value: The address, number, URL or handle (``tel:`` and ``mailto:`` removed).
        label: A lower-case type such as ``"work"``, ``"cell"``, ``"home fax"``, a service such as
            ``"skype"``, a custom label as written (Apple/Google ``X-ABLabel``), or ``""``.
    """

    kind: str
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class VCardFact:
    """Something known about a person ("what I know"), with its kind.

    Attributes:
        kind: ``"cares_about"``, ``"common_ground"``, ``"story"`` or ``"other"``.
        text: The fact as written (may span lines).
    """

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class VCardPerson:
    """The parts of a vCard that EventMate keeps for a person.

    Attributes:
        name: ``FN``, else built from ``N``, else the organisation, else the first e-mail.
        pronunciation: From ``X-PHONETIC-FIRST/MIDDLE/LAST-NAME`` (Android, Apple) or the
            DoCoMo ``SOUND;X-IRMC-N``, or ``""``.
        role: ``TITLE``, else ``ROLE``.
        organization: ``ORG`` components joined with ``", "``.
        note: All ``NOTE`` properties, separated by a blank line.
        nickname: All nicknames joined with ``", "``.
        birthday: ``YYYY-MM-DD`` or ``--MM-DD`` (no year) when the value is a date, else as
            written (``"circa 1800"``), or ``""``.
        contact_methods: E-mail addresses, phone numbers, URLs and social handles in file order.
        categories: ``CATEGORIES`` values, to become tags.
        uid: ``UID`` as written, or ``""``.
        photo: The embedded photo's bytes, or ``None`` (no photo, a link, or too large).
        facts: What is known about the person, from EventMate's ``X-EVENTMATE-FACT``
            properties (or the "What I know:" part of the note another client kept), in order.
            ``NOTE`` holds the note without that part.
    """

    name: str
    pronunciation: str
    role: str
    organization: str
    note: str
    nickname: str
    birthday: str
    contact_methods: tuple[VCardContactMethod, ...]
    categories: tuple[str, ...]
    uid: str
    photo: bytes | None
    facts: tuple[VCardFact, ...] = ()


class ContactFields(Protocol):
    """A contact method as the writer reads it: a :class:`VCardContactMethod` or the like."""

    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def label(self) -> str: ...


class FactFields(Protocol):
    """A fact as the writer reads it: a :class:`VCardFact` or the like."""

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...


class PersonFields(Protocol):
    """A person as the writer reads it: a :class:`VCardPerson` or any record with its fields.

    An export of 100k people passes named tuples, which are eight times quicker to make than
    frozen dataclasses.
    """

    @property
    def name(self) -> str: ...
    @property
    def pronunciation(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def organization(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def nickname(self) -> str: ...
    @property
    def birthday(self) -> str: ...
    @property
    def contact_methods(self) -> Sequence[ContactFields]: ...
    @property
    def categories(self) -> Sequence[str]: ...
    @property
    def uid(self) -> str: ...
    @property
    def photo(self) -> bytes | None: ...
    @property
    def facts(self) -> Sequence[FactFields]: ...


@dataclass(frozen=True, slots=True)
class CardProblem:
    """Why a card was skipped, or what was lost while reading it.

    Attributes:
        index: 0-based position of the card among the ``BEGIN:VCARD`` of the file, or ``-1`` for
            a problem with the file itself (too large, no card, text outside cards).
        line: 1-based line in the file where the card or the faulty property starts, or ``0``
            when the problem concerns the whole file.
        reason: A sentence for the user.
        snippet: The start of the offending line or the card's name, cleaned for display.
    """

    index: int
    line: int
    reason: str
    snippet: str


@dataclass(frozen=True, slots=True)
class VCardReadResult:
    """Everything read from one vCard file.

    Attributes:
        people: The cards that could be read, in file order.
        skipped: Cards (or the whole file) that were not imported, with the reason.
        warnings: Cards that were imported with something left out or changed.
    """

    people: tuple[VCardPerson, ...]
    skipped: tuple[CardProblem, ...]
    warnings: tuple[CardProblem, ...]


@dataclass(slots=True)
class ReadReport:
    """Collects results and problems, capping the problem lists for hostile files."""

    people: list[VCardPerson] = field(default_factory=list)
    skipped: list[CardProblem] = field(default_factory=list)
    warnings: list[CardProblem] = field(default_factory=list)
    more_skipped: int = 0
    more_warnings: int = 0

    def skip(self, index: int, line: int, reason: str, snippet: str) -> None:
        if len(self.skipped) < MAX_PROBLEMS:
            self.skipped.append(CardProblem(index, line, reason, snippet))
        else:
            self.more_skipped += 1

    def warn(self, index: int, line: int, reason: str, snippet: str) -> None:
        self.add_warning(CardProblem(index, line, reason, snippet))

    def add_warning(self, problem: CardProblem) -> None:
        if len(self.warnings) < MAX_PROBLEMS:
            self.warnings.append(problem)
        else:
            self.more_warnings += 1

    def finish(self) -> None:
        if self.more_skipped:
            self.skipped.append(
                CardProblem(-1, 0, f"{self.more_skipped} more cards were skipped", "")
            )
        if self.more_warnings:
            self.warnings.append(CardProblem(-1, 0, f"{self.more_warnings} more warnings", ""))
