"""``eventmate encryption status|on|off``: encryption at rest from the command line.

The passphrase comes from ``EVENTMATE_PASSPHRASE`` or, on a terminal, a prompt (twice for a
new one). Turning encryption on prints the recovery key once. Backups and copies made before
are converted only when asked (``--backups encrypt``/``decrypt``); on a terminal the command
asks, in a script it must be told.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from eventmate.cli.context import CommandError, open_services
from eventmate.domain.i18n import _, ngettext


def register(subparsers: Any) -> None:
    """Add ``eventmate encryption``."""
    command = subparsers.add_parser(
        "encryption",
        help=_("encrypt your data at rest with a passphrase (or stop), or show whether it is"),
        description=_(
            "Encrypts the database and its backups with SQLCipher. The passphrase "
            "comes from EVENTMATE_PASSPHRASE or is asked for on a terminal. EventMate must be "
            "closed while encryption is turned on or off."
        ),
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help=_("whether your data and its backups are encrypted"))
    status.set_defaults(handler=_status)
    on = actions.add_parser("on", help=_("encrypt your data with a new passphrase"))
    on.add_argument(
        "--backups",
        choices=("encrypt", "leave"),
        help=_("encrypt the backups made so far too (asked on a terminal if not given)"),
    )
    on.add_argument(
        "--remember",
        action="store_true",
        help=_("keep the key in this computer's keyring, so no passphrase is asked for here"),
    )
    on.set_defaults(handler=_on)
    off = actions.add_parser("off", help=_("store your data without encryption again"))
    off.add_argument(
        "--backups",
        choices=("decrypt", "leave"),
        help=_("decrypt the encrypted backups too (asked on a terminal if not given)"),
    )
    off.set_defaults(handler=_off)


def _status(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        status = services.encryption.status()
    yes, no = _("yes"), _("no")
    available = yes if status.available else _("no (no SQLCipher)")
    print(_("encryption available here: {answer}").format(answer=available))
    print(_("data encrypted: {answer}").format(answer=yes if status.encrypted else no))
    if status.encrypted:
        remembered = yes if status.remembered else no
        print(_("key remembered on this computer: {answer}").format(answer=remembered))
        print(_("backups and copies not encrypted: {n}").format(n=len(status.plain_copies)))
        for path in status.plain_copies:
            print(f"  {path}")
    elif status.encrypted_copies:
        print(_("backups and copies still encrypted: {n}").format(n=len(status.encrypted_copies)))
        for path in status.encrypted_copies:
            print(f"  {path}")
    return 0


def _on(args: argparse.Namespace) -> int:
    from eventmate.services.data.encryption import EncryptionError

    with open_services(args.data_dir) as (services, _locations):
        encryption = services.encryption
        status = encryption.status()
        if status.encrypted:
            raise CommandError(_("your data is encrypted already"))
        if not status.available:
            raise CommandError(
                _(
                    "encryption is not available here: install the SQLCipher library "
                    "(pip install 'eventmate[encryption]')"
                )
            )
        passphrase = _new_passphrase()
        copies = len(status.plain_copies) + 1  # and the backup taken just before
        convert = _choose(args.backups, "encrypt", copies, _("Encrypt them too"))
        try:
            new_key = encryption.prepare(passphrase)
            done = encryption.turn_on(new_key, convert_copies=convert, remember=args.remember)
        except EncryptionError as error:
            raise CommandError(str(error)) from error
    print(
        ngettext(
            "Your data is encrypted ({n} row checked; a backup was taken first).",
            "Your data is encrypted ({n} rows checked; a backup was taken first).",
            done.rows,
        ).format(n=done.rows)
    )
    if done.copies_converted:
        print(_("Backups and copies encrypted too: {n}.").format(n=done.copies_converted))
    for path in done.copies_left:
        print(_("Not encrypted (damaged or unreadable): {path}").format(path=path))
    if done.not_remembered:
        print(
            _("The key was not remembered on this computer: {reason}.").format(
                reason=done.not_remembered
            )
        )
    print()
    print(
        _(
            "Your recovery key opens your data if you forget the passphrase. Write it down and\n"
            "keep it somewhere safe: it is shown only this once."
        )
    )
    print()
    print(f"    {new_key.recovery_key}")
    print()
    return 0


def _off(args: argparse.Namespace) -> int:
    from eventmate.services.data.encryption import EncryptionError

    with open_services(args.data_dir) as (services, _locations):
        encryption = services.encryption
        status = encryption.status()
        if not status.encrypted:
            raise CommandError(_("your data is not encrypted"))
        passphrase = _passphrase(_("Passphrase (or recovery key) to confirm: "))
        copies = len(status.encrypted_copies) + 1  # and the backup taken just before
        convert = _choose(args.backups, "decrypt", copies, _("Decrypt them too"))
        try:
            done = encryption.turn_off(passphrase, convert_copies=convert)
        except EncryptionError as error:
            raise CommandError(str(error)) from error
    print(
        ngettext(
            "Your data is stored without encryption again ({n} row checked).",
            "Your data is stored without encryption again ({n} rows checked).",
            done.rows,
        ).format(n=done.rows)
    )
    if done.copies_converted:
        print(_("Backups and copies decrypted too: {n}.").format(n=done.copies_converted))
    return 0


def _passphrase(prompt: str) -> str:
    from eventmate.services.data.unlocking import PASSPHRASE_ENV

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CommandError(
            _("no passphrase: set {variable}, or run this in a terminal").format(
                variable=PASSPHRASE_ENV
            )
        )
    return getpass.getpass(prompt)


def _new_passphrase() -> str:
    from eventmate.services.data.unlocking import PASSPHRASE_ENV

    if os.environ.get(PASSPHRASE_ENV):
        return _passphrase("")
    first = _passphrase(_("New passphrase (a few words you will remember): "))
    if getpass.getpass(_("The same passphrase again: ")) != first:
        raise CommandError(_("the two passphrases differ; nothing was changed"))
    return first


def _choose(given: str | None, convert: str, copies: int, question: str) -> bool:
    """Whether to convert the backups: as given, else asked on a terminal."""
    if given is not None:
        return given == convert
    if copies == 0:
        return False
    if not sys.stdin.isatty():
        raise CommandError(
            ngettext(
                "there will be {n} backup or copy: say what to do with it "
                "(--backups {convert} or --backups leave)",
                "there will be {n} backups and copies: say what to do with them "
                "(--backups {convert} or --backups leave)",
                copies,
            ).format(n=copies, convert=convert)
        )
    answer = input(
        ngettext(
            "There will be {n} backup or copy (counting the one taken first). {question}? ",
            "There will be {n} backups and copies (counting the one taken first). {question}? ",
            copies,
        ).format(n=copies, question=question)
        + _("[Y/n] ")
    )
    # "y"/"yes" always; the language's own words ("j", "ja") as well.
    agreed = ("", "y", "yes", *_("y|yes").split("|"))
    return answer.strip().lower() in agreed
