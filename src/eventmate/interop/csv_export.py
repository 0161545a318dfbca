"""People as a CSV spreadsheet: UTF-8 with BOM, a header row, ISO 8601 times, no formulas.

Spreadsheets evaluate a cell that starts with ``= + - @`` (or a tab or carriage return) as a
formula, even inside quotes (CWE-1236). Such cells get a leading apostrophe, which every
spreadsheet shows as plain text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_START)

HEADER = (
    "name",
    "pronunciation",
    "role",
    "organization",
    "emails",
    "phones",
    "web",
    "social",
    "tags",
    "met at",
    "met how",
    "first met",
    "last in touch",
    "status",
    "recall cues",
    "added",
    "updated",
    "uid",
)


@dataclass(frozen=True, slots=True)
class CsvPerson:
    """One person's row; several values in one cell are joined with "; ".

    Times are aware datetimes, or text already in the file's form (ISO 8601 UTC to the
    second, "" for none), as a bulk export prepares them without parsing each one. ``uid`` is
    the person's stable identity (the last column): it never changes, so a spreadsheet row can
    be matched to the person again.
    """

    name: str
    pronunciation: str
    role: str
    organization: str
    emails: Sequence[str]
    phones: Sequence[str]
    web: Sequence[str]
    social: Sequence[str]
    tags: Sequence[str]
    met_at: str
    met_how: str
    first_met_at: datetime | str | None
    last_interaction_at: datetime | str | None
    status: str
    recall_cues: str
    created_at: datetime | str | None
    updated_at: datetime | str | None
    uid: str


def guard_cell(value: str) -> str:
    """``value`` made safe from formula evaluation in spreadsheets."""
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _time(moment: datetime | str | None) -> str:
    if moment is None or isinstance(moment, str):
        return moment or ""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _row(person: CsvPerson) -> list[str]:
    return [
        person.name,
        person.pronunciation,
        person.role,
        person.organization,
        "; ".join(person.emails),
        "; ".join(person.phones),
        "; ".join(person.web),
        "; ".join(person.social),
        "; ".join(person.tags),
        person.met_at,
        person.met_how,
        _time(person.first_met_at),
        _time(person.last_interaction_at),
        person.status,
        person.recall_cues,
        _time(person.created_at),
        _time(person.updated_at),
        person.uid,
    ]


def write_people_csv(people: Iterable[CsvPerson]) -> bytes:
    """The CSV file's bytes (``utf-8-sig`` so spreadsheets detect UTF-8; CRLF rows)."""
    return write_people_rows(_row(person) for person in people)


def write_people_rows(rows: Iterable[Sequence[str]]) -> bytes:
    """The CSV file's bytes from rows of cells in :data:`HEADER`'s order (guarded here).

    For bulk exports that build cells straight from the database; see :class:`CsvPerson` for
    what each cell holds.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    first = _FORMULA_FIRST
    # guard_cell, inlined: 100k people have 1.7M cells.
    writer.writerows(["'" + cell if cell[:1] in first else cell for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
