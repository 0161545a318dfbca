"""Likely existing people for a name being typed: fuzzy, accent- and case-insensitive, fast.

Each keystroke must answer well inside a frame at 100k people. ``person.sort_key`` (the folded
name) is indexed, but only for its start, and people are often typed by their family name
("schmit" should find "Anna Schmidt"). So the service keeps a sorted in-memory list of every
folded name *word* with its person id, built once (one read of ``id, sort_key``), extended with
people added since (``id >`` the highest seen: a primary-key range read, at most every two
seconds, or at once after this service added someone). A keystroke bisects that list for words
starting like the typed words, keeps a thousand candidates at most, and ranks only those with
rapidfuzz. The chosen few are then read back by id, so people deleted meanwhile never appear
and names are always current. People renamed anywhere are found under their new name once
:meth:`NameSuggester.follow` has seen the change (capture mode passes it every ``Changes``).
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, select

from eventmate.domain.text import fold
from eventmate.services.changes import Changes, Kind
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Person

#: Folded input shorter than this suggests nothing: one letter matches half the address book.
MIN_QUERY = 2
#: Words are looked up by this many leading letters, so a typo later in a word still matches.
PREFIX = 4
#: Most candidates ranked per keystroke; bounds the work for very short, common prefixes.
MAX_CANDIDATES = 1000
#: Lowest rapidfuzz score (0–100) still offered.
SCORE_CUTOFF = 72.0


#: Rows read at a time while building; a slice ends after about 8 ms of work, so the
#: caller's event loop (capture mode) handles keys between slices.
_FETCH = 500
_SLICE_SECONDS = 0.008
#: Words are kept in buckets by their first two letters (short sorts, short slices).
_BUCKET = 2
#: People added by other parts of the app are looked for at most this often.
RECHECK_SECONDS = 2.0

_PUNCTUATION = re.compile(r"[^\w]+")
# Built once: building statements per keystroke costs more than running them.
_DETAILS = (
    select(Person.id, Person.name, Person.role, Person.organization, Event.title, Person.uid)
    .outerjoin(Event, Event.id == Person.met_event_id)
    .where(Person.id.in_(bindparam("ids", expanding=True)))
)
_BY_UID = select(Person.id, Person.sort_key, Person.name).where(
    Person.uid.in_(bindparam("uids", expanding=True))
)
_ADDED_SINCE = (
    select(Person.id, Person.sort_key, Person.name)
    .where(Person.id > bindparam("after"))
    .order_by(Person.id)
)


def word_forms(key: str) -> set[str]:
    """The words a folded name is found by: each word, without punctuation, and its parts.

    "o'brien" is found as "o'brien", "obrien" and "brien"; "jean-luc" as "jeanluc" and "luc".
    """
    forms: set[str] = set()
    for word in key.split():
        forms.add(word)
        if word.isalnum():
            continue  # the usual case; no punctuation to take apart
        parts = [part for part in _PUNCTUATION.split(word) if part]
        forms.add("".join(parts))
        forms.update(parts)
    forms.discard("")
    return forms


@dataclass(frozen=True, slots=True)
class PersonSuggestion:
    """An existing person the name being typed may mean."""

    id: int
    name: str
    role: str
    organization: str
    met_event_title: str | None
    score: float
    #: The person's uid: a capture linked to them names it.
    uid: str = ""


class NameSuggester:
    """Answers name suggestions from an in-memory word list over ``person.sort_key``."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._building = False
        # Per first two letters: sorted words, and for each word its person's id and folded name.
        # Buckets keep every sort short, so each slice of a build stays short.
        self._buckets: dict[str, _Bucket] = {}
        self._keys: dict[int, str] = {}
        self._recent: list[tuple[str, int]] = []  # added since the last sort; scanned linearly
        self._max_id = 0
        self._built = False
        self._checked = 0.0  # when people added elsewhere were last looked for (monotonic)
        self._stale = False
        # People renamed since the last build: their words in the buckets are old, so their
        # current name is ranked instead of the one stored beside those words.
        self._renamed: set[int] = set()

    def warm_up(self) -> None:
        """Build the word list now, in one go."""
        for _ in self.warm_up_steps():
            pass

    def warm_up_steps(self) -> Iterator[None]:
        """Build the word list a slice at a time (a few milliseconds each), yielding between.

        At 100k people a build takes about a second. Capture mode drives this from its event
        loop, so keys are handled between slices instead of waiting for the whole build (a
        worker thread would hold the GIL and stall the GUI just the same). Until the build is
        done, suggestions are empty: a first keystroke without them beats a frozen window.
        """
        if self._building:
            return
        self._building = True
        try:
            yield from self._refresh_steps()
        finally:
            self._building = False

    def invalidate(self) -> None:
        """Forget the word list; the next suggestion rebuilds it (after renames or merges)."""
        self._built = False

    def follow(self, changes: Changes) -> None:
        """Keep up with people changed anywhere: a renamed person is found by the new name.

        One read of the updated people's names; only those whose name changed are touched.
        After a reset (a restore replaced everything, ids included) the list is rebuilt.
        """
        if changes.reset:
            self.invalidate()
            return
        uids = [uid for kind, uid in changes.updated if kind is Kind.PERSON]
        if not uids or not self._built:
            return  # nothing built yet: the build reads current names
        with self._db.read() as session:
            rows = session.connection().execute(_BY_UID, {"uids": uids}).all()
        for pid, sort_key, name in rows:
            key = sort_key or fold(name)
            if pid in self._keys and self._keys[pid] != key:
                self._keys[pid] = key
                self._renamed.add(pid)
                self._recent.extend((word, pid) for word in word_forms(key))

    def note_added(self) -> None:
        """People were just added here: look for them on the next keystroke, not in a while."""
        self._stale = True

    def forget(self, person_id: int) -> None:
        """Stop suggesting ``person_id`` (it was just removed, e.g. by undoing its capture)."""
        # No lock: a dict pop is atomic, and a build running meanwhile reads the database anew.
        self._keys.pop(person_id, None)

    def suggest(self, text: str, limit: int = 5) -> tuple[PersonSuggestion, ...]:
        """Up to ``limit`` people whose name is like ``text``, best first.

        Args:
            text: A name or its beginning, as typed ("Zoe", "schmit", "anna sch").
            limit: How many to return at most.
        """
        query = fold(text)
        if len(query.replace(" ", "")) < MIN_QUERY or limit <= 0:
            return ()
        if self._building:
            return ()  # the word list is being built, slice by slice
        for _ in self._refresh_steps():
            pass
        ids, keys = self._candidates(query)
        ranked = process.extract(
            query,
            keys,
            scorer=fuzz.WRatio,
            score_cutoff=SCORE_CUTOFF,
            limit=limit * 3,  # a few spare: some may be removed, or found by two words
        )
        order: dict[int, tuple[float, int]] = {}
        for _choice, score, index in ranked:
            pid = ids[index]
            if pid not in order and pid in self._keys:  # not forgotten meanwhile
                order[pid] = (-score, pid)
        if not order:
            return ()
        with self._db.read() as session:
            rows = session.connection().execute(_DETAILS, {"ids": list(order)}).all()
        found = [
            PersonSuggestion(pid, name, role, org, title, -order[pid][0], uid)
            for pid, name, role, org, title, uid in rows
        ]
        found.sort(key=lambda s: order[s.id])
        return tuple(found[:limit])

    def _candidates(self, query: str) -> tuple[list[int], list[str]]:
        """People with words starting like the typed words (all of them, if any match).

        Returns:
            Their ids and folded names, position by position (a person may appear twice).
        """
        found: list[tuple[list[int], list[str]]] = []
        tokens = query.split()
        for token in (_PUNCTUATION.sub("", token) for token in tokens):
            if len(token) < MIN_QUERY and len(tokens) > 1:
                continue  # an initial ("a schmidt") narrows nothing
            ids, keys = self._with_prefix(token[:PREFIX])
            if not ids and len(token) > MIN_QUERY:
                ids, keys = self._with_prefix(token[: PREFIX - 1])  # "shmidt": try "shm"…
            if ids:
                found.append((ids, keys))
        if len(found) <= 1:
            return found[0] if found else ([], [])
        found.sort(key=lambda pair: len(pair[0]))
        # "Anna Schmidt" narrows to people with both words; a typo in one word falls back to
        # the most selective word alone.
        both = set(found[0][0]).intersection(*(set(ids) for ids, _ in found[1:]))
        if not both:
            return found[0]
        ids = sorted(both)
        return ids, [self._keys.get(pid, "") for pid in ids]

    def _with_prefix(self, prefix: str) -> tuple[list[int], list[str]]:
        # Both ends by bisection and slices in C: no Python loop over thousands of words.
        bucket = self._buckets.get(prefix[:_BUCKET])
        ids: list[int] = []
        keys: list[str] = []
        if bucket is not None:
            words = bucket.words
            start = bisect.bisect_left(words, prefix)
            stop = min(
                bisect.bisect_left(words, prefix + "\U0010ffff", lo=start),
                start + MAX_CANDIDATES,
            )
            ids = bucket.ids[start:stop]
            keys = bucket.keys[start:stop]
            if self._renamed:
                keys = [
                    self._keys.get(pid, "") if pid in self._renamed else key
                    for pid, key in zip(ids, keys, strict=True)
                ]
        for word, pid in self._recent:
            if word.startswith(prefix):
                ids.append(pid)
                keys.append(self._keys.get(pid, ""))
        return ids, keys

    def _refresh_steps(self) -> Iterator[None]:
        """Load everyone on first use, afterwards only people added since (by id)."""
        if not self._built:
            self._buckets, self._keys, self._recent = {}, {}, []
            self._renamed = set()
            self._max_id = 0
        now = time.monotonic()
        if self._built and not self._stale and now - self._checked < RECHECK_SECONDS:
            return
        # Parallel lists of words and ids, not (word, id) tuples: millions of small tuples
        # would wake the cyclic garbage collector for long pauses in the middle of a build.
        words: list[str] = []
        ids: list[int] = []
        since = time.perf_counter()
        with self._db.read() as session:
            result = session.connection().execute(_ADDED_SINCE, {"after": self._max_id})
            while rows := result.fetchmany(_FETCH):
                for pid, sort_key, name in rows:
                    key = sort_key or fold(name)
                    self._keys[pid] = key
                    for word in word_forms(key):
                        words.append(word)
                        ids.append(pid)
                self._max_id = rows[-1][0]
                if time.perf_counter() - since > _SLICE_SECONDS:
                    yield
                    since = time.perf_counter()
        self._checked, self._stale = now, False
        yield
        since = time.perf_counter()
        if self._built and len(self._recent) + len(words) < 1000:
            self._recent.extend(zip(words, ids, strict=True))
            return
        for word, pid in self._recent:
            words.append(word)
            ids.append(pid)
        by_bucket: dict[str, tuple[list[str], list[int]]] = {}
        for i, word in enumerate(words):
            bucket = by_bucket.get(word[:_BUCKET])
            if bucket is None:
                bucket = by_bucket[word[:_BUCKET]] = ([], [])
            bucket[0].append(word)
            bucket[1].append(ids[i])
            if not i % 20_000 and time.perf_counter() - since > _SLICE_SECONDS:
                yield
                since = time.perf_counter()
        del words, ids
        for prefix, (new_words, new_ids) in by_bucket.items():
            old = self._buckets.get(prefix)
            if old is not None:
                new_words.extend(old.words)
                new_ids.extend(old.ids)
            order = sorted(range(len(new_words)), key=new_words.__getitem__)
            self._buckets[prefix] = _Bucket(
                [new_words[i] for i in order],
                [new_ids[i] for i in order],
                [self._keys.get(new_ids[i], "") for i in order],
            )
            if time.perf_counter() - since > _SLICE_SECONDS:
                yield
                since = time.perf_counter()
        self._recent = []
        self._built = True


@dataclass(slots=True)
class _Bucket:
    """The words starting with the same two letters, sorted, with their person's id and name."""

    words: list[str]
    ids: list[int]
    keys: list[str]
