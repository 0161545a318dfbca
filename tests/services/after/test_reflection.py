"""Reflections: default template, saves by event uid, energy, mentions, templates, intention
review; what counts as a reflection; writes to a gone event or intention are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select, update

from conftest import NOW
from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.services.after.reflection import DEFAULT_PROMPTS, ReflectionError
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Event,
    Intention,
    Person,
    Reflection,
    ReflectionTemplate,
    change_log,
)


def _event(database: Database, title: str = "May masterclass", days_ago: int = 1) -> str:
    with database.write() as session:
        event = Event(
            title=title,
            starts_at=NOW - timedelta(days=days_ago, hours=3),
            ends_at=NOW - timedelta(days=days_ago, hours=1),
        )
        session.add(event)
        session.flush()
        return event.uid


def _person(database: Database, name: str, **values: object) -> str:
    from eventmate.domain.text import fold

    with database.write() as session:
        person = Person(name=name, sort_key=fold(name), **values)
        session.add(person)
        session.flush()
        return person.uid


def _delete_event(database: Database, uid: str) -> None:
    with database.write() as session:
        session.execute(delete(Event).where(Event.uid == uid))


def _rows(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count(Reflection.id))) or 0)


def _log_size(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(change_log)) or 0)


def test_opening_writes_nothing(services: Services, database: Database) -> None:
    event = _event(database)
    before = _log_size(database)
    view = services.reflection.open(event)
    assert view.prompts == DEFAULT_PROMPTS
    assert (view.uid, view.event_uid, view.body, view.answers) == (None, event, "", {})
    assert _rows(database) == 0
    assert _log_size(database) == before
    assert services.reflection.count() == 0


def test_the_first_answer_makes_the_reflection_once(services: Services, database: Database) -> None:
    event = _event(database)
    changes = services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "The Brahms")
    view = services.reflection.open(event)
    assert view.uid is not None
    assert (Kind.REFLECTION, view.uid) in changes.created
    assert (Kind.EVENT, event) in changes.updated
    again = services.reflection.save_answer(event, DEFAULT_PROMPTS[1], "Anna")
    assert (Kind.REFLECTION, view.uid) in again.updated
    assert services.reflection.open(event).uid == view.uid
    with database.read() as session:
        assert session.query(ReflectionTemplate).count() == 1
    assert _rows(database) == 1


def test_answers_body_and_energy_are_saved(services: Services, database: Database) -> None:
    event = _event(database)
    services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "The Brahms\r\nwent well\x00")
    services.reflection.save_body(event, "# Evening\n\nQuiet and *good*.")
    services.reflection.save_energy(event, before=2, after=4)
    again = services.reflection.open(event)
    assert again.answers == {DEFAULT_PROMPTS[0]: "The Brahms\nwent well"}
    assert again.body == "# Evening\n\nQuiet and *good*."
    assert (again.energy_before, again.energy_after) == (2, 4)
    services.reflection.save_energy(event, after=0)
    assert services.reflection.open(event).energy_after is None


def test_blank_answers_are_not_kept(services: Services, database: Database) -> None:
    event = _event(database)
    assert not services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "  \n ")
    assert _rows(database) == 0
    services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "x")
    services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "")
    services.reflection.save_body(event, " \n\n ")
    view = services.reflection.open(event)
    assert (view.answers, view.body) == ({}, "")
    assert services.reflection.count() == 0  # written, then all taken back: not a reflection


def test_energy_out_of_range_is_refused(services: Services, database: Database) -> None:
    event = _event(database)
    with pytest.raises(ReflectionError):
        services.reflection.save_energy(event, after=6)
    assert services.reflection.open(event).energy_after is None


def test_huge_paste_is_capped_not_lost(services: Services, database: Database) -> None:
    event = _event(database)
    services.reflection.save_body(event, "x" * 300_000)
    assert len(services.reflection.open(event).body) == 100_000


def test_energy_before_alone_is_not_a_reflection(services: Services, database: Database) -> None:
    """Issue 11: energy before (in Prepare, or here) made the event read "reflected"."""
    tomorrow = _event(database, "Tomorrow's gala", days_ago=-1)
    past = _event(database, "Last night")
    services.reflection.save_energy(past, before=3)
    with database.write() as session:  # as Prepare stores it (services.events.intentions)
        event_id = session.scalar(select(Event.id).where(Event.uid == tomorrow))
        session.add(Reflection(event_id=event_id, answers={}, energy_before=4))
    assert services.journal.entries() == ()
    assert services.reflection.count() == 0
    assert [(e.title, e.has_reflection) for e in services.reflection.recent_past_events()] == [
        ("Last night", False)
    ]
    assert services.home.summary().to_reflect is not None
    # The energy noted before is there when the reflection is written.
    view = services.reflection.open(past)
    assert view.energy_before == 3
    services.reflection.save_energy(past, after=2)
    assert [e.event_title for e in services.journal.entries()] == ["Last night"]
    assert services.reflection.recent_past_events()[0].has_reflection
    assert services.home.summary().to_reflect is None


def test_a_row_made_for_energy_gets_the_default_template(
    services: Services, database: Database
) -> None:
    event = _event(database)
    short = services.reflection.create_template("Short", ["Who?"])
    services.reflection.set_default(short.id)
    with database.write() as session:
        event_id = session.scalar(select(Event.id).where(Event.uid == event))
        session.add(Reflection(event_id=event_id, answers={}, energy_before=4))
    assert services.reflection.open(event).prompts == ("Who?",)
    services.reflection.save_answer(event, "Who?", "Anna")
    with database.read() as session:
        assert session.scalar(select(Reflection.template_id)) == short.id


def test_home_and_the_service_agree_on_what_is_reflected(
    services: Services, database: Database
) -> None:
    """Home's plain SQL and the services use one rule: the same data gives the same answer."""
    kinds = {
        "nothing": lambda uid: None,
        "energy before": lambda uid: services.reflection.save_energy(uid, before=2),
        "energy after": lambda uid: services.reflection.save_energy(uid, after=2),
        "an answer": lambda uid: services.reflection.save_answer(uid, "Q?", "yes"),
        "writing": lambda uid: services.reflection.save_body(uid, "words"),
        "taken back": lambda uid: (
            services.reflection.save_body(uid, "words"),
            services.reflection.save_body(uid, ""),
        ),
    }
    for index, (title, write) in enumerate(kinds.items()):
        event = _event(database, title, days_ago=index + 1)
        write(event)
        summary = services.home.summary().to_reflect
        listed = {e.title: e.has_reflection for e in services.reflection.recent_past_events()}
        home_says_reflected = summary is None or summary.title != title
        assert home_says_reflected == listed[title], title
        assert listed[title] == (title in {"energy after", "an answer", "writing"}), title
        # Out of Home's window: Home looks at the latest unreflected event only.
        with database.write() as session:
            session.execute(
                update(Event)
                .where(Event.uid == event)
                .values(starts_at=NOW - timedelta(days=100 + index))
            )


def test_writes_to_a_gone_event_are_refused(services: Services, database: Database) -> None:
    event = _event(database)
    services.reflection.save_body(event, "kept")
    _delete_event(database, event)
    before = _log_size(database)
    for write in (
        lambda: services.reflection.save_body(event, "more"),
        lambda: services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "more"),
        lambda: services.reflection.save_energy(event, after=3),
        lambda: services.reflection.open(event),
    ):
        with pytest.raises(RecordGone) as gone:
            write()
        assert gone.value.kind is Kind.EVENT
    assert _log_size(database) == before
    assert _rows(database) == 0


def test_mentions_link_people_and_count_as_interaction(
    services: Services, database: Database
) -> None:
    event = _event(database)
    anna = _person(database, "Anna Schmidt", last_interaction_at=NOW - timedelta(days=90))
    sean = _person(database, "Seán O'Brien")
    services.reflection.save_body(event, "Long talk with @Anna Schmidt, then @Sean O'Brien.")
    mentioned = services.reflection.open(event).mentioned
    assert [uid for uid, _name in mentioned] == [anna, sean]
    anna_id = services.records.id_of(Kind.PERSON, anna)
    assert anna_id is not None
    interaction = services.keep_in_touch.get(anna_id).last_interaction_at
    assert interaction == NOW - timedelta(days=1, hours=1)  # the event's end
    # Removing the mention unlinks the person.
    services.reflection.save_body(event, "Long talk with Anna.")
    services.reflection.save_answer(event, DEFAULT_PROMPTS[1], "@Seán O'Brien, at length")
    assert [uid for uid, _ in services.reflection.open(event).mentioned] == [sean]


def test_an_answer_keeps_the_mentions_of_the_writing(
    services: Services, database: Database
) -> None:
    event = _event(database)
    anna = _person(database, "Anna Schmidt")
    services.reflection.save_body(event, "Coffee with @Anna Schmidt")
    services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "The Brahms")
    assert [uid for uid, _ in services.reflection.open(event).mentioned] == [anna]


def test_same_name_prefers_the_person_met_at_the_event(
    services: Services, database: Database
) -> None:
    event = _event(database)
    event_id = services.records.id_of(Kind.EVENT, event)
    _person(database, "Anna Ng", last_interaction_at=NOW)
    met_here = _person(database, "Anna Ng", met_event_id=event_id)
    services.reflection.save_body(event, "@Anna Ng")
    assert [uid for uid, _ in services.reflection.open(event).mentioned] == [met_here]


def test_templates_are_editable(services: Services, database: Database) -> None:
    default = services.reflection.templates()[0]
    short = services.reflection.create_template("Short", ["One thing I learned", " ", "Who?"])
    assert short.prompts == ("One thing I learned", "Who?")
    services.reflection.rename_template(short.id, "Quick")
    services.reflection.set_prompts(short.id, ["Who did I listen to?"])
    services.reflection.set_default(short.id)
    templates = services.reflection.templates()
    assert [(t.name, t.is_default) for t in templates] == [
        ("Quick", True),
        (default.name, False),
    ]
    view = services.reflection.open(_event(database))
    assert view.prompts == ("Who did I listen to?",)
    with pytest.raises(ReflectionError):
        services.reflection.create_template("Quick", ["x"])
    with pytest.raises(ReflectionError):
        services.reflection.set_prompts(short.id, ["  "])
    with pytest.raises(ReflectionError):
        services.reflection.set_prompts(999, ["x"])


def test_answers_to_renamed_prompts_stay_visible(services: Services, database: Database) -> None:
    event = _event(database)
    services.reflection.save_answer(event, DEFAULT_PROMPTS[0], "kept")
    template = services.reflection.templates()[0]
    services.reflection.set_prompts(template.id, ["New wording"])
    again = services.reflection.open(event)
    assert again.prompts == ("New wording", DEFAULT_PROMPTS[0])
    assert again.answers[DEFAULT_PROMPTS[0]] == "kept"


def test_intention_review(services: Services, database: Database) -> None:
    event = _event(database)
    event_id = services.records.id_of(Kind.EVENT, event)
    with database.write() as session:
        session.add_all(
            [
                Intention(event_id=event_id, kind=IntentionKind.CONNECT, text="Meet", position=0),
                Intention(event_id=event_id, kind=IntentionKind.LEARN, text="Ask", position=1),
            ]
        )
    first, second = services.reflection.intentions(event)
    changes = services.reflection.set_outcome(
        first.uid, IntentionOutcome.MET, "we talked for an hour"
    )
    assert changes.updated == {(Kind.INTENTION, first.uid), (Kind.EVENT, event)}
    services.reflection.set_outcome(second.uid, IntentionOutcome.LET_IT_REST)
    reviewed = services.reflection.open(event).intentions
    assert [(i.outcome, i.outcome_note) for i in reviewed] == [
        (IntentionOutcome.MET, "we talked for an hour"),
        (IntentionOutcome.LET_IT_REST, ""),
    ]
    assert services.reflection.count() == 0  # reviewing intentions alone writes no reflection
    with database.write() as session:
        session.execute(delete(Intention).where(Intention.uid == first.uid))
    before = _log_size(database)
    with pytest.raises(RecordGone) as gone:
        services.reflection.set_outcome(first.uid, IntentionOutcome.PARTLY)
    assert gone.value.kind is Kind.INTENTION
    assert _log_size(database) == before
    assert services.reflection.intentions("no-such-event") == ()


def test_journal_excerpt_skips_markdown_markers(services: Services, database: Database) -> None:
    event = _event(database)
    services.reflection.save_body(event, "\n# Evening at the hall\n\n- more")
    (entry,) = services.journal.entries()
    assert entry.excerpt() == "Evening at the hall"
    assert entry.event_uid == event
    assert entry.uid == services.reflection.open(event).uid
