"""Follow-ups changed by the command line under the open page: merged, said, or asked.

"The command line" is a second Database on the same file (as ``eventmate followups done``).
The page has not heard of the change yet when the user acts: the service itself refuses the
version the page showed, and the page resolves it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from tests.gui.person.test_person_conflicts import command_line
from tests.gui.stale_answers import Asked, answer_with

from eventmate.domain.kinds import FollowUpStatus
from eventmate.gui import messages
from eventmate.gui.pages import followup_conflicts
from eventmate.gui.pages.followups_page import FollowUpsPage
from eventmate.gui.stale_dialog import Choice, Difference
from eventmate.services.container import Services


@pytest.fixture
def said() -> Iterator[list[str]]:
    lines: list[str] = []

    def note(text: str, _ms: int) -> None:
        lines.append(text)

    messages.bridge.status_posted.connect(note)
    yield lines
    messages.bridge.status_posted.disconnect(note)


def _page(qtbot: QtBot, services: Services) -> tuple[str, FollowUpsPage]:
    uid = services.followups.add("send the Ligeti recording").uid
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.list.setCurrentRow(0)
    return uid, page


def _type(monkeypatch: pytest.MonkeyPatch, words: str, seen: list[str] | None = None) -> None:
    def ask(*args: object, text: str = "") -> tuple[str, bool]:
        if seen is not None:
            seen.append(text)
        return words, True

    monkeypatch.setattr(QInputDialog, "getText", ask)


def test_done_here_after_done_elsewhere_is_no_conflict(
    qtbot: QtBot, services: Services, data_dir: Path, said: list[str]
) -> None:
    uid, page = _page(qtbot, services)
    with command_line(data_dir) as cli:
        cli.followups.mark_done(uid)
    asked = Asked()
    answer_with(Choice.CANCEL, asked, tries=20)
    page.mark_done()
    assert asked.times == []
    assert said[-1] == "Already marked done elsewhere."
    assert page.undo_stack.count() == 0  # nothing done here: nothing to undo
    assert page.list.count() == 0


def test_done_here_after_new_words_elsewhere_is_done_on_their_words(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    uid, page = _page(qtbot, services)
    with command_line(data_dir) as cli:
        cli.followups.edit(uid, text="send the Kurtág recording")
    page.mark_done()
    stored = services.followups.get(uid)
    assert (stored.status, stored.text) == (FollowUpStatus.DONE, "send the Kurtág recording")
    page.undo_stack.undo()  # my own step: undone
    assert services.followups.get(uid).status is FollowUpStatus.OPEN


def test_done_here_after_resting_elsewhere_asks(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    uid, page = _page(qtbot, services)
    with command_line(data_dir) as cli:
        cli.followups.let_rest(uid, "they moved away")
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    page.mark_done()
    assert asked.times == [(["Status"], ["Done"], ["Resting: they moved away"])]
    assert services.followups.get(uid).status is FollowUpStatus.LET_IT_REST
    assert page.list.count() == 0  # the page shows what is stored: resting, not listed
    assert page.undo_stack.count() == 0


def test_new_words_here_and_elsewhere_ask_and_keep_mine_stores_mine(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uid, page = _page(qtbot, services)
    with command_line(data_dir) as cli:
        cli.followups.edit(uid, text="send the Kurtág recording")
    _type(monkeypatch, "send both recordings")
    asked = Asked()
    answer_with(Choice.MINE, asked)
    page.edit_current()
    assert asked.times == [
        (["What was promised"], ["send both recordings"], ["send the Kurtág recording"])
    ]
    assert services.followups.get(uid).text == "send both recordings"


def test_cancel_opens_the_words_again_holding_mine(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uid, page = _page(qtbot, services)
    with command_line(data_dir) as cli:
        cli.followups.edit(uid, text="send the Kurtág recording")
    offered: list[str] = []
    _type(monkeypatch, "send both recordings", offered)
    answers = [Choice.CANCEL, Choice.THEIRS]
    shown: list[list[Difference]] = []

    def ask(_subject: str, differences: list[Difference], _parent: object) -> Choice:
        shown.append(list(differences))
        return answers.pop(0)

    monkeypatch.setattr(followup_conflicts, "ask_stale", ask)
    page.edit_current()
    assert offered == ["send the Ligeti recording", "send both recordings"]
    assert len(shown) == 2  # saving again asks again
    assert shown[1][0].mine == "send both recordings"
    assert services.followups.get(uid).text == "send the Kurtág recording"


def test_a_due_date_changed_elsewhere_is_merged_with_new_words(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uid, page = _page(qtbot, services)
    due = services.followups.get(uid).due_at
    assert due is not None
    later = due.replace(year=due.year + 1)
    with command_line(data_dir) as cli:
        cli.followups.edit(uid, due_at=later)
    _type(monkeypatch, "send both recordings")
    asked = Asked()
    answer_with(Choice.CANCEL, asked, tries=20)
    page.edit_current()
    assert asked.times == []
    stored = services.followups.get(uid)
    assert (stored.text, stored.due_at) == ("send both recordings", later)


def test_undoing_done_after_a_change_elsewhere_is_refused(
    qtbot: QtBot, services: Services, data_dir: Path, said: list[str]
) -> None:
    uid, page = _page(qtbot, services)
    page.mark_done()
    with command_line(data_dir) as cli:
        cli.followups.edit(uid, text="sent the Ligeti recording, with a note")
    page.undo_stack.undo()
    assert services.followups.get(uid).status is FollowUpStatus.DONE
    assert said[-1] == (
        "sent the Ligeti recording, with a note was changed elsewhere after this edit, "
        "so it was not undone."
    )
    assert page.undo_stack.count() == 0


def test_kept_on_home_after_resting_elsewhere_asks(
    qtbot: QtBot, services: Services, data_dir: Path, said: list[str]
) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from eventmate.gui.home_wiring import keep_promise

    uid = services.followups.add("send the Ligeti recording").uid
    parent = QWidget()
    qtbot.addWidget(parent)
    navigator = SimpleNamespace(services=services)
    with command_line(data_dir) as cli:
        cli.followups.let_rest(uid, "they moved away")
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    keep_promise(navigator, parent, uid, 1)  # type: ignore[arg-type]
    assert asked.times == [(["Status"], ["Done"], ["Resting: they moved away"])]
    assert services.followups.get(uid).status is FollowUpStatus.LET_IT_REST
    services.followups.reopen(uid)
    services.followups.mark_done(uid)  # elsewhere, again
    keep_promise(navigator, parent, uid, 3)  # type: ignore[arg-type]
    assert said[-1] == "Already marked done elsewhere."
