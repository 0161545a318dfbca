"""People list, person page (edits, undo, timeline) and duplicates, driven offscreen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from eventmate.domain.kinds import ContactKind, PersonStatus
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.person import people_model
from eventmate.gui.person.duplicates_dialog import DuplicatesDialog
from eventmate.gui.person.person_page import PersonPage, message_label
from eventmate.gui.person.timeline_model import TimelineModel
from eventmate.services.container import Services
from eventmate.services.people.people import PeopleSort
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, ContactMethod, Event, Note, Person, Tag

BASE = datetime(2026, 1, 1, 19, 30, tzinfo=UTC)


def _add_people(database: Database, count: int) -> None:
    with database.write() as session:
        tag = Tag(name="choir")
        session.add(tag)
        for i in range(count):
            person = Person(
                name=f"Person {i:04d}",
                sort_key=f"person {i:04d}",
                role="Cello",
                organization="LSO" if i % 2 else "Wigmore Hall",
                status=PersonStatus.RESTING if i % 10 == 0 else PersonStatus.ACTIVE,
                last_interaction_at=BASE + timedelta(hours=i),
            )
            if i % 4 == 0:
                person.tags.append(tag)
            session.add(person)


@pytest.fixture
def page(qtbot: QtBot, services: Services, database: Database) -> PeoplePage:
    _add_people(database, 450)
    widget = PeoplePage(services)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.refresh()
    return widget


def test_people_model_passes_the_model_tester(qtmodeltester, page: PeoplePage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)


def test_list_reads_pages_lazily_and_reaches_the_end(page: PeoplePage) -> None:
    model = page.model
    assert model.total == model.rowCount() == 450
    assert model.loaded_rows <= 2 * people_model.PAGE_SIZE  # only what the screen showed
    last = model.index(449).data()  # jump to the end: read without reading everything before
    assert last == "Person 0449"
    names = [model.index(r).data() for r in range(model.rowCount())]
    assert len(names) == len(set(names)) == 450
    assert names == sorted(names)
    assert model.loaded_rows <= people_model.CACHED_PAGES * people_model.PAGE_SIZE


def test_scrolling_back_reads_evicted_pages_again(
    page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_model, "CACHED_PAGES", 1)
    model = page.model
    first = model.index(0).data()
    assert model.index(449).data() == "Person 0449"
    assert model.loaded_rows <= people_model.PAGE_SIZE
    assert model.index(0).data() == first


def test_sort_and_filters(page: PeoplePage) -> None:
    page.filters.sort_box.setCurrentIndex(
        page.filters.sort_box.findData(PeopleSort.LAST_INTERACTION.value)
    )
    page.filters.sort_box.activated.emit(page.filters.sort_box.currentIndex())
    assert page.model.index(0).data() == "Person 0449"
    page.filters.tag_box.setCurrentIndex(1)
    page.filters.tag_box.activated.emit(1)
    assert page.model.total == 113
    page.filters.status_box.setCurrentIndex(
        page.filters.status_box.findData(PersonStatus.RESTING.value)
    )
    page.filters.status_box.activated.emit(page.filters.status_box.currentIndex())
    assert page.model.total == 23  # resting (every 10th) and tagged (every 4th): every 20th
    assert "23 people" in page.count_label.text()


def test_organisation_filter_and_nobody_matches(page: PeoplePage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.filters.org_edit, "wigm")
    qtbot.waitUntil(lambda: page.model.total == 225)
    page.filters.org_edit.setText("nobody here")
    page.filters.org_edit.textEdited.emit("nobody here")
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert page.view.isVisible()
    assert "Nobody matches" in page.status.text()


def test_enter_opens_the_person_and_esc_comes_back(page: PeoplePage, qtbot: QtBot) -> None:
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(3))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.pages.currentWidget() is page.person_page
    person = page.person_page
    assert person.card.name.text() == "Person 0003"
    name = person.findChild(QLineEdit, "field_name")
    assert name is not None
    assert name.text() == "Person 0003"
    assert not name.isVisible()  # the card first; its fields open on "Edit details"
    qtbot.keyClick(person.edit_button, Qt.Key.Key_Space)
    assert name.isVisible()
    assert name.hasFocus()
    qtbot.keyClick(name, Qt.Key.Key_Escape)  # closes the editor
    assert not name.isVisible()
    assert page.pages.currentWidget() is person
    qtbot.keyClick(person.edit_button, Qt.Key.Key_Escape)  # back to the list
    assert page.pages.currentIndex() == 0
    assert page.view.currentIndex().row() == 3


@pytest.fixture
def person_page(main_window: MainWindow, database: Database) -> tuple[PersonPage, str]:
    """Zoë's page open in the real window (its changes arrive through the window's bus)."""
    with database.write() as session:
        event = Event(title="Autumn Gala", starts_at=BASE)
        zoe = Person(name="Zoë Müller", sort_key="zoe muller", met_event=event, first_met_at=BASE)
        session.add_all([event, zoe, Person(name="Kwame Mensah", sort_key="kwame mensah")])
        session.flush()
        for i in range(40):
            session.add(
                Capture(
                    raw_text=f"Capture {i} <b>not bold</b>",
                    person_id=zoe.id,
                    event_id=event.id,
                    captured_at=BASE + timedelta(days=i),
                )
            )
        session.add(
            Note(person_id=zoe.id, text="Newest note", created_at=BASE + timedelta(days=90))
        )
        uid = zoe.uid
    main_window.open_person(uid)
    people = main_window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    return people.person_page, uid


def test_timeline_model_passes_the_model_tester(
    qtmodeltester, person_page: tuple[PersonPage, str]
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(person_page[0].timeline_model)


def test_timeline_is_newest_first(person_page: tuple[PersonPage, str]) -> None:
    model: TimelineModel = person_page[0].timeline_model
    assert model.rowCount() == 42
    assert "Newest note" in model.index(0).data()
    assert "Met" in model.index(41).data()


def test_timeline_opens_the_event_by_uid(
    person_page: tuple[PersonPage, str], main_window: MainWindow, services: Services
) -> None:
    page, _uid = person_page
    opened: list[str] = []
    page.event_opened.connect(opened.append)
    page.timeline.setCurrentIndex(page.timeline_model.index(41))  # met at the gala
    page.timeline.activated.emit(page.timeline.currentIndex())
    gala = services.people.events()[0]
    assert opened == [gala.uid]
    assert main_window.current_section is Section.EVENTS


def test_edit_saves_at_once_and_undo_redo(
    person_page: tuple[PersonPage, str], services: Services, qtbot: QtBot
) -> None:
    page, uid = person_page
    page.set_editing(True)
    role = page.findChild(QLineEdit, "field_role")
    assert role is not None
    role.setFocus()
    qtbot.keyClicks(role, "Oboe")
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert services.person.get(uid).role == "Oboe"
    qtbot.keyClick(role, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.person.get(uid).role == ""
    assert role.text() == ""
    qtbot.keyClick(
        role, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert services.person.get(uid).role == "Oboe"
    assert role.text() == "Oboe"


def test_empty_name_is_refused_calmly(
    person_page: tuple[PersonPage, str], services: Services, qtbot: QtBot
) -> None:
    page, uid = person_page
    page.set_editing(True)
    name = page.findChild(QLineEdit, "field_name")
    assert name is not None
    name.setFocus()
    name.clear()
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert services.person.get(uid).name == "Zoë Müller"
    assert name.text() == "Zoë Müller"
    assert page.undo_stack.count() == 0


def test_recall_cues_save_when_leaving_the_field(
    person_page: tuple[PersonPage, str], services: Services
) -> None:
    page, uid = person_page
    cues = page.findChild(QPlainTextEdit, "field_recall_cues")
    assert cues is not None
    cues.setPlainText("red scarf")
    page.save_texts()
    assert services.person.get(uid).recall_cues == "red scarf"


def test_contacts_tags_and_facts_undo(
    person_page: tuple[PersonPage, str], services: Services, qtbot: QtBot
) -> None:
    page, uid = person_page
    page.contacts.value.setText("zoe@example.org")
    page.contacts.add()
    page.tags.value.setText("choir")
    page.tags.add()
    page.facts.value.setText("Both love Ligeti")
    page.facts.add()
    detail = services.person.get(uid)
    assert [c.value for c in detail.contacts] == ["zoe@example.org"]
    assert detail.tags == ("choir",)
    assert [f.text for f in detail.facts] == ["Both love Ligeti"]
    # The editors show what was saved (through the change each write published).
    assert page.contacts.list.count() == page.tags.list.count() == len(page.facts.shown()) == 1
    assert page.facts.shown() == ["Cares about: Both love Ligeti"]
    page.facts.list.setCurrentRow(1)  # under the heading "What they care about"
    page.facts.remove_selected()
    assert services.person.get(uid).facts == ()
    assert page.facts.list.count() == 0
    for _ in range(4):
        page.undo_stack.undo()
    detail = services.person.get(uid)
    assert (detail.contacts, detail.tags, detail.facts) == ((), (), ())
    for _ in range(3):
        page.undo_stack.redo()
    assert services.person.get(uid).facts[0].text == "Both love Ligeti"
    assert page.facts.shown()[0].endswith("Both love Ligeti")


def test_introduced_by_links_an_existing_person(
    person_page: tuple[PersonPage, str], services: Services
) -> None:
    page, uid = person_page
    field = page.findChild(QLineEdit, "field_introduced_by")
    assert field is not None
    field.setText("kwame mensah")
    field.editingFinished.emit()
    detail = services.person.get(uid)
    assert detail.introduced_by_name == "Kwame Mensah"
    assert detail.introduced_by_uid == services.person.people_named("kwame")[0][0]


def test_met_at_offers_events_by_uid(
    person_page: tuple[PersonPage, str], services: Services, database: Database
) -> None:
    page, uid = person_page
    with database.write() as session:
        session.add(Event(title="Spring Recital", starts_at=BASE + timedelta(days=100)))
    box = page.findChild(QComboBox, "field_met_event")
    assert box is not None
    spring = box.findText("Spring Recital", Qt.MatchFlag.MatchStartsWith)
    assert spring > 0  # the new event was offered as soon as it was added
    box.setCurrentIndex(spring)
    box.activated.emit(spring)
    assert services.person.get(uid).met_event_title == "Spring Recital"
    page.undo_stack.undo()
    assert services.person.get(uid).met_event_title == "Autumn Gala"


def test_duplicates_dialog_merges_and_undo_restores(
    qtbot: QtBot, main_window: MainWindow, services: Services, database: Database
) -> None:
    with database.write() as session:
        a = Person(name="José Müller", sort_key="jose muller")
        b = Person(name="Jose Muller", sort_key="jose muller", role="Horn")
        session.add_all([a, b])
        session.flush()
        session.add(ContactMethod(person_id=b.id, kind=ContactKind.EMAIL, value="j@example.org"))
    main_window.show_section(Section.PEOPLE)
    page = main_window.page(Section.PEOPLE)
    assert isinstance(page, PeoplePage)
    dialog = DuplicatesDialog(services, page.undo_stack, page._after_merge, page)
    qtbot.addWidget(dialog)
    assert dialog.suggestions.count() == 1
    dialog.merge_current()
    assert services.people.count() == 1
    assert page.model.total == 1  # the list followed the merge's changes
    assert dialog.suggestions.count() == 0
    page.undo_stack.undo()
    assert services.people.count() == page.model.total == 2
    page.undo_stack.redo()
    assert services.people.count() == page.model.total == 1
    merged = services.people.page(0, 1)[0]
    assert services.person.get(merged.uid).contacts[0].value == "j@example.org"


def test_a_refused_save_keeps_the_text_and_says_so(
    person_page: tuple[PersonPage, str], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventmate.services.people.detail import SaveFailed

    page, _uid = person_page

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise SaveFailed("database is locked")

    monkeypatch.setattr(services.person, "set_field", refuse)
    role = page.findChild(QLineEdit, "field_role")
    assert role is not None
    role.setText("Oboe")
    role.editingFinished.emit()
    assert role.text() == "Oboe"
    assert "Not saved yet" in message_label(page).text()
    assert page.undo_stack.count() == 0


def test_people_fits_a_narrow_window_its_filters_wrapping(
    main_window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    """Long event titles and tags do not widen the window: the filters take a second line."""
    title = "Spring Reception of the Friends of the Philharmonic Chamber Series, second half"
    with database.write() as session:
        session.add(Event(title=title, starts_at=BASE))
        session.add(Tag(name="Friends of the Philharmonic Chamber Series patrons"))
        session.add(Person(name="Anna Schmidt", sort_key="anna schmidt"))
    main_window.changes.poll()
    main_window.resize(800, 600)
    main_window.show_section(Section.PEOPLE)
    people = main_window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    qtbot.waitUntil(lambda: main_window.width() == 800)
    assert main_window.minimumSizeHint().width() <= 800
    event_box = people.findChild(QComboBox, "peopleEvent")
    assert event_box is not None
    assert event_box.findText(title, Qt.MatchFlag.MatchStartsWith) > 0
    # Open, the list shows the titles (up to a wide popup), not the closed box's width.
    assert event_box.view().minimumWidth() > event_box.width()
    sort_box = people.findChild(QComboBox, "peopleSort")
    assert sort_box is not None
    # Wrapped: "Met at" starts a second line below "Sort by".
    assert (
        event_box.mapTo(people, event_box.rect().topLeft()).y()
        > sort_box.mapTo(people, sort_box.rect().bottomLeft()).y()
    )
