"""Which person an imported card is, and what importing it would add to them.

A card names a person EventMate knows by its ``UID`` in two ways: the person's own uid (a card
EventMate exported, ``urn:uuid:<uid>``), or the UID of the card the person was imported from
(``person.vcard_uid``, another client's). Both are looked up a few hundred UIDs per indexed
query. Cards without a known UID are matched, as before, by the same e-mail address or phone
number (the same person) or a similar name (a suggestion only).

What a card adds to a known person follows one rule: it only adds — empty fields filled, new
addresses and numbers, tags, facts and notes — and never overwrites a word the user wrote.
When it would add nothing, the card is already here and importing it writes nothing; so
importing EventMate's own export again changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.domain.text import LINE_MAX, clean_line, clean_text, fold
from eventmate.interop.vcard import VCardContactMethod, VCardFact, VCardPerson, bare_value
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag, person_tag
from eventmate.storage.sql import session_writer

#: UIDs (or people) read per query.
CHUNK = 500
_KINDS = {kind.value: kind for kind in ContactKind}
_FACT_KINDS = {kind.value: kind for kind in FactKind}
_UUID_RE = re.compile(
    r"(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
)
_NON_DIGITS = re.compile(r"\D")
_PUNCTUATION = re.compile(r"[^\w\s]")


class MatchKind(StrEnum):
    """Why a card was matched to someone already here."""

    NONE = "none"
    SAME_UID = "same_uid"
    SAME_CONTACT = "same_contact"
    SIMILAR_NAME = "similar_name"


class Addition(StrEnum):
    """One thing a card adds to a person already here (listed once per item added)."""

    PRONUNCIATION = "pronunciation"
    ROLE = "role"
    ORGANIZATION = "organization"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    SOCIAL = "social"
    TAG = "tag"
    FACT = "fact"
    NOTE = "note"
    #: The card's UID is remembered, so the card goes back to its client with it.
    CARD_UID = "card_uid"


_FIELDS = {
    "pronunciation": Addition.PRONUNCIATION,
    "role": Addition.ROLE,
    "organization": Addition.ORGANIZATION,
}


def own_uid(card_uid: str) -> str | None:
    """The uid of an EventMate record a card's UID names (``urn:uuid:<uid>``), if any form."""
    match = _UUID_RE.fullmatch(card_uid.strip().lower())
    return match.group(1) if match else None


def phone_key(number: str) -> str:
    """Digits of a phone number, the last nine only (so +44 20… matches 020…)."""
    digits = _NON_DIGITS.sub("", number)
    return digits[-9:] if len(digits) >= 7 else ""


def name_key(name: str) -> str:
    """A folded name with its words sorted ("Schmidt, Anna" and "anna schmidt" alike)."""
    return sorted_words(fold(name))


def sorted_words(folded: str) -> str:
    """The words of a folded name, sorted."""
    return " ".join(sorted(_PUNCTUATION.sub(" ", folded).split()))


def method_key(kind: str, value: str) -> tuple[str, str]:
    """A contact method as compared with another: cleaned, without ``tel:``, any case."""
    return kind, bare_value(kind, clean_line(value, limit=1_000).text).casefold()


def fact_key(text: str) -> str:
    """A fact's text as compared with another (its kind does not matter)."""
    return clean_text(text).text.strip()


def people_by_uid(session: Session, card_uids: Iterable[str]) -> dict[str, int]:
    """The person each known card UID names (own uids first, then other clients' UIDs).

    Two indexed reads per :data:`CHUNK` UIDs, whatever the number of cards.
    """
    uids = sorted({uid for uid in card_uids if uid})
    own = {uid: person_uid for uid in uids if (person_uid := own_uid(uid)) is not None}
    connection = session.connection()
    found: dict[str, int] = {}
    by_own: dict[str, int] = {}
    wanted = sorted(set(own.values()))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(Person.uid, Person.id).where(Person.uid.in_(chunk))
        by_own.update(dict(connection.execute(query).all()))
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        others = (
            select(Person.vcard_uid, Person.id)
            .where(Person.vcard_uid.in_(chunk))
            .order_by(Person.id.desc())  # the oldest person wins, should two share a UID
        )
        for card_uid, person_id in connection.execute(others):
            if card_uid is not None:
                found[card_uid] = person_id
    for uid, person_uid in own.items():
        if person_uid in by_own:
            found[uid] = by_own[person_uid]
    return found


@dataclass(slots=True)
class ContactIndex:
    """Everyone's addresses, numbers and name keys, read once for the cards no UID names."""

    emails: dict[str, int] = field(default_factory=dict)
    phones: dict[str, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)

    def match(self, card: VCardPerson) -> tuple[MatchKind, int | None]:
        """Who ``card`` is by its addresses and numbers, or may be by its name."""
        methods = card.contact_methods
        for email in (m.value for m in methods if m.kind == "email"):
            if (found := self.emails.get(email.strip().casefold())) is not None:
                return MatchKind.SAME_CONTACT, found
        for phone in (m.value for m in methods if m.kind == "phone"):
            if (key := phone_key(phone)) and (found := self.phones.get(key)) is not None:
                return MatchKind.SAME_CONTACT, found
        if (found := self.names.get(name_key(card.name))) is not None:
            return MatchKind.SIMILAR_NAME, found
        return MatchKind.NONE, None


def contact_index(session: Session) -> ContactIndex:
    """Everyone's addresses, numbers and name keys (one read of each table).

    The rows come as plain tuples (:func:`~eventmate.storage.sql.session_writer`: on SQLite
    straight from the driver), which reads 100k people in less than half the time
    SQLAlchemy's result rows take.
    """
    index = ContactIndex()
    rows = session_writer(session).rows
    for person_id, name, folded in rows("SELECT id, name, sort_key FROM person", {}):
        # sort_key is the folded name (every writer keeps it so; name suggestions rely on it
        # too), which spares folding 100k names again.
        index.names.setdefault(sorted_words(folded or fold(name)), person_id)
    # The kind as stored ("email"), which is what the enum's values are.
    for person_id, kind, value in rows("SELECT person_id, kind, value FROM contact_method", {}):
        if kind == ContactKind.EMAIL:
            index.emails.setdefault(value.strip().casefold(), person_id)
        elif kind == ContactKind.PHONE and (key := phone_key(value)):
            index.phones.setdefault(key, person_id)
    return index


@dataclass(slots=True)
class Holding:
    """What a person already has, as a card's additions are compared with it."""

    id: int
    uid: str
    name: str
    fields: dict[str, str]
    vcard_uid: str | None
    methods: set[tuple[str, str]] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)
    facts: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def holdings(session: Session, person_ids: Iterable[int]) -> dict[int, Holding]:
    """What each of ``person_ids`` has (five reads per :data:`CHUNK` people)."""
    ids = sorted(set(person_ids))
    connection = session.connection()
    held: dict[int, Holding] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        people = select(
            Person.id,
            Person.uid,
            Person.name,
            Person.pronunciation,
            Person.role,
            Person.organization,
            Person.vcard_uid,
        ).where(Person.id.in_(chunk))
        for pid, uid, name, pronunciation, role, organization, vcard_uid in connection.execute(
            people
        ):
            fields = {"pronunciation": pronunciation, "role": role, "organization": organization}
            held[pid] = Holding(pid, uid, name, fields, vcard_uid)
        methods = select(
            ContactMethod.person_id, type_coerce(ContactMethod.kind, String), ContactMethod.value
        ).where(ContactMethod.person_id.in_(chunk))
        for pid, kind, value in connection.execute(methods):
            held[pid].methods.add(method_key(kind, value))
        tags = (
            select(person_tag.c.person_id, Tag.name)
            .join(Tag, Tag.id == person_tag.c.tag_id)
            .where(person_tag.c.person_id.in_(chunk))
        )
        for pid, name in connection.execute(tags):
            held[pid].tags.add(name)
        facts = select(Fact.person_id, Fact.text).where(Fact.person_id.in_(chunk))
        for pid, text in connection.execute(facts):
            held[pid].facts.add(fact_key(text))
        notes = select(Note.person_id, Note.text).where(Note.person_id.in_(chunk)).order_by(Note.id)
        for owner, text in connection.execute(notes):
            if owner is not None:
                held[owner].notes.append(text)
    return held


@dataclass(frozen=True, slots=True)
class Update:
    """What a card adds to a person already here (values as ``vcard_store.stored`` gives them)."""

    person_id: int
    fields: dict[str, str]
    methods: tuple[VCardContactMethod, ...]
    tags: tuple[str, ...]
    facts: tuple[VCardFact, ...]
    note: str
    card_uid: str | None

    @property
    def additions(self) -> tuple[Addition, ...]:
        """Each thing added, once per item (two new numbers: PHONE twice)."""
        return (
            *(_FIELDS[name] for name in self.fields),
            *(Addition(method.kind) for method in self.methods),
            *(Addition.TAG for _tag in self.tags),
            *(Addition.FACT for _fact in self.facts),
            *((Addition.NOTE,) if self.note else ()),
            *((Addition.CARD_UID,) if self.card_uid else ()),
        )


def plan_update(
    held: Holding, card: VCardPerson, facts: Sequence[VCardFact], card_uid: str | None
) -> Update:
    """What ``card`` adds to ``held`` (never what it already has), and ``held`` with it.

    ``facts`` are the card's facts (its nickname and birthday among them); ``card_uid`` is
    remembered if the person has no card UID yet.
    """
    fields = {
        name: value[:LINE_MAX]
        for name in _FIELDS
        if not held.fields[name] and (value := getattr(card, name))
    }
    held.fields.update(fields)
    methods = []
    for method in card.contact_methods:
        key = method_key(method.kind, method.value)
        if method.kind in _KINDS and method.value and key not in held.methods:
            held.methods.add(key)
            methods.append(method)
    tags = [tag for tag in dict.fromkeys(card.categories) if tag and tag not in held.tags]
    held.tags.update(tags)
    new_facts = []
    for fact in facts:
        text = fact_key(fact.text)
        if text and text not in held.facts:
            held.facts.add(text)
            new_facts.append(VCardFact(_FACT_KINDS.get(fact.kind, FactKind.OTHER).value, text))
    note = card.note if card.note and card.note not in "\n\n".join(held.notes) else ""
    if note:
        held.notes.append(note)
    link = card_uid if card_uid and held.vcard_uid is None else None
    if link is not None:
        held.vcard_uid = link
    return Update(held.id, fields, tuple(methods), tuple(tags), tuple(new_facts), note, link)
