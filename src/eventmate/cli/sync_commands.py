"""``eventmate sync``: send the captures kept on this computer while the server was away.

``eventmate capture`` keeps a capture in the data folder's outbox when the server cannot be
reached, and sends what waits there itself the next time it reaches the server; ``sync`` sends
it without capturing anything, including captures the server refused before (they are offered
once more, and stay if refused again). With a local file there is nothing to send.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import EXIT_DATABASE, CommandError, open_services
from eventmate.domain.i18n import N_, _, ngettext
from eventmate.domain.local_format import number

if TYPE_CHECKING:
    from eventmate.services.capture.outbox import Outbox, Sent
    from eventmate.services.container import Services

HELP = N_("send the captures kept on this computer while the server could not be reached")


def register(subparsers: Any) -> None:
    """Add the ``sync`` command."""
    sync = subparsers.add_parser(
        "sync",
        help=_(HELP),
        description=_(
            "Send the captures kept on this computer (the outbox in the data folder) "
            "while the server could not be reached, in the order they were made, each once."
        ),
    )
    sync.set_defaults(handler=_sync)


def _sync(args: argparse.Namespace) -> int:
    from eventmate.services.data_folder import resolve_locations

    try:
        with open_services(args.data_dir) as (services, _locations):
            sent = send_waiting(services, refused_too=True)
    except CommandError as error:
        if error.status != EXIT_DATABASE or not unreachable(error):
            raise
        from eventmate.services.capture.outbox import Outbox

        left, _refused = Outbox(resolve_locations(args.data_dir).outbox).counts()
        raise CommandError(
            _(
                "the server cannot be reached; {waiting} on this computer, sent when it is back"
            ).format(waiting=waiting_words(left)),
            EXIT_DATABASE,
        ) from error
    if sent is None:
        print(_("Nothing to send: your data is in a file on this computer."))
        return 0
    print(sent_words(sent) or _("Nothing was waiting to be sent."))
    return 0 if not sent.offline and sent.left == 0 else 1


def send_waiting(services: Services, *, refused_too: bool = False) -> Sent | None:
    """Send the outbox's captures (None: a local file has no outbox); report refused ones."""
    if services.outbox is None:
        return None
    total, _refused = services.outbox.counts()
    if not total:
        from eventmate.services.capture.outbox import Sent

        return Sent(0, 0, 0, 0, offline=False)
    sent = services.outbox.send(services.sql.write, refused_too=refused_too)
    report_refused(services.outbox)
    return sent


def report_refused(outbox: Outbox) -> None:
    """One line on standard error per capture the server refused (it stays in the outbox)."""
    from eventmate.cli.context import fail

    for entry in outbox.entries():
        if entry.refused:
            fail(
                _(
                    "the server refused a capture kept on this computer ({reason}); it stays "
                    "there: {text}"
                ).format(reason=entry.refused, text=entry.raw_text)
            )


def sent_words(sent: Sent) -> str:
    """What a round of sending did, in one line (empty when it did nothing)."""
    parts = []
    if sent.sent:
        parts.append(
            ngettext(
                "Sent {n} capture kept on this computer while the server was away",
                "Sent {n} captures kept on this computer while the server was away",
                sent.sent,
            ).format(n=number(sent.sent))
        )
    if sent.already_there:
        parts.append(
            ngettext(
                "{n} already on the server (not added again)",
                "{n} already on the server (not added again)",
                sent.already_there,
            ).format(n=number(sent.already_there))
        )
    if sent.offline:
        parts.append(
            _("the server went away again; {waiting}").format(waiting=waiting_words(sent.left))
        )
    elif sent.left:
        parts.append(
            _("{waiting} (refused by the server)").format(waiting=waiting_words(sent.left))
        )
    return "; ".join(parts) + ("." if parts else "")


def waiting_words(count: int) -> str:
    """ "1 capture waits" / "3 captures wait"."""
    return ngettext("{n} capture waits", "{n} captures wait", count).format(n=number(count))


def unreachable(error: BaseException) -> bool:
    """Whether the command failed because the server could not be reached."""
    from eventmate.services.changes import server_away

    return server_away(error.__cause__)
