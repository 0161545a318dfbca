"""What capture mode says it will store, and when earlier captures were made, in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from eventmate.domain.capture_syntax import ParsedCapture
from eventmate.domain.kinds import Direction
from eventmate.domain.text import TEXT_MAX
from eventmate.gui.fact_words import fact_kind_inline
from eventmate.gui.formatting import day_label, time_of_day

if TYPE_CHECKING:
    from eventmate.services.capture.capture import CaptureResult, PersonSuggestion

#: Longest line of a preview or of the recent list before it is shortened with "…".
LINE_CHARS = 110
#: Pasted lines previewed one by one; the rest are counted.
BATCH_SHOWN = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("CapturePreview", text)


def shorten(text: str, limit: int = LINE_CHARS) -> str:
    """``text`` on one line, cut with "…" when longer than ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def person_line(parsed: ParsedCapture, linked_name: str | None = None) -> str:
    """ "Anna Schmidt · viola · LSO", or the descriptor with "kept to tidy later"."""
    details = [part for part in (parsed.role, parsed.organization) if part]
    if linked_name is not None:
        return " · ".join([_tr("Adds to %1").replace("%1", linked_name), *details])
    if parsed.name is not None:
        return " · ".join([parsed.name, *details])
    if parsed.descriptor is not None:
        cue = " · ".join([parsed.descriptor, *details])
        return _tr("%1 — kept to tidy later").replace("%1", cue)
    return _tr("Kept as a note to tidy later")


def detail_line(parsed: ParsedCapture, linked: bool) -> str:
    """Facts (with their kinds), tags, promises and note.

    E.g. "cares about: loves Bartók · their story: grew up in Leipzig · promise: send recording".
    """
    parts: list[str] = []
    has_person = linked or parsed.name is not None
    if has_person:
        parts += [f"{fact_kind_inline(fact.kind)}: {fact.text}" for fact in parsed.facts]
        parts += ["#" + tag for tag in parsed.tags]
    for follow in parsed.follow_ups:
        label = (
            _tr("promise: %1") if follow.direction is Direction.MINE else _tr("they offered: %1")
        )
        parts.append(label.replace("%1", follow.text))
    if has_person and parsed.note:
        parts.append(_tr("note: %1").replace("%1", parsed.note))
    return shorten(" · ".join(parts), LINE_CHARS * 2)


def batch_lines(lines: list[str], parsed: list[ParsedCapture]) -> list[str]:
    """The preview of a paste: one short line per capture, then how many more."""
    shown = [
        "· " + shorten(person_line(p) + (f" — {d}" if (d := detail_line(p, False)) else ""))
        for p in parsed[:BATCH_SHOWN]
    ]
    if len(lines) > BATCH_SHOWN:
        shown.append(
            QCoreApplication.translate(
                "CapturePreview", "… and %n more", "", len(lines) - BATCH_SHOWN
            )
        )
    return shown


def relative_time(moment: datetime, now: datetime) -> str:
    """ "Just now", "4 min ago", "19:42" earlier today, else the day."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return _tr("Just now")
    if seconds < 60 * 60:
        return _tr("%1 min ago").replace("%1", str(int(seconds // 60)))
    label = day_label(moment, now)
    if label in (_tr("Today"), _tr("Tonight")):
        return time_of_day(moment)
    return label


def who(person: PersonSuggestion) -> str:
    """ "Anna Schmitt (met at Spring Recital)", else "Anna Schmitt (viola, LSO)"."""
    if person.met_event_title:
        return (
            _tr("%1 (met at %2)").replace("%1", person.name).replace("%2", person.met_event_title)
        )
    details = ", ".join(part for part in (person.role, person.organization) if part)
    return f"{person.name} ({details})" if details else person.name


def saved_message(results: Sequence[CaptureResult], gone_event: str | None = None) -> str:
    """What Enter did: "Saved Anna Schmidt.", "3 captures saved.", or that the text was cut.

    ``gone_event`` is the title of the event asked for when it no longer existed: the
    captures were saved with no event, and the message says so.
    """
    if gone_event is not None:
        return _tr(
            "Saved, with no event: “%1” no longer exists. Captures go to No event for now (Ctrl+E)."
        ).replace("%1", gone_event)
    if any(result.remainder for result in results):
        return _tr(
            "Saved the first %1 characters. The rest is still in the input: "
            "press Enter to save it as another capture."
        ).replace("%1", QLocale().toString(TEXT_MAX))
    if len(results) > 1:
        return QCoreApplication.translate("CapturePreview", "%n captures saved.", "", len(results))
    result = results[0]
    if result.kept_to_tidy:
        return _tr("Saved — kept to tidy later.")
    if result.person_created:
        return _tr("Saved %1.").replace("%1", result.person_name or "")
    return _tr("Added to %1.").replace("%1", result.person_name or "")


def suggestion_text(linked: PersonSuggestion | None, suggestion: PersonSuggestion | None) -> str:
    """The line under the preview: whom the capture is linked to, or whom it may mean."""
    if linked is not None:
        return _tr("↳ Linked to %1 — Tab to make a new person instead").replace("%1", who(linked))
    if suggestion is not None:
        return _tr("↳ Did you mean %1?  Tab").replace("%1", who(suggestion))
    return ""
