"""Building each section's page on first visit (Home is wired by ``gui.home_wiring``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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


def refresh(page: QWidget) -> None:
    """Reload ``page``'s data, if it shows any."""
    reload = getattr(page, "refresh", None)
    if callable(reload):
        reload()
