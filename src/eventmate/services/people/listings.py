"""People with their e-mails, phones and tags, read as plain SQL (no ORM import needed).

``eventmate people`` and the CSV export list people through :class:`PeopleListings`; on a
SQLite file the read needs only ``sqlite3``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from eventmate.storage.sql import SqlReader

#: Most ids bound in one IN list (SQLite allows 32766 in most builds, PostgreSQL 65535).
_BOUND_IDS = 5000


@dataclass(frozen=True, slots=True)
class PersonListing:
    """A person with their ways to reach them and tags (for exports and the command line)."""

    id: int
    name: str
    role: str
    organization: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    tags: tuple[str, ...]
    uid: str = ""


_EVERYONE = "SELECT id, name, role, organization, uid FROM person ORDER BY sort_key, id"
_CONTACTS = "SELECT person_id, kind, value, id FROM contact_method ORDER BY id"
_TAGS = (
    "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id ORDER BY t.name"
)


_SOME = "SELECT id, name, role, organization, uid FROM person WHERE id IN ({ids})"
# By person only (kinds are kept in Python): with a kind condition SQLite walks the
# (kind, value) index through every e-mail address instead (0.5 s at 100k people).
_THEIR_CONTACTS = (
    "SELECT person_id, kind, value, id FROM contact_method WHERE person_id IN ({ids}) ORDER BY id"
)
_THEIR_TAGS = (
    "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
    "WHERE pt.person_id IN ({ids}) ORDER BY t.name"
)


def _bound(template: str, ids: Sequence[int]) -> tuple[str, dict[str, int]]:
    """``template`` with an IN list of placeholders for ``ids`` (bound, never inlined)."""
    marks = ", ".join(f":p{i}" for i in range(len(ids)))
    return template.format(ids=marks), {f"p{i}": pid for i, pid in enumerate(ids)}


class PeopleListings:
    """Lists people with their contacts and tags."""

    def __init__(self, sql: SqlReader) -> None:
        self._sql = sql

    def listings(self, ids: Sequence[int] | None = None) -> tuple[PersonListing, ...]:
        """People with emails, phones and tags: ``ids`` in that order, or everyone by name."""
        if ids is not None and not ids:
            return ()
        emails: dict[int, list[str]] = defaultdict(list)
        phones: dict[int, list[str]] = defaultdict(list)
        tags: dict[int, list[str]] = defaultdict(list)
        with self._sql.read() as execute:
            if ids is None:
                people = execute(_EVERYONE, {})
                contacts = execute(_CONTACTS, {})
                tagged = execute(_TAGS, {})
            else:
                # A few chosen people (a search, a selection): read only their rows.
                unique = list(dict.fromkeys(ids))
                people, contacts, tagged = [], [], []
                for start in range(0, len(unique), _BOUND_IDS):
                    chunk = unique[start : start + _BOUND_IDS]
                    people += execute(*_bound(_SOME, chunk))
                    contacts += execute(*_bound(_THEIR_CONTACTS, chunk))
                    tagged += execute(*_bound(_THEIR_TAGS, chunk))
                if len(unique) > _BOUND_IDS:  # the order of several chunks, as one read has it
                    contacts.sort(key=lambda row: row[3])
                    tagged.sort(key=lambda row: row[1])
            for person_id, kind, value, _id in contacts:
                if kind == "email":
                    emails[person_id].append(value)
                elif kind == "phone":
                    phones[person_id].append(value)
            for person_id, name in tagged:
                tags[person_id].append(name)
        rows = {
            pid: PersonListing(
                pid,
                name,
                role,
                org,
                tuple(emails[pid]),
                tuple(phones[pid]),
                tuple(tags[pid]),
                uid,
            )
            for pid, name, role, org, uid in people
        }
        order = ids if ids is not None else [row[0] for row in people]
        return tuple(rows[pid] for pid in order if pid in rows)
