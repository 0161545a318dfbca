"""Exports of people (CSV) and the journal (Markdown), read in one consistent transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from eventmate.domain.kinds import ContactKind
from eventmate.interop.csv_export import CsvPerson, write_people_csv
from eventmate.interop.markdown_journal import (
    JournalExportEntry,
    JournalIntention,
    write_journal_markdown,
)
from eventmate.services.data.bulk import MAX_BOUND_IDS
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    ContactMethod,
    Event,
    Intention,
    Person,
    Reflection,
    Tag,
    person_tag,
    reflection_mention,
)

_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class PersonExport:
    """Everything about a person that an export format may carry."""

    id: int
    name: str
    pronunciation: str
    role: str
    organization: str
    recall_cues: str
    met_how: str
    met_at: str
    status: str
    first_met_at: datetime | None
    last_interaction_at: datetime | None
    created_at: datetime | None
    updated_at: datetime | None
    contacts: tuple[tuple[ContactKind, str, str], ...]
    tags: tuple[str, ...]


def _aware(value: object) -> datetime | None:
    # SQLite hands back the stored text ("2026-11-25 18:00:00.000000", naive UTC); a server
    # database hands back datetimes.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _none(_value: object) -> None:
    return None


def load_people(
    session: Session,
    person_ids: Sequence[int] | None,
    control: JobControl,
    *,
    with_times: bool = True,
) -> list[PersonExport]:
    """People (all, or those in ``person_ids``) with contacts and tags, in name order.

    ``with_times=False`` leaves the four timestamps None (formats that do not carry them).
    """
    # Plain rows, not ORM objects: exporting 100k people must take seconds, not tens.
    query = select(
        Person.id,
        Person.name,
        Person.pronunciation,
        Person.role,
        Person.organization,
        Person.recall_cues,
        Person.met_how,
        Person.met_event_id,
        type_coerce(Person.status, String),
        # Times as stored: SQLAlchemy's own parsing of 400k datetimes costs seconds.
        type_coerce(Person.first_met_at, String),
        type_coerce(Person.last_interaction_at, String),
        type_coerce(Person.created_at, String),
        type_coerce(Person.updated_at, String),
    ).order_by(Person.sort_key, Person.id)
    chosen = None if person_ids is None else set(person_ids)
    if chosen is not None and len(chosen) <= MAX_BOUND_IDS:
        query = query.where(Person.id.in_(chosen))
    people = session.execute(query).all()
    if chosen is not None and len(chosen) > MAX_BOUND_IDS:
        # One bound parameter per id would pass SQLite's limit (32766 in most builds) and
        # PostgreSQL's (65535): read everyone in order and keep the chosen.
        people = [row for row in people if row[0] in chosen]
    wanted = None if person_ids is None else {row[0] for row in people}
    contact_query = select(
        ContactMethod.person_id, ContactMethod.kind, ContactMethod.value, ContactMethod.label
    ).order_by(ContactMethod.id)
    tag_query = (
        select(person_tag.c.person_id, Tag.name)
        .join(Tag, Tag.id == person_tag.c.tag_id)
        .order_by(Tag.name)
    )
    if wanted is not None and len(wanted) <= MAX_BOUND_IDS:
        # A few people (a selection): read only their rows, not every contact and tag.
        contact_query = contact_query.where(ContactMethod.person_id.in_(wanted))
        tag_query = tag_query.where(person_tag.c.person_id.in_(wanted))
    contacts: dict[int, list[tuple[ContactKind, str, str]]] = defaultdict(list)
    for person_id, kind, value, label in session.execute(contact_query):
        if wanted is None or person_id in wanted:
            contacts[person_id].append((kind, value, label))
    tags: dict[int, list[str]] = defaultdict(list)
    for person_id, name in session.execute(tag_query):
        if wanted is None or person_id in wanted:
            tags[person_id].append(name)
    events = {row[0]: row[1] for row in session.execute(select(Event.id, Event.title))}
    result = []
    aware = _aware if with_times else _none
    for index, row in enumerate(people, 1):
        pid = row[0]
        result.append(
            PersonExport(
                id=pid,
                name=row[1],
                pronunciation=row[2],
                role=row[3],
                organization=row[4],
                recall_cues=row[5],
                met_how=row[6],
                met_at=events.get(row[7], "") if row[7] else "",
                status=row[8],
                first_met_at=aware(row[9]),
                last_interaction_at=aware(row[10]),
                created_at=aware(row[11]),
                updated_at=aware(row[12]),
                contacts=tuple(contacts.get(pid, ())),
                tags=tuple(tags.get(pid, ())),
            )
        )
        if index % _CHUNK == 0:
            control.report(index, len(people))
    return result


def _csv_person(p: PersonExport) -> CsvPerson:
    def values(kind: ContactKind) -> list[str]:
        return [value for k, value, _label in p.contacts if k is kind]

    return CsvPerson(
        name=p.name,
        pronunciation=p.pronunciation,
        role=p.role,
        organization=p.organization,
        emails=values(ContactKind.EMAIL),
        phones=values(ContactKind.PHONE),
        web=values(ContactKind.URL),
        social=values(ContactKind.SOCIAL),
        tags=p.tags,
        met_at=p.met_at,
        met_how=p.met_how,
        first_met_at=p.first_met_at,
        last_interaction_at=p.last_interaction_at,
        status=p.status,
        recall_cues=p.recall_cues,
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


class ExportsService:
    """Writes people and the journal in open formats."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def people(
        self, person_ids: Sequence[int] | None = None, control: JobControl | None = None
    ) -> list[PersonExport]:
        """People to export (all, or the chosen ones) with contacts and tags."""
        with self._db.read() as session:
            return load_people(session, person_ids, control or no_control())

    def people_csv(
        self, person_ids: Sequence[int] | None = None, control: JobControl | None = None
    ) -> bytes:
        """People as a CSV file (formula-safe, UTF-8 with BOM)."""
        return write_people_csv(_csv_person(p) for p in self.people(person_ids, control))

    def journal_markdown(self, control: JobControl | None = None) -> bytes:
        """Every reflection, oldest event first, with prompts, answers and intentions."""
        control = control or no_control()
        with self._db.read() as session:
            rows = session.execute(
                select(Reflection, Event)
                .join(Event, Reflection.event_id == Event.id)
                .order_by(Event.starts_at, Reflection.id)
            ).all()
            names = {row[0]: row[1] for row in session.execute(select(Person.id, Person.name))}
            intentions: dict[int, list[Intention]] = defaultdict(list)
            for intention in session.scalars(
                select(Intention).order_by(Intention.event_id, Intention.position, Intention.id)
            ):
                intentions[intention.event_id].append(intention)
            mentions: dict[int, list[str]] = defaultdict(list)
            for reflection_id, person_id in session.execute(
                select(reflection_mention.c.reflection_id, reflection_mention.c.person_id)
            ):
                mentions[reflection_id].append(names.get(person_id, ""))
        entries = []
        for index, (reflection, event) in enumerate(rows, 1):
            entries.append(
                JournalExportEntry(
                    event_title=event.title,
                    starts_at=event.starts_at,
                    venue=event.venue,
                    city=event.city,
                    answers=tuple(
                        (str(prompt), str(answer))
                        for prompt, answer in (reflection.answers or {}).items()
                    ),
                    energy_before=reflection.energy_before,
                    energy_after=reflection.energy_after,
                    body=reflection.body,
                    intentions=tuple(
                        JournalIntention(
                            kind=i.kind.value,
                            text=i.text,
                            person=names.get(i.person_id, "") if i.person_id else "",
                            outcome=i.outcome.value.replace("_", " ") if i.outcome else "",
                            outcome_note=i.outcome_note,
                        )
                        for i in intentions.get(event.id, ())
                    ),
                    people=tuple(sorted(n for n in mentions.get(reflection.id, ()) if n)),
                    updated_at=reflection.updated_at,
                )
            )
            if index % 500 == 0:
                control.report(index, len(rows))
        return write_journal_markdown(entries)
