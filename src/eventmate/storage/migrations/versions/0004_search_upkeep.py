"""Search indexes merge at idle, not inside the write that pressed Enter.

FTS5 merges an index's segments as part of ordinary writes ("automerge"); at 100k people and
a million facts and captures, the write that happens to trigger a merge took 35–650 ms instead
of ~3 ms. With ``automerge`` at 0 each write only adds its own small segment (a crisis merge
still bounds how many pile up), and :mod:`eventmate.storage.upkeep` merges them while the app
is idle. The setting is stored in each index's own config table, so it survives restarts,
backups and restores; a later migration that recreates an index must set it again.

Revision ID: 0004_search_upkeep
Revises: 0003_indexes
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_search_upkeep"
down_revision: str | None = "0003_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every FTS5 index made by 0002_search.
INDEXES = (
    "search_person",
    "search_fact",
    "search_capture",
    "search_note",
    "search_event",
    "search_reflection",
)
#: FTS5's own default, restored on downgrade.
_DEFAULT_AUTOMERGE = 4


def _set_automerge(value: int) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # server databases search with LIKE and have no FTS indexes
    for name in INDEXES:
        op.execute(f"INSERT INTO {name}({name}, rank) VALUES ('automerge', {value})")


def upgrade() -> None:
    _set_automerge(0)


def downgrade() -> None:
    _set_automerge(_DEFAULT_AUTOMERGE)
