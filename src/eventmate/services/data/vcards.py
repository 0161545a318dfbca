"""vCard import (preview with matches, then all-or-nothing) and export of people.

A preview reads the file and says, for each card, whether it creates a new person, adds to a
person whose uid the card carries (our own export read back: only what is new is added, so
re-importing it adds nothing) or who has the same e-mail address or phone number, or may be
the same person as
someone with a similar name (a suggestion only: the user decides). Applying the preview runs
in one transaction after a verified backup, so it lands whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Literal, NamedTuple, TypeVar

from sqlalchemy import Select, String, select, type_coerce
from sqlalchemy.orm import Session

from eventmate.domain.kinds import ContactKind
from eventmate.domain.text import fold
from eventmate.interop.vcard import (
    CardProblem,
    VCardPerson,
    read_vcards,
    write_vcards,
)
from eventmate.services.data.backups import BackupsService
from eventmate.services.data.bulk import MAX_BOUND_IDS, collector_paused
from eventmate.services.data.vcard_store import add_to, insert_people, stored
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Note, Person, Tag, person_tag

_CHUNK = 500
_EXPORT_CHUNK = 10_000
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


class CardAction(StrEnum):
    """What applying the preview does with one card."""

    CREATE = "create"
    ADD_TO_EXISTING = "add_to_existing"
    SKIP = "skip"


class MatchKind(StrEnum):
    """Why a card was matched to someone already here."""

    NONE = "none"
    #: The card's UID is a person's uid here: exported from this app (or a copy of its data).
    SAME_PERSON = "same_person"
    SAME_CONTACT = "same_contact"
    SIMILAR_NAME = "similar_name"


@dataclass(frozen=True, slots=True)
class CardPreview:
    """One card as the preview shows it, with the proposed action."""

    index: int
    name: str
    detail: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    match: MatchKind
    match_person_id: int | None
    match_person_name: str
    action: CardAction
    notes: tuple[str, ...]


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
        if action is CardAction.ADD_TO_EXISTING and card.match_person_id is None:
            raise ValueError("this card matches nobody here")
        cards[index] = replace(card, action=action)
        return replace(self, cards=tuple(cards))


@dataclass(frozen=True, slots=True)
class VCardImportResult:
    """What an import did."""

    created: int
    added_to_existing: int
    skipped: tuple[str, ...]
    backup: str | None


def _problem(problem: CardProblem) -> str:
    where = f"line {problem.line}" if problem.line else "the file"
    what = f" ({problem.snippet})" if problem.snippet else ""
    card = f"card {problem.index + 1}, " if problem.index >= 0 else ""
    return f"{card}{where}{what}: {problem.reason}"


_NON_DIGITS = re.compile(r"\D")
_PUNCTUATION = re.compile(r"[^\w\s]")


def phone_key(number: str) -> str:
    """Digits of a phone number, the last nine only (so +44 20… matches 020…)."""
    digits = _NON_DIGITS.sub("", number)
    return digits[-9:] if len(digits) >= 7 else ""


def name_key(name: str) -> str:
    """A folded name with its words sorted ("Schmidt, Anna" and "anna schmidt" alike)."""
    return _sorted_words(fold(name))


def _sorted_words(folded: str) -> str:
    return " ".join(sorted(_PUNCTUATION.sub(" ", folded).split()))


@dataclass(slots=True)
class _Index:
    uids: dict[str, int]
    emails: dict[str, int]
    phones: dict[str, int]
    names: dict[str, int]
    display: dict[int, str]


def _index(session: Session) -> _Index:
    """Everyone's addresses, numbers and name keys, read once for matching a whole file."""
    index = _Index({}, {}, {}, {}, {})
    connection = session.connection()
    # .all(): one fetchall, much quicker than iterating a result row by row (fetchone).
    for person_id, uid, name, folded in connection.execute(
        select(Person.id, Person.uid, Person.name, Person.sort_key)
    ).all():
        index.uids[uid] = person_id
        index.display[person_id] = name
        # sort_key is the folded name (every writer keeps it so; name suggestions rely on it
        # too), which spares folding 100k names again.
        index.names.setdefault(_sorted_words(folded or fold(name)), person_id)
    kind_text = type_coerce(ContactMethod.kind, String)  # "email", not the enum: no conversion
    for person_id, kind, value in connection.execute(
        select(ContactMethod.person_id, kind_text, ContactMethod.value)
    ).all():
        if kind == ContactKind.EMAIL:
            index.emails.setdefault(value.strip().casefold(), person_id)
        elif kind == ContactKind.PHONE and (key := phone_key(value)):
            index.phones.setdefault(key, person_id)
    return index


class VCardService:
    """Reads vCard files into people and writes people as vCards."""

    def __init__(self, database: Database, backups: BackupsService) -> None:
        self._db = database
        self._backups = backups

    # -- import --------------------------------------------------------------------------

    def preview(self, data: bytes) -> VCardPreview:
        """Read ``data`` and propose an action per card; nothing is written."""
        with collector_paused():
            return self._preview(data)

    def _preview(self, data: bytes) -> VCardPreview:
        result = read_vcards(data)
        with self._db.read() as session:
            index = _index(session)
        notes_by_card: dict[int, list[str]] = {}
        for warning in result.warnings:
            notes_by_card.setdefault(warning.index, []).append(warning.reason)
        cards = []
        for position, person in enumerate(result.people):
            emails = tuple(m.value for m in person.contact_methods if m.kind == "email")
            phones = tuple(m.value for m in person.contact_methods if m.kind == "phone")
            match, match_id = MatchKind.NONE, None
            if (found := index.uids.get(person.uid)) is not None:
                match, match_id = MatchKind.SAME_PERSON, found
            for email in () if match_id is not None else emails:
                if (found := index.emails.get(email.strip().casefold())) is not None:
                    match, match_id = MatchKind.SAME_CONTACT, found
                    break
            if match_id is None:
                for phone in phones:
                    if (key := phone_key(phone)) and (found := index.phones.get(key)) is not None:
                        match, match_id = MatchKind.SAME_CONTACT, found
                        break
            if match_id is None and (found := index.names.get(name_key(person.name))):
                match, match_id = MatchKind.SIMILAR_NAME, found
            notes = list(notes_by_card.get(position, ()))
            if person.photo is not None:
                notes.append("the photo is not kept")
            cards.append(
                CardPreview(
                    index=position,
                    name=person.name,
                    detail=", ".join(p for p in (person.role, person.organization) if p),
                    emails=emails,
                    phones=phones,
                    match=match,
                    match_person_id=match_id,
                    match_person_name=index.display.get(match_id, "") if match_id else "",
                    # Same uid, address or number: the same person. A similar name is only a
                    # suggestion; two people may share a name.
                    action=CardAction.ADD_TO_EXISTING
                    if match in (MatchKind.SAME_PERSON, MatchKind.SAME_CONTACT)
                    else CardAction.CREATE,
                    notes=tuple(notes),
                )
            )
        return VCardPreview(
            cards=tuple(cards),
            skipped=tuple(_problem(p) for p in result.skipped),
            people=result.people,
        )

    def apply(
        self,
        preview: VCardPreview,
        control: JobControl | None = None,
        *,
        backup_first: bool = True,
    ) -> VCardImportResult:
        """Write the preview's cards in one transaction (after a verified backup)."""
        control = control or no_control()
        backup = None
        chosen = [c for c in preview.cards if c.action is not CardAction.SKIP]
        if backup_first and chosen and self._backups.can_back_up:
            backup = str(self._backups.backup_before("import").path)
        creating = [c for c in chosen if c.action is CardAction.CREATE]
        adding = [c for c in chosen if c.action is CardAction.ADD_TO_EXISTING]
        with collector_paused(), self._db.write() as session:
            for done in insert_people(session, [stored(preview.people[c.index]) for c in creating]):
                control.report(done, len(chosen))
            tags = {t.name: t for t in session.scalars(select(Tag))}
            notes: list[tuple[Person, str]] = []
            for done, card in enumerate(adding, len(creating) + 1):
                person = stored(preview.people[card.index])
                target = session.get(Person, card.match_person_id)
                if target is None:
                    raise ValueError(f"{card.match_person_name} is no longer here")
                add_to(target, person, tags)
                if person.note:
                    notes.append((target, person.note))
                if done % _CHUNK == 0:
                    control.report(done, len(chosen))
            session.flush()
            existing = _notes(session, {p.id for p, _n in notes})
            session.add_all(
                Note(person_id=p.id, text=text)
                for p, text in notes
                if text not in existing.get(p.id, "")
            )
            control.report(len(chosen), len(chosen))
        created, added = len(creating), len(adding)
        skipped = [*preview.skipped]
        skipped += [
            f"card {c.index + 1} ({c.name}): left out by you"
            for c in preview.cards
            if c.action is CardAction.SKIP
        ]
        return VCardImportResult(created, added, tuple(skipped), backup)

    def import_bytes(self, data: bytes, control: JobControl | None = None) -> VCardImportResult:
        """Preview and apply with the proposed actions (the command line's import)."""
        return self.apply(self.preview(data), control)

    # -- export --------------------------------------------------------------------------

    def export(
        self,
        person_ids: Sequence[int] | None = None,
        *,
        version: Literal["3.0", "4.0"] = "3.0",
        fold_lines: bool = True,
        control: JobControl | None = None,
    ) -> bytes:
        """All people (or the chosen ones) as one vCard file."""
        control = control or no_control()
        with collector_paused():
            with self._db.read() as session:
                people = _export_people(session, person_ids, control)
            return write_vcards(people, version=version, fold=fold_lines)


def _only(query: _Query, column: Any, ids: set[int] | None) -> _Query:
    """``query`` limited to rows whose ``column`` is in ``ids``, if few enough to bind."""
    if ids is not None and len(ids) <= MAX_BOUND_IDS:
        return query.where(column.in_(sorted(ids)))
    return query


def _notes(session: Session, wanted: set[int] | None) -> Mapping[int, str]:
    texts: dict[int, list[str]] = {}
    query = select(Note.person_id, Note.text).where(Note.person_id.is_not(None))
    for person_id, text in (
        session.connection().execute(_only(query, Note.person_id, wanted).order_by(Note.id)).all()
    ):
        if person_id is not None and (wanted is None or person_id in wanted):
            texts.setdefault(person_id, []).append(text)
    return {pid: "\n\n".join(parts) for pid, parts in texts.items()}


class _ExportMethod(NamedTuple):
    """A contact method as the vCard writer reads it."""

    kind: str
    value: str
    label: str


class _ExportCard(NamedTuple):
    """A person as the vCard writer reads it (a named tuple: 100k are made in a blink)."""

    name: str
    pronunciation: str
    role: str
    organization: str
    note: str
    nickname: str
    birthday: str
    contact_methods: Sequence[_ExportMethod]
    categories: Sequence[str]
    uid: str
    photo: bytes | None


def _export_people(
    session: Session, person_ids: Sequence[int] | None, control: JobControl
) -> list[_ExportCard]:
    """People (all, or those in ``person_ids``) in name order, as the vCard writer reads them.

    Plain Core rows of the few columns a card carries, not ORM objects: 100k people take
    about a second.
    """
    connection = session.connection()
    # Sorting by ``sort_key || ''`` (the same order) keeps SQLite from walking the sort_key
    # index, which reads the table in index order, a page per person: a plain scan and a
    # sort take two thirds of the time.
    query = select(
        Person.id, Person.name, Person.pronunciation, Person.role, Person.organization, Person.uid
    ).order_by(Person.sort_key + "", Person.id)
    chosen = None if person_ids is None else set(person_ids)
    rows = connection.execute(_only(query, Person.id, chosen)).all()
    if chosen is not None and len(chosen) > MAX_BOUND_IDS:
        rows = [row for row in rows if row[0] in chosen]
    # A few chosen people read only their own contacts, tags and notes.
    wanted = None if chosen is None else {row[0] for row in rows}
    method_query = select(
        ContactMethod.person_id,
        # The kind's stored text is what the writer takes ("email"): no enum round trip.
        type_coerce(ContactMethod.kind, String),
        ContactMethod.value,
        ContactMethod.label,
    )
    methods: dict[int, list[_ExportMethod]] = {}
    for person_id, kind, value, label in connection.execute(
        _only(method_query, ContactMethod.person_id, wanted).order_by(ContactMethod.id)
    ).all():
        if wanted is None or person_id in wanted:
            methods.setdefault(person_id, []).append(_ExportMethod(kind, value, label))
    tag_query = select(person_tag.c.person_id, Tag.name).join(Tag, Tag.id == person_tag.c.tag_id)
    tags: dict[int, list[str]] = {}
    for person_id, name in connection.execute(
        _only(tag_query, person_tag.c.person_id, wanted).order_by(Tag.name)
    ).all():
        if wanted is None or person_id in wanted:
            tags.setdefault(person_id, []).append(name)
    notes = _notes(session, wanted)
    people = []
    for done, (pid, name, pronunciation, role, organization, uid) in enumerate(rows, 1):
        # Nickname and birthday are kept as facts, so they are not exported as such. The uid
        # lets a re-import find the same person (``MatchKind.SAME_PERSON``).
        people.append(
            _ExportCard(
                name,
                pronunciation,
                role,
                organization,
                notes.get(pid, ""),
                "",
                "",
                methods.get(pid, ()),
                tags.get(pid, ()),
                uid,
                None,
            )
        )
        if done % _EXPORT_CHUNK == 0:
            control.report(done, len(rows))
    return people
