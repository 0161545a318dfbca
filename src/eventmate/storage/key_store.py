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

The list also names the keyring backend that took each key (``keyring.backends.SecretService.
Keyring``, …), so a remembered start asks that backend directly: finding the right backend
(reading every installed package's entry points and asking each backend whether it works,
D-Bus included) costs 0.2–0.35 s, more than the rest of the start. Only if that backend
cannot be loaded or no longer has the key is the keyring asked the usual way.
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


def _entries(config_dir: Path) -> dict[str, str]:
    """Key id → the backend that holds it ("" if not known), from the list."""
    try:
        text = (config_dir / _LIST).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return {}
    entries: dict[str, str] = {}
    for line in text.splitlines():
        key_id, _, backend = line.strip().partition(" ")
        if key_id:
            entries[key_id] = backend.strip()
    return entries


def _write_list(config_dir: Path, entries: dict[str, str]) -> None:
    from eventmate.storage.private_files import create_private_file

    path = config_dir / _LIST
    if not entries:
        path.unlink(missing_ok=True)
        return
    config_dir.mkdir(parents=True, exist_ok=True)
    create_private_file(path)
    lines = (f"{key_id} {backend}".rstrip() for key_id, backend in entries.items())
    path.write_text("".join(f"{line}\n" for line in lines), encoding="ascii")


def is_remembered(key_id: str, config_dir: Path) -> bool:
    """Whether the key ``key_id`` was remembered on this computer (no keyring access)."""
    return key_id in _entries(config_dir)


def _holder(entry: str) -> str:
    """The name of the backend holding ``entry`` (inside keyring's chain, if it is one)."""
    import keyring

    backend = keyring.get_keyring()
    for candidate in getattr(backend, "backends", None) or [backend]:
        try:
            if candidate.get_password(SERVICE, entry) is not None:
                backend = candidate
                break
        except Exception:  # noqa: S112 - a backend that cannot answer does not hold it
            continue
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    return name if name.isascii() and " " not in name and "<" not in name else ""


def _recall_directly(backend: str, entry: str) -> str | None:
    """The entry from the named backend alone (None if it cannot say)."""
    if not backend:
        return None
    try:
        from keyring.core import load_keyring

        return load_keyring(backend).get_password(SERVICE, entry)
    except Exception as error:  # moved, uninstalled or refusing: ask the usual way
        log.info("the remembered keyring backend did not answer: %s", type(error).__name__)
        return None


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
    entries = _entries(config_dir)
    entries[key.id] = _holder(_entry(key.id))
    _write_list(config_dir, entries)


def recall(key_id: str, config_dir: Path) -> Key | None:
    """The key ``key_id`` if it was remembered here and the keyring still has it."""
    entries = _entries(config_dir)
    if key_id not in entries:
        return None
    stored = _recall_directly(entries[key_id], _entry(key_id))
    if stored is None:
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
    entries = _entries(config_dir)
    if key_id not in entries:
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, _entry(key_id))
    except Exception as error:  # already gone, or no keyring any more
        log.info("the keyring did not delete the key: %s", type(error).__name__)
    del entries[key_id]
    _write_list(config_dir, entries)
