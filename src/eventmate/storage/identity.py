"""What makes a file an EventMate database, and its records: application id, schema head, uids."""

#: Marks the file as an EventMate database ("EVMT"), so we never write to a file we do not own.
APPLICATION_ID = 0x45564D54
#: How long a connection waits for another writer before reporting the database as locked.
BUSY_TIMEOUT_MS = 5000
#: The newest schema revision this version knows. Kept here (a test checks it against the
#: migration scripts) so that a normal start needs neither Alembic nor SQLAlchemy to know the
#: file is current.
HEAD_REVISION = "0016_search3"


def new_uid() -> str:
    """A random, never reused identity for a record a user can see or exchange (UUID 4)."""
    import uuid  # here: every start reads this module, few make records

    return str(uuid.uuid4())
