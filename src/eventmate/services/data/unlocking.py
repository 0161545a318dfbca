"""Unlocking encrypted data: the keyring, ``EVENTMATE_PASSPHRASE``, or what the user types.

The app and the command line both start with :func:`unlock_without_asking` (a key remembered
on this computer, then the environment variable); if the data is still locked, opening it
raises ``DatabaseProblem`` NEEDS_PASSPHRASE and they ask (the recovery screen, or a prompt on
a terminal), then call :func:`unlock_with`. A passphrase that does not open the key file is
WRONG_PASSPHRASE: told apart from a damaged database, which is only found with the right key.
The passphrase is used once to unwrap the data key and then dropped; only the key stays, in
this process's memory.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from eventmate.storage import key_store, keyed
from eventmate.storage.key_file import KeyFileError, WrongSecret
from eventmate.storage.problems import DatabaseProblem
from eventmate.storage.problems import ProblemKind as ProblemKind

log = logging.getLogger(__name__)

#: The passphrase (or recovery key) for scripts; visible to the user's other programs, so
#: "remember on this computer" (the system keyring) is the better choice where there is one.
PASSPHRASE_ENV = "EVENTMATE_PASSPHRASE"  # noqa: S105 - a variable's name


def is_locked(database: Path) -> bool:
    """Whether ``database`` is encrypted and its key is not unlocked in this process."""
    if not keyed.key_file_path(database).exists():  # the usual, plain case: one stat
        return False
    try:
        keyed.key_for(database)
    except keyed.KeyNeeded:
        return True
    except KeyFileError:
        return False  # opening reports the damaged key file
    return False


#: What :func:`unlock_without_asking` found: open now (plain, or unlocked before) ...
OPEN = "open"
#: ... unlocked with the key remembered in the keyring, or with ``EVENTMATE_PASSPHRASE``.
FROM_KEYRING = "keyring"
FROM_ENVIRONMENT = "environment"
#: ... still locked (falsy): the passphrase must be asked for.
LOCKED = ""


def unlock_without_asking(database: Path, config_dir: Path | None) -> str:
    """Unlock ``database`` from the keyring (if remembered here) or ``EVENTMATE_PASSPHRASE``.

    Returns how (:data:`OPEN`, :data:`FROM_KEYRING`, :data:`FROM_ENVIRONMENT`; all true), or
    :data:`LOCKED` (false). Logs nothing: the app runs it before its log is set up. Raises
    :class:`DatabaseProblem` (WRONG_PASSPHRASE) if the environment's passphrase is wrong.
    """
    if not is_locked(database):
        return OPEN
    if not keyed.encryption_available():
        raise DatabaseProblem(ProblemKind.NO_ENCRYPTION, str(database))
    key_id = keyed.read_key_file(database).key_id
    if config_dir is not None:
        key = key_store.recall(key_id, config_dir)
        if key is not None:
            keyed.remember_key(key)
            return FROM_KEYRING
    secret = os.environ.get(PASSPHRASE_ENV)
    if secret:
        unlock_with(database, secret)
        return FROM_ENVIRONMENT
    return LOCKED


def unlock_with(database: Path, secret: str, *, remember_in: Path | None = None) -> None:
    """Unlock ``database`` with its passphrase or recovery key.

    ``remember_in`` (the config folder) also keeps the key in the system keyring; a keyring
    that refuses is logged, not an error (the data is open either way).
    Raises :class:`DatabaseProblem`: WRONG_PASSPHRASE, or CORRUPT for a damaged key file.
    """
    try:
        key = keyed.unlock(database, secret)
    except WrongSecret as error:
        raise DatabaseProblem(ProblemKind.WRONG_PASSPHRASE, str(database)) from error
    except KeyFileError as error:
        raise DatabaseProblem(
            ProblemKind.CORRUPT, str(database), f"its key file: {error}"
        ) from error
    if remember_in is not None:
        try:
            key_store.remember(key, remember_in)
        except key_store.KeyringUnavailable as error:
            log.warning("key not remembered: %s", error)


def keyring_usable() -> bool:
    """Whether "remember on this computer" can work here (loads the keyring: ~0.3 s)."""
    return key_store.keyring_usable()
