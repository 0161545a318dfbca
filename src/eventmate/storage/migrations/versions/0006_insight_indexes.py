"""An index for Insights: who was captured at which event, without reading the captures.

Insights counts the different people met at each event (first met there, captured there or
mentioned in its reflection). Without this index the capture table itself was scanned, text
and all (~350 ms at 100k people); with it the count reads the index alone (~60 ms).

Only an index is added (a plain CREATE INDEX; batch mode is for changing tables): no table is
recreated, so the search and change-log triggers on ``capture`` stay as they are (FIELD-NOTES
A3: a batch recreate would drop them).

Revision ID: 0006_insight_indexes
Revises: 0005_identity
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_insight_indexes"
down_revision: str | None = "0005_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_capture_event_person", "capture", ["event_id", "person_id"])


def downgrade() -> None:
    op.drop_index("ix_capture_event_person", "capture")
