"""What a search returns (plain types, importable without the database layer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class SearchKind(StrEnum):
    """What a search result is, in the order results are shown."""

    PERSON = "person"
    EVENT = "event"
    FACT = "fact"
    CAPTURE = "capture"
    NOTE = "note"
    REFLECTION = "reflection"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: its text with the matched words' character spans, and what it belongs to."""

    kind: SearchKind
    id: int
    text: str
    spans: tuple[tuple[int, int], ...]
    detail: str = ""
    person_id: int | None = None
    person_name: str = ""
    event_id: int | None = None
    event_title: str = ""
    when: datetime | None = None
    #: The record's own uid, and those of the person and event it belongs to.
    uid: str = ""
    person_uid: str | None = None
    event_uid: str | None = None


@dataclass(frozen=True, slots=True)
class SearchResults:
    """Results grouped by kind; ``failed`` when the search could not run (nothing is shown)."""

    query: str
    groups: dict[SearchKind, tuple[SearchHit, ...]] = field(default_factory=dict)
    more: frozenset[SearchKind] = frozenset()
    failed: bool = False

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        """Every hit, kind by kind in :class:`SearchKind` order."""
        return tuple(hit for kind in SearchKind for hit in self.groups.get(kind, ()))

    @property
    def is_empty(self) -> bool:
        """True when nothing matched."""
        return not any(self.groups.values())
