"""Rehearsing names by keyboard: type, reveal, knew it or not yet, missed names come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from eventmate.domain.text import fold
from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow, Step
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import NameRehearsal, Person

PEOPLE = (
    ("Anna Schmidt", "Viola", ""),
    ("Seán O'Brien", "Oboe", "SHAWN oh-BRY-en"),
    ("Zoë Ng", "Development officer", ""),
    ("Kwame Mensah", "Horn", ""),
    ("Ingrid Larsen", "Cello", ""),
)


@pytest.fixture
def ids(database: Database) -> list[int]:
    with database.write() as session:
        people = [
            Person(name=name, sort_key=fold(name), role=role, pronunciation=say)
            for name, role, say in PEOPLE
        ]
        people.append(Person(name="No Cues", sort_key="no cues"))
        session.add_all(people)
        session.flush()
        return [person.id for person in people]


@pytest.fixture
def window(qtbot: QtBot, services: Services, ids: list[int]) -> RehearsalWindow:
    deck = services.rehearsal.for_people(ids)
    widget = RehearsalWindow(services.rehearsal, deck)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answers(database: Database, window: RehearsalWindow) -> list[tuple[str, bool, bool]]:
    """The answers kept, once the window's background writes are done."""
    assert window.keeper.flush()
    with database.read() as session:
        rows = session.execute(
            select(Person.name, NameRehearsal.knew, NameRehearsal.typed)
            .join(Person, Person.id == NameRehearsal.person_id)
            .order_by(NameRehearsal.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def type_name(qtbot: QtBot, window: RehearsalWindow, text: str) -> None:
    # Typed without accents, as on a phone-less train keyboard (QTest types ASCII only).
    qtbot.keyClicks(window.input, fold(text))
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_the_card_shows_cues_never_the_name(window: RehearsalWindow) -> None:
    assert window.card is not None
    assert window.cues.text() == "Viola"
    assert "Anna" not in window.cues.text() + window.header.text()
    assert window.answer.text() == ""
    assert window.input.hasFocus()
    assert window.left_out.isVisible()
    assert "No Cues" in window.left_out.text()


def test_typing_the_name_right(window: RehearsalWindow, qtbot: QtBot, database: Database) -> None:
    type_name(qtbot, window, "anna")
    assert window.step is Step.ANSWERED
    assert window.answer.text() == "Anna Schmidt"
    assert window.message.text() == "Yes."
    assert answers(database, window) == [("Anna Schmidt", True, True)]
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.card is not None
    assert window.card.name == "Seán O'Brien"
    assert window.step is Step.ASKING
    assert window.input.text() == ""


def test_a_missed_name_comes_back_three_cards_later(
    window: RehearsalWindow, qtbot: QtBot, database: Database
) -> None:
    type_name(qtbot, window, "Annabel")
    assert window.message.text().startswith("Not yet")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    shown = []
    for _ in range(3):
        assert window.card is not None
        shown.append(window.card.name)
        type_name(qtbot, window, window.card.name)
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert shown == ["Seán O'Brien", "Zoë Ng", "Kwame Mensah"]
    assert window.card is not None
    assert window.card.name == "Anna Schmidt"
    assert answers(database, window)[0] == ("Anna Schmidt", False, True)


def test_reveal_then_say_whether_i_knew_it(
    window: RehearsalWindow, qtbot: QtBot, database: Database
) -> None:
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.step is Step.REVEALED
    assert window.answer.text() == "Anna Schmidt"
    assert not window.input.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert window.step is Step.ANSWERED
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert answers(database, window) == [
        ("Anna Schmidt", True, False),
        ("Seán O'Brien", False, False),
    ]


def test_letters_go_into_the_name_while_asking(
    window: RehearsalWindow, qtbot: QtBot, database: Database
) -> None:
    qtbot.keyClicks(window.input, "Kn")
    assert window.input.text() == "Kn"
    assert window.step is Step.ASKING
    assert answers(database, window) == []


def test_how_to_say_it_is_a_hint(window: RehearsalWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.input, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not window.hint.isVisible()  # nothing noted for Anna
    type_name(qtbot, window, "Anna")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window.input, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.hint.isVisible()
    assert window.hint.text() == "Say it: SHAWN oh-BRY-en"
    type_name(qtbot, window, "Sean O'Brian")
    assert window.message.text() == "Nearly — this is how it is written."
    assert window.answer.text() == "Seán O'Brien"


def test_the_end_is_kind_and_never_a_score(window: RehearsalWindow, qtbot: QtBot) -> None:
    missed = {"Zoë Ng"}
    with qtbot.waitSignal(window.closed):
        while window.step is not Step.DONE:
            assert window.card is not None
            name = window.card.name
            type_name(qtbot, window, "nobody" if name in missed else name)
            missed.discard(name)  # right the second time
            qtbot.keyClick(window, Qt.Key.Key_Return)
        text = window.cues.text()
        assert text == "That's everyone. Worth one more look before you go: Zoë Ng."
        assert "%" not in text
        assert "/" not in text
        qtbot.keyClick(window, Qt.Key.Key_Return)


def test_esc_closes_and_keeps_what_was_answered(
    window: RehearsalWindow, qtbot: QtBot, database: Database
) -> None:
    type_name(qtbot, window, "Anna")
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert len(answers(database, window)) == 1


def test_nobody_to_rehearse(qtbot: QtBot, services: Services, ids: list[int]) -> None:
    widget = RehearsalWindow(services.rehearsal, services.rehearsal.for_people([ids[-1]]))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.step is Step.DONE
    assert widget.cues.text() == "No one to rehearse yet: nobody here has cues noted."
    assert "No Cues" in widget.left_out.text()


def test_someone_removed_meanwhile_does_not_stop_the_rehearsal(
    window: RehearsalWindow, qtbot: QtBot, database: Database, ids: list[int]
) -> None:
    with database.write() as session:
        session.delete(session.get(Person, ids[0]))
    type_name(qtbot, window, "Anna")
    assert window.step is Step.ANSWERED
    assert answers(database, window) == []


def test_every_input_is_named(window: RehearsalWindow) -> None:
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            assert widget.accessibleName(), widget


def test_an_event_with_nobody_to_rehearse(qtbot: QtBot, services: Services) -> None:
    from datetime import timedelta

    from conftest import NOW
    from eventmate.services.changes import Kind
    from eventmate.services.events.events import EventDraft

    event_uid = services.events.create(
        EventDraft(title="Quiet gig", starts_at=NOW + timedelta(days=1))
    ).uid
    event_id = services.records.id_of(Kind.EVENT, event_uid)
    assert event_id is not None
    deck = services.rehearsal.for_event(event_id)
    assert deck is not None
    widget = RehearsalWindow(services.rehearsal, deck)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.cues.text().startswith("Nobody to rehearse yet.")
    with qtbot.waitSignal(widget.closed):
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_an_answer_that_cannot_be_kept_does_not_stop_the_rehearsal(
    window: RehearsalWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object, **_kwargs: object) -> bool:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(window._rehearsal, "record", locked)
    type_name(qtbot, window, "Anna")
    qtbot.waitUntil(lambda: "could not be kept" in window.left_out.text())
    assert window.left_out.isVisible()
    assert window.step is Step.ANSWERED
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.card is not None
    assert window.card.name == "Seán O'Brien"
