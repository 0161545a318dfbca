"""The data key remembered in the system keyring ("remember on this computer"), opt-in.

The keyring (macOS Keychain, Windows Credential Locker, Secret Service or KWallet on Linux,
through the ``keyring`` package) holds the data key itself, under the name of its key id, so
a remembered start needs no passphrase and no key derivation. A small list of the key ids
remembered here (``remembered-keys`` in the config folder: ids only, no secret) says when to
ask the keyring at all, so a user who never opted in is never shown a keyring prompt and
start-up never pays for loading it (~0.3 s).

On a computer without a usable keyring (headless Linux) remembering is refused with
:class:`KeyringUnavailable`; anything the keyring raises is reported the same way, never as a
crash, and a key that cannot be recalled just means the passphrase is asked for.
Caveat, from keyring's own notes: on macOS any program run by the same Python can read it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from eventmate.storage.key_file import Key

log = logging.getLogger(__name__)

SERVICE = "EventMate"
_LIST = "remembered-keys"


class KeyringUnavailable(Exception):
    """No system keyring can hold the key on this computer (or it refused)."""


def _entry(key_id: str) -> str:
    return f"data-key-{key_id}"


def keyring_usable() -> bool:
    """Whether a real system keyring is there (not keyring's "fail" or "null" backends)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up must not break the app
        log.warning("the system keyring could not be loaded", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def _listed(config_dir: Path) -> list[str]:
    try:
        text = (config_dir / _LIST).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def _write_list(config_dir: Path, ids: list[str]) -> None:
    from eventmate.storage.private_files import create_private_file

    path = config_dir / _LIST
    if not ids:
        path.unlink(missing_ok=True)
        return
    config_dir.mkdir(parents=True, exist_ok=True)
    create_private_file(path)
    path.write_text("".join(f"{key_id}\n" for key_id in ids), encoding="ascii")


def is_remembered(key_id: str, config_dir: Path) -> bool:
    """Whether the key ``key_id`` was remembered on this computer (no keyring access)."""
    return key_id in _listed(config_dir)


def remember(key: Key, config_dir: Path) -> None:
    """Keep ``key`` in the system keyring; :class:`KeyringUnavailable` if it cannot."""
    if not keyring_usable():
        raise KeyringUnavailable("there is no system keyring on this computer")
    import keyring

    try:
        keyring.set_password(SERVICE, _entry(key.id), key.raw.hex())
    except Exception as error:
        log.warning("the keyring refused the key: %s", type(error).__name__)
        raise KeyringUnavailable(
            f"the system keyring refused it ({type(error).__name__})"
        ) from error
    ids = _listed(config_dir)
    if key.id not in ids:
        _write_list(config_dir, [*ids, key.id])


def recall(key_id: str, config_dir: Path) -> Key | None:
    """The key ``key_id`` if it was remembered here and the keyring still has it."""
    if not is_remembered(key_id, config_dir):
        return None
    try:
        import keyring

        stored = keyring.get_password(SERVICE, _entry(key_id))
    except Exception as error:
        log.warning("the keyring could not be read: %s", type(error).__name__)
        return None
    if stored is None:
        return None
    try:
        key = Key(bytes.fromhex(stored))
    except ValueError:
        return None
    return key if key.id == key_id else None


def forget(key_id: str, config_dir: Path) -> None:
    """Remove the key ``key_id`` from the keyring and the list (nothing if it was not there)."""
    ids = _listed(config_dir)
    if key_id not in ids:
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, _entry(key_id))
    except Exception as error:  # already gone, or no keyring any more
        log.info("the keyring did not delete the key: %s", type(error).__name__)
    _write_list(config_dir, [other for other in ids if other != key_id])
