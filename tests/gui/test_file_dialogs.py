"""File dialogs open where the user was (else Documents), never in the install folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from eventmate.gui import file_dialogs
from eventmate.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh() -> None:
    file_dialogs.forget()


def test_first_dialog_opens_in_documents_or_home_not_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install = tmp_path / "install"
    install.mkdir()
    monkeypatch.chdir(install)
    asked: list[str] = []

    def fake(_parent: object, _caption: str, folder: str, _filter: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    assert file_dialogs.open_files(None, "Import", "*") == []
    assert Path(asked[0]) != install
    assert Path(asked[0]) != Path(os.getcwd())
    assert Path(asked[0]) in (file_dialogs.start_folder(), Path.home())


def test_the_next_dialog_opens_where_the_last_file_was(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = [str(tmp_path / "a.ics"), str(tmp_path / "b.ics")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: (chosen, ""))
    assert file_dialogs.open_files(None, "Import", "*") == [Path(p) for p in chosen]
    assert file_dialogs.start_folder() == tmp_path


def test_several_calendars_are_imported_one_after_another(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = [tmp_path / "a.ics", tmp_path / "b.ics"]
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_args: files)
    previewed: list[Path] = []

    class Preview:
        import_result = None

        def __init__(self, _services: object, path: Path, _parent: object) -> None:
            previewed.append(path)

        def exec(self) -> int:
            return 0

    import eventmate.gui.events.import_dialog as import_dialog

    monkeypatch.setattr(import_dialog, "ImportCalendarDialog", Preview)
    main_window.import_calendar()
    assert previewed == files
