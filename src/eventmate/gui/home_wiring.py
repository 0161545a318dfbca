"""Home's buttons, wired to the navigator: sample data, promises kept, resting, reconnecting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventmate.gui import messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.navigation import Navigator
    from eventmate.gui.pages.home_page import HomePage
    from eventmate.services.home import HomeService


def build_home(navigator: Navigator, home: HomeService) -> HomePage:
    """Home, with every request it makes answered by ``navigator``."""
    from eventmate.gui.pages.home_page import HomePage

    page = HomePage(home)
    page.sample_data_requested.connect(lambda: add_sample_data(navigator))
    page.sample_data_removal_requested.connect(lambda: remove_sample_data(navigator))
    page.event_opened.connect(navigator.open_event)
    page.prepare_requested.connect(navigator.open_prepare)
    page.person_opened.connect(navigator.open_person)
    page.capture_requested.connect(navigator.open_capture)
    page.event_add_requested.connect(navigator.new_event)
    page.reflect_requested.connect(navigator.open_reflection)
    page.rest_requested.connect(lambda uid: let_rest(navigator, page, uid))
    page.in_touch_requested.connect(lambda uid: in_touch(navigator, uid))
    page.rehearse_requested.connect(lambda uid: navigator.rehearse_names(uid, met_there=True))
    page.promise_kept.connect(lambda uid, version: keep_promise(navigator, page, uid, version))
    return page


def keep_promise(navigator: Navigator, parent: QWidget, follow_up_uid: str, version: int) -> None:
    """Mark a promise done (mine kept, or theirs received); Follow-ups can open it again.

    ``version``: the promise as Home showed it; changed elsewhere since, it is resolved as on
    the Follow-ups page (already done: said; let rest there: the user chooses).
    """
    # Not before Home paints: these import SQLAlchemy.
    from eventmate.gui.pages.followup_conflicts import FollowUpConflicts
    from eventmate.gui.stale_dialog import Choice
    from eventmate.gui.undo_versions import Versions
    from eventmate.services.records import RecordGone

    follow_ups = navigator.services.followups
    conflicts = FollowUpConflicts(follow_ups, Versions(), parent)
    try:
        outcome = conflicts.status(
            follow_up_uid,
            version,
            follow_ups.get(follow_up_uid).text,
            lambda v: follow_ups.mark_done(follow_up_uid, version=v),
        )
    except RecordGone:
        messages.status(_tr("That promise no longer exists; nothing was changed."))
        return
    finally:
        conflicts.deleteLater()
    if outcome is None:
        messages.status(_tr("Already marked done elsewhere."))
        return
    if isinstance(outcome, Choice):
        return
    item = outcome
    messages.status(
        _tr("Done: %1. Follow-ups (Ctrl+5) can open it again.").replace("%1", item.text), 8000
    )


def let_rest(
    navigator: Navigator, parent: QWidget, person_uid: str, note: str | None = None
) -> None:
    """Let a person rest, asking for a note (if they like) unless ``note`` is given."""
    from eventmate.services.records import RecordGone  # not before Home paints: SQLAlchemy

    services = navigator.services
    if note is None:
        from eventmate.gui.rest_dialog import ask_rest_note

        try:
            name = services.person.get(person_uid).name
        except RecordGone:
            messages.status(_tr("That person no longer exists; nothing was changed."))
            return
        note = ask_rest_note(name, parent)
        if note is None:
            return
    try:
        services.keep_in_touch.let_rest(person_uid, note)
    except RecordGone:
        messages.status(_tr("That person no longer exists; nothing was changed."))


def in_touch(navigator: Navigator, person_uid: str) -> None:
    """Note that the user has been in touch with a person."""
    from eventmate.services.records import RecordGone

    try:
        navigator.services.keep_in_touch.record_interaction(person_uid)
    except RecordGone:
        messages.status(_tr("That person no longer exists; nothing was changed."))


def add_sample_data(navigator: Navigator) -> None:
    """Add the clearly marked sample data set."""
    navigator.services.sample_data.add()


def remove_sample_data(navigator: Navigator) -> None:
    """Remove the sample data set in one step."""
    navigator.services.sample_data.remove()
    messages.status(_tr("Sample data removed."), 5000)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
