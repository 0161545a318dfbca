"""Saving an event that changed elsewhere while its dialog was open: merged, or the user chooses.

The dialog saves naming the version it loaded. If someone changed the event since (another
device, the command line, a calendar import), the save is refused with ``StaleEdit``; fields
only one side changed are merged (mine where I typed, theirs where they did) and saved on
their version; fields both changed differently are shown side by side ("Changed elsewhere")
and the user's choice decides them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from eventmate.domain.kinds import EventKind, MyRole
from eventmate.gui.events.event_model import kind_label
from eventmate.gui.formatting import local_date_time, time_of_day
from eventmate.gui.stale_dialog import Choice, Difference, ask_stale
from eventmate.services.changes import Changes, StaleEdit, three_way
from eventmate.services.events.drafts import BreakDraft, EventDraft

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.services.events.events import EventsService

#: Saves refused again and again (someone keeps writing) before giving up for now.
_TRIES = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventConflicts", text)


def save_event(
    events: EventsService,
    uid: str,
    base: dict[str, Any],
    draft: EventDraft,
    version: int,
    parent: QWidget,
) -> Changes | None:
    """Update the event from ``draft`` if it is still at ``version``; else merge, or ask.

    ``base`` holds the fields as the dialog loaded them. None when the user chose to go on
    editing (nothing saved). ``RecordGone`` and ``EventInvalid`` come through as raised.
    """
    try:
        return events.update(uid, draft, version=version)
    except StaleEdit as first:
        stale = first
    for _ in range(_TRIES):
        merged, conflicts = three_way(base, stale.mine, stale.theirs)
        if conflicts:
            rows = [
                Difference(label(name), words(stale.mine.get(name)), words(stale.theirs.get(name)))
                for name in conflicts
            ]
            subject = str(stale.theirs.get("title") or _tr("This event"))
            choice = ask_stale(subject, rows, parent)
            if choice is Choice.CANCEL:
                return None
            if choice is Choice.THEIRS:
                merged.update({name: stale.theirs.get(name) for name in conflicts})
        try:
            return events.update(uid, EventDraft(**merged), version=stale.their_version)
        except StaleEdit as again:
            base, stale = dict(stale.theirs), again  # what was seen is the new start
    return None


def label(name: str) -> str:
    """The name of an event's field as the dialog shows it."""
    labels = {
        "title": _tr("Title"),
        "kind": _tr("Kind"),
        "starts_at": _tr("Starts"),
        "ends_at": _tr("Ends"),
        "all_day": _tr("All day"),
        "my_role": _tr("My role"),
        "venue": _tr("Venue"),
        "city": _tr("City"),
        "programme": _tr("Programme"),
        "host": _tr("Host"),
        "series": _tr("Series"),
        "breaks": _tr("Breaks"),
        "tags": _tr("Tags"),
        "notes": _tr("Notes"),
    }
    return labels.get(name, name)


def words(value: Any) -> str:
    """A field's value in words (local times, kinds by name, lists joined)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, datetime):
        return local_date_time(value)
    if isinstance(value, EventKind):
        return kind_label(value.value)
    if isinstance(value, MyRole):
        from eventmate.gui.events.event_dialog import role_label

        return role_label(value)
    if isinstance(value, BreakDraft):
        minutes = _tr("%1 min").replace("%1", str(value.minutes))
        return f"{value.label or _tr('Break')} {time_of_day(value.starts_at)} ({minutes})"
    if isinstance(value, tuple):
        return ", ".join(words(item) for item in value)
    return str(value)
