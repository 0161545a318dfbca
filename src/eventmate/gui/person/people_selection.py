"""The people list's selection read as stretches of rows: counted and described, never walked.

Ctrl+A in a list of 100k people selects one range; everything here costs the same for it as
for a single row (no index per selected row is ever made, and no page of people is read
except the ends of a stretch the list has not read yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventmate.services.people.people import PeopleSelection

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelectionModel

    from eventmate.gui.person.people_model import PeopleListModel
    from eventmate.services.people.people import PersonRow


def selected_spans(selection_model: QItemSelectionModel) -> list[tuple[int, int]]:
    """The selected rows as sorted, non-overlapping ``(first, last)`` pairs.

    One pair per selection range (a click, a Shift+click, Ctrl+A), not per row; ranges that
    overlap or touch are joined, so the rows are counted once.
    """
    selection = selection_model.selection()
    ranges = (selection.at(i) for i in range(selection.count()))
    spans = sorted((r.top(), r.bottom()) for r in ranges if r.isValid())
    joined: list[tuple[int, int]] = []
    for top, bottom in spans:
        if joined and top <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], bottom))
        else:
            joined.append((top, bottom))
    return joined


def count_rows(spans: list[tuple[int, int]]) -> int:
    """How many rows ``spans`` cover."""
    return sum(last - first + 1 for first, last in spans)


def describe(model: PeopleListModel, spans: list[tuple[int, int]]) -> PeopleSelection | None:
    """The people in ``spans`` of ``model``: ids where the rows are in memory, else the ends.

    Returns None when nothing is selected.
    """
    if not spans:
        return None
    ids: list[int] = []
    stretches: list[tuple[PersonRow, PersonRow]] = []
    for first, last in spans:
        known = model.loaded_ids(first, last)
        if known is not None:
            ids.extend(known)
            continue
        top, bottom = model.row(first), model.row(last)
        if top is not None and bottom is not None:
            stretches.append((top, bottom))
    count = count_rows(spans)
    one = model.row(spans[0][0]) if count == 1 else None
    return PeopleSelection(
        filters=model.filters,
        sort=model.sort_order,
        count=count,
        ids=tuple(ids),
        spans=tuple(stretches),
        name=one.name if one is not None else "",
    )
