"""The key file of an encrypted database: its random key, wrapped by passphrase and recovery key.

An encrypted database ``eventmate.sqlite3`` is keyed with a random 256-bit data key (given
to SQLCipher as a raw key, so opening a connection costs no key derivation). That key is
stored only wrapped, in the small plaintext file ``eventmate.sqlite3.key`` beside it, twice:

* by the **passphrase**: scrypt (N=2^15, r=8, p=1; 32 MiB, a few tenths of a second) over the
  passphrase and a fresh random salt gives 64 bytes; the first 32 are XORed with the data key
  (a one-time pad: the salt, and so the pad, is new for every wrapping), the last 32 key an
  HMAC-SHA256 over the result. A wrong passphrase fails the HMAC before the database is
  touched, which is how a wrong passphrase is told apart from a damaged file;
* by the **recovery key**, the same way: 20 random bytes the user is shown once, at setup,
  as eight groups of four letters and digits. It has 160 bits of its own, so a light scrypt
  suffices.

``key_id`` (an HMAC of a constant under the data key) names the key without revealing it: a
key remembered in the system keyring, or unlocked earlier in this process, is matched to a
file by it, and each backup's key file (a copy of this one) says which key opens it.
Everything here is the standard library (``hashlib.scrypt``, ``hmac``, ``secrets``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from eventmate.storage.key_errors import KeyFileError as KeyFileError
from eventmate.storage.key_errors import WrongSecret as WrongSecret
from eventmate.storage.private_files import FILE_MODE

FORMAT = "eventmate-key"
VERSION = 1
#: What the data key is used with: SQLCipher 4's page format and defaults, given a raw key.
CIPHER = "sqlcipher4-raw"
KEY_BYTES = 32
RECOVERY_BYTES = 20
#: Passphrase wrapping: scrypt's cost (2^15 · 8 · 128 bytes = 32 MiB of memory).
PASSPHRASE_KDF = {"n": 2**15, "r": 8, "p": 1}
#: The recovery key is random (160 bits); its wrapping needs no expensive derivation.
RECOVERY_KDF = {"n": 2**10, "r": 8, "p": 1}
PASSPHRASE = "passphrase"  # noqa: S105 - a slot name, not a secret
RECOVERY = "recovery"
_MAX_SCRYPT_N = 2**20  # refuse a key file asking for more (it could exhaust memory)


class Key:
    """A data key: ``raw`` (32 bytes, for SQLCipher) and ``id`` (safe to show and store)."""

    __slots__ = ("id", "raw")

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self.raw = raw
        self.id = key_id(raw)

    @property
    def sql(self) -> str:
        """The key as SQLCipher's raw-key literal (``"x'…'"``), for ``PRAGMA key``/``ATTACH``."""
        return f"\"x'{self.raw.hex()}'\""

    def __repr__(self) -> str:  # never the raw key, in a log or a traceback
        return f"Key(id={self.id})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and hmac.compare_digest(self.raw, other.raw)

    def __hash__(self) -> int:
        return hash(self.id)


def key_id(raw: bytes) -> str:
    """A name for the key ``raw`` that reveals nothing of it (16 hex digits)."""
    return hmac.new(raw, b"eventmate key id v1", hashlib.sha256).hexdigest()[:16]


def new_key() -> Key:
    """A fresh random data key."""
    return Key(secrets.token_bytes(KEY_BYTES))


@dataclass(frozen=True, slots=True)
class Slot:
    """The data key wrapped by one secret (a passphrase or the recovery key)."""

    salt: bytes
    n: int
    r: int
    p: int
    wrapped: bytes
    tag: bytes


@dataclass(frozen=True, slots=True)
class KeyFile:
    """What the key file holds: which key, and the slots that unwrap it."""

    key_id: str
    slots: dict[str, Slot]
    cipher: str = CIPHER


# -- the recovery key ---------------------------------------------------------------------

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# What people misread or mistype in a written-down code: 0/O, 1/I/L, 8/B.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> str:
    """A fresh recovery key, as shown to the user: ``ABCD-EFGH-…`` (8 groups of 4)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str | None:
    """``text`` as a recovery key's 32 letters (spaces, dashes, case and look-alikes forgiven).

    None if it cannot be one.
    """
    letters = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(letters) != 32 or any(ch not in _B32 for ch in letters):
        return None
    return letters


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed on another keyboard or system must give the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# -- wrapping -----------------------------------------------------------------------------


def _derive(secret: bytes, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    material = hashlib.scrypt(
        secret, salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * r * n + (1 << 20), dklen=64
    )
    return material[:KEY_BYTES], material[KEY_BYTES:]


def _tag(mac_key: bytes, key_id_text: str, wrapped: bytes) -> bytes:
    return hmac.new(mac_key, FORMAT.encode() + key_id_text.encode() + wrapped, "sha256").digest()


def _wrap(key: Key, secret: bytes, cost: dict[str, int]) -> Slot:
    salt = secrets.token_bytes(16)
    pad, mac_key = _derive(secret, salt, cost["n"], cost["r"], cost["p"])
    wrapped = bytes(a ^ b for a, b in zip(key.raw, pad, strict=True))
    return Slot(salt, cost["n"], cost["r"], cost["p"], wrapped, _tag(mac_key, key.id, wrapped))


def _unwrap(slot: Slot, key_id_text: str, secret: bytes) -> Key | None:
    pad, mac_key = _derive(secret, slot.salt, slot.n, slot.r, slot.p)
    if not hmac.compare_digest(_tag(mac_key, key_id_text, slot.wrapped), slot.tag):
        return None
    key = Key(bytes(a ^ b for a, b in zip(slot.wrapped, pad, strict=True)))
    return key if key.id == key_id_text else None


def seal(key: Key, passphrase: str, recovery_key: str) -> KeyFile:
    """A key file for ``key``, opened by ``passphrase`` or by ``recovery_key``."""
    recovery = normalise_recovery_key(recovery_key)
    if recovery is None:
        raise ValueError("not a recovery key")
    return KeyFile(
        key_id=key.id,
        slots={
            PASSPHRASE: _wrap(key, _passphrase_bytes(passphrase), PASSPHRASE_KDF),
            RECOVERY: _wrap(key, recovery.encode("ascii"), RECOVERY_KDF),
        },
    )


def with_passphrase(key_file: KeyFile, key: Key, passphrase: str) -> KeyFile:
    """``key_file`` with its passphrase slot replaced (the recovery key still opens it)."""
    if key.id != key_file.key_id:
        raise ValueError("the key does not belong to this key file")
    slots = dict(key_file.slots)
    slots[PASSPHRASE] = _wrap(key, _passphrase_bytes(passphrase), PASSPHRASE_KDF)
    return KeyFile(key_id=key_file.key_id, slots=slots, cipher=key_file.cipher)


def unlock(key_file: KeyFile, secret: str) -> Key:
    """The data key, from the passphrase or the recovery key; :class:`WrongSecret` if neither.

    The passphrase is tried first; the text is tried as a recovery key only if it has the
    shape of one, so a wrong passphrase costs one derivation.
    """
    slot = key_file.slots.get(PASSPHRASE)
    if slot is not None:
        key = _unwrap(slot, key_file.key_id, _passphrase_bytes(secret))
        if key is not None:
            return key
    recovery = normalise_recovery_key(secret)
    slot = key_file.slots.get(RECOVERY)
    if recovery is not None and slot is not None:
        key = _unwrap(slot, key_file.key_id, recovery.encode("ascii"))
        if key is not None:
            return key
    raise WrongSecret("this passphrase (or recovery key) does not open the data")


# -- the file -----------------------------------------------------------------------------


def to_json(key_file: KeyFile) -> str:
    """The key file's text (JSON; salts, wrapped keys and tags in hex)."""
    slots = {
        name: {
            "kdf": "scrypt",
            "n": slot.n,
            "r": slot.r,
            "p": slot.p,
            "salt": slot.salt.hex(),
            "wrapped": slot.wrapped.hex(),
            "tag": slot.tag.hex(),
        }
        for name, slot in key_file.slots.items()
    }
    document = {
        "format": FORMAT,
        "version": VERSION,
        "cipher": key_file.cipher,
        "key_id": key_file.key_id,
        "slots": slots,
    }
    return json.dumps(document, indent=2) + "\n"


def from_json(text: str) -> KeyFile:
    """Parse a key file's text; :class:`KeyFileError` if it is not a usable key file."""
    try:
        document = json.loads(text)
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise KeyFileError("not an EventMate key file of a version this EventMate knows")
        if document.get("cipher") != CIPHER:
            raise KeyFileError(f"unknown cipher {document.get('cipher')!r}")
        slots = {}
        for name, value in document["slots"].items():
            if value.get("kdf") != "scrypt":
                raise KeyFileError(f"unknown key derivation {value.get('kdf')!r}")
            n, r, p = int(value["n"]), int(value["r"]), int(value["p"])
            if not (2 <= n <= _MAX_SCRYPT_N and 1 <= r <= 32 and 1 <= p <= 16):
                raise KeyFileError("key derivation settings out of range")
            slots[str(name)] = Slot(
                salt=bytes.fromhex(value["salt"]),
                n=n,
                r=r,
                p=p,
                wrapped=bytes.fromhex(value["wrapped"]),
                tag=bytes.fromhex(value["tag"]),
            )
        key_id_text = str(document["key_id"])
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyFileError(f"the key file is damaged ({type(error).__name__})") from error
    if not slots or any(len(s.wrapped) != KEY_BYTES for s in slots.values()):
        raise KeyFileError("the key file is damaged (no usable key)")
    return KeyFile(key_id=key_id_text, slots=slots)


def read(path: Path) -> KeyFile:
    """The key file at ``path``; :class:`KeyFileError` if missing, unreadable or damaged."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError(f"cannot read {path.name}: {error}") from error
    return from_json(text)


def write(key_file: KeyFile, path: Path) -> None:
    """Write ``key_file`` to ``path`` privately and durably, replacing any file there at once."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(to_json(key_file))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
