"""Indexes for Home and for undoing a capture.

Home lists the people added most recently and checks for sample data; at 100k people both
scanned the person table (~35–70 ms). Deleting a capture sets note.capture_id and
follow_up.capture_id to NULL, which scanned both tables without an index (~29 ms per undo).

Revision ID: 0003_indexes
Revises: 0002_search
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_indexes"
down_revision: str | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_person_created_at", "person", ["created_at"])
    op.create_index("ix_person_is_sample", "person", ["is_sample"])
    op.create_index("ix_note_capture_id", "note", ["capture_id"])
    op.create_index("ix_follow_up_capture_id", "follow_up", ["capture_id"])


def downgrade() -> None:
    op.drop_index("ix_follow_up_capture_id", "follow_up")
    op.drop_index("ix_note_capture_id", "note")
    op.drop_index("ix_person_is_sample", "person")
    op.drop_index("ix_person_created_at", "person")
