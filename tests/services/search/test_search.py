"""Search everywhere: grouped results, highlights, and no error for any input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from eventmate.services.container import Services
from eventmate.services.search.search import SearchKind
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Fact, Note, Person, Reflection

WHEN = datetime(2026, 11, 1, 19, 30, tzinfo=UTC)


@pytest.fixture
def filled(database: Database) -> Database:
    with database.write() as session:
        event = Event(title="Wigmore recital", venue="Wigmore Hall", starts_at=WHEN)
        zoe = Person(name="Zoë Müller", sort_key="zoe muller", role="Oboe", organization="LSO")
        sean = Person(name="Seán O'Brien", sort_key="sean o'brien", recall_cues="red scarf 🎻")
        session.add_all([event, zoe, sean])
        session.flush()
        session.add_all(
            [
                Fact(person_id=zoe.id, text="loves Ligeti and C++ programming"),
                Capture(raw_text="Zoë — cor anglais, Ligeti fan", person_id=zoe.id),
                Note(person_id=sean.id, event_id=event.id, text="same teacher in Dublin"),
                Reflection(event_id=event.id, answers={"What went well?": "Talked to Zoë"}),
            ]
        )
    return database


def test_results_are_grouped_by_kind_with_owner(services: Services, filled: Database) -> None:
    results = services.search.search("ligeti")
    assert set(results.groups) == {SearchKind.FACT, SearchKind.CAPTURE}
    fact = results.groups[SearchKind.FACT][0]
    assert fact.person_name == "Zoë Müller"
    assert fact.text[slice(*fact.spans[0])] == "Ligeti"


def test_accent_insensitive_prefix_on_names(services: Services, filled: Database) -> None:
    people = services.search.search("zo mul").groups[SearchKind.PERSON]
    assert [hit.text for hit in people] == ["Zoë Müller"]
    assert [people[0].text[a:b] for a, b in people[0].spans] == ["Zoë", "Müller"]


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("O'Brien", SearchKind.PERSON),
        ("C++", SearchKind.FACT),
        ("🎻", SearchKind.PERSON),
        ("wigmore", SearchKind.EVENT),
        ("talked", SearchKind.REFLECTION),
        ("dublin", SearchKind.NOTE),
    ],
)
def test_awkward_queries_find_things(
    services: Services, filled: Database, query: str, kind: SearchKind
) -> None:
    assert kind in services.search.search(query).groups


def test_person_matched_by_recall_cue_shows_the_cue(services: Services, filled: Database) -> None:
    hit = services.search.search("scarf").groups[SearchKind.PERSON][0]
    assert hit.text == "Seán O'Brien"
    assert "scarf" in hit.detail


def test_limit_per_kind_and_more(services: Services, database: Database) -> None:
    with database.write() as session:
        session.add_all(Person(name=f"Anna {i}", sort_key=f"anna {i}") for i in range(8))
    results = services.search.search("anna", limit_per_kind=3)
    assert len(results.groups[SearchKind.PERSON]) == 3
    assert SearchKind.PERSON in results.more


@pytest.mark.parametrize("query", ["", "   ", "*", "AND", "NEAR(", '"', "-x", "a OR", "name:"])
def test_operator_like_input_never_fails(services: Services, filled: Database, query: str) -> None:
    assert not services.search.search(query).failed


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_string_searches_without_error(services: Services, text: str) -> None:
    results = services.search.search(text)
    assert not results.failed


@pytest.mark.sqlite_only("an FTS5 table dropped; see test_a_broken_search_column")
def test_a_broken_index_gives_failed_not_an_exception(services: Services, filled: Database) -> None:
    with filled.write() as session:
        session.execute(text("DROP TABLE search_fact"))
    results = services.search.search("ligeti")
    assert results.failed
    assert results.is_empty


def test_a_search_of_some_kinds_gives_only_those(services: Services, filled: Database) -> None:
    assert {SearchKind.PERSON, SearchKind.CAPTURE} <= set(services.search.search("zoe").groups)
    people = services.search.search("zoe", kinds=(SearchKind.PERSON,))
    assert set(people.groups) == {SearchKind.PERSON}
    assert [hit.text for hit in people.hits] == ["Zoë Müller"]


@pytest.mark.sqlite_only("an FTS5 table dropped, to show which indexes a search reads")
def test_a_people_search_reads_no_other_index(services: Services, filled: Database) -> None:
    with filled.write() as session:
        session.execute(text("DROP TABLE search_capture"))
    assert services.search.search("zoe").failed
    people = services.search.search("zoe", kinds=(SearchKind.PERSON,))
    assert not people.failed
    assert [hit.text for hit in people.hits] == ["Zoë Müller"]


def test_set_field_on_a_locked_database_raises_save_failed(
    services: Services, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from eventmate.services.people.detail import PersonField, SaveFailed

    def locked(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    person_uid = services.people.page(0, 1)[0].uid
    monkeypatch.setattr(filled, "write", locked)
    with pytest.raises(SaveFailed, match="locked"):
        services.person.set_field(person_uid, PersonField.ROLE, "Horn")


def test_hits_name_their_records_and_owners_by_uid(services: Services, filled: Database) -> None:
    with filled.read() as session:
        zoe = session.query(Person).filter_by(name="Zoë Müller").one()
        event = session.query(Event).one()
        reflection = session.query(Reflection).one()
        zoe_uid, event_uid, reflection_uid = zoe.uid, event.uid, reflection.uid
    person = services.search.search("zoe mul").groups[SearchKind.PERSON][0]
    assert (person.uid, person.person_uid) == (zoe_uid, zoe_uid)
    fact = services.search.search("ligeti").groups[SearchKind.FACT][0]
    assert fact.person_uid == zoe_uid
    found = services.search.search("talked").groups[SearchKind.REFLECTION][0]
    assert (found.uid, found.event_uid) == (reflection_uid, event_uid)


@pytest.mark.server_only
def test_a_broken_search_column_gives_failed(services: Services, database: Database) -> None:
    with database.write() as session:
        session.execute(text("ALTER TABLE fact DROP COLUMN search_text"))
    results = services.search.search("ligeti")
    assert results.failed


@pytest.mark.server_only
def test_server_finds_a_rare_word_far_back_and_a_common_one_newest_first(
    services: Services, database: Database
) -> None:
    # More facts than the newest rows the server reads before it asks its trigram index
    # (migration 0012_speed2): a rare word far back is found through the index, a common
    # word among the newest rows, newest first.
    with database.write() as session:
        zoe = Person(name="Zoë Müller", sort_key="zoe muller")
        session.add(zoe)
        session.flush()
        session.add(Fact(person_id=zoe.id, text="sang at the Wigmore once"))
        session.flush()
        session.execute(
            text(
                "INSERT INTO fact (person_id, kind, text, created_at, uid) "
                "SELECT :person, 'other', 'plays cello ' || n, now(), gen_random_uuid()::text "
                "FROM generate_series(1, 1200) n"
            ),
            {"person": zoe.id},
        )
    rare = services.search.search("wigm").groups[SearchKind.FACT]
    assert [hit.text for hit in rare] == ["sang at the Wigmore once"]
    common = services.search.search("cel", limit_per_kind=5)
    assert [hit.text for hit in common.groups[SearchKind.FACT]] == [
        f"plays cello {n}" for n in range(1200, 1195, -1)
    ]
    assert SearchKind.FACT in common.more
    both = services.search.search("cello 3")
    assert [hit.text for hit in both.groups[SearchKind.FACT]][:1] == ["plays cello 399"]


@pytest.mark.server_only
def test_server_search_reads_no_pending_list_and_is_never_jit_compiled(
    database: Database,
) -> None:
    # 0016_search3: new rows' trigrams go straight into the indexes (a search would read a
    # pending list of megabytes), and the keystroke's function runs without JIT.
    with database.read() as session:
        options = dict(
            session.execute(
                text(
                    "SELECT relname, reloptions FROM pg_class "
                    "WHERE relkind = 'i' AND relname LIKE :pattern"
                ),
                {"pattern": r"ix\_%\_search\_%"},
            ).all()
        )
        settings_of_search = session.execute(
            text("SELECT proconfig FROM pg_proc WHERE proname = 'eventmate_search'")
        ).scalar()
    assert len(options) == 7
    assert all(found == ["fastupdate=off"] for found in options.values()), options
    assert "jit=off" in settings_of_search
