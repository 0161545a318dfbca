"""Encryption in the app: the unlock screen, and Preferences ▸ Encryption on and off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from encrypted_data import PASSPHRASE
from eventmate.gui.data.encryption_dialog import TurnOnDialog
from eventmate.gui.data.encryption_section import EncryptionSection
from eventmate.gui.data.turn_off_dialog import TurnOffDialog
from eventmate.gui.recovery.recovery_screen import RecoveryScreen
from eventmate.gui.recovery.words import Way
from eventmate.services.container import Services
from eventmate.storage import keyed


@pytest.fixture(autouse=True)
def no_keys() -> Iterator[None]:
    keyed.forget_keys()
    yield
    keyed.forget_keys()


@pytest.fixture
def with_backup(services: Services) -> Services:
    services.sample_data.add()
    services.backups.backup_now()
    return services


def turn_on(qtbot: QtBot, services: Services) -> TurnOnDialog:
    released: list[bool] = []
    dialog = TurnOnDialog(services.encryption, 2, lambda: released.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    assert dialog.copies.isVisible()
    assert dialog.copies.convert.isChecked()  # recommended, and said so
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.new_key is not None, timeout=10_000)
    assert dialog.new_key is not None
    key = dialog.new_key.recovery_key
    assert len(key.split("-")) == 8
    # Shown whole, on two lines of large letters (one line did not fit the dialog).
    assert dialog.recovery.text().replace("\n", "-") == key
    qtbot.waitUntil(lambda: dialog.recovery.width() >= dialog.recovery.sizeHint().width())
    dialog.findChild(QPushButton, "copyRecoveryKey").click()
    assert QGuiApplication.clipboard().text() == key
    assert not dialog.next_button.isEnabled()  # not before the key is written down
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=30_000)
    assert released == [True]
    assert dialog.recovery.text() == ""  # shown once, then gone
    return dialog


def test_turning_it_on_shows_the_recovery_key_once_then_encrypts(
    qtbot: QtBot, with_backup: Services, data_dir: Path
) -> None:
    dialog = turn_on(qtbot, with_backup)
    assert dialog.result_ is not None
    assert dialog.result_.copies_converted == 2
    assert keyed.is_encrypted(data_dir / "eventmate.sqlite3")
    assert "encrypted too" in dialog.summary.text()
    # The app goes on with the same services.
    with_backup.capture.capture("Ilse Berg (horn)")


def test_two_different_passphrases_are_caught(qtbot: QtBot, with_backup: Services) -> None:
    dialog = TurnOnDialog(with_backup.encryption, 1, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "!")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.status.text()
    assert dialog.pages.currentIndex() == 0


def test_the_section_follows_the_state(qtbot: QtBot, with_backup: Services) -> None:
    section = EncryptionSection(with_backup.encryption, lambda: None, lambda: None)
    qtbot.addWidget(section)
    section.show()
    assert section.state.text().startswith("Off")
    assert "on encryption" in section.switch.text().replace("&", "")
    assert not section.remember.isVisible()
    turn_on(qtbot, with_backup).close()
    section.refresh()
    assert section.state.text().startswith("On")
    assert section.remember.isVisible()
    assert not section.encrypt_copies.isVisible()  # every backup was encrypted
    assert "off encryption" in section.switch.text().replace("&", "")
    plain = EncryptionSection(None, lambda: None, lambda: None)
    qtbot.addWidget(plain)
    assert "server" in plain.state.text()


def test_without_sqlcipher_the_section_says_so(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyed, "encryption_available", lambda: False)
    section = EncryptionSection(services.encryption, lambda: None, lambda: None)
    qtbot.addWidget(section)
    section.show()
    assert "not available on this computer" in section.state.text()
    assert not section.switch.isVisible()


def test_turning_it_off_asks_for_the_passphrase_again(
    qtbot: QtBot, with_backup: Services, data_dir: Path
) -> None:
    turn_on(qtbot, with_backup).close()
    dialog = TurnOffDialog(with_backup.encryption, 3, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not it")
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert "does not open" in dialog.status.text()
    assert keyed.is_encrypted(data_dir / "eventmate.sqlite3")
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=30_000)
    assert not keyed.is_encrypted(data_dir / "eventmate.sqlite3")
    assert dialog.result_ is not None
    assert dialog.result_.copies_converted == 3


def test_the_unlock_screen_asks_again_and_never_offers_to_move_the_data(
    qtbot: QtBot, with_backup: Services, data_dir: Path
) -> None:
    new_key = with_backup.encryption.prepare(PASSPHRASE)
    with_backup.encryption.turn_on(new_key, convert_copies=True)
    with_backup.close()
    keyed.forget_keys()
    path = data_dir / "eventmate.sqlite3"
    screen = RecoveryScreen("needs_passphrase", str(path), "", path, data_dir / "backups")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.unlock is not None
    assert set(screen.ways) == {Way.FOLDER}  # no restore, no "move it away", no export
    assert "damaged" not in screen.what.text()
    qtbot.keyClicks(screen.unlock.passphrase, "the wrong words")
    qtbot.keyClick(screen.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.unlock is not None and screen.unlock.job is None, timeout=10_000)
    assert "does not open your data" in screen.unlock.status.text()
    assert "not damaged" in screen.unlock.status.text()
    assert screen.choice is None
    screen.unlock.passphrase.setText(new_key.recovery_key)
    with qtbot.waitSignal(screen.accepted, timeout=10_000):
        qtbot.keyClick(screen.unlock.passphrase, Qt.Key.Key_Return)
    assert screen.choice is Way.TRY_AGAIN
