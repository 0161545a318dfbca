"""The whole data model as typed SQLAlchemy 2 ORM classes.

Every table is created by the Alembic migrations in ``storage/migrations``; a test checks that
these classes and the migrations agree. Times are aware UTC (:class:`UTCDateTime`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
from eventmate.storage.identity import new_uid as new_uid
from eventmate.storage.types import UTCDateTime, str_enum

# Batch migrations on SQLite recreate tables and rely on constraints having stable names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Current time, aware UTC (default for created/updated columns)."""
    return datetime.now(UTC)


#: Integer ids are internal and never handed out twice (SQLite's AUTOINCREMENT): a view that
#: kept the id of a deleted row can never reach a newer row through it.
NEVER_REUSED: dict[str, Any] = {"sqlite_autoincrement": True}
#: Longest uid: a UUID has 36 characters; another client's UID (a card from a phone keeps its
#: own) may be longer.
UID_MAX = 255


def uid_column() -> Mapped[str]:
    """The ``uid`` column: unique, set when the row is made and never changed."""
    return mapped_column(String(UID_MAX), default=new_uid, unique=True)


def version_column() -> Mapped[int]:
    """The ``version`` column (0013_devices): 1 when made, one more with every UPDATE (a
    trigger bumps it whoever writes), so a save can tell that someone changed the row."""
    return mapped_column(Integer, default=1, server_default="1")


class Base(DeclarativeBase):
    """Declarative base with the naming convention and JSON for dict columns."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: UTCDateTime}


person_tag = Table(
    "person_tag",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

event_tag = Table(
    "event_tag",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

reflection_mention = Table(
    "reflection_mention",
    Base.metadata,
    Column("reflection_id", ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    """A label on people and events, e.g. "chamber-music"."""

    __tablename__ = "tag"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    name: Mapped[str] = mapped_column(String(100), unique=True)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Series(Base):
    """A group of recurring events, e.g. "Thursday chamber series"."""

    __tablename__ = "series"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    name: Mapped[str] = mapped_column(String(500), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(Base):
    """A concert, rehearsal, reception or any other occasion where I meet people."""

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_starts_at", "starts_at"),
        Index("ix_event_ical", "ical_uid", "starts_at"),
        NEVER_REUSED,
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    version: Mapped[int] = version_column()
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[EventKind] = mapped_column(
        str_enum(EventKind, "event_kind"), default=EventKind.OTHER
    )
    venue: Mapped[str] = mapped_column(String(500), default="")
    city: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    my_role: Mapped[MyRole | None] = mapped_column(str_enum(MyRole, "my_role"))
    programme: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), index=True
    )
    ical_uid: Mapped[str | None] = mapped_column(String(1000))
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    series: Mapped[Series | None] = relationship()
    breaks: Mapped[list[Break]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Break.starts_at"
    )
    intentions: Mapped[list[Intention]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Intention.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=event_tag)


class Break(Base):
    """A pause in an event (an intermission) when there is time to meet and capture."""

    __tablename__ = "break"
    __table_args__ = (CheckConstraint("minutes > 0", name="minutes_positive"), NEVER_REUSED)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="breaks")


class Person(Base):
    """Someone I have met or hope to meet."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("cadence_days IS NULL OR cadence_days > 0", name="cadence_positive"),
        Index("ix_person_sort_key", "sort_key"),
        Index("ix_person_last_interaction_at", "last_interaction_at"),
        Index("ix_person_first_met_at", "first_met_at"),
        Index("ix_person_created_at", "created_at"),
        Index("ix_person_is_sample", "is_sample"),
        Index("ix_person_vcard_uid", "vcard_uid"),
        NEVER_REUSED,
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    version: Mapped[int] = version_column()
    name: Mapped[str] = mapped_column(String(500))
    #: Accent- and case-folded name, for sorting and duplicate suggestions.
    sort_key: Mapped[str] = mapped_column(String(500), default="")
    pronunciation: Mapped[str] = mapped_column(String(500), default="")
    recall_cues: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(500), default="")
    organization: Mapped[str] = mapped_column(String(500), default="")
    met_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    met_how: Mapped[str] = mapped_column(Text, default="")
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[PersonStatus] = mapped_column(
        str_enum(PersonStatus, "person_status"), default=PersonStatus.ACTIVE
    )
    status_note: Mapped[str] = mapped_column(Text, default="")
    #: What I could offer them (a recording, an introduction): a private note (0008).
    could_offer: Mapped[str] = mapped_column(Text, default="", server_default="")
    cadence_days: Mapped[int | None]
    last_interaction_at: Mapped[datetime | None]
    first_met_at: Mapped[datetime | None]
    #: The UID of the vCard this person was imported from (another client's), written back
    #: on export; None for people made here, whose cards carry their own ``uid``.
    vcard_uid: Mapped[str | None] = mapped_column(String(1000))
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    contact_methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ContactMethod.id"
    )
    facts: Mapped[list[Fact]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Fact.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tag)
    met_event: Mapped[Event | None] = relationship(foreign_keys=[met_event_id])
    introduced_by: Mapped[Person | None] = relationship(remote_side=[id])


class ContactMethod(Base):
    """An email address, phone number, web address or social handle of a person."""

    __tablename__ = "contact_method"
    __table_args__ = (Index("ix_contact_method_value", "kind", "value"), NEVER_REUSED)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind, "contact_kind"))
    value: Mapped[str] = mapped_column(String(1000))
    label: Mapped[str] = mapped_column(String(100), default="")

    person: Mapped[Person] = relationship(back_populates="contact_methods")


class Capture(Base):
    """What I typed during a break, kept verbatim, whatever became of it."""

    __tablename__ = "capture"
    __table_args__ = (
        #: Who was captured at which event, read from the index alone (Insights; 0006).
        Index("ix_capture_event_person", "event_id", "person_id"),
        NEVER_REUSED,
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    raw_text: Mapped[str] = mapped_column(Text)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    break_id: Mapped[int | None] = mapped_column(ForeignKey("break.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    captured_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Fact(Base):
    """Something I learned about a person: common ground, what they care about, their story."""

    __tablename__ = "fact"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    version: Mapped[int] = version_column()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FactKind] = mapped_column(str_enum(FactKind, "fact_kind"), default=FactKind.OTHER)
    text: Mapped[str] = mapped_column(Text)
    capture_id: Mapped[int | None] = mapped_column(
        ForeignKey("capture.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship(back_populates="facts")


class Note(Base):
    """A free note about a person, an event, or both."""

    __tablename__ = "note"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    capture_id: Mapped[int | None] = mapped_column(
        ForeignKey("capture.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Intention(Base):
    """Something I want to do at an event: connect, learn, offer, or a mindset."""

    __tablename__ = "intention"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    kind: Mapped[IntentionKind] = mapped_column(str_enum(IntentionKind, "intention_kind"))
    text: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[IntentionOutcome | None] = mapped_column(
        str_enum(IntentionOutcome, "intention_outcome")
    )
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="intentions")


class FollowUp(Base):
    """A promise by me or to me, or something I want to do for someone."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_status_due", "status", "due_at"), NEVER_REUSED)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    version: Mapped[int] = version_column()
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    capture_id: Mapped[int | None] = mapped_column(
        ForeignKey("capture.id", ondelete="SET NULL"), index=True
    )
    direction: Mapped[Direction] = mapped_column(
        str_enum(Direction, "direction"), default=Direction.MINE
    )
    kind: Mapped[FollowUpKind] = mapped_column(
        str_enum(FollowUpKind, "follow_up_kind"), default=FollowUpKind.GIVE
    )
    text: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime | None]
    status: Mapped[FollowUpStatus] = mapped_column(
        str_enum(FollowUpStatus, "follow_up_status"), default=FollowUpStatus.OPEN
    )
    status_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]


class Exchange(Base):
    """Something given to or received from a person: an introduction, a recording, advice."""

    __tablename__ = "exchange"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    direction: Mapped[ExchangeDirection] = mapped_column(
        str_enum(ExchangeDirection, "exchange_direction")
    )
    kind: Mapped[ExchangeKind] = mapped_column(
        str_enum(ExchangeKind, "exchange_kind"), default=ExchangeKind.OTHER
    )
    text: Mapped[str] = mapped_column(Text, default="")
    occurred_on: Mapped[date] = mapped_column(Date)


class ReflectionTemplate(Base):
    """An editable set of reflection prompts; one is the default."""

    __tablename__ = "reflection_template"
    __table_args__ = NEVER_REUSED
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    prompts: Mapped[dict[str, Any]] = mapped_column(JSON)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Reflection(Base):
    """My reflection on an event: answers to prompts, energy before and after, free writing."""

    __tablename__ = "reflection"
    __table_args__ = (
        UniqueConstraint("event_id"),
        CheckConstraint(
            "energy_before IS NULL OR energy_before BETWEEN 1 AND 5", name="energy_before_range"
        ),
        CheckConstraint(
            "energy_after IS NULL OR energy_after BETWEEN 1 AND 5", name="energy_after_range"
        ),
        NEVER_REUSED,
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    version: Mapped[int] = version_column()
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("reflection_template.id", ondelete="SET NULL")
    )
    #: Prompt text → answer, in the order the prompts were shown.
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    energy_before: Mapped[int | None]
    energy_after: Mapped[int | None]
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)

    mentions: Mapped[list[Person]] = relationship(secondary=reflection_mention)


#: Every change to a record, row by row, whoever made it (this app, the command line, another
#: program): written by triggers (migration ``0005_identity``), read by ``storage.change_log``.
#: ``op`` is "c" (created), "u" (updated), "d" (deleted) or "m" (merged into ``detail``). Old
#: rows are pruned; a reader that fell behind the oldest kept row reloads everything.
change_log = Table(
    "change_log",
    Base.metadata,
    Column("seq", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("uid", String(UID_MAX), nullable=False),
    Column("op", String(1), nullable=False),
    #: For "m" (merged into): the uid of the record this one was merged into.
    Column("detail", String(UID_MAX)),
    sqlite_autoincrement=True,
)


class NameRehearsal(Base):
    """One private moment of recalling a person's name from their cues (never shown as a score).

    No uid: nobody sees or exchanges a rehearsal; it only orders the cards (and goes with its
    person, merged or deleted).
    """

    __tablename__ = "name_rehearsal"
    __table_args__ = (
        Index("ix_name_rehearsal_person_reviewed", "person_id", "reviewed_at"),
        NEVER_REUSED,
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    #: The event rehearsed for (before it) or from (the morning after), if any.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    reviewed_at: Mapped[datetime]
    knew: Mapped[bool] = mapped_column(Boolean)
    #: Recalled by typing the name (rather than revealing it and saying so).
    typed: Mapped[bool] = mapped_column(Boolean, default=False)
