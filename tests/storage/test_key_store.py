"""The data key in the system keyring: recalled from the backend that took it, without a search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend

from eventmate.storage import key_file, key_store


class SharedKeyring(KeyringBackend):
    """A keyring whose every instance sees the same entries (as a system keyring would)."""

    priority = 1  # type: ignore[assignment]
    items: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def shared_keyring() -> Iterator[dict[tuple[str, str], str]]:
    previous = keyring.get_keyring()
    SharedKeyring.items = {}
    keyring.set_keyring(SharedKeyring())
    yield SharedKeyring.items
    keyring.set_keyring(previous)


def test_a_remembered_key_is_recalled_without_looking_for_a_backend(
    shared_keyring: dict[tuple[str, str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = key_file.new_key()
    key_store.remember(key, tmp_path)
    listed = (tmp_path / "remembered-keys").read_text(encoding="ascii")
    assert listed == f"{key.id} {__name__}.SharedKeyring\n"  # ids and a backend's name only

    def no_search() -> None:
        raise AssertionError("the keyring's backends were searched")

    # The next start: keyring has not chosen a backend yet, and searching would fail.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setattr(keyring.core, "init_backend", no_search)
    assert key_store.recall(key.id, tmp_path) == key


def test_without_its_backend_the_key_is_asked_of_the_keyring(
    shared_keyring: dict[tuple[str, str], str], tmp_path: Path
) -> None:
    key = key_file.new_key()
    key_store.remember(key, tmp_path)
    # A list written by an older EventMate (ids only), or a backend since uninstalled.
    for listed in (f"{key.id}\n", f"{key.id} gone.module.Keyring\n"):
        (tmp_path / "remembered-keys").write_text(listed, encoding="ascii")
        assert key_store.recall(key.id, tmp_path) == key
    key_store.forget(key.id, tmp_path)
    assert shared_keyring == {}
    assert not (tmp_path / "remembered-keys").exists()
    assert key_store.recall(key.id, tmp_path) is None
