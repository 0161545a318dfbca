"""The last real interaction with a person: one portable SQL statement that every reader runs.

A real interaction is a capture, a note, a done follow-up or a mention in a reflection (at the
event's moment, ``domain.timing.event_moment``: its end, else its start). Other parts of the
app may write those rows without touching ``person.last_interaction_at``, so the last
interaction is the latest of all of them and the stored value. Home's reconnects (plain
``sqlite3`` before the ORM is loaded) and ``services.people.keep_in_touch`` (through
SQLAlchemy, on servers too) execute this same text; importable without SQLAlchemy.
"""

from __future__ import annotations

#: The latest real interaction with person ``:pid``, as stored (raw: see ``storage.sql.aware``).
LAST_INTERACTION = """
SELECT max(moment) FROM (
  SELECT last_interaction_at AS moment FROM person WHERE id = :pid
  UNION ALL SELECT max(captured_at) FROM capture WHERE person_id = :pid
  UNION ALL SELECT max(created_at) FROM note WHERE person_id = :pid
  UNION ALL SELECT max(done_at) FROM follow_up WHERE person_id = :pid AND status = 'done'
  UNION ALL SELECT max(coalesce(e.ends_at, e.starts_at))
    FROM reflection_mention rm
    JOIN reflection r ON r.id = rm.reflection_id
    JOIN event e ON e.id = r.event_id
    WHERE rm.person_id = :pid
) AS moments
"""
