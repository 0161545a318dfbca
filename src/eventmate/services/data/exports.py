"""Exports of people (CSV) and the journal (Markdown), read in one consistent transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select

from eventmate.domain.kinds import ContactKind
from eventmate.interop.csv_export import write_people_rows
from eventmate.interop.markdown_journal import (
    JournalExportEntry,
    JournalIntention,
    write_journal_markdown,
)
from eventmate.services.data.bulk import MAX_BOUND_IDS, collector_paused
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Event,
    Intention,
    Person,
    Reflection,
    reflection_mention,
)
from eventmate.storage.sql import SqlReader, reader_for

_CHUNK = 5000


def _aware(value: object) -> datetime | None:
    # SQLite hands back the stored text ("2026-11-25 18:00:00.000000", naive UTC); a server
    # database hands back datetimes.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: object) -> str:
    """A stored time as ISO 8601 UTC to the second (``2026-11-25T18:00:00+00:00``), or ""."""
    if value is None:
        return ""
    if isinstance(value, str) and len(value) >= 19 and value[10] == " ":
        # SQLite's stored text is naive UTC: re-cut it instead of parsing 400k datetimes.
        return f"{value[:10]}T{value[11:19]}+00:00"
    moment = _aware(value)
    return "" if moment is None else moment.isoformat(timespec="seconds")


_PEOPLE = (
    "SELECT id, name, pronunciation, role, organization, recall_cues, met_how, met_event_id, "
    "status, first_met_at, last_interaction_at, created_at, updated_at, uid "
    "FROM person ORDER BY sort_key, id"
)
_CONTACTS = "SELECT person_id, kind, value FROM contact_method ORDER BY id"
_TAGS = (
    "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id ORDER BY t.name"
)
_EVENTS = "SELECT id, title FROM event"
#: Which list of a person's row each kind of contact goes to.
_CONTACT_SLOT = {
    ContactKind.EMAIL.value: 0,
    ContactKind.PHONE.value: 1,
    ContactKind.URL.value: 2,
    ContactKind.SOCIAL.value: 3,
}


def csv_rows(
    sql: SqlReader, person_ids: Sequence[int] | None, control: JobControl
) -> list[list[str]]:
    """People (all, or those in ``person_ids``) as CSV cells, in name order, in one read.

    Plain SQL and lists of text, no object per person: 100k people export in about a second.
    The cells are those of :class:`~eventmate.interop.csv_export.CsvPerson`, in its order.
    """
    chosen = None if person_ids is None else set(person_ids)
    with sql.read() as execute:
        if chosen is not None and len(chosen) <= MAX_BOUND_IDS:
            # A few people (a selection): read only their rows, not every contact and tag.
            params = {f"p{i}": pid for i, pid in enumerate(chosen)}
            marks = ", ".join(f":{name}" for name in params)
            people = execute(
                _PEOPLE.replace(" ORDER BY", f" WHERE id IN ({marks}) ORDER BY"), params
            )
            contacts = execute(
                _CONTACTS.replace(" ORDER BY", f" WHERE person_id IN ({marks}) ORDER BY"), params
            )
            tagged = execute(
                _TAGS.replace(" ORDER BY", f" WHERE pt.person_id IN ({marks}) ORDER BY"), params
            )
        else:
            # Everyone, or more than one IN list may bind: read all, keep the chosen.
            people = execute(_PEOPLE, {})
            if chosen is not None:
                people = [row for row in people if row[0] in chosen]
            contacts = execute(_CONTACTS, {})
            tagged = execute(_TAGS, {})
        events = dict(execute(_EVENTS, {}))
    wanted = None if chosen is None else {row[0] for row in people}
    reach: dict[int, tuple[list[str], list[str], list[str], list[str]]] = {}
    for person_id, kind, value in contacts:
        if wanted is not None and person_id not in wanted:
            continue
        lists = reach.get(person_id)
        if lists is None:
            lists = reach[person_id] = ([], [], [], [])
        lists[_CONTACT_SLOT[kind]].append(value)
    tags: dict[int, list[str]] = defaultdict(list)
    for person_id, name in tagged:
        if wanted is None or person_id in wanted:
            tags[person_id].append(name)
    nothing: tuple[list[str], list[str], list[str], list[str]] = ([], [], [], [])
    join = "; ".join
    result = []
    for index, row in enumerate(people, 1):
        pid = row[0]
        emails, phones, web, social = reach.get(pid, nothing)
        result.append(
            [
                row[1],
                row[2],
                row[3],
                row[4],
                join(emails),
                join(phones),
                join(web),
                join(social),
                join(tags.get(pid, ())),
                events.get(row[7], "") if row[7] else "",
                row[6],
                _iso(row[9]),
                _iso(row[10]),
                str(row[8]),
                row[5],
                _iso(row[11]),
                _iso(row[12]),
                row[13],
            ]
        )
        if index % _CHUNK == 0:
            control.report(index, len(people))
    return result


class ExportsService:
    """Writes people and the journal in open formats."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def people_csv(
        self, person_ids: Sequence[int] | None = None, control: JobControl | None = None
    ) -> bytes:
        """People (all, or the chosen ones) as a CSV file (formula-safe, UTF-8 with BOM)."""
        with collector_paused():  # 100k rows of plain objects, no cycles to find
            rows = csv_rows(reader_for(self._db), person_ids, control or no_control())
            return write_people_rows(rows)

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
