"""What I could offer a person: a free note on their page (issue 13).

One column added with a plain ``ALTER TABLE … ADD COLUMN`` (no batch recreate), so the search
and change-log triggers on ``person`` stay as they are (FIELD-NOTES A3). The note is not in the
people search index: that would mean recreating its table and triggers for a private aside.

Revision ID: 0008_could_offer
Revises: 0007_name_rehearsal
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_could_offer"
down_revision: str | None = "0007_name_rehearsal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("person", sa.Column("could_offer", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite ≥ 3.35 drops a column in place; no index or trigger names this one.
    op.drop_column("person", "could_offer")
