"""The key file: the data key wrapped by the passphrase and by the recovery key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventmate.storage import key_file
from eventmate.storage.key_file import KeyFileError, WrongSecret


@pytest.fixture(scope="module")
def sealed() -> tuple[key_file.Key, str, key_file.KeyFile]:
    key = key_file.new_key()
    recovery = key_file.new_recovery_key()
    return key, recovery, key_file.seal(key, "correct horse battery", recovery)


def test_the_passphrase_opens_it(sealed: tuple[key_file.Key, str, key_file.KeyFile]) -> None:
    key, _recovery, found = sealed
    assert key_file.unlock(found, "correct horse battery") == key


def test_the_recovery_key_opens_it_however_it_is_typed(
    sealed: tuple[key_file.Key, str, key_file.KeyFile],
) -> None:
    key, recovery, found = sealed
    assert key_file.unlock(found, recovery) == key
    typed = recovery.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert key_file.unlock(found, typed) == key


def test_a_wrong_passphrase_is_told_apart(
    sealed: tuple[key_file.Key, str, key_file.KeyFile],
) -> None:
    _key, recovery, found = sealed
    with pytest.raises(WrongSecret):
        key_file.unlock(found, "correct horse batterY")
    wrong_recovery = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(WrongSecret):
        key_file.unlock(found, wrong_recovery)


def test_the_same_passphrase_in_another_unicode_form_opens_it() -> None:
    key = key_file.new_key()
    found = key_file.seal(key, "Zo\u00eb's passphrase", key_file.new_recovery_key())
    assert key_file.unlock(found, "Zoe\u0308's passphrase") == key  # decomposed ë


def test_it_survives_writing_and_reading(
    tmp_path: Path, sealed: tuple[key_file.Key, str, key_file.KeyFile]
) -> None:
    key, _recovery, found = sealed
    path = tmp_path / "eventmate.sqlite3.key"
    key_file.write(found, path)
    text = path.read_text(encoding="utf-8")
    assert key.raw.hex() not in text  # only wrapped
    assert key_file.unlock(key_file.read(path), "correct horse battery") == key
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "{}",
        '{"format": "eventmate-key", "version": 99}',
        json.dumps({"format": "eventmate-key", "version": 1, "cipher": "rot13", "slots": {}}),
    ],
)
def test_a_damaged_key_file_is_named_as_such(text: str) -> None:
    with pytest.raises(KeyFileError):
        key_file.from_json(text)


def test_a_key_file_asking_for_huge_memory_is_refused(
    sealed: tuple[key_file.Key, str, key_file.KeyFile],
) -> None:
    document = json.loads(key_file.to_json(sealed[2]))
    document["slots"]["passphrase"]["n"] = 2**30
    with pytest.raises(KeyFileError):
        key_file.from_json(json.dumps(document))


def test_a_key_never_shows_its_bytes(sealed: tuple[key_file.Key, str, key_file.KeyFile]) -> None:
    key = sealed[0]
    assert key.raw.hex() not in repr(key)
    assert key.id in repr(key)


def test_recovery_keys_are_eight_groups_of_four() -> None:
    recovery = key_file.new_recovery_key()
    groups = recovery.split("-")
    assert [len(group) for group in groups] == [4] * 8
    assert key_file.normalise_recovery_key(recovery) == recovery.replace("-", "")
    assert key_file.normalise_recovery_key("too short") is None
