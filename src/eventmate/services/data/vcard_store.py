"""Writing imported vCards: new people with multi-row inserts, additions to existing people.

Runs inside the import's one write transaction. Thousands of new people and their contact
methods, facts, notes and tags are inserted a few hundred rows per statement
(:func:`eventmate.services.data.bulk.insert_rows`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.domain.text import LINE_MAX, are_clean_lines, clean_line, clean_text, fold
from eventmate.interop.vcard import VCardContactMethod, VCardPerson
from eventmate.services.data import bulk
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag, person_tag

#: New people per round of inserts (and per progress report).
CHUNK = 2_000
#: Longest contact method value and label, and tag name, as their columns allow.
VALUE_MAX = 1_000
LABEL_MAX = 100
_KINDS = {kind.value: kind for kind in ContactKind}


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


def insert_people(session: Session, cards: Sequence[VCardPerson]) -> Iterator[int]:
    """Insert a new person for each card (values as :func:`stored` gives them).

    Yields:
        How many cards are written so far, after each round of inserts.
    """
    tag_ids = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
    now = datetime.now(UTC)
    for start in range(0, len(cards), CHUNK):
        chunk = cards[start : start + CHUNK]
        ids = _insert_persons(session, chunk, now)
        methods: list[dict[str, Any]] = []
        facts: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for person_id, card in zip(ids, chunk, strict=True):
            for method in card.contact_methods:
                kind = _KINDS.get(method.kind)
                if kind is not None and method.value:
                    methods.append(
                        {
                            "person_id": person_id,
                            "kind": kind,
                            "value": method.value,
                            "label": method.label,
                        }
                    )
            facts += [
                {"person_id": person_id, "kind": FactKind.OTHER, "text": text, "created_at": now}
                for text in extra_texts(card)
            ]
            if card.note:
                note = {"person_id": person_id, "text": card.note}
                notes.append(note | {"created_at": now, "updated_at": now})
            for tag in dict.fromkeys(card.categories):
                if not tag:
                    continue
                if tag not in tag_ids:
                    tag_ids[tag] = session.execute(
                        insert(Tag).values(name=tag).returning(Tag.id)
                    ).scalar_one()
                links.append({"person_id": person_id, "tag_id": tag_ids[tag]})
        for table, rows in (
            (ContactMethod.__table__, methods),
            (Fact.__table__, facts),
            (Note.__table__, notes),
            (person_tag, links),
        ):
            bulk.insert_rows(session, table, rows)  # type: ignore[arg-type]
        yield start + len(chunk)


def _insert_persons(session: Session, cards: Sequence[VCardPerson], now: datetime) -> Sequence[int]:
    rows = []
    for card in cards:
        name = card.name or "?"
        rows.append(
            {
                "name": name,
                "sort_key": fold(name),
                "pronunciation": card.pronunciation,
                "role": card.role,
                "organization": card.organization,
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


def add_to(target: Person, card: VCardPerson, tags: dict[str, Tag]) -> None:
    """Add what ``card`` (values as :func:`stored` gives them) knows to someone already here.

    Only adds: fills empty fields, new addresses and numbers, new tags and facts; never
    overwrites anything.
    """
    for field in ("pronunciation", "role", "organization"):
        value = getattr(card, field)
        if not getattr(target, field) and value:
            setattr(target, field, value[:LINE_MAX])
    have = {(m.kind, m.value.casefold()) for m in target.contact_methods}
    for method in card.contact_methods:
        kind = _KINDS.get(method.kind)
        if kind is not None and method.value and (kind, method.value.casefold()) not in have:
            target.contact_methods.append(
                ContactMethod(kind=kind, value=method.value, label=method.label)
            )
    names = {t.name for t in target.tags}
    for name in card.categories:
        if name and name not in names:
            if name not in tags:
                tags[name] = Tag(name=name)
            target.tags.append(tags[name])
            names.add(name)
    known = {f.text for f in target.facts}
    target.facts.extend(
        Fact(kind=FactKind.OTHER, text=text) for text in extra_texts(card) if text not in known
    )


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
