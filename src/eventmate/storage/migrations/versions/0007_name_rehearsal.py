"""Name rehearsal history: each time I recalled (or not yet) a person's name from their cues.

A new table only; nothing existing changes. Rows go with their person (ON DELETE CASCADE);
the event a rehearsal was for is kept loosely (SET NULL). The history is private: it orders
the cards (services/rehearsal/scheduler.py) and is never shown as a score, so its rows have
no uid and are not in the change log (nothing on screen shows them).

Revision ID: 0007_name_rehearsal
Revises: 0006_insight_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_name_rehearsal"
down_revision: str | None = "0006_insight_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "name_rehearsal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("knew", sa.Boolean(), nullable=False),
        sa.Column("typed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_name_rehearsal_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_name_rehearsal_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_rehearsal")),
        sqlite_autoincrement=True,  # ids never reused, like every table since 0005_identity
    )
    op.create_index(
        "ix_name_rehearsal_person_reviewed", "name_rehearsal", ["person_id", "reviewed_at"]
    )
    op.create_index(op.f("ix_name_rehearsal_event_id"), "name_rehearsal", ["event_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_name_rehearsal_event_id"), "name_rehearsal")
    op.drop_index("ix_name_rehearsal_person_reviewed", "name_rehearsal")
    op.drop_table("name_rehearsal")
