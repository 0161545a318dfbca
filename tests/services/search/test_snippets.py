"""Snippets cut in Python: the window FTS5's snippet() chose, without its quadratic cost."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from conftest import NOW
from eventmate.services.container import Services
from eventmate.services.search.hits import SearchKind
from eventmate.services.search.snippets import COLUMN_SEPARATOR, WORDS, highlighted, snippet
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event
from eventmate.storage.search_index import ELLIPSIS, MARK_END, MARK_START, marked_spans

LONG = (
    "Met Anna Schmidt after the concert, she plays viola in the Berlin Phil and loves Ligeti; "
    "promised to send the score of the Ligeti concerto next week. Then: viola again, with "
    "many more words to fill this sentence up to well past a snippet's length"
)
DOCUMENTS = [
    ("Gig at Café Zoë", LONG),
    ("short one", "viola"),
    ("counting", " ".join(f"w{i}" for i in range(15)) + " viola " + " ".join("abcdefgh")),
    ("Zoë 🎻 plays", "a b c d e f g h i j k l m n o p 🎻 q r s"),
    ("", "Ligeti: first. Ligeti: second. Ligeti: third, and then viola at the very end of it"),
]
QUERIES = ['"viola"*', '"ligeti"*', '"viola"* "ligeti"*', '"zoe"*', '"again"*', '"🎻"*', '"w1"*']


@pytest.fixture
def index() -> Iterator[sqlite3.Connection]:
    """An FTS5 table made as the app's search indexes are, holding :data:`DOCUMENTS`."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = "
        "\"unicode61 remove_diacritics 2 categories 'L* N* Co So'\", prefix = '1 2 3')"
    )
    connection.executemany("INSERT INTO t VALUES (?, ?)", DOCUMENTS)
    yield connection
    connection.close()


@pytest.mark.parametrize("query", QUERIES)
def test_same_window_as_fts5_snippet(index: sqlite3.Connection, query: str) -> None:
    """On ordinary texts the words shown are those FTS5's own snippet() picks."""
    params = {"m1": MARK_START, "m2": MARK_END, "dots": ELLIPSIS, "sep": COLUMN_SEPARATOR}
    rows = index.execute(
        f"SELECT snippet(t, -1, :m1, :m2, :dots, {WORDS}), {highlighted('t', (0, 1))} "
        "FROM t WHERE t MATCH :q",
        {**params, "q": query},
    ).fetchall()
    assert rows
    phrases = tuple(phrase.strip('"*') for phrase in query.split())
    for fts5, joined in rows:
        assert snippet(joined, phrases) == fts5


def test_one_word_thousands_of_times() -> None:
    """The torture fuzzer's case: every word a hit; twelve of them, cut at the end."""
    joined = " ".join([f"{MARK_START}not{MARK_END}"] * 25_000)
    text, spans = marked_spans(snippet(joined))
    assert text == " ".join(["not"] * WORDS) + ELLIPSIS
    assert len(spans) == WORDS


def test_best_column_wins_and_no_match_shows_the_start() -> None:
    marked = f"{MARK_START}viola{MARK_END}"
    assert snippet(COLUMN_SEPARATOR.join(["title", f"{marked} and {marked}"])) == (
        f"{marked} and {marked}"
    )
    words = " ".join(f"w{i}" for i in range(20))
    assert snippet(COLUMN_SEPARATOR.join([words, ""])) == " ".join(words.split()[:WORDS]) + "…"
    assert snippet(None) == ""


def test_search_finds_a_capture_of_one_word_repeated(
    services: Services, database: Database
) -> None:
    """A capture of 'not not …' (100,000 characters) is found with a short snippet."""
    with database.write() as session:
        event = Event(title="Not a gig", starts_at=NOW)
        session.add(event)
        session.flush()
        session.add(Capture(raw_text="not " * 25_000, event_id=event.id))
    results = services.search.search("not")
    [capture] = results.groups[SearchKind.CAPTURE]
    assert capture.text == " ".join(["not"] * WORDS) + ELLIPSIS
    assert results.groups[SearchKind.EVENT][0].text == "Not a gig"
