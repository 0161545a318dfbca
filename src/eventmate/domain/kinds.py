"""Enumerations shared by the domain, storage and services."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """What sort of occasion an event is."""

    CONCERT = "concert"
    REHEARSAL = "rehearsal"
    GIG = "gig"
    RECEPTION = "reception"
    FUNDRAISER = "fundraiser"
    MASTERCLASS = "masterclass"
    AUDITION = "audition"
    FESTIVAL = "festival"
    CONFERENCE = "conference"
    OTHER = "other"


class MyRole(StrEnum):
    """How I take part in an event."""

    PERFORMING = "performing"
    ATTENDING = "attending"
    HOSTING = "hosting"
    VOLUNTEERING = "volunteering"
    DONOR_HOST = "donor_host"


class IntentionKind(StrEnum):
    """What an intention is about."""

    CONNECT = "connect"
    LEARN = "learn"
    OFFER = "offer"
    MINDSET = "mindset"

    @property
    def names_a_person(self) -> bool:
        """Whether an intention of this kind can name a person: whom to meet, or to offer to."""
        return self in (IntentionKind.CONNECT, IntentionKind.OFFER)


class IntentionOutcome(StrEnum):
    """How an intention turned out, reviewed after the event."""

    MET = "met"
    PARTLY = "partly"
    NOT_THIS_TIME = "not_this_time"
    LET_IT_REST = "let_it_rest"


class PersonStatus(StrEnum):
    """Whether reminders about a person are active or resting."""

    ACTIVE = "active"
    RESTING = "resting"


class ContactKind(StrEnum):
    """How a person can be reached."""

    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    SOCIAL = "social"


class FactKind(StrEnum):
    """What a remembered fact about a person is."""

    COMMON_GROUND = "common_ground"
    CARES_ABOUT = "cares_about"
    STORY = "story"
    OTHER = "other"


class Direction(StrEnum):
    """Who owes a follow-up: me, or the other person."""

    MINE = "mine"
    THEIRS = "theirs"


class FollowUpKind(StrEnum):
    """What a follow-up is."""

    GIVE = "give"
    ASK = "ask"
    CATCH_UP = "catch_up"


class FollowUpStatus(StrEnum):
    """Where a follow-up stands."""

    OPEN = "open"
    DONE = "done"
    LET_IT_REST = "let_it_rest"


class ExchangeDirection(StrEnum):
    """Whether something was given or received."""

    GAVE = "gave"
    RECEIVED = "received"


class ExchangeKind(StrEnum):
    """What was given or received."""

    INTRODUCTION = "introduction"
    RECORDING = "recording"
    SCORE = "score"
    ADVICE = "advice"
    TICKET = "ticket"
    TIME = "time"
    OTHER = "other"
