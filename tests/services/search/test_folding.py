"""Names as people type them: one fold for search, name suggestions and duplicate detection.

SQLite's ``remove_diacritics`` folds combining accents only, so "lucja" would not find Łucja,
"soren" not Søren and "strauss" not Strauß. ``domain.text.fold`` (kept in ``person.sort_key``)
is the one rule every path uses.
"""

from __future__ import annotations

import pytest

from eventmate.domain.text import fold
from eventmate.services.container import Services
from eventmate.services.people.duplicates import DuplicateReason
from eventmate.services.search.hits import SearchKind
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

NAMES = ("Łucja Nowak", "Søren Kierkegaard", "Johann Strauß", "Ærø Hansen", "Zoë Ng")

#: (what is typed, the name it must find)
TYPED = [
    ("lucja", "Łucja Nowak"),
    ("Łucja", "Łucja Nowak"),
    ("soren", "Søren Kierkegaard"),
    ("søren kier", "Søren Kierkegaard"),
    ("strauss", "Johann Strauß"),
    ("STRAUSS", "Johann Strauß"),
    ("aero", "Ærø Hansen"),
    ("zoe ng", "Zoë Ng"),
]


@pytest.fixture
def people(database: Database) -> Database:
    with database.write() as session:
        session.add_all(Person(name=name, sort_key=fold(name)) for name in NAMES)
    return database


@pytest.mark.parametrize(("typed", "name"), TYPED)
def test_search_finds_names_as_typed(
    services: Services, people: Database, typed: str, name: str
) -> None:
    hits = services.search.search(typed).groups.get(SearchKind.PERSON, ())
    assert [hit.text for hit in hits] == [name]
    # The words found are marked even when only the folded name matched.
    hit = hits[0]
    assert hit.spans
    assert fold(hit.text[slice(*hit.spans[0])]).startswith(fold(typed.split()[0]))


def test_search_folds_what_is_typed_too(services: Services, database: Database) -> None:
    with database.write() as session:
        session.add(Person(name="Oscar Strauss", sort_key=fold("Oscar Strauss")))
    hits = services.search.search("Strauß").groups[SearchKind.PERSON]
    assert [hit.text for hit in hits] == ["Oscar Strauss"]


@pytest.mark.parametrize(("typed", "name"), [t for t in TYPED if len(fold(t[0])) >= 4])
def test_name_suggestions_fold_the_same_way(
    services: Services, people: Database, typed: str, name: str
) -> None:
    suggested = [s.name for s in services.capture.suggest_people(typed)]
    assert suggested
    assert suggested[0] == name


def test_duplicates_fold_the_same_way(services: Services, database: Database) -> None:
    typed = ("Lucja Nowak", "Soren Kierkegaard", "Johann Strauss", "Aero Hansen")
    with database.write() as session:
        session.add_all(Person(name=name, sort_key=fold(name)) for name in (*NAMES, *typed))
    pairs = services.duplicates.suggestions()
    found = {frozenset((p.first_name, p.second_name)) for p in pairs}
    assert found == {frozenset(pair) for pair in zip(NAMES, typed, strict=False)}
    assert {p.reason for p in pairs} == {DuplicateReason.SAME_NAME}
