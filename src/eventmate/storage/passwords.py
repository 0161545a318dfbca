"""A server's saved password, kept in the system keyring (never in a file of ours).

The ``keyring`` package talks to the platform's store: the Secret Service (GNOME Keyring,
KWallet) on Linux, Keychain on macOS, the Credential Locker on Windows. A password is filed
under the service "EventMate" and the connection it opens (``user@host:port/database``), so
two servers never share one. Where no keyring works (a bare session without a Secret Service)
nothing is saved and the caller says so; nothing falls back to a file. The service name and
the test for a usable keyring are shared with the remembered data key (``storage.key_store``,
whose entries are named ``data-key-…``, never ``user@host``).
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL

from eventmate.storage.key_store import SERVICE, keyring_usable

log = logging.getLogger(__name__)


class NoKeyring(Exception):
    """The system keyring cannot be used here; the message says why."""


def account(url: URL) -> str:
    """The name a password is filed under: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def saved_password(url: URL) -> str | None:
    """The password saved for ``url``'s connection, or None (also when no keyring works)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(url))
    except (KeyringError, RuntimeError):
        log.warning("the system keyring could not be read", exc_info=True)
        return None


def save_password(url: URL, password: str) -> None:
    """Keep ``password`` for ``url``'s connection in the system keyring.

    Raises :class:`NoKeyring` when there is no usable keyring (then nothing is saved).
    """
    if not keyring_usable():
        raise NoKeyring("there is no system keyring on this computer")
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(url), password)
    except (KeyringError, RuntimeError) as error:
        raise NoKeyring(str(error) or type(error).__name__) from error


def forget_password(url: URL) -> None:
    """Remove a saved password for ``url``'s connection (nothing if there is none)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account(url))
    except PasswordDeleteError:
        return
    except (KeyringError, RuntimeError):
        log.warning("the system keyring could not be changed", exc_info=True)


def with_saved_password(url: URL) -> URL:
    """``url`` with the saved password filled in when it names none."""
    if url.password is not None:
        return url
    password = saved_password(url)
    return url if password is None else url.set(password=password)
