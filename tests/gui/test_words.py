"""The app's words: giving needs no return, prompts ask about others, nothing corrects the user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from eventmate.domain.kinds import IntentionKind
from eventmate.gui.events.intentions_view import prompt
from eventmate.gui.pages.followups_page import FollowUpsPage
from eventmate.gui.pages.give_take import GiveTakePanel
from eventmate.services.after.exchanges import Balance
from eventmate.services.container import Services

ROOT = Path(__file__).resolve().parents[2]

#: Words issue 13 asked to change, each for a reason the test names.
RETIRED = {
    "could offer back": "giving makes no debt",
    "Thank you for that": "a count of gifts is not praised",
    "A line on why": "a rest needs no justification",
    "hear from tonight": "rehearsals and auditions happen by day",
    "understand better?": "the learn prompt is about others",
    "Next time, one is enough": "the app does not correct the user",
    "time to contact again": "a sales tool's words",
    "conductor" + "-search": "status-chasing as an example tag",
}


def shipped_text() -> list[Path]:
    """Every file whose words reach users: the sources, the README, packaging, resources."""
    files = [ROOT / "README.md"]
    for folder in ("src", "packaging", "resources"):
        files += [
            path
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and path.suffix in {".py", ".md", ".xml", ".desktop", ".ts", ".txt"}
        ]
    return files


@pytest.mark.parametrize("words", sorted(RETIRED))
def test_retired_words_are_nowhere(words: str) -> None:
    found = [
        str(path.relative_to(ROOT))
        for path in shipped_text()
        if words in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert found == [], RETIRED[words]


def test_prompts_ask_about_others_at_any_hour() -> None:
    assert "tonight" not in prompt(IntentionKind.CONNECT)
    assert "people here" in prompt(IntentionKind.LEARN)
    assert prompt(IntentionKind.OFFER) == "What could you offer someone here?"


def test_give_and_take_never_asks_for_a_return(qtbot: QtBot, services: Services) -> None:
    panel = GiveTakePanel(services)
    qtbot.addWidget(panel)
    received = panel.encouragement(Balance(given=0, received=2, given_this_season=0))
    assert "back" not in received
    assert "?" not in received
    many = panel.encouragement(Balance(given=5, received=0, given_this_season=5))
    assert many == "5 things given this season."
    assert panel.encouragement(Balance(1, 0, 1)) == "One thing given this season."


def test_letting_a_follow_up_rest_asks_for_a_note_if_you_like(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventmate.gui.rest_dialog import RestNoteDialog

    asked: list[str] = []

    def exec_(dialog: RestNoteDialog) -> int:
        asked.extend(label.text() for label in dialog.findChildren(QLabel))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(RestNoteDialog, "exec", exec_)
    page = FollowUpsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    page.text.setText("Send Anna the Ligeti recording")
    page.add()
    page.let_rest()
    assert "A &note, if you like:" in asked


def test_a_reflection_without_intentions_does_not_correct(qtbot: QtBot) -> None:
    from eventmate.gui.reflection.intentions import IntentionsPanel

    panel = IntentionsPanel(lambda *_args: None)
    qtbot.addWidget(panel)
    panel.show_intentions(())
    words = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "No intentions were set for this event." in words
    assert "Next time" not in words
