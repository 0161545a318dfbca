"""An offer can name the person it is for; their briefing card says what I hoped to offer."""

from __future__ import annotations

from datetime import UTC, datetime

from eventmate.domain.kinds import IntentionKind
from eventmate.domain.text import fold
from eventmate.services.container import Services
from eventmate.services.events.briefing import Why
from eventmate.services.events.events import EventDraft
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

START = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)


def _person(database: Database, name: str) -> str:
    with database.write() as session:
        row = Person(name=name, sort_key=fold(name))
        session.add(row)
        session.flush()
        return row.uid


def test_only_connect_and_offer_name_a_person() -> None:
    assert [kind for kind in IntentionKind if kind.names_a_person] == [
        IntentionKind.CONNECT,
        IntentionKind.OFFER,
    ]


def test_an_offer_names_its_person_and_a_learn_intention_does_not(
    services: Services, database: Database
) -> None:
    gala = services.events.create(EventDraft(title="Gala", starts_at=START)).uid
    zoe = _person(database, "Zoë Ng")
    offer = services.intentions.add(gala, IntentionKind.OFFER, "Two seats", zoe)
    learn = services.intentions.add(gala, IntentionKind.LEARN, "How they fund it", zoe)
    assert (offer.row.person_uid, offer.row.person_name) == (zoe, "Zoë Ng")
    assert learn.row.person_uid is None
    edited = services.intentions.edit(offer.uid, IntentionKind.MINDSET, "Calm", zoe)
    assert edited.row.person_uid is None  # a mindset names nobody


def test_the_briefing_card_says_what_I_hoped_to_offer(
    services: Services, database: Database
) -> None:
    gala = services.events.create(EventDraft(title="Gala", starts_at=START)).uid
    zoe = _person(database, "Zoë Ng")
    anna = _person(database, "Anna Schmidt")
    services.person.set_field(zoe, PersonField.COULD_OFFER, "An introduction to the Nash")
    services.intentions.add(gala, IntentionKind.CONNECT, "Hear about Bartók", anna)
    services.intentions.add(gala, IntentionKind.OFFER, "Two seats for her students", zoe)
    briefing = services.briefing.briefing(gala)
    assert briefing is not None
    cards = {person.name: person for person in briefing.people}
    assert set(cards) == {"Anna Schmidt", "Zoë Ng"}  # both linked, both first
    card = cards["Zoë Ng"]
    assert card.linked
    assert [(r.why, r.text) for r in card.reasons] == [(Why.OFFER, "Two seats for her students")]
    assert card.could_offer == "An introduction to the Nash"
    assert [r.why for r in cards["Anna Schmidt"].reasons] == [Why.INTENTION]
