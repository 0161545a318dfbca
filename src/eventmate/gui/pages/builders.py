"""Building each section's page on first visit, and wiring its requests to the navigator.

Home is wired by ``gui.home_wiring``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventmate.gui import messages
from eventmate.services.changes import Kind

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from eventmate.gui.navigation import Navigator
    from eventmate.services.container import Services


def events_page(services: Services) -> QWidget:
    """The Events section."""
    from eventmate.gui.pages.events_page import EventsPage

    return EventsPage(services)


def people_page(services: Services) -> QWidget:
    """The People section."""
    from eventmate.gui.pages.people_page import PeoplePage

    return PeoplePage(services)


def follow_ups_page(services: Services) -> QWidget:
    """The Follow-ups section."""
    from eventmate.gui.pages.followups_page import FollowUpsPage

    return FollowUpsPage(services)


def journal_page(services: Services) -> QWidget:
    """The Journal section."""
    from eventmate.gui.pages.journal_page import JournalPage

    return JournalPage(services)


def insights_page(services: Services) -> QWidget:
    """The Insights section."""
    from eventmate.gui.insights.insights_page import InsightsPage

    return InsightsPage(services)


def wire(page: QWidget, navigator: Navigator) -> None:
    """Connect what ``page`` asks for (open an event, prepare, reflect) to ``navigator``."""
    from eventmate.gui.pages.events_page import EventsPage
    from eventmate.gui.pages.journal_page import JournalPage
    from eventmate.gui.pages.people_page import PeoplePage

    def by_event_id(open_: Callable[[str], object]) -> Callable[[int], None]:
        def opened(event_id: int) -> None:
            uid = navigator.services.records.uid_of(Kind.EVENT, event_id)
            if uid is not None:
                open_(uid)

        return opened

    if isinstance(page, EventsPage):
        page.prepare_requested.connect(navigator.open_prepare)
        page.message.connect(messages.status)
    elif isinstance(page, PeoplePage):
        page.event_opened.connect(navigator.open_event)
    elif isinstance(page, JournalPage):
        page.reflect_requested.connect(navigator.open_reflection)
