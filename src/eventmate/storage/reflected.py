"""What counts as a reflection: something written in it, never an energy check-in alone.

Prepare stores "energy before" on the event's reflection row, and older versions made an empty
row as soon as the reflection window opened. Neither is a reflection: the Journal does not list
it, the event does not read "reflected", and Home still invites one. Every reader uses this one
condition (Home's plain SQL as well as the services), so they always agree. Importable without
SQLAlchemy (Home paints before it is loaded).
"""

from __future__ import annotations

#: An SQL condition on a reflection row named ``r``: an answer, free writing, or energy after.
#: Saves store no blank answers and store blank free writing as "" (``after.reflection``), so
#: an empty JSON object and an empty string mean "nothing written".
WRITTEN = (
    "(r.body <> '' OR r.energy_after IS NOT NULL"
    " OR coalesce(CAST(r.answers AS TEXT), '{}') NOT IN ('{}', 'null'))"
)
