"""The words for what went wrong with the data, and the ways out each problem offers.

Problem kinds are the values of ``ProblemKind`` (opening) and ``FailureKind`` (a write that
failed), passed as plain strings so these words need nothing below the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


class Way(Enum):
    """A way out of a problem, in the order the recovery screen offers them."""

    TRY_AGAIN = "try_again"
    READ_ONLY = "read_only"
    RESTORE = "restore"
    EXPORT = "export"
    FOLDER = "folder"
    #: A server that cannot be reached: capture mode on this computer's outbox.
    CAPTURE = "capture"
    #: A server store: use the data folder's own file instead (Preferences ▸ Storage).
    LOCAL = "local"


#: Ways that need no data file (a server's problems).
SERVER_WAYS = (Way.TRY_AGAIN, Way.READ_ONLY, Way.CAPTURE, Way.LOCAL)


@dataclass(frozen=True, slots=True)
class ProblemWords:
    """What happened, in plain words, and which ways out make sense for it."""

    title: str
    what: str
    ways: tuple[Way, ...]


#: Problem kinds for which the recovery screen asks for the passphrase (encrypted, locked).
PASSPHRASE_KINDS = ("needs_passphrase", "wrong_passphrase")


def problem_words(kind: str) -> ProblemWords:
    """The title, the explanation and the ways out for a problem kind."""
    damaged = (
        _tr("Your data file is damaged"),
        _tr(
            "EventMate found damage in the file that holds your data, so it has not opened "
            "it and has not changed it. The newest backup that checks out can take its place "
            "(the damaged file is kept aside, not deleted), and whatever can still be read "
            "can be saved as an archive."
        ),
        (Way.RESTORE, Way.EXPORT, Way.FOLDER),
    )
    table = {
        "corrupt": damaged,
        "not_a_database": damaged,
        "not_ours": (
            _tr("This file belongs to another program"),
            _tr(
                "The file where EventMate keeps your data was written by another program. "
                "EventMate has not changed it. Restoring a backup puts your data back and "
                "keeps the other file aside."
            ),
            (Way.RESTORE, Way.FOLDER),
        ),
        "newer_version": (
            _tr("Your data was saved by a newer EventMate"),
            _tr(
                "This version of EventMate does not know the newer layout of your data, so it "
                "has not opened it and has not changed it. Please update EventMate. Meanwhile, "
                "what can be read can be saved as an archive."
            ),
            (Way.EXPORT, Way.FOLDER),
        ),
        "read_only": (
            _tr("Your data is read-only here"),
            _tr(
                "Your data is not damaged, but it is on a disk or in a folder where EventMate "
                "cannot save changes. Open it read-only to look, search and export; to make "
                "changes, make the folder writable and try again."
            ),
            (Way.READ_ONLY, Way.TRY_AGAIN, Way.EXPORT, Way.FOLDER),
        ),
        "locked": (
            _tr("Another program is using your data"),
            _tr(
                "Another program has been writing to your data for more than a few seconds. "
                "Close it (or wait) and try again. Meanwhile your data can be opened read-only."
            ),
            (Way.TRY_AGAIN, Way.READ_ONLY, Way.EXPORT, Way.FOLDER),
        ),
        "disk_full": (
            _tr("The disk is full"),
            _tr(
                "There is no room left on the disk to open your data for writing. Nothing was "
                "changed and nothing is lost. Free some space and try again; meanwhile your "
                "data can be opened read-only."
            ),
            (Way.TRY_AGAIN, Way.READ_ONLY, Way.EXPORT, Way.FOLDER),
        ),
        "not_a_file": (
            _tr("There is a folder where your data should be"),
            _tr(
                "Where EventMate keeps its data file there is a folder (or something else that "
                "is not a file). Nothing was changed. Move it away and try again, or restore "
                "the newest backup in its place."
            ),
            (Way.TRY_AGAIN, Way.RESTORE, Way.FOLDER),
        ),
        "migration_failed": (
            _tr("Your data could not be updated"),
            _tr(
                "Updating your data for this version of EventMate did not work. Nothing was "
                "changed, and a backup was taken first. Try again, or restore a backup."
            ),
            (Way.TRY_AGAIN, Way.RESTORE, Way.FOLDER),
        ),
        # Encrypted data: never "damaged", never "move it away"; the passphrase is asked for.
        "needs_passphrase": (
            _tr("Your data is encrypted"),
            _tr(
                "Enter your passphrase to open it. If you have forgotten it, the recovery key "
                "you wrote down when you turned encryption on opens it too."
            ),
            (Way.FOLDER,),
        ),
        "wrong_passphrase": (
            _tr("That passphrase does not open your data"),
            _tr(
                "Your data is not damaged and nothing was changed. Check the passphrase (capital "
                "letters, the keyboard layout) and enter it again, or enter your recovery key."
            ),
            (Way.FOLDER,),
        ),
        "no_encryption": (
            _tr("Your data is encrypted, and this EventMate cannot open it"),
            _tr(
                "This installation of EventMate has no encryption library (SQLCipher). Your "
                "data is not damaged and nothing was changed. Install EventMate with "
                "encryption, then try again."
            ),
            (Way.TRY_AGAIN, Way.FOLDER),
        ),
        "unreachable": (
            _tr("Offline: the database server cannot be reached"),
            _tr(
                "Capture mode still works: what you capture is kept on this computer and sent "
                "when the server is back. Check the network and the server's address, then "
                "try again."
            ),
            (Way.CAPTURE, Way.TRY_AGAIN, Way.LOCAL),
        ),
        # A server (Preferences ▸ Storage or EVENTMATE_DATABASE_URL): never "damaged".
        "wrong_password": (
            _tr("The database server refused the user name or password"),
            _tr(
                "Nothing was changed on the server. Check the password kept in the system "
                "keyring (or in EVENTMATE_DATABASE_URL), then try again."
            ),
            (Way.TRY_AGAIN, Way.LOCAL),
        ),
        "no_database": (
            _tr("The database server has no database of that name"),
            _tr("Create it (createdb -E UTF8 NAME) or check the name, then try again."),
            (Way.TRY_AGAIN, Way.LOCAL),
        ),
        "server_too_old": (
            _tr("The database server is too old"),
            _tr("EventMate needs PostgreSQL 13 or newer. Nothing was changed on the server."),
            (Way.TRY_AGAIN, Way.LOCAL),
        ),
        "tls_required": (
            _tr("An encrypted connection to the server could not be made"),
            _tr(
                "A server on another computer is reached only over TLS. Turn TLS on at the "
                "server (or ask whoever runs it), then try again."
            ),
            (Way.TRY_AGAIN, Way.LOCAL),
        ),
        "not_utf8": (
            _tr("The server's database does not use UTF-8"),
            _tr("Create it with createdb -E UTF8 -T template0, then try again."),
            (Way.TRY_AGAIN, Way.LOCAL),
        ),
        "not_a_server_url": (
            _tr("The database address is not valid"),
            _tr(
                "It should look like postgresql+psycopg://user@host/database. Check "
                "EVENTMATE_DATABASE_URL, then try again."
            ),
            (Way.TRY_AGAIN, Way.LOCAL),
        ),
    }
    title, what, ways = table.get(kind, damaged)
    return ProblemWords(title, what, ways)


def failure_message(kind: str | None) -> str:
    """One sentence for a write that failed; what was typed is always kept by the caller."""
    messages = {
        "disk_full": _tr(
            "Not saved: the disk is full. Nothing saved before is lost; free some space and "
            "try again."
        ),
        "read_only": _tr(
            "Not saved: your data is open read-only here. Look, search and export work."
        ),
        "locked": _tr(
            "Not saved yet: another program is busy with your data. Try again in a moment."
        ),
        "damaged": _tr(
            "Not saved: the database is damaged. Help ▸ Check database… can repair search; "
            "restoring the newest backup repairs the rest."
        ),
        "not_a_file": _tr("Not saved: there is a folder where your data file should be."),
    }
    return messages.get(kind or "", _tr("Not saved. Try again in a moment."))
