"""Suggestions of people who are probably the same person (never merged automatically).

Three signals, strongest first: the same email address, the same phone number (digits only),
and names that read alike once accents, case and word order are ignored (rapidfuzz
``token_sort_ratio`` ≥ :data:`NAME_THRESHOLD`). Names are compared only within blocks (people
whose name words share their first three letters), so 100k people never means 100k × 100k
comparisons. Short or one-word names ("Li") count only when they are exactly equal after
folding, and a name shared by many people (a common name) is not taken as evidence. Folding
is ``domain.text.fold``, the one rule search and name suggestions use too ("Łucja" and
"Lucja", "Søren" and "Soren", "Strauß" and "Strauss" are the same name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process
from sqlalchemy import select

from eventmate.domain.kinds import ContactKind
from eventmate.domain.text import fold
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Person

#: Lowest token_sort_ratio (0-100) for two names to be suggested.
NAME_THRESHOLD = 88.0
#: A name shared by more people than this is a common name, not a sign of a duplicate.
MAX_SAME_NAME = 4
#: Names shorter than this (letters) or of one word must match exactly.
SHORT_NAME = 6
#: Phone numbers with fewer digits are too short to say anything.
MIN_PHONE_DIGITS = 7

_NOT_DIGIT = re.compile(r"\D")


class DuplicateReason(StrEnum):
    """Why two people are suggested as one."""

    SAME_EMAIL = "same_email"
    SAME_PHONE = "same_phone"
    SAME_NAME = "same_name"
    SIMILAR_NAME = "similar_name"


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two people who may be the same, why, and how sure (0-100)."""

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: DuplicateReason
    score: float
    #: The shared email or phone, when that is the reason.
    shared: str = ""
    #: The two people's uids (what a merge names).
    first_uid: str = ""
    second_uid: str = ""


def normalise_phone(value: str) -> str:
    """Digits only, a leading ``00`` read as ``+`` (``+44 20 7946`` = ``0044207946``)."""
    digits = _NOT_DIGIT.sub("", value)
    return digits[2:] if digits.startswith("00") else digits


def name_key(name: str) -> str:
    """The name folded (accents, case) with its words sorted: "Müller, José" → "jose muller"."""
    words = re.sub(r"[^\w\s]", " ", fold(name)).split()
    return " ".join(sorted(words))


class DuplicatesService:
    """Finds probable duplicates."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def suggestions(self, limit: int = 100) -> tuple[DuplicatePair, ...]:
        """Up to ``limit`` pairs, strongest evidence first, each pair once."""
        with self._db.read() as session:
            people: dict[int, str] = {}
            uids: dict[int, str] = {}
            for person_id, name, uid in session.execute(select(Person.id, Person.name, Person.uid)):
                people[person_id] = name
                uids[person_id] = uid
            contacts = session.execute(
                select(ContactMethod.person_id, ContactMethod.kind, ContactMethod.value).where(
                    ContactMethod.kind.in_((ContactKind.EMAIL, ContactKind.PHONE))
                )
            ).all()
        pairs: dict[tuple[int, int], DuplicatePair] = {}

        def add(a: int, b: int, reason: DuplicateReason, score: float, shared: str = "") -> None:
            first, second = min(a, b), max(a, b)
            if first != second and (first, second) not in pairs:
                pairs[(first, second)] = DuplicatePair(
                    first,
                    people[first],
                    second,
                    people[second],
                    reason,
                    score,
                    shared,
                    uids[first],
                    uids[second],
                )

        emails: dict[str, set[int]] = defaultdict(set)
        phones: dict[str, set[int]] = defaultdict(set)
        for person_id, kind, value in contacts:
            if kind is ContactKind.EMAIL:
                emails[value.strip().casefold()].add(person_id)
            elif len(digits := normalise_phone(value)) >= MIN_PHONE_DIGITS:
                phones[digits].add(person_id)
        for shared, group in _groups(emails):
            for a, b in _each_pair(group):
                add(a, b, DuplicateReason.SAME_EMAIL, 100.0, shared)
        for shared, group in _groups(phones):
            for a, b in _each_pair(group):
                add(a, b, DuplicateReason.SAME_PHONE, 100.0, shared)
        for a, b, score in _similar_names(people):
            add(
                a,
                b,
                DuplicateReason.SAME_NAME if score == 100 else DuplicateReason.SIMILAR_NAME,
                score,
            )
        ranked = sorted(
            pairs.values(),
            key=lambda p: (list(DuplicateReason).index(p.reason), -p.score, p.first_id),
        )
        return tuple(ranked[:limit])


def _groups(index: dict[str, set[int]]) -> Iterable[tuple[str, list[int]]]:
    # An address shared by many people is a shared inbox (info@…), not one person.
    for value, ids in sorted(index.items()):
        if 1 < len(ids) <= MAX_SAME_NAME:
            yield value, sorted(ids)


def _each_pair(ids: list[int]) -> Iterable[tuple[int, int]]:
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            yield a, b


def _similar_names(people: dict[int, str]) -> Iterable[tuple[int, int, float]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for pid, name in people.items():
        key = name_key(name)
        if key:
            by_key[key].append(pid)
    # Exactly the same name (after folding and reordering), unless it is a common name.
    for ids in by_key.values():
        if 1 < len(ids) <= MAX_SAME_NAME:
            for a, b in _each_pair(sorted(ids)):
                yield a, b, 100.0
    # Similar names: distinct keys compared within blocks of shared three-letter word starts.
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if _too_short(key):
            continue
        for word in set(key.split()):
            if len(word) >= 3:
                blocks[word[:3]].append(key)
    seen: set[tuple[str, str]] = set()
    for keys in blocks.values():
        if len(keys) < 2:
            continue
        for i, key in enumerate(keys[:-1]):
            for other, score, _ in process.extract(
                key,
                keys[i + 1 :],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=NAME_THRESHOLD,
                limit=None,
            ):
                pair = (min(key, other), max(key, other))
                if pair in seen:
                    continue
                seen.add(pair)
                if len(by_key[key]) > MAX_SAME_NAME or len(by_key[other]) > MAX_SAME_NAME:
                    continue
                for a in by_key[key]:
                    for b in by_key[other]:
                        yield a, b, float(score)


def _too_short(key: str) -> bool:
    return len(key.split()) < 2 or len(key.replace(" ", "")) < SHORT_NAME
