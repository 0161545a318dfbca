"""Encryption at rest, opt-in: turning it on or off, the recovery key, remembering the key here.

Turning it on: :meth:`EncryptionService.prepare` makes a new data key, wraps it with the
passphrase and a new recovery key (shown once, then only its wrapping is kept), and
:meth:`~EncryptionService.turn_on` rewrites the database encrypted
(:mod:`eventmate.storage.encryption`: verified backup first, all or nothing). Copies made
before — the backups, and files kept aside by a restore — are still readable by anyone who can
read the folder: they are encrypted too only if the user agrees (``convert_copies``), and
:meth:`~EncryptionService.status` lists those left. Turning it off asks for the passphrase
again and stores everything plain; its encrypted copies are decrypted too if the user agrees.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eventmate.domain.i18n import N_, _
from eventmate.storage import key_file, key_store, keyed
from eventmate.storage.backup_schedule import list_backups
from eventmate.storage.encryption import (
    RewriteError,
    convert_copy,
    decrypt_database,
    encrypt_database,
)
from eventmate.storage.engine import Database
from eventmate.storage.key_file import Key, KeyFile, KeyFileError, WrongSecret

log = logging.getLogger(__name__)

#: The shortest passphrase accepted (a few words are better than one long word).
MIN_PASSPHRASE = 8
_LOG_SUFFIXES = ("-wal", "-shm", "-journal", keyed.KEY_FILE_SUFFIX)


WRONG = N_("that passphrase (or recovery key) does not open your data")


class EncryptionError(Exception):
    """Encryption could not be turned on or off; the message says why, in plain words."""


@dataclass(frozen=True, slots=True)
class EncryptionStatus:
    """Whether the data is encrypted, and what around it is not (yet)."""

    #: SQLCipher is installed here.
    available: bool
    encrypted: bool
    #: The key is remembered in this computer's keyring.
    remembered: bool
    #: Backups and files kept aside by restores that are not encrypted: while the data is,
    #: anyone who can read the folder can read these.
    plain_copies: tuple[Path, ...] = ()
    #: Backups and files kept aside that are encrypted.
    encrypted_copies: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class NewKey:
    """A new data key and its recovery key, made before the database is rewritten."""

    recovery_key: str
    key: Key = field(repr=False)
    sealed: KeyFile = field(repr=False)


@dataclass(frozen=True, slots=True)
class Switched:
    """What turning encryption on or off did."""

    backup: Path
    rows: int
    copies_converted: int = 0
    #: Copies that could not be converted (damaged, or another key's), left as they were.
    copies_left: tuple[Path, ...] = ()
    #: Why "remember on this computer" did not work, if it was asked for and did not.
    not_remembered: str = ""


class EncryptionService:
    """Encryption of one SQLite database file, its backups and the copies kept beside it."""

    def __init__(
        self, database: Database, backups_dir: Path | None, config_dir: Path | None = None
    ) -> None:
        self._db = database
        self._backups_dir = backups_dir
        self._config_dir = config_dir

    def _live(self) -> tuple[Path, Path]:
        if self._db.path is None or self._backups_dir is None:
            raise EncryptionError(
                _("a database on a server is protected by the server, not by EventMate")
            )
        return self._db.path, self._backups_dir

    @property
    def applies(self) -> bool:
        """Whether this database can be encrypted by EventMate (a file, not a server)."""
        return self._db.path is not None and self._backups_dir is not None

    def status(self) -> EncryptionStatus:
        """Where encryption stands for this data folder (no keyring access)."""
        available = keyed.encryption_available()
        if not self.applies:
            return EncryptionStatus(available=available, encrypted=False, remembered=False)
        live, _backups = self._live()
        encrypted = keyed.is_encrypted(live)
        remembered = False
        if encrypted and self._config_dir is not None:
            try:
                key_id = keyed.read_key_file(live).key_id
            except KeyFileError:
                key_id = ""
            remembered = key_store.is_remembered(key_id, self._config_dir)
        copies = self.copies()
        return EncryptionStatus(
            available=available,
            encrypted=encrypted,
            remembered=remembered,
            plain_copies=tuple(c for c in copies if not keyed.is_encrypted(c)),
            encrypted_copies=tuple(c for c in copies if keyed.is_encrypted(c)),
        )

    def copies(self) -> list[Path]:
        """Backups, and copies kept aside by restores (``eventmate.sqlite3.before-…``)."""
        live, backups = self._live()
        found = [backup.path for backup in list_backups(backups)]
        try:
            aside = sorted(live.parent.glob(f"{live.name}.before-*"))
        except OSError:
            aside = []
        found.extend(p for p in aside if p.is_file() and not p.name.endswith(_LOG_SUFFIXES))
        return found

    # -- turning it on ------------------------------------------------------------------------

    def prepare(self, passphrase: str) -> NewKey:
        """A new data key sealed with ``passphrase`` and a new recovery key (~0.3 s)."""
        if not keyed.encryption_available():
            raise EncryptionError(str(keyed.EncryptionUnavailable()))
        if len(passphrase) < MIN_PASSPHRASE:
            raise EncryptionError(
                _(
                    "a passphrase needs at least {n} characters; a few words are "
                    "easy to remember and hard to guess"
                ).format(n=MIN_PASSPHRASE)
            )
        key = key_file.new_key()
        recovery = key_file.new_recovery_key()
        return NewKey(
            recovery_key=recovery, key=key, sealed=key_file.seal(key, passphrase, recovery)
        )

    def turn_on(
        self,
        new_key: NewKey,
        *,
        convert_copies: bool,
        remember: bool = False,
        on_closed: Callable[[], None] | None = None,
    ) -> Switched:
        """Encrypt the database with ``new_key``; every connection is closed and reopened.

        ``convert_copies``: encrypt the backups and kept-aside copies too (the user agreed).
        ``remember``: keep the key in this computer's keyring.
        """
        live, backups = self._live()
        keyed.remember_key(new_key.key)  # the reopened connections need it
        with self._db.replacing():
            if on_closed is not None:
                on_closed()
            try:
                result = encrypt_database(live, backups, new_key.key, new_key.sealed)
            except RewriteError as error:
                raise EncryptionError(_plain(error)) from error
            finally:
                self._db.reconnect()
        not_remembered = ""
        if remember:
            not_remembered = self._remember(new_key.key)
        converted, left = (0, ()) if not convert_copies else self._convert(new_key.key)
        log.info("encryption turned on (%s rows checked)", result.rows)
        return Switched(result.backup.path, result.rows, converted, left, not_remembered)

    def encrypt_copies(self) -> tuple[int, tuple[Path, ...]]:
        """Encrypt the plain backups and kept-aside copies now: (how many, those left)."""
        live, _backups = self._live()
        key = keyed.key_for(live)
        if key is None:
            raise EncryptionError(_("the data is not encrypted"))
        return self._convert(key)

    def _convert(self, key: Key | None) -> tuple[int, tuple[Path, ...]]:
        live, _backups = self._live()
        sealed = keyed.read_key_file(live) if key is not None else None
        converted = 0
        left: list[Path] = []
        for copy in self.copies():
            try:
                if convert_copy(copy, key, sealed):
                    converted += 1
            except RewriteError as error:
                log.warning("copy left as it was: %s", error)
                left.append(copy)
        return converted, tuple(left)

    # -- turning it off -----------------------------------------------------------------------

    def turn_off(
        self,
        passphrase: str,
        *,
        convert_copies: bool,
        on_closed: Callable[[], None] | None = None,
    ) -> Switched:
        """Store the database plain again, after checking ``passphrase`` (or the recovery key).

        ``convert_copies``: decrypt the encrypted backups and kept-aside copies too; else they
        stay encrypted, still opened by this passphrase or the recovery key.
        """
        live, backups = self._live()
        try:
            key = keyed.unlock(live, passphrase)
        except WrongSecret as error:
            raise EncryptionError(
                _("that passphrase (or recovery key) does not open your data")
            ) from error
        except KeyFileError as error:
            raise EncryptionError(str(error)) from error
        with self._db.replacing():
            if on_closed is not None:
                on_closed()
            try:
                result = decrypt_database(live, backups)
            except RewriteError as error:
                raise EncryptionError(_plain(error)) from error
            finally:
                self._db.reconnect()
        if self._config_dir is not None:
            key_store.forget(key.id, self._config_dir)
        converted, left = (0, ()) if not convert_copies else self._convert(None)
        log.info("encryption turned off (%s rows checked)", result.rows)
        return Switched(result.backup.path, result.rows, converted, left)

    # -- remembering the key here -------------------------------------------------------------

    def keyring_usable(self) -> bool:
        """Whether this computer has a system keyring (loads it: ~0.3 s)."""
        return key_store.keyring_usable()

    def set_remembered(self, remember: bool) -> str:
        """Remember the key in (or forget it from) the keyring; "" or why it did not work."""
        live, _backups = self._live()
        key = keyed.key_for(live)
        if key is None:
            return _("the data is not encrypted")
        if remember:
            return self._remember(key)
        if self._config_dir is not None:
            key_store.forget(key.id, self._config_dir)
        return ""

    def _remember(self, key: Key) -> str:
        if self._config_dir is None:
            return _("there is no settings folder to note it in")
        try:
            key_store.remember(key, self._config_dir)
        except key_store.KeyringUnavailable as error:
            return str(error)
        return ""

    def change_passphrase(self, current: str, new: str) -> None:
        """A new passphrase (the data key, and so the recovery key and backups, stay).

        Each backup's key file is updated too, so every copy opens with the new passphrase.
        """
        live, _backups = self._live()
        if len(new) < MIN_PASSPHRASE:
            raise EncryptionError(
                _("a passphrase needs at least {n} characters").format(n=MIN_PASSPHRASE)
            )
        try:
            sealed = keyed.read_key_file(live)
            key = key_file.unlock(sealed, current)
        except WrongSecret as error:
            raise EncryptionError(
                _("that passphrase (or recovery key) does not open your data")
            ) from error
        except KeyFileError as error:
            raise EncryptionError(str(error)) from error
        resealed = key_file.with_passphrase(sealed, key, new)
        for path in [live, *self.copies()]:
            try:
                if keyed.read_key_file(path).key_id == key.id:
                    key_file.write(resealed, keyed.key_file_path(path))
            except KeyFileError:
                continue  # a plain copy, or another key's


def _plain(error: RewriteError) -> str:
    if error.busy:
        return _(
            "another program is using your data; close it (or wait) and try again. "
            "Nothing was changed"
        )
    if error.disk_full:
        return _("there is not enough room on the disk; nothing was changed. {reason}").format(
            reason=error
        )
    return _("nothing was changed: {reason}").format(reason=error)
