"""Markdown journal: front matter per entry, escaped titles, never raw HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from eventmate.interop.markdown_journal import (
    JournalExportEntry,
    JournalIntention,
    escape_inline,
    write_journal_markdown,
)


def entry(title: str = "Autumn *Gala*", body: str = "Good night.") -> JournalExportEntry:
    return JournalExportEntry(
        event_title=title,
        starts_at=datetime(2026, 11, 20, 19, 30, tzinfo=UTC),
        venue="Wigmore Hall",
        city="London",
        answers=(("What went well?", "Long talk <script>alert(1)</script>"),),
        energy_before=2,
        energy_after=4,
        body=body,
        intentions=(JournalIntention("connect", "meet Anna", "Anna Schmidt", "met", "coffee"),),
        people=("Anna Schmidt",),
        updated_at=None,
    )


def front_matter(text: str) -> dict[str, object]:
    block = text.split("---\n")[1]
    values: dict[str, object] = {}
    for line in block.strip().splitlines():
        key, _, raw = line.partition(": ")
        values[key] = json.loads(raw)
    return values


def test_entry_has_front_matter_prompts_and_intentions() -> None:
    text = write_journal_markdown([entry()]).decode()
    meta = front_matter(text)
    assert meta["event"] == "Autumn *Gala*"
    assert meta["energy_after"] == 4
    assert meta["people"] == ["Anna Schmidt"]
    assert "# Autumn \\*Gala\\*" in text
    assert "## What went well?" in text
    assert "- connect: meet Anna (Anna Schmidt) — met: coffee" in text
    assert "<script>" not in text
    assert "&lt;script&gt;" in text


def test_a_fence_line_in_the_body_cannot_end_the_entry_early() -> None:
    text = write_journal_markdown([entry(body="before\n---\nevent: fake")]).decode()
    assert text.count("\n---\n") == 1
    assert "\\---" in text


def test_empty_journal_says_so() -> None:
    assert b"No reflections yet" in write_journal_markdown([])


@given(st.text())
def test_escaped_titles_carry_no_html_or_heading_breaks(title: str) -> None:
    escaped = escape_inline(title)
    assert "<" not in escaped
    assert "\n" not in escaped
    assert not escaped.startswith(("#", "- ", "+ "))
