"""A small, clearly marked sample data set a new user can explore and remove in one step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from eventmate.domain.kinds import (
    ContactKind,
    Direction,
    EventKind,
    ExchangeDirection,
    ExchangeKind,
    FactKind,
    FollowUpKind,
    FollowUpStatus,
    IntentionKind,
    IntentionOutcome,
    MyRole,
    PersonStatus,
)
from eventmate.domain.text import fold
from eventmate.services.clock import Clock, system_clock
from eventmate.services.records import deleted_unless_kept
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Break,
    Capture,
    ContactMethod,
    Event,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    Person,
    Reflection,
    Series,
    Tag,
)


@dataclass(frozen=True, slots=True)
class SampleCounts:
    """How many sample records were added or removed."""

    events: int
    people: int


# (name, pronunciation, role, organisation, cue, facts)
_PEOPLE: tuple[tuple[str, str, str, str, str, tuple[tuple[FactKind, str], ...]], ...] = (
    (
        "Anna Schmidt",
        "",
        "Viola",
        "London Symphony Orchestra",
        "Red glasses, sits front desk of the violas",
        (
            (FactKind.CARES_ABOUT, "Loves Bartók's string quartets"),
            (FactKind.STORY, "Grew up in Leipzig"),
        ),
    ),
    (
        "Seán O'Brien",
        "SHAWN oh-BRY-en",
        "Oboe",
        "",
        "New to London, tall, soft-spoken",
        ((FactKind.COMMON_GROUND, "We both studied with the same teacher in Dublin"),),
    ),
    (
        "Zoë Ng",
        "ZOH-ee ING",
        "Development officer",
        "Wigmore Hall",
        "Organises the Thursday chamber series receptions",
        ((FactKind.CARES_ABOUT, "Getting students into concerts for free"),),
    ),
    (
        "Mateo García",
        "",
        "Composer",
        "",
        "Green notebook, talks fast about electronics",
        ((FactKind.STORY, "Writing a piece for viola and electronics"),),
    ),
)


class SampleDataService:
    """Adds and removes the sample data set (every sample row has ``is_sample`` set)."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def add(self) -> SampleCounts:
        """Add the sample events and people (relative to today) unless they are already there."""
        now = self._clock().replace(second=0, microsecond=0)
        with self._db.write() as session:
            if session.scalar(select(Event.id).where(Event.is_sample).limit(1)) is not None:
                return SampleCounts(0, 0)
            series = Series(name="Sample: Thursday chamber series", is_sample=True)
            tag = session.scalar(select(Tag).where(Tag.name == "sample"))
            if tag is None:
                tag = Tag(name="sample", is_sample=True)
            gala_start = (now + timedelta(days=2)).replace(hour=19, minute=30)
            gala = Event(
                title="Autumn Gala (sample)",
                kind=EventKind.CONCERT,
                venue="Wigmore Hall",
                city="London",
                starts_at=gala_start,
                ends_at=gala_start + timedelta(hours=2, minutes=30),
                my_role=MyRole.PERFORMING,
                programme="Bartók: String Quartet No. 4\nSchubert: Quintet in C",
                host="Wigmore Hall",
                series=series,
                is_sample=True,
                tags=[tag],
                breaks=[
                    Break(
                        label="Intermission",
                        starts_at=gala_start + timedelta(hours=1, minutes=15),
                        minutes=20,
                    )
                ],
            )
            recital_start = (now - timedelta(days=30)).replace(hour=19, minute=0)
            recital = Event(
                title="Spring Recital (sample)",
                kind=EventKind.CONCERT,
                venue="Wigmore Hall",
                city="London",
                starts_at=recital_start,
                ends_at=recital_start + timedelta(hours=2),
                my_role=MyRole.ATTENDING,
                series=series,
                is_sample=True,
            )
            reception_start = (now - timedelta(days=9)).replace(hour=18, minute=0)
            reception = Event(
                title="Donor reception (sample)",
                kind=EventKind.RECEPTION,
                venue="Barbican Centre",
                city="London",
                starts_at=reception_start,
                ends_at=reception_start + timedelta(hours=2),
                my_role=MyRole.ATTENDING,
                is_sample=True,
            )
            session.add_all([gala, recital, reception])
            people = []
            for index, (name, say, role, org, cue, facts) in enumerate(_PEOPLE):
                person = Person(
                    name=name,
                    sort_key=fold(name),
                    pronunciation=say,
                    role=role,
                    organization=org,
                    recall_cues=cue,
                    met_event=recital if index % 2 == 0 else reception,
                    first_met_at=recital_start if index % 2 == 0 else reception_start,
                    last_interaction_at=recital_start if index % 2 == 0 else reception_start,
                    is_sample=True,
                    created_at=now - timedelta(days=30 - index),
                    facts=[Fact(kind=kind, text=text) for kind, text in facts],
                    tags=[tag],
                )
                people.append(person)
            session.add_all(people)
            anna, sean, zoe, mateo = people
            mateo.introduced_by = anna
            # A relationship resting, honourably, with a note.
            mateo.status = PersonStatus.RESTING
            mateo.status_note = "Deep in his commission until the spring; no need to write."
            # Someone to get back in touch with on Home.
            sean.cadence_days = 7
            anna.could_offer = "An introduction to Mateo: a viola and electronics piece needs her"
            anna.contact_methods.append(
                ContactMethod(kind=ContactKind.EMAIL, value="anna@example.org", label="work")
            )
            session.flush()
            session.add_all(
                [
                    Intention(
                        event=gala,
                        kind=IntentionKind.CONNECT,
                        text="Hear how Anna's Bartók project is going",
                        person_id=anna.id,
                        position=0,
                    ),
                    Intention(
                        event=gala,
                        kind=IntentionKind.OFFER,
                        text="Two seats at my March recital for her students",
                        person_id=zoe.id,
                        position=1,
                    ),
                    Intention(
                        event=gala,
                        kind=IntentionKind.MINDSET,
                        text="Listen more than I talk",
                        position=2,
                    ),
                    # My own promise comes first: it has waited longest.
                    FollowUp(
                        person_id=anna.id,
                        event_id=recital.id,
                        direction=Direction.MINE,
                        kind=FollowUpKind.GIVE,
                        text="Send Anna the Ligeti recording",
                        due_at=now - timedelta(days=1),
                    ),
                    FollowUp(
                        person_id=zoe.id,
                        event_id=reception.id,
                        direction=Direction.THEIRS,
                        kind=FollowUpKind.CATCH_UP,
                        text="Zoë will send the student ticket scheme details",
                        due_at=now + timedelta(days=2),
                    ),
                    Capture(
                        raw_text="Seán O'Brien (oboe) — new to London; same teacher in Dublin",
                        event_id=reception.id,
                        person_id=sean.id,
                        captured_at=reception_start + timedelta(minutes=50),
                        is_sample=True,
                    ),
                    Reflection(
                        event_id=recital.id,
                        answers={"What went well?": "A long talk with Anna about Bartók."},
                        energy_before=3,
                        energy_after=4,
                        body="Quieter evening than expected, and better for it.",
                    ),
                    # A little history, so Insights has something to show (the reception
                    # stays without a reflection: Home invites one).
                    Intention(
                        event=recital,
                        kind=IntentionKind.LEARN,
                        text="Hear how the Thursday series chooses its programmes",
                        outcome=IntentionOutcome.MET,
                    ),
                    Intention(
                        event=reception,
                        kind=IntentionKind.CONNECT,
                        text="Meet someone from the Wigmore education team",
                        person_id=zoe.id,
                        outcome=IntentionOutcome.PARTLY,
                    ),
                    FollowUp(
                        person_id=sean.id,
                        event_id=reception.id,
                        direction=Direction.MINE,
                        kind=FollowUpKind.GIVE,
                        text="Send Seán my teacher's address in Dublin",
                        due_at=reception_start + timedelta(days=3),
                        status=FollowUpStatus.DONE,
                        done_at=reception_start + timedelta(days=1),
                        created_at=reception_start + timedelta(hours=2),
                    ),
                    Exchange(
                        person_id=sean.id,
                        event_id=reception.id,
                        direction=ExchangeDirection.GAVE,
                        kind=ExchangeKind.INTRODUCTION,
                        text="Introduced him to the Dublin teacher's old students in London",
                        occurred_on=(reception_start + timedelta(days=1)).date(),
                    ),
                    Exchange(
                        person_id=zoe.id,
                        event_id=reception.id,
                        direction=ExchangeDirection.RECEIVED,
                        kind=ExchangeKind.TICKET,
                        text="Two tickets for the student matinee",
                        occurred_on=(reception_start + timedelta(days=2)).date(),
                    ),
                ]
            )
        return SampleCounts(events=3, people=len(people))

    def remove(self) -> SampleCounts:
        """Remove every sample record in one transaction; the user's own data stays.

        On a server, a sample person or event others in the team keep private rows on stays
        (``0015_cascade``); the counts are of those removed.
        """
        with self._db.write() as session:
            session.execute(delete(Capture).where(Capture.is_sample))
            people = sum(
                deleted_unless_kept(session, delete(Person).where(Person.id == person_id))
                for person_id in session.scalars(select(Person.id).where(Person.is_sample)).all()
            )
            events = sum(
                deleted_unless_kept(session, delete(Event).where(Event.id == event_id))
                for event_id in session.scalars(select(Event.id).where(Event.is_sample)).all()
            )
            session.execute(delete(Series).where(Series.is_sample))
            session.execute(delete(Tag).where(Tag.is_sample))
        return SampleCounts(events=events, people=people)
