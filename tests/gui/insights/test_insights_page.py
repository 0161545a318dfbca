"""The Insights page by keyboard: period chooser, tables for screen readers, export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from eventmate.domain.kinds import Direction, EventKind, ExchangeDirection, FollowUpStatus
from eventmate.domain.text import fold
from eventmate.gui.insights.export import EXPORT_SIZE, PNG_SCALE
from eventmate.gui.insights.insights_page import CARD_KEYS, InsightsPage
from eventmate.services.container import Services
from eventmate.services.insights.periods import Period
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Exchange, FollowUp, Person, Reflection


@pytest.fixture
def data(database: Database) -> None:
    """Two receptions this season (one costs energy), one masterclass two seasons ago."""
    with database.write() as session:
        drinks = Event(
            title="Donor drinks",
            kind=EventKind.RECEPTION,
            starts_at=datetime(2026, 10, 3, 19, tzinfo=UTC),
        )
        gala = Event(
            title="Gala reception",
            kind=EventKind.RECEPTION,
            starts_at=datetime(2026, 11, 5, 19, tzinfo=UTC),
        )
        old = Event(
            title="Masterclass",
            kind=EventKind.MASTERCLASS,
            starts_at=datetime(2024, 10, 15, 19, tzinfo=UTC),
        )
        session.add_all([drinks, gala, old])
        session.flush()
        for name, event in (("Anna", drinks), ("Seán", drinks), ("Zoë", gala), ("Kwame", old)):
            session.add(Person(name=name, sort_key=fold(name), met_event_id=event.id))
        session.add(Reflection(event_id=drinks.id, energy_before=4, energy_after=2))
        session.add(Reflection(event_id=gala.id, energy_before=4, energy_after=3))
        session.add(Reflection(event_id=old.id, energy_before=2, energy_after=5))
        session.flush()
        anna = session.scalar(select(Person.id).where(Person.name == "Anna"))
        session.add(
            FollowUp(
                person_id=anna,
                text="Send the Ligeti",
                direction=Direction.MINE,
                status=FollowUpStatus.DONE,
                due_at=datetime(2026, 10, 6, tzinfo=UTC),
                done_at=datetime(2026, 10, 5, tzinfo=UTC),
                created_at=datetime(2026, 10, 3, 21, tzinfo=UTC),
            )
        )
        session.add(
            Exchange(
                person_id=anna, direction=ExchangeDirection.GAVE, occurred_on=date(2026, 10, 4)
            )
        )


@pytest.fixture
def page(qtbot: QtBot, services: Services, data: None) -> InsightsPage:
    widget = InsightsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1090, 740)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.shown, timeout=10_000):
        widget.refresh()
    return widget


def reading(page: InsightsPage, key: str) -> str:
    return page.cards[key].reading.text()


def test_every_chart_has_a_reading_in_plain_words(page: InsightsPage) -> None:
    assert page.current_period is Period.SEASON
    assert reading(page, "people-met") == (
        "Receptions are where you met the most people (3 of 3); 3 were first meetings."
    )
    assert reading(page, "promises-made") == (
        "You kept 1 of the 1 promises you made, 1 of them on time."
    )
    assert reading(page, "promises-to-me") == "No promises made to you noted in this period."
    assert reading(page, "energy") == "Receptions tend to cost you some energy."
    assert reading(page, "giving") == "You gave once and received 0 times."
    for key in CARD_KEYS:
        card = page.cards[key]
        assert card.chart_view.accessibleDescription() == card.reading.text()


def test_the_period_changes_by_keyboard_without_reading_again(
    page: InsightsPage, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_reading() -> None:
        raise AssertionError("a change of period must not read the database")

    monkeypatch.setattr(services.insights, "history", no_reading)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert page.period.hasFocus()
    with qtbot.waitSignal(page.shown):
        qtbot.keyClick(page.period, Qt.Key.Key_Down)
    assert page.current_period is Period.YEAR
    with qtbot.waitSignal(page.shown):
        qtbot.keyClick(page.period, Qt.Key.Key_Down)
    assert page.current_period is Period.ALL
    # All: the masterclass two seasons ago is in (one reflection is not yet a pattern).
    assert reading(page, "energy") == "Receptions tend to cost you some energy."
    assert page.insights is not None
    # More than two years: by season, from the one the masterclass was in.
    assert [bucket.key for bucket in page.insights.buckets] == ["2024-25", "2025-26", "2026-27"]
    assert "Masterclass" in [row[0] for row in _table(page, "energy")]


def _table(page: InsightsPage, key: str) -> list[list[str]]:
    table = page.cards[key].table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_tables_instead_of_charts_for_screen_readers(page: InsightsPage, qtbot: QtBot) -> None:
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.tables.isChecked)  # a mnemonic clicks the box after a short flash
    for key in CARD_KEYS:
        card = page.cards[key]
        assert card.views.currentWidget() is card.table
        assert card.table.accessibleName().endswith(", as a table")
    people = page.cards["people-met"].table
    headers = [people.horizontalHeaderItem(c).text() for c in range(people.columnCount())]
    assert headers == ["Month", "Reception"]
    assert _table(page, "people-met") == [["Sep 2026", "0"], ["Oct", "2"], ["Nov", "1"]]
    assert _table(page, "energy") == [["Reception", "4.0", "2.5", "2"]]


def test_one_chart_as_a_table_by_keyboard(page: InsightsPage, qtbot: QtBot) -> None:
    card = page.cards["intentions"]
    card.table_button.setFocus()
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    assert card.views.currentWidget() is card.table
    assert card.table_button.text() == "Show as chart"
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    assert card.views.currentWidget() is card.chart_view


def test_tab_walks_the_cards_in_reading_order(page: InsightsPage, qtbot: QtBot) -> None:
    page.period.setFocus()
    seen: list[QWidget] = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    people, promises = page.cards["people-met"], page.cards["promises-made"]
    assert seen[:3] == [people.table_button, people.export_button, people.chart_view]
    assert promises.table_button in seen


def test_every_control_has_an_accessible_name(page: InsightsPage) -> None:
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            assert widget.accessibleName(), widget


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_as_png_and_svg(page: InsightsPage, tmp_path: Path, suffix: str) -> None:
    card = page.cards["energy"]
    target = tmp_path / f"energy{suffix}"
    assert card.export(target) == target
    assert card.status.text() == f"Saved to {target}"
    if suffix == ".png":
        image = QImage(str(target))
        assert (image.width(), image.height()) == (
            EXPORT_SIZE.width() * PNG_SCALE,
            EXPORT_SIZE.height() * PNG_SCALE,
        )
    else:
        text = target.read_text(encoding="utf-8")
        assert "<title>Energy before → after, by kind of event</title>" in text
        assert "Receptions tend to cost you some energy." in text


def test_an_export_that_cannot_be_written_says_so(page: InsightsPage, tmp_path: Path) -> None:
    card = page.cards["giving"]
    assert card.export(tmp_path / "missing folder" / "giving.png") is None
    assert card.status.text().startswith("Could not save:")


def test_an_empty_data_folder_invites(qtbot: QtBot, services: Services) -> None:
    widget = InsightsPage(services)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.shown, timeout=10_000):
        widget.refresh()
    assert reading(widget, "people-met").startswith("Nobody noted as met at an event")
    assert reading(widget, "energy").startswith("Note your energy before and after")
    assert widget.cards["giving"].chart_view.grab().width() > 0


def test_a_second_refresh_while_reading_reads_again_after(
    qtbot: QtBot, services: Services, data: None
) -> None:
    widget = InsightsPage(services)
    qtbot.addWidget(widget)
    calls: list[int] = []
    read = services.insights.history

    def counting(*args: object) -> object:
        calls.append(1)
        return read(*args)  # type: ignore[arg-type]

    services.insights.history = counting  # type: ignore[method-assign]
    widget.refresh()
    widget.refresh()
    qtbot.waitUntil(lambda: len(calls) == 2 and widget._job is None, timeout=10_000)
    assert widget.history is not None


def test_the_first_chart_comes_before_the_rest_is_read(
    qtbot: QtBot, services: Services, data: None
) -> None:
    widget = InsightsPage(services)
    qtbot.addWidget(widget)
    seen: list[str] = []
    widget.first_shown.connect(lambda: seen.append(widget.cards["energy"].reading.text()))
    with qtbot.waitSignals([widget.first_shown, widget.shown], order="strict", timeout=10_000):
        widget.refresh()
    assert seen == ["Reading…"]
    assert widget.cards["people-met"].chart is not None
    assert reading(widget, "energy") == "Receptions tend to cost you some energy."
