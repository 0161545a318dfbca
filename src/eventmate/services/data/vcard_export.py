"""People as the vCard writer reads them: plain rows, read in a few queries for any number.

Each card carries the person's ``UID``: the UID of the card they were imported from, if any
(so a card from a phone goes back to it with the same UID), else their own uid as
``urn:uuid:<uid>``. Their facts ("what I know", with kinds) go along for the writer to put
into the card's note and EventMate's own property.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, String, select, type_coerce
from sqlalchemy.orm import Session

from eventmate.services.data.bulk import MAX_BOUND_IDS
from eventmate.services.progress import JobControl
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag, person_tag

_EXPORT_CHUNK = 10_000
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


class ExportMethod(NamedTuple):
    """A contact method as the vCard writer reads it."""

    kind: str
    value: str
    label: str


class ExportFact(NamedTuple):
    """A fact as the vCard writer reads it."""

    kind: str
    text: str


class ExportCard(NamedTuple):
    """A person as the vCard writer reads it (a named tuple: 100k are made in a blink)."""

    name: str
    pronunciation: str
    role: str
    organization: str
    note: str
    nickname: str
    birthday: str
    contact_methods: Sequence[ExportMethod]
    categories: Sequence[str]
    uid: str
    photo: bytes | None
    facts: Sequence[ExportFact]


def card_uid(uid: str, vcard_uid: str | None) -> str:
    """The UID a person's card carries: the one they came with, else their own."""
    return vcard_uid or f"urn:uuid:{uid}"


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


def export_cards(
    session: Session, person_ids: Sequence[int] | None, control: JobControl
) -> list[ExportCard]:
    """People (all, or those in ``person_ids``) in name order, as the vCard writer reads them.

    Plain Core rows of the few columns a card carries, not ORM objects: 100k people take
    about a second.
    """
    connection = session.connection()
    # Sorting by ``sort_key || ''`` (the same order) keeps SQLite from walking the sort_key
    # index, which reads the table in index order, a page per person: a plain scan and a
    # sort take two thirds of the time.
    query = select(
        Person.id,
        Person.name,
        Person.pronunciation,
        Person.role,
        Person.organization,
        Person.uid,
        Person.vcard_uid,
    ).order_by(Person.sort_key + "", Person.id)
    chosen = None if person_ids is None else set(person_ids)
    rows = connection.execute(_only(query, Person.id, chosen)).all()
    if chosen is not None and len(chosen) > MAX_BOUND_IDS:
        rows = [row for row in rows if row[0] in chosen]
    # A few chosen people read only their own contacts, tags, facts and notes.
    wanted = None if chosen is None else {row[0] for row in rows}
    method_query = select(
        ContactMethod.person_id,
        # The kind's stored text is what the writer takes ("email"): no enum round trip.
        type_coerce(ContactMethod.kind, String),
        ContactMethod.value,
        ContactMethod.label,
    )
    methods: dict[int, list[ExportMethod]] = {}
    for person_id, kind, value, label in connection.execute(
        _only(method_query, ContactMethod.person_id, wanted).order_by(ContactMethod.id)
    ).all():
        if wanted is None or person_id in wanted:
            methods.setdefault(person_id, []).append(ExportMethod(kind, value, label))
    tag_query = select(person_tag.c.person_id, Tag.name).join(Tag, Tag.id == person_tag.c.tag_id)
    tags: dict[int, list[str]] = {}
    for person_id, name in connection.execute(
        _only(tag_query, person_tag.c.person_id, wanted).order_by(Tag.name)
    ).all():
        if wanted is None or person_id in wanted:
            tags.setdefault(person_id, []).append(name)
    fact_query = select(Fact.person_id, type_coerce(Fact.kind, String), Fact.text)
    facts: dict[int, list[ExportFact]] = {}
    for person_id, kind, text in connection.execute(
        _only(fact_query, Fact.person_id, wanted).order_by(Fact.id)
    ).all():
        if wanted is None or person_id in wanted:
            facts.setdefault(person_id, []).append(ExportFact(kind, text))
    notes = _notes(session, wanted)
    people = []
    for done, (pid, name, pronunciation, role, organization, uid, vcard_uid) in enumerate(rows, 1):
        # Nickname and birthday are kept as facts, so they go as facts.
        people.append(
            ExportCard(
                name,
                pronunciation,
                role,
                organization,
                notes.get(pid, ""),
                "",
                "",
                methods.get(pid, ()),
                tags.get(pid, ()),
                card_uid(uid, vcard_uid),
                None,
                facts.get(pid, ()),
            )
        )
        if done % _EXPORT_CHUNK == 0:
            control.report(done, len(rows))
    return people
