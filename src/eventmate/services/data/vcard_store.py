"""Writing imported vCards: new people, and what cards add to people already here.

Runs inside the import's one write transaction. Thousands of new people and their contact
methods, facts, notes and tags are inserted a few hundred rows per statement
(:func:`eventmate.services.data.bulk.insert_rows`); so are additions to people already here
(:class:`~eventmate.services.data.vcard_match.Update`), whose empty fields are filled by
statements that change a field only while it is still empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.domain.text import are_clean_lines, clean_line, clean_text, fold
from eventmate.interop.vcard import VCardContactMethod, VCardFact, VCardPerson
from eventmate.services.data import bulk
from eventmate.services.data.vcard_match import Update, fact_key
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag, person_tag

#: New people per round of inserts (and per progress report).
CHUNK = 2_000
#: Longest contact method value and label, and tag name, as their columns allow.
VALUE_MAX = 1_000
LABEL_MAX = 100
_KINDS = {kind.value: kind for kind in ContactKind}
_FACT_KINDS = {kind.value: kind for kind in FactKind}


def stored(card: VCardPerson) -> VCardPerson:
    """The card with every value cleaned as it is stored (the card itself if all already are).

    The reader cleans what it reads, so the one check almost always vouches for the card.
    """
    methods = card.contact_methods
    values = (
        card.name,
        card.pronunciation,
        card.role,
        card.organization,
        card.nickname,
        card.birthday,
        *card.categories,
        *[part for m in methods for part in (m.value, m.label)],
    )
    note = clean_text(card.note).text.strip() if card.note else ""
    facts = tuple(
        VCardFact(fact.kind, text) for fact in card.facts if (text := fact_key(fact.text))
    )
    if facts != card.facts:
        card = replace(card, facts=facts)
    if note == card.note and are_clean_lines(values, limit=LABEL_MAX):
        return card
    return replace(
        card,
        name=_line(card.name),
        pronunciation=_line(card.pronunciation),
        role=_line(card.role),
        organization=_line(card.organization),
        note=note,
        nickname=_line(card.nickname),
        birthday=_line(card.birthday),
        contact_methods=tuple(
            VCardContactMethod(
                m.kind,
                clean_line(m.value, limit=VALUE_MAX).text,
                clean_line(m.label, limit=LABEL_MAX).text,
            )
            for m in methods
        ),
        categories=tuple(clean_line(tag, limit=LABEL_MAX).text for tag in card.categories),
    )


def insert_people(
    session: Session, cards: Sequence[VCardPerson], card_uids: Sequence[str | None]
) -> Iterator[int]:
    """Insert a new person for each card (values as :func:`stored` gives them).

    ``card_uids`` are the cards' UIDs to remember (``person.vcard_uid``), None for none.

    Yields:
        How many cards are written so far, after each round of inserts.
    """
    tag_ids = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
    now = datetime.now(UTC)
    for start in range(0, len(cards), CHUNK):
        chunk = cards[start : start + CHUNK]
        ids = _insert_persons(session, chunk, card_uids[start : start + CHUNK], now)
        rows = _Rows(session, tag_ids, now)
        for person_id, card in zip(ids, chunk, strict=True):
            rows.methods(person_id, card.contact_methods)
            rows.facts(person_id, card_facts(card))
            rows.note(person_id, card.note)
            rows.tags(person_id, card.categories)
        rows.insert()
        yield start + len(chunk)


def write_updates(session: Session, updates: Sequence[Update]) -> None:
    """Add what each update adds to its person, in a few statements for all of them.

    A field is filled, and a card UID remembered, only while it is still empty: whatever was
    written there since the preview stays.
    """
    table: Table = Person.__table__  # type: ignore[assignment]
    for name in ("pronunciation", "role", "organization"):
        filled = [{"_pid": u.person_id, "_v": u.fields[name]} for u in updates if name in u.fields]
        if filled:
            session.execute(
                update(table)
                .where(table.c.id == bindparam("_pid"), table.c[name] == "")
                .values({name: bindparam("_v")}),
                filled,
            )
    linked = [{"_pid": u.person_id, "_v": u.card_uid} for u in updates if u.card_uid]
    if linked:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("_pid"), table.c.vcard_uid.is_(None))
            .values(vcard_uid=bindparam("_v")),
            linked,
        )
    tag_ids = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
    rows = _Rows(session, tag_ids, datetime.now(UTC))
    for change in updates:
        rows.methods(change.person_id, change.methods)
        rows.facts(change.person_id, change.facts)
        rows.note(change.person_id, change.note)
        rows.tags(change.person_id, change.tags)
    rows.insert()


class _Rows:
    """The rows of people's contact methods, facts, notes and tag links, inserted together."""

    def __init__(self, session: Session, tag_ids: dict[str, int], now: datetime) -> None:
        self._session = session
        self._tag_ids = tag_ids
        self._now = now
        self._methods: list[dict[str, Any]] = []
        self._facts: list[dict[str, Any]] = []
        self._notes: list[dict[str, Any]] = []
        self._links: list[dict[str, Any]] = []

    def methods(self, person_id: int, methods: Sequence[VCardContactMethod]) -> None:
        for method in methods:
            kind = _KINDS.get(method.kind)
            if kind is not None and method.value:
                self._methods.append(
                    {
                        "person_id": person_id,
                        "kind": kind,
                        "value": method.value,
                        "label": method.label,
                    }
                )

    def facts(self, person_id: int, facts: Sequence[VCardFact]) -> None:
        self._facts += [
            {
                "person_id": person_id,
                "kind": _FACT_KINDS.get(fact.kind, FactKind.OTHER),
                "text": fact.text,
                "created_at": self._now,
            }
            for fact in facts
        ]

    def note(self, person_id: int, text: str) -> None:
        if text:
            self._notes.append(
                {
                    "person_id": person_id,
                    "text": text,
                    "created_at": self._now,
                    "updated_at": self._now,
                }
            )

    def tags(self, person_id: int, names: Sequence[str]) -> None:
        for tag in dict.fromkeys(names):
            if not tag:
                continue
            if tag not in self._tag_ids:
                self._tag_ids[tag] = self._session.execute(
                    insert(Tag).values(name=tag).returning(Tag.id)
                ).scalar_one()
            self._links.append({"person_id": person_id, "tag_id": self._tag_ids[tag]})

    def insert(self) -> None:
        for table, rows in (
            (ContactMethod.__table__, self._methods),
            (Fact.__table__, self._facts),
            (Note.__table__, self._notes),
            (person_tag, self._links),
        ):
            bulk.insert_rows(self._session, table, rows)  # type: ignore[arg-type]


def _insert_persons(
    session: Session,
    cards: Sequence[VCardPerson],
    card_uids: Sequence[str | None],
    now: datetime,
) -> Sequence[int]:
    rows: list[dict[str, Any]] = []
    for card, card_uid in zip(cards, card_uids, strict=True):
        name = card.name or "?"
        rows.append(
            {
                "name": name,
                "sort_key": fold(name),
                "pronunciation": card.pronunciation,
                "role": card.role,
                "organization": card.organization,
                "vcard_uid": card_uid,
                "created_at": now,
                "updated_at": now,
            }
        )
    table: Table = Person.__table__  # type: ignore[assignment]
    if not bulk.is_sqlite(session):
        # The database picks the ids; RETURNING in parameter order says which is whose.
        returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return session.execute(returning, rows).scalars().all()
    # SQLite cannot say which id went to which row of a multi-row INSERT (SQLAlchemy then
    # sends one statement per row), so the ids are the ones SQLite would pick itself (after
    # every id ever used), which is safe under the write lock the import holds.
    first = bulk.next_id(session, table)
    ids = range(first, first + len(rows))
    for person_id, row in zip(ids, rows, strict=True):
        row["id"] = person_id
    bulk.insert_rows(session, table, rows)
    return ids


def card_facts(card: VCardPerson) -> tuple[VCardFact, ...]:
    """The card's facts, then its nickname and birthday as facts (they have no field of their
    own, and nothing is lost), each text once."""
    seen: set[str] = set()
    facts = []
    for fact in (*card.facts, *(VCardFact(FactKind.OTHER.value, t) for t in extra_texts(card))):
        if fact.text not in seen:
            seen.add(fact.text)
            facts.append(fact)
    return tuple(facts)


def extra_texts(card: VCardPerson) -> list[str]:
    """Nickname and birthday as facts: they have no field of their own, and nothing is lost."""
    texts = []
    if card.nickname:
        texts.append(f"Nickname: {card.nickname}")
    if card.birthday:
        texts.append(f"Birthday: {card.birthday}")
    return texts


def _line(text: str) -> str:
    return clean_line(text).text
