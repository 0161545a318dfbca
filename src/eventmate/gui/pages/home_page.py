"""Home, a calm start: what is next and what I meant to do there, promises both ways (mine
first), the reflection waiting, people met lately, people to reconnect with.

Each part has one obvious action (Prepare, Done, Reflect, the person's name); each empty state
invites rather than reports.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.formatting import day_label, due_label, when
from eventmate.gui.intention_words import intention_kind_word
from eventmate.gui.style import (
    Space,
    band,
    body,
    clear_layout,
    heading,
    link_button,
    muted,
    quiet_button,
)
from eventmate.gui.style.widgets import page_margins

if TYPE_CHECKING:
    from eventmate.services.changes import Changes
    from eventmate.services.home import (
        DueFollowUp,
        HomeService,
        HomeSummary,
        LastNight,
        NextEvent,
        OnThisDay,
    )


#: Home's column is never wider than this (px): lines and their actions stay close.
COLUMN_MAX = 880


class HomePage(QScrollArea):
    """The first screen: one glance tells what is next."""

    sample_data_requested = Signal()
    sample_data_removal_requested = Signal()
    event_opened = Signal(str)
    prepare_requested = Signal(str)
    person_opened = Signal(str)
    capture_requested = Signal(str)  # the event's uid
    event_add_requested = Signal()
    reflect_requested = Signal(str)
    rest_requested = Signal(str)
    in_touch_requested = Signal(str)
    rehearse_requested = Signal(str)  # the uid of the event whose people I met (last night)
    #: The follow-up's uid and version shown: done (mine), or received (theirs).
    promise_kept = Signal(str, int)

    def __init__(self, home: HomeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self.setObjectName("homePage")
        self.setAccessibleName(self.tr("Home"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        # One column at a reading width: a line and its action stay within one glance.
        column = QWidget()
        column.setObjectName("homeColumn")
        column.setMaximumWidth(COLUMN_MAX)
        row.addStretch(1)
        row.addWidget(column, 100)  # up to its maximum width, then centred
        row.addStretch(1)
        self._layout = QVBoxLayout(column)
        page_margins(self._layout)
        self._layout.setSpacing(Space.S)
        self.setWidget(content)
        self.summary: HomeSummary | None = None

    def on_changes(self, changes: Changes) -> None:
        """Reload when what this page shows changed."""
        from eventmate.services.changes import Kind  # not before Home's first paint

        if changes.touches(
            Kind.PERSON, Kind.EVENT, Kind.FOLLOW_UP, Kind.INTENTION, Kind.REFLECTION, Kind.CAPTURE
        ):
            self.refresh()

    def refresh(self) -> None:
        """Read the summary again and rebuild the page."""
        self.summary = self._home.summary()
        self._rebuild(self.summary)

    def _rebuild(self, summary: HomeSummary) -> None:
        from eventmate.services.clock import system_clock

        # The moment the summary was read as of: what is "due soon" and its labels agree.
        now = summary.now or system_clock()
        layout = self._layout
        clear_layout(layout)
        if summary.has_sample_data:
            layout.addWidget(self._sample_banner())
        self._add_next_event(summary, now)
        if summary.to_reflect is not None:
            layout.addSpacing(16)
            self._add_reflect(summary)
        if summary.last_night is not None:
            layout.addSpacing(12)
            self._add_last_night(summary.last_night)
        layout.addSpacing(22)
        self._add_promises(summary, now)
        if summary.recent_people or not summary.has_any_data:
            layout.addSpacing(22)
            self._add_met_recently(summary, now)
        if summary.reconnect:
            layout.addSpacing(22)
            self._add_reconnect(summary)
        if summary.on_this_day is not None:
            layout.addSpacing(22)
            self._add_on_this_day(summary.on_this_day)
        layout.addStretch(1)

    def _add_promises(self, summary: HomeSummary, now: datetime) -> None:
        """What I promised first (my own giving), then what was promised to me."""
        layout = self._layout
        layout.addWidget(heading(self.tr("Promises"), scale=1.2))
        if not summary.due:
            layout.addWidget(
                muted(
                    self.tr(
                        "No promises waiting. When you offer someone a recording or an "
                        "introduction, it will wait for you here."
                    )
                )
            )
            return
        for items, caption, action, hint in (
            (
                summary.promised_by_me,
                self.tr("I promised"),
                self.tr("Done"),
                self.tr("You kept it: it leaves Home (Follow-ups can open it again)."),
            ),
            (
                summary.promised_to_me,
                self.tr("Promised to me"),
                self.tr("Received"),
                self.tr("It arrived: it leaves Home (Follow-ups can open it again)."),
            ),
        ):
            if not items:
                continue
            subheading = muted(caption)
            subheading.setObjectName("promisesCaption")
            layout.addWidget(subheading)
            for item in items:
                layout.addLayout(self._promise_row(item, action, hint, now))

    def _promise_row(self, item: DueFollowUp, action: str, hint: str, now: datetime) -> QHBoxLayout:
        who = f" — {item.person_name}" if item.person_name else ""
        due = due_label(item.due_at, now)
        text = body(f"{item.text}{who}")
        text.setAccessibleName(f"{item.text}{who}, {due}")
        when_label = muted(due)
        when_label.setWordWrap(False)
        button = quiet_button(action)
        button.setObjectName("promiseKeptButton")
        button.setToolTip(hint)
        button.setAccessibleName(f"{action}: {item.text}")
        button.clicked.connect(
            lambda _=False, uid=item.uid, v=item.version: self.promise_kept.emit(uid, v)
        )
        row = QHBoxLayout()
        row.addWidget(text, 1)
        row.addWidget(when_label)
        row.addWidget(button)
        return row

    def _add_met_recently(self, summary: HomeSummary, now: datetime) -> None:
        """The people met most recently (at an event or captured), newest first; a name opens
        them."""
        layout = self._layout
        layout.addWidget(heading(self.tr("Met recently"), scale=1.2))
        if not summary.recent_people:
            layout.addWidget(
                muted(
                    self.tr(
                        "People you meet will appear here. Capture someone at your next break, "
                        "or import your address book."
                    )
                )
            )
            return
        for person in summary.recent_people:
            button = link_button(person.name)
            button.setObjectName("metRecentlyButton")
            button.setAccessibleName(self.tr("Open %1").replace("%1", person.name))
            button.clicked.connect(lambda _=False, uid=person.uid: self.person_opened.emit(uid))
            # Under "Met recently" the day alone says when ("Yesterday", "Fri 27 Nov").
            when = day_label(person.met_at, now) if person.met_at is not None else ""
            about = muted(" · ".join(p for p in (person.role, person.organization, when) if p))
            about.setProperty("textFormat", "PlainText")
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(about, 1)
            layout.addLayout(row)

    def _add_next_event(self, summary: HomeSummary, now: datetime) -> None:
        layout = self._layout
        event = summary.next_event
        if event is None:
            layout.addWidget(heading(self.tr("Nothing planned yet"), scale=1.6))
            layout.addWidget(
                muted(
                    self.tr("Going to a concert soon? Add it and set an intention — one is enough.")
                )
            )
            add_event = QPushButton(self.tr("Add an event…"))
            add_event.setObjectName("addEventButton")
            add_event.setToolTip(self.tr("Only a title and a start are needed (Ctrl+N on Events)"))
            add_event.clicked.connect(self.event_add_requested)
            layout.addLayout(_left(add_event))
            if not summary.has_any_data:
                layout.addWidget(
                    muted(
                        self.tr(
                            "Or look around first with a small set of sample events and people; "
                            "it is clearly marked and can be removed in one step."
                        )
                    )
                )
                try_it = QPushButton(self.tr("Explore with sample data"))
                try_it.setObjectName("addSampleButton")
                try_it.clicked.connect(self.sample_data_requested)
                layout.addLayout(_left(try_it))
            return
        layout.addWidget(muted(when(event.starts_at, now)))
        title = heading(event.title, scale=1.8)
        title.setObjectName("nextEventTitle")
        title.setProperty("textFormat", "PlainText")
        layout.addWidget(title)
        place = " · ".join(part for part in (event.venue, event.city) if part)
        if place:
            layout.addWidget(body(place))
        layout.addSpacing(6)
        self._add_intentions(event)
        layout.addSpacing(6)
        prepare = QPushButton(self.tr("Prepare"))
        prepare.setObjectName("prepareNextEventButton")
        prepare.setToolTip(self.tr("Set intentions and read the briefing"))
        prepare.setDefault(True)
        prepare.clicked.connect(lambda: self.prepare_requested.emit(event.uid))
        open_button = quiet_button(self.tr("Open event"))
        open_button.setObjectName("openNextEventButton")
        open_button.clicked.connect(lambda: self.event_opened.emit(event.uid))
        capture_button = quiet_button(self.tr("Capture"))
        capture_button.setObjectName("captureButton")
        capture_button.setToolTip(self.tr("Capture people you meet here (Ctrl+Shift+N)"))
        capture_button.clicked.connect(lambda: self.capture_requested.emit(event.uid))
        layout.addLayout(_left(prepare, capture_button, open_button))

    def _add_intentions(self, event: NextEvent) -> None:
        """The intentions' own words, each after its kind; an invitation when there are none."""
        layout = self._layout
        if not event.intention_lines:
            invite = muted(self.tr("No intentions yet — one is enough."))
            invite.setObjectName("intentionsInvitation")
            layout.addWidget(invite)
            return
        layout.addWidget(muted(self.tr("What you mean to do there")))
        for line in event.intention_lines:
            words = line.text or line.person_name or ""
            if line.person_name and line.text:
                words = f"{line.text} ({line.person_name})"
            kind = intention_kind_word(line.kind)
            row = body(f"{kind} · {words}")
            row.setObjectName("intentionLine")
            row.setAccessibleName(f"{kind}: {words}")
            layout.addWidget(row)
        more = event.intentions - len(event.intention_lines)
        if more > 0:
            layout.addWidget(muted(self.tr("and %n more", "", more)))

    def _add_reflect(self, summary: HomeSummary) -> None:
        event = summary.to_reflect
        assert event is not None
        button = QPushButton(self.tr("Reflect on %1…").replace("%1", event.title))
        button.setObjectName("reflectButton")
        button.setToolTip(
            self.tr("A few lines while it is fresh: whom you listened to, what you learned.")
        )
        button.clicked.connect(lambda: self.reflect_requested.emit(event.uid))
        row = _left(button)
        detail = muted(self.tr("A few lines while it is fresh."))
        detail.setWordWrap(False)
        row.insertWidget(1, detail)
        self._layout.addLayout(row)

    def _add_last_night(self, night: LastNight) -> None:
        button = QPushButton(self.tr("Names from last night…"))
        button.setObjectName("lastNightButton")
        people = (
            self.tr("the person you met at %1")
            if night.people == 1
            else self.tr("the %n people you met at %1", "", night.people)
        ).replace("%1", night.title)
        button.setToolTip(
            self.tr("Recall %1 from their cues: two minutes, while it is fresh.").replace(
                "%1", people
            )
        )
        button.setAccessibleName(
            self.tr("Rehearse names from last night: %1").replace("%1", people)
        )
        button.clicked.connect(lambda: self.rehearse_requested.emit(night.event_uid))
        row = _left(button)
        detail = muted(people[:1].upper() + people[1:])
        detail.setWordWrap(False)
        row.insertWidget(1, detail)
        self._layout.addLayout(row)

    def _add_on_this_day(self, moment: OnThisDay) -> None:
        """One gentle look back: "A year ago today you met Anna at the Autumn Gala"."""
        years = moment.years_ago
        if moment.person_name is not None:
            if moment.event_title:
                text = (
                    self.tr("A year ago today you met %1 at %2.")
                    if years == 1
                    else self.tr("%n years ago today you met %1 at %2.", "", years)
                )
            else:
                text = (
                    self.tr("A year ago today you met %1.")
                    if years == 1
                    else self.tr("%n years ago today you met %1.", "", years)
                )
            text = text.replace("%1", moment.person_name).replace("%2", moment.event_title or "")
        else:
            text = (
                self.tr("A year ago today: %1.")
                if years == 1
                else self.tr("%n years ago today: %1.", "", years)
            ).replace("%1", moment.event_title or "")
        button = quiet_button(text)
        button.setObjectName("onThisDayButton")
        button.setAccessibleName(text)
        if moment.person_uid is not None:
            person_uid = moment.person_uid
            button.setToolTip(self.tr("Open %1").replace("%1", moment.person_name or ""))
            button.clicked.connect(lambda: self.person_opened.emit(person_uid))
        elif moment.event_uid is not None:
            event_uid = moment.event_uid
            button.clicked.connect(lambda: self.event_opened.emit(event_uid))
        self._layout.addLayout(_left(button))

    def _add_reconnect(self, summary: HomeSummary) -> None:
        from eventmate.gui.formatting import to_local

        layout = self._layout
        layout.addWidget(heading(self.tr("Reconnect"), scale=1.2))
        for person in summary.reconnect:
            if person.last_event_title and person.last_event_at is not None:
                month = QLocale().toString(to_local(person.last_event_at), "MMMM yyyy")
                detail = (
                    self.tr("last met at %1, %2")
                    .replace("%1", person.last_event_title)
                    .replace("%2", month)
                )
            elif person.last_interaction_at is not None:
                detail = self.tr("last in touch %1").replace(
                    "%1", QLocale().toString(to_local(person.last_interaction_at), "MMMM yyyy")
                )
            else:
                detail = self.tr("not in touch yet")
            # The name opens them; when we last met wraps beside it, so a long event title
            # never pushes the row's actions out of a narrow window.
            button = link_button(person.name)
            button.setObjectName("reconnectPersonButton")
            button.setAccessibleName(self.tr("Open %1").replace("%1", person.name))
            button.clicked.connect(lambda _=False, uid=person.uid: self.person_opened.emit(uid))
            when_label = muted(detail[:1].upper() + detail[1:])
            touched = quiet_button(self.tr("We were in touch"))
            touched.setObjectName("inTouchButton")
            touched.setToolTip(self.tr("You talked or wrote lately; the reminder starts again."))
            touched.clicked.connect(
                lambda _=False, uid=person.uid: self.in_touch_requested.emit(uid)
            )
            rest = quiet_button(self.tr("Let it rest…"))
            rest.setObjectName("restPersonButton")
            rest.setToolTip(self.tr("No more reminders about them; nothing is deleted."))
            rest.clicked.connect(lambda _=False, uid=person.uid: self.rest_requested.emit(uid))
            for extra in (touched, rest):
                extra.setAccessibleName(f"{extra.text()} — {person.name}")
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(when_label, 1)
            row.addWidget(touched)
            row.addWidget(rest)
            layout.addLayout(row)

    def _sample_banner(self) -> QFrame:
        banner, row = band()
        banner.setObjectName("sampleBanner")
        row.addWidget(
            body(
                self.tr(
                    "You are exploring sample data: everything marked “sample” is made up "
                    "and goes away in one step. Your own entries stay."
                )
            ),
            1,
        )
        remove = QPushButton(self.tr("Remove sample data"))
        remove.setObjectName("removeSampleButton")
        remove.clicked.connect(self.sample_data_removal_requested)
        row.addWidget(remove)  # a push button keeps its height: the row centres it
        return banner


def _left(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
