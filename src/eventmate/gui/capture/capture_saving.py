"""Enter and Ctrl+Z in capture mode: storing what is typed, undoing the last capture, in words.

Nothing typed is lost: when a capture cannot be stored (the person picked from the
suggestions is gone, a full disk, a lock, anything else) the reason is said and the text stays
in the input for Enter to try again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from eventmate.domain.capture_syntax import split_lines
from eventmate.gui.capture.preview import saved_message, shorten

if TYPE_CHECKING:
    from eventmate.services.capture.capture import CaptureService
    from eventmate.services.capture.result import CaptureResult
    from eventmate.services.capture.undo import UndoResult

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaptureWindow", text)


class Stored(NamedTuple):
    """What one Enter stored: a capture, or one per pasted line."""

    results: list[CaptureResult]
    #: The event picked was gone: the captures keep their words with no event.
    event_gone: bool


class NotStored(NamedTuple):
    """Nothing was stored: why, in words ("" when nothing was typed)."""

    said: str
    #: The person the capture was linked to (Tab) is gone.
    person_gone: bool = False


class Undone(NamedTuple):
    """What Ctrl+Z did, in words."""

    #: The capture removed (None: nothing was undone).
    result: UndoResult | None
    said: str
    #: Whether the last captures are to be read again.
    refresh: bool


def store(
    capture: CaptureService, text: str, event_uid: str | None, linked_uid: str | None
) -> Stored | NotStored:
    """Store ``text`` (one capture, or one per line when several were pasted)."""
    from eventmate.gui.recovery.words import failure_message
    from eventmate.services.capture.capture import NothingToCapture
    from eventmate.services.failures import StorageFailure
    from eventmate.services.records import RecordGone

    lines = split_lines(text) if "\n" in text.strip() else []
    try:
        if len(lines) > 1:
            batch = capture.capture_many(lines, event_uid)
            return Stored(list(batch.results), batch.event_gone)
        result = capture.capture(text, event_uid, linked_uid)
        return Stored([result], result.event_gone)
    except NothingToCapture:
        return NotStored("")  # empty or whitespace: nothing to do, nothing to say
    except RecordGone:
        # The person picked from the suggestions is gone; nothing was stored.
        return NotStored(
            _tr(
                "That person no longer exists. Your text is still here; Enter saves it as written."
            ),
            person_gone=True,
        )
    except StorageFailure as failure:  # a full disk, read-only, a lock: keep every word
        log.warning("capture not saved: %s", failure.kind.value)
        return NotStored(
            failure_message(failure.kind.value)
            + " "
            + _tr("Your text is still here; press Enter to try again.")
        )
    except Exception as error:  # anything else: say so, keep every word typed
        log.exception("capture not saved")
        return NotStored(
            _tr("Not saved: %1. Your text is still here; press Enter to try again.").replace(
                "%1", str(error).splitlines()[0] if str(error) else type(error).__name__
            )
        )


def stored_words(stored: Stored, event_title: str | None) -> str:
    """What was stored (and where), or that it waits on this computer for the server."""
    if all(result.kept_offline for result in stored.results):
        return _tr("Kept on this computer — will be sent when the server is back.")
    return saved_message(stored.results, event_title if stored.event_gone else None)


def undo_capture(capture: CaptureService) -> Undone:
    """Undo the last capture of this session."""
    from eventmate.services.capture.outbox import Offline
    from eventmate.services.records import RecordGone

    try:
        result = capture.undo_last()
    except Offline:
        return Undone(None, _tr("Offline: undo waits until the server is back."), False)
    except RecordGone:
        return Undone(None, _tr("That capture was already removed; nothing to undo."), True)
    if result is None:
        return Undone(None, _tr("Nothing to undo."), False)
    said = _tr("Undone: %1 — its text is back in the input.").replace(
        "%1", shorten(result.raw_text, 60)
    )
    if result.kept:
        said += " " + _tr("What was changed since it was made stays.")
    return Undone(result, said, True)
