"""Likely existing people for a name being typed: fuzzy, accent- and case-insensitive, fast.

Each keystroke must answer well inside a frame at 100k people. ``person.sort_key`` (the folded
name) is indexed, but only for its start, and people are often typed by their family name
("schmit" should find "Anna Schmidt"). So the service keeps a sorted in-memory list of every
folded name *word* with its person id, built once (one read of ``id, sort_key``), extended with
people added since (``id >`` the highest seen, a primary-key range read per keystroke). A
keystroke bisects that list for words starting like the typed words, keeps a few thousand
candidates at most, and ranks only those with rapidfuzz. The chosen few are then read back by
id, so people deleted meanwhile never appear and names are always current.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select

from eventmate.domain.text import fold
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Person

#: Folded input shorter than this suggests nothing: one letter matches half the address book.
MIN_QUERY = 2
#: Words are looked up by this many leading letters, so a typo later in a word still matches.
PREFIX = 4
#: Most candidates ranked per keystroke; bounds the work for very short, common prefixes.
MAX_CANDIDATES = 3000
#: Lowest rapidfuzz score (0–100) still offered.
SCORE_CUTOFF = 72.0


_PUNCTUATION = re.compile(r"[^\w]+")


def word_forms(key: str) -> set[str]:
    """The words a folded name is found by: each word, without punctuation, and its parts.

    "o'brien" is found as "o'brien", "obrien" and "brien"; "jean-luc" as "jeanluc" and "luc".
    """
    forms: set[str] = set()
    for word in key.split():
        forms.add(word)
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


class NameSuggester:
    """Answers name suggestions from an in-memory word list over ``person.sort_key``."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = threading.Lock()
        self._words: list[str] = []
        self._word_ids: list[int] = []
        self._keys: dict[int, str] = {}
        self._recent: list[tuple[str, int]] = []  # added since the last sort; scanned linearly
        self._max_id = 0
        self._built = False
        self._thread: threading.Thread | None = None

    def warm_up(self) -> None:
        """Build the word list now, on this thread."""
        with self._lock:
            self._refresh()

    def warm_up_in_background(self) -> threading.Thread:
        """Build the word list on a worker thread; until it is ready, suggestions are empty.

        At 100k people the first build takes about a second: capture mode must not freeze
        while it runs, and a first keystroke without suggestions is better than a stall.
        """
        thread = threading.Thread(target=self.warm_up, name="name-suggestions", daemon=True)
        self._thread = thread
        thread.start()
        return thread

    def wait(self) -> None:
        """Wait for a background build to finish (before the database is closed)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def invalidate(self) -> None:
        """Forget the word list; the next suggestion rebuilds it (after renames or merges)."""
        with self._lock:
            self._built = False

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
        if not self._lock.acquire(blocking=False):
            return ()  # the word list is being built on a worker thread
        try:
            self._refresh()
            candidates = self._candidates(query)
            choices = {pid: self._keys[pid] for pid in candidates if pid in self._keys}
        finally:
            self._lock.release()
        ranked = process.extract(
            query,
            choices,
            scorer=fuzz.WRatio,
            score_cutoff=SCORE_CUTOFF,
            limit=limit * 3,  # a few spare: some may have been deleted meanwhile
        )
        if not ranked:
            return ()
        order = {key: (-score, key) for _choice, score, key in ranked}
        with self._db.read() as session:
            rows = session.execute(
                select(Person.id, Person.name, Person.role, Person.organization, Event.title)
                .outerjoin(Event, Event.id == Person.met_event_id)
                .where(Person.id.in_(order))
            ).all()
        found = [
            PersonSuggestion(pid, name, role, org, title, -order[pid][0])
            for pid, name, role, org, title in rows
        ]
        found.sort(key=lambda s: order[s.id])
        return tuple(found[:limit])

    def _candidates(self, query: str) -> set[int]:
        """Ids of people with a word starting like a typed word; the most selective word wins."""
        tokens = query.split()
        best: set[int] | None = None
        for token in (_PUNCTUATION.sub("", token) for token in tokens):
            if len(token) < MIN_QUERY and len(tokens) > 1:
                continue  # an initial ("a schmidt") narrows nothing
            ids = self._ids_with_prefix(token[:PREFIX])
            if not ids and len(token) > MIN_QUERY:
                ids = self._ids_with_prefix(token[: PREFIX - 1])  # "shmidt": try "shm"…
            if ids and (best is None or len(ids) < len(best)):
                best = ids
        return best or set()

    def _ids_with_prefix(self, prefix: str) -> set[int]:
        words = self._words
        ids: set[int] = set()
        start = bisect.bisect_left(words, prefix)
        stop = min(len(words), start + MAX_CANDIDATES)
        for i in range(start, stop):
            if not words[i].startswith(prefix):
                break
            ids.add(self._word_ids[i])
        ids.update(pid for word, pid in self._recent if word.startswith(prefix))
        return ids

    def _refresh(self) -> None:
        """Load everyone on first use, afterwards only people added since (by id)."""
        if not self._built:
            self._words, self._word_ids, self._keys, self._recent = [], [], {}, []
            self._max_id = 0
        with self._db.read() as session:
            rows = session.execute(
                select(Person.id, Person.sort_key, Person.name)
                .where(Person.id > self._max_id)
                .order_by(Person.id)
            ).all()
        if not rows:
            self._built = True
            return
        pairs: list[tuple[str, int]] = []
        for pid, sort_key, name in rows:
            key = sort_key or fold(name)
            self._keys[pid] = key
            pairs.extend((word, pid) for word in word_forms(key))
        self._max_id = rows[-1][0]
        if self._built and len(self._recent) + len(pairs) < 1000:
            self._recent.extend(pairs)
            return
        pairs.extend(self._recent)
        pairs.extend(zip(self._words, self._word_ids, strict=True))
        pairs.sort()
        self._words = [word for word, _ in pairs]
        self._word_ids = [pid for _, pid in pairs]
        self._recent = []
        self._built = True
