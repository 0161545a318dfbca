"""People list: filters, sorts and keyset paging that visits everyone exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from eventmate.domain.kinds import PersonStatus
from eventmate.services.container import Services
from eventmate.services.people.people import PeopleFilter, PeopleSelection, PeopleSort, PersonRow
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Person, Tag

BASE = datetime(2026, 1, 1, tzinfo=UTC)
GALA = "0b8e1d8e-0000-4000-8000-000000000001"
TAG = "0b8e1d8e-0000-4000-8000-000000000002"


@pytest.fixture
def crowd(database: Database) -> Database:
    with database.write() as session:
        event = Event(id=1, uid=GALA, title="Gala", starts_at=BASE)
        other = Event(id=2, title="Recital", starts_at=BASE)
        tag = Tag(id=1, uid=TAG, name="choir")
        session.add_all([event, other, tag])
        for i in range(23):
            person = Person(
                name=f"Person {i:02d}",
                sort_key=f"person {i:02d}",
                organization="Wigmore Hall" if i % 2 else "LSO",
                status=PersonStatus.RESTING if i % 5 == 0 else PersonStatus.ACTIVE,
                # Some share a time, some have none: the keyset must handle both.
                last_interaction_at=None if i % 7 == 0 else BASE + timedelta(days=i // 3),
                first_met_at=BASE + timedelta(days=i),
                met_event_id=1 if i < 4 else None,
            )
            if i % 3 == 0:
                person.tags.append(tag)
            session.add(person)
        session.flush()
        session.add(Capture(raw_text="x", person_id=10, event_id=1))
    return database


def _walk(services: Services, sort: PeopleSort, filters: PeopleFilter) -> list[PersonRow]:
    rows: list[PersonRow] = []
    last = None
    while True:
        page = services.people.page_after(last, 4, filters, sort)
        if not page:
            return rows
        rows.extend(page)
        last = page[-1]


@pytest.mark.parametrize("sort", list(PeopleSort))
@pytest.mark.parametrize(
    "filters",
    [
        PeopleFilter(),
        PeopleFilter(tag_uid=TAG),
        PeopleFilter(status=PersonStatus.RESTING),
        PeopleFilter(organization="wig"),
        PeopleFilter(event_uid=GALA),
    ],
)
def test_keyset_paging_visits_each_match_once_in_order(
    services: Services, crowd: Database, sort: PeopleSort, filters: PeopleFilter
) -> None:
    rows = _walk(services, sort, filters)
    assert len(rows) == len({row.id for row in rows}) == services.people.count(filters)
    if sort is PeopleSort.NAME:
        assert [r.sort_key for r in rows] == sorted(r.sort_key for r in rows)
    else:
        attr = "last_interaction_at" if sort is PeopleSort.LAST_INTERACTION else "first_met_at"
        dated = [getattr(r, attr) for r in rows if getattr(r, attr) is not None]
        assert dated == sorted(dated, reverse=True)
        # People without a date come last.
        assert all(getattr(r, attr) is None for r in rows[len(dated) :])


def test_filters_select_the_right_people(services: Services, crowd: Database) -> None:
    assert services.people.count(PeopleFilter(tag_uid=TAG)) == 8
    assert services.people.count(PeopleFilter(status=PersonStatus.RESTING)) == 5
    assert services.people.count(PeopleFilter(organization="WIGMORE")) == 11
    # Met there (0-3) or captured there (person 10).
    assert services.people.count(PeopleFilter(event_uid=GALA)) == 5
    assert services.people.count(PeopleFilter(organization="%")) == 0


def test_choices_for_filter_menus(services: Services, crowd: Database) -> None:
    assert [c.label for c in services.people.tags()] == ["choir"]
    assert len(services.people.events()) == 2


@pytest.mark.parametrize("sort", list(PeopleSort))
def test_page_at_agrees_with_keyset_paging(
    services: Services, crowd: Database, sort: PeopleSort
) -> None:
    walked = _walk(services, sort, PeopleFilter())
    jumped = [
        row for offset in range(0, 23, 5) for row in services.people.page_at(offset, 5, None, sort)
    ]
    assert [r.id for r in jumped] == [r.id for r in walked]


@pytest.mark.parametrize("sort", list(PeopleSort))
@pytest.mark.parametrize(
    "filters", [PeopleFilter(), PeopleFilter(tag_uid=TAG), PeopleFilter(organization="wig")]
)
def test_a_selected_stretch_is_exactly_the_rows_between_its_ends(
    services: Services, crowd: Database, sort: PeopleSort, filters: PeopleFilter
) -> None:
    rows = _walk(services, sort, filters)
    # Every stretch, including those that start or end among people without a date.
    for first in range(len(rows)):
        for last in range(first, len(rows)):
            selection = PeopleSelection(
                filters, sort, last - first + 1, spans=((rows[first], rows[last]),)
            )
            got = services.people.selected_ids(selection)
            assert sorted(got) == sorted(r.id for r in rows[first : last + 1]), (first, last)


def test_selection_joins_known_ids_and_stretches_once_each(
    services: Services, crowd: Database
) -> None:
    rows = _walk(services, PeopleSort.NAME, PeopleFilter())
    selection = PeopleSelection(
        PeopleFilter(),
        PeopleSort.NAME,
        7,
        ids=(rows[20].id, rows[2].id),
        spans=((rows[1], rows[4]), (rows[3], rows[5])),
    )
    got = services.people.selected_ids(selection)
    assert got == [rows[20].id, rows[2].id, rows[1].id, rows[3].id, rows[4].id, rows[5].id]
    assert services.people.selected_ids(PeopleSelection(PeopleFilter(), PeopleSort.NAME, 0)) == []


def test_a_stretch_ignores_people_added_outside_it(services: Services, crowd: Database) -> None:
    rows = _walk(services, PeopleSort.NAME, PeopleFilter())
    selection = PeopleSelection(PeopleFilter(), PeopleSort.NAME, 3, spans=((rows[5], rows[7]),))
    with crowd.write() as session:
        session.add(Person(name="Aaron", sort_key="aaron"))  # sorts before the stretch
    assert services.people.selected_ids(selection) == [r.id for r in rows[5:8]]


def test_people_deleted_since_selecting_are_left_out(services: Services, crowd: Database) -> None:
    rows = _walk(services, PeopleSort.NAME, PeopleFilter())
    selection = PeopleSelection(
        PeopleFilter(),
        PeopleSort.NAME,
        4,
        ids=(rows[0].id, rows[9].id),
        spans=((rows[3], rows[4]),),
    )
    with crowd.write() as session:
        session.delete(session.get(Person, rows[9].id))
        session.delete(session.get(Person, rows[4].id))
    assert services.people.selected_ids(selection) == [rows[0].id, rows[3].id]


def test_rows_choices_and_listings_carry_uids(services: Services, crowd: Database) -> None:
    rows = _walk(services, PeopleSort.NAME, PeopleFilter())
    assert all(len(row.uid) == 36 for row in rows)
    assert len({row.uid for row in rows}) == len(rows)
    assert [c.uid for c in services.people.tags()] == [TAG]
    assert GALA in {c.uid for c in services.people.events()}
    listing = services.people.listings([rows[3].id])[0]
    assert (listing.id, listing.uid) == (rows[3].id, rows[3].uid)


@pytest.mark.parametrize("sort", list(PeopleSort))
@pytest.mark.parametrize("filters", [PeopleFilter(), PeopleFilter(tag_uid=TAG)])
def test_locate_finds_each_person_at_their_row(
    services: Services, crowd: Database, sort: PeopleSort, filters: PeopleFilter
) -> None:
    rows = _walk(services, sort, filters)
    assert [services.people.locate(row.uid, filters, sort) for row in rows] == list(
        range(len(rows))
    )


def test_locate_says_none_for_people_gone_or_filtered_out(
    services: Services, crowd: Database
) -> None:
    rows = _walk(services, PeopleSort.NAME, PeopleFilter())
    tagged = {r.uid for r in _walk(services, PeopleSort.NAME, PeopleFilter(tag_uid=TAG))}
    outside = next(row for row in rows if row.uid not in tagged)
    assert services.people.locate(outside.uid, PeopleFilter(tag_uid=TAG)) is None
    with crowd.write() as session:
        session.delete(session.get(Person, rows[5].id))
    assert services.people.locate(rows[5].uid) is None
