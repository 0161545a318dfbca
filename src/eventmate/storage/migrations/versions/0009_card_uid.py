"""The UID of the vCard a person came from, so that a card from a phone goes back with it.

A person made by EventMate is exported with their own ``uid`` (as ``urn:uuid:…``). A person
imported from another client's card keeps that card's UID here (``person.vcard_uid``, like
``event.ical_uid`` for calendars): the export writes it back unchanged, and importing the
card again updates that person instead of making a second one. Looked up a few hundred UIDs
at a time, so it is indexed.

Only a nullable column and an index are added (plain ALTER TABLE ADD COLUMN and CREATE
INDEX, not a batch recreate, FIELD-NOTES A3): the search and change-log triggers on
``person`` stay as they are.

Revision ID: 0009_card_uid
Revises: 0008_could_offer
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_card_uid"
down_revision: str | None = "0008_could_offer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("person", sa.Column("vcard_uid", sa.String(length=1000), nullable=True))
    op.create_index("ix_person_vcard_uid", "person", ["vcard_uid"])


def downgrade() -> None:
    op.drop_index("ix_person_vcard_uid", "person")
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch recreate, which would drop the
    # person table's triggers.
    op.execute("ALTER TABLE person DROP COLUMN vcard_uid")
