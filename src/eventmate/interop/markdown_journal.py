"""The journal as one Markdown document: an entry per reflection with YAML front matter.

Front-matter values are written as JSON strings (valid YAML, with every character escaped
safely). Titles are escaped so that ``*``, ``#`` or ``[`` in an event's name stay literal; no
user text is ever emitted as raw HTML (``<``, ``>`` and ``&`` become entities).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|~])")
# At the start of a line these begin a list, a quote or a numbered item.
_LINE_START = re.compile(r"^([-+]|\d+\.)(?=\s|$)")


@dataclass(frozen=True, slots=True)
class JournalIntention:
    """An intention and how it turned out."""

    kind: str
    text: str
    person: str
    outcome: str
    outcome_note: str


@dataclass(frozen=True, slots=True)
class JournalExportEntry:
    """One reflection with its event, for export."""

    event_title: str
    starts_at: datetime
    venue: str
    city: str
    answers: Sequence[tuple[str, str]]
    energy_before: int | None
    energy_after: int | None
    body: str
    intentions: Sequence[JournalIntention]
    people: Sequence[str]
    updated_at: datetime | None


def escape_html(text: str) -> str:
    """``text`` with ``&``, ``<`` and ``>`` as entities, so Markdown renders no HTML from it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_inline(text: str) -> str:
    """A one-line text (a title, a prompt) safe as literal Markdown."""
    one_line = " ".join(text.split())
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escape_html(one_line))
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], escaped)


def _block(text: str) -> str:
    # Free writing keeps its own Markdown (lists, emphasis) but never becomes HTML. A line
    # that looks like front matter's fence would end the entry early, so it is escaped.
    lines = escape_html(text.strip()).split("\n")
    return "\n".join("\\---" if line.strip() == "---" else line for line in lines)


def _yaml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _entry(entry: JournalExportEntry) -> str:
    front = [
        "---",
        f"event: {_yaml(entry.event_title)}",
        f"date: {_yaml(entry.starts_at.astimezone(UTC).isoformat(timespec='minutes'))}",
    ]
    if entry.venue or entry.city:
        place = ", ".join(p for p in (entry.venue, entry.city) if p)
        front.append(f"place: {_yaml(place)}")
    if entry.energy_before is not None:
        front.append(f"energy_before: {entry.energy_before}")
    if entry.energy_after is not None:
        front.append(f"energy_after: {entry.energy_after}")
    if entry.people:
        front.append(f"people: [{', '.join(_yaml(name) for name in entry.people)}]")
    if entry.updated_at is not None:
        front.append(f"updated: {_yaml(entry.updated_at.astimezone(UTC).isoformat())}")
    front.append("---")
    parts = ["\n".join(front), f"# {escape_inline(entry.event_title)}"]
    if entry.intentions:
        lines = ["## Intentions", ""]
        for intention in entry.intentions:
            text = escape_inline(intention.text) or "—"
            about = f" ({escape_inline(intention.person)})" if intention.person else ""
            outcome = f" — {escape_inline(intention.outcome)}" if intention.outcome else ""
            note = f": {escape_inline(intention.outcome_note)}" if intention.outcome_note else ""
            lines.append(f"- {escape_inline(intention.kind)}: {text}{about}{outcome}{note}")
        parts.append("\n".join(lines))
    for prompt, answer in entry.answers:
        parts.append(f"## {escape_inline(prompt)}\n\n{_block(answer) or '—'}")
    if entry.body.strip():
        parts.append(f"## Notes\n\n{_block(entry.body)}")
    return "\n\n".join(parts) + "\n"


def write_journal_markdown(entries: Iterable[JournalExportEntry], title: str = "Journal") -> bytes:
    """The whole journal as UTF-8 Markdown: one front-matter block and section per entry."""
    chunks = [_entry(entry) for entry in entries]
    if not chunks:
        return f"# {escape_inline(title)}\n\nNo reflections yet.\n".encode()
    return "\n".join(chunks).encode("utf-8")
