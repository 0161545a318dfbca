"""A person's page reads as a card: what is known, in order, empty parts taking no room."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from conftest import NOW
from eventmate.domain.kinds import Direction, FactKind, FollowUpStatus
from eventmate.domain.text import fold
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.person.person_page import PersonPage, message_label
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, FollowUp, Person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: The multi-line fields of the compact editor ("What I could offer" is on the card).
_EDITOR_TEXTS = (PersonField.RECALL_CUES, PersonField.MET_HOW, PersonField.STATUS_NOTE)


def _person(database: Database, name: str, **values: object) -> str:
    with database.write() as session:
        person = Person(name=name, sort_key=fold(name), **values)
        session.add(person)
        session.flush()
        return person.uid


def _open(window: MainWindow, uid: str) -> PersonPage:
    window.open_person(uid)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    return people.person_page


def _shown(page: PersonPage) -> str:
    """The words of the card's visible labels, top to bottom."""
    return " | ".join(
        label.text()
        for label in page.card.findChildren(QLabel)
        if label.isVisibleTo(page) and label.text()
    )


def test_a_person_known_only_by_name_takes_little_room(
    main_window: MainWindow, database: Database
) -> None:
    page = _open(main_window, _person(database, "Lena Vogel"))
    assert _shown(page) == "Lena Vogel"
    assert not page.card.met_heading.isVisibleTo(page)
    assert not page.facts.list.isVisibleTo(page)
    assert page.findChild(QLabel, "factsInvitation").isVisibleTo(page)  # type: ignore[union-attr]
    assert not page.promises.isVisibleTo(page)
    assert not page.details.isVisibleTo(page)
    assert not page.form.isVisibleTo(page)  # no empty boxes: they open on "Edit details"
    assert page.edit_button.hasFocus()


def test_the_card_reads_name_pronunciation_role_and_how_we_met(
    main_window: MainWindow, services: Services, database: Database
) -> None:
    with database.write() as session:
        gala = Event(title="Autumn Gala", starts_at=NOW - timedelta(days=3))
        anna = Person(name="Anna Schmidt", sort_key=fold("Anna Schmidt"))
        session.add_all([gala, anna])
        session.flush()
        zoe = Person(
            name="Zoë Ng",
            sort_key=fold("Zoë Ng"),
            pronunciation="ZOH-ee ING",
            role="Development officer",
            organization="Wigmore Hall",
            recall_cues="Green scarf",
            met_how="Beside the bar at the interval",
            met_event_id=gala.id,
            first_met_at=gala.starts_at,
            introduced_by_id=anna.id,
        )
        session.add(zoe)
        session.flush()
        zoe_uid, anna_uid, gala_uid = zoe.uid, anna.uid, gala.uid
    page = _open(main_window, zoe_uid)
    words = _shown(page)
    order = [
        "Zoë Ng",
        "Say it: ZOH-ee ING",
        "Development officer · Wigmore Hall",
        "How we met",
        "Beside the bar at the interval",
        "Cues: Green scarf",
    ]
    positions = [words.index(part) for part in order]
    assert positions == sorted(positions)
    assert page.card.met_event.text() == "Met at Autumn Gala"
    opened: list[str] = []
    page.event_opened.connect(opened.append)
    page.card.met_event.click()
    assert opened == [gala_uid]
    page.card.introduced.click()  # opens the person who introduced us
    assert page.person_uid == anna_uid


def test_what_I_know_comes_by_kind_what_they_care_about_first(
    main_window: MainWindow, services: Services, database: Database
) -> None:
    uid = _person(database, "Seán O'Brien")
    services.person.add_fact(uid, FactKind.STORY, "Grew up in Cork")
    services.person.add_fact(uid, FactKind.COMMON_GROUND, "Same teacher in Dublin")
    services.person.add_fact(uid, FactKind.CARES_ABOUT, "Baroque oboe")
    page = _open(main_window, uid)
    rows = [page.facts.list.item(row).text() for row in range(page.facts.list.count())]
    assert rows == [
        "What they care about",
        "Baroque oboe",
        "Common ground",
        "Same teacher in Dublin",
        "Their story",
        "Grew up in Cork",
    ]
    assert page.facts.fact_at(0) is None  # a heading
    assert page.facts.list.currentRow() == 1  # never a heading
    assert not page.facts.list.selectedItems()  # nothing looks chosen until the list is used


def test_the_new_fact_can_be_read_while_typed_in_an_800_px_window(
    main_window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    """The field has a line of its own (beside the kind and Add it was ~100 px wide)."""
    uid = _person(database, "Anna Schmidt", role="Viola", organization="LSO")
    services.person.add_fact(uid, FactKind.CARES_ABOUT, "Bartók's string quartets")
    main_window.resize(800, 600)
    page = _open(main_window, uid)
    field = page.facts.value
    qtbot.waitUntil(lambda: field.width() > 0)
    assert field.width() >= 250
    assert page.form_scroll.horizontalScrollBar().maximum() == 0
    # Tab goes from the words to their kind, then to Add.
    assert field.nextInFocusChain() is page.facts.kind
    assert page.facts.kind.nextInFocusChain() is page.facts.add_button


def test_edit_mode_fits_an_800_px_window_every_field_readable(
    main_window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    """Nothing scrolls sideways (a long event title made the form ~390 px wide in a ~320 px
    column), and the new contact method has a line of its own (beside its kind, Add and
    Remove it was ~135 px wide), as the new tag has."""
    title = "Spring Reception of the Friends of the Philharmonic Chamber Series, second half"
    with database.write() as session:
        reception = Event(title=title, starts_at=NOW - timedelta(days=3))
        session.add(reception)
        session.flush()
        anna = Person(
            name="Anna Schmidt",
            sort_key=fold("Anna Schmidt"),
            role="Viola",
            met_event_id=reception.id,
        )
        session.add(anna)
        session.flush()
        uid = anna.uid
    main_window.resize(800, 600)
    page = _open(main_window, uid)
    page.set_editing(True)
    contact, tag = page.contacts.value, page.tags.value
    qtbot.waitUntil(lambda: contact.width() > 0)
    assert main_window.width() == 800
    column = page.form_scroll
    assert column.widget().minimumSizeHint().width() <= column.viewport().width()
    assert column.horizontalScrollBar().maximum() == 0
    assert contact.width() >= 250
    assert tag.width() >= 250
    texts = [
        *page.form.lines.values(),
        *(page.form.texts[field] for field in page.form.texts if field in _EDITOR_TEXTS),
        page.form.introduced,
        contact,
        tag,
    ]
    for field in texts:
        assert field.isVisibleTo(page), field.accessibleName()
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= max(180, hint + 16), field.accessibleName()
    # Closed, the event's box shows the start of the title; open, its list shows it whole.
    met = page.form.met_event
    assert met.currentText().startswith(title)
    assert met.width() >= 180
    met.showPopup()
    qtbot.waitUntil(met.view().isVisible)
    assert met.view().width() >= 480 > met.width()
    met.hidePopup()
    status = page.form.status
    metrics = status.fontMetrics()
    widest = max(metrics.horizontalAdvance(status.itemText(row)) for row in range(status.count()))
    assert status.width() > widest + 16
    # Tab goes from the words to their kind, then to Add and Remove.
    assert contact.nextInFocusChain() is page.contacts.kind
    assert page.contacts.kind.nextInFocusChain() is page.contacts.add_button
    assert page.contacts.add_button.nextInFocusChain() is page.contacts.remove_button
    assert tag.nextInFocusChain() is page.tags.add_button


def test_a_fact_is_edited_in_place(
    main_window: MainWindow, services: Services, database: Database
) -> None:
    uid = _person(database, "Seán O'Brien")
    services.person.add_fact(uid, FactKind.STORY, "Grew up in Cork")
    page = _open(main_window, uid)
    item = page.facts.list.item(1)
    item.setText("Grew up in Cork, by the sea")  # what an in-place edit (F2) does
    assert [f.text for f in services.person.get(uid).facts] == ["Grew up in Cork, by the sea"]
    page.undo_stack.undo()
    assert [f.text for f in services.person.get(uid).facts] == ["Grew up in Cork"]


def test_what_I_could_offer_is_noted_in_place_and_undone(
    main_window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    uid = _person(database, "Zoë Ng")
    page = _open(main_window, uid)
    offer = page.findChild(QPlainTextEdit, "field_could_offer")
    assert offer is not None
    assert offer.isVisibleTo(page)
    assert "introduction" in offer.placeholderText()
    offer.setFocus()
    qtbot.keyClicks(offer, "Seats for her students")
    page.edit_button.setFocus()  # leaving the note saves it
    assert services.person.get(uid).could_offer == "Seats for her students"
    qtbot.keyClick(page.edit_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.person.get(uid).could_offer == ""
    assert offer.toPlainText() == ""


def test_a_note_being_written_stays_through_a_change_elsewhere(
    main_window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    uid = _person(database, "Zoë Ng")
    page = _open(main_window, uid)
    offer = page.form.texts[PersonField.COULD_OFFER]
    offer.setFocus()
    qtbot.keyClicks(offer, "A ticket")
    services.person.set_field(uid, PersonField.ROLE, "Flute")  # the bus tells the page
    assert page.card.role.text() == "Flute"
    assert offer.toPlainText() == "A ticket"


def test_open_promises_both_ways_mine_first(
    main_window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    uid = _person(database, "Anna Schmidt")
    with database.write() as session:
        person_id = session.query(Person.id).filter(Person.uid == uid).scalar()
        session.add_all(
            [
                FollowUp(
                    person_id=person_id,
                    direction=Direction.THEIRS,
                    text="Send me the audition dates",
                    due_at=NOW - timedelta(days=5),
                ),
                FollowUp(
                    person_id=person_id,
                    direction=Direction.MINE,
                    text="Send the Ligeti recording",
                    due_at=NOW + timedelta(days=1),
                ),
                FollowUp(
                    person_id=person_id,
                    direction=Direction.MINE,
                    text="Lend the Bartók score",
                    status=FollowUpStatus.DONE,
                ),
            ]
        )
    page = _open(main_window, uid)
    assert page.promises.isVisibleTo(page)
    assert [line.split(" — ")[0] for line in page.promises.lines] == [
        "I promised: Send the Ligeti recording",
        "They promised: Send me the audition dates",
    ]

    # Another person's page in the same view: only their promise shows, none left over.
    other = _person(database, "Zoë Ng")
    with database.write() as session:
        other_id = session.query(Person.id).filter(Person.uid == other).scalar()
        session.add(FollowUp(person_id=other_id, direction=Direction.THEIRS, text="Tickets"))
    page = _open(main_window, other)
    assert page.promises.lines == ["They promised: Tickets"]

    def shown() -> list[str]:
        labels = page.promises.findChildren(QLabel)
        return [label.text() for label in labels if label.isVisibleTo(page)]

    assert not any("Ligeti" in line for line in shown())  # gone at once, not at the next idle
    qtbot.waitUntil(lambda: shown() == ["They promised: Tickets"])


def test_undo_works_from_the_card_and_a_gone_person_cannot_be_edited(
    main_window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    uid = _person(database, "Kwame Mensah")
    page = _open(main_window, uid)
    page.facts.value.setText("Loves Ligeti")
    page.facts.add()
    assert page.facts.shown() == ["Cares about: Loves Ligeti"]
    page.facts.value.setFocus()  # an empty box passes Ctrl+Z on to the page
    qtbot.keyClick(page.facts.value, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.person.get(uid).facts == ()
    with database.write() as session:
        session.delete(session.query(Person).filter(Person.uid == uid).one())
    main_window.changes.poll()
    assert "no longer exists" in message_label(page).text()
    assert not page.edit_button.isEnabled()


def test_the_timeline_tells_an_offer_from_a_hope_to_meet(
    main_window: MainWindow, database: Database
) -> None:
    from eventmate.domain.kinds import IntentionKind
    from eventmate.storage.models import Intention

    with database.write() as session:
        gala = Event(title="Autumn Gala", starts_at=NOW + timedelta(days=2))
        zoe = Person(name="Zoë Ng", sort_key=fold("Zoë Ng"))
        session.add_all([gala, zoe])
        session.flush()
        session.add_all(
            [
                Intention(
                    event_id=gala.id, kind=IntentionKind.OFFER, text="Two seats", person_id=zoe.id
                ),
                Intention(
                    event_id=gala.id, kind=IntentionKind.CONNECT, text="Say hello", person_id=zoe.id
                ),
            ]
        )
        uid = zoe.uid
    page = _open(main_window, uid)
    rows = [page.timeline_model.index(row).data() for row in range(page.timeline_model.rowCount())]
    assert any("Hoped to offer · Autumn Gala" in row and "Two seats" in row for row in rows)
    assert any("Hoped to meet · Autumn Gala" in row and "Say hello" in row for row in rows)


def test_every_control_on_the_card_and_in_the_editor_has_a_name(
    main_window: MainWindow, services: Services
) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    services.sample_data.add()
    anna = next(row for row in services.people.listings() if row.name == "Anna Schmidt")
    page = _open(main_window, anna.uid)

    def unnamed() -> list[str]:
        return [
            widget.objectName() or type(widget).__name__
            for widget in page.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isVisibleTo(page)
            and not widget.accessibleName()
            and not (isinstance(widget, QPushButton) and widget.text())
            and type(widget).__name__ != "QScrollBar"
        ]

    assert unnamed() == []
    page.set_editing(True)
    assert unnamed() == []
