"""Reading vCard 2.1, 3.0 and 4.0 files the way real clients write them.

Every card is read independently: a broken card is reported in ``skipped`` with its position
and the others are still imported. :func:`read_vcards` never raises for any input. The syntax
is in :mod:`eventmate.interop.vcard_lines`, value decoding in
:mod:`eventmate.interop.vcard_values` and the mapping to a person in
:mod:`eventmate.interop.vcard_person`.
"""

from __future__ import annotations

from eventmate.domain.i18n import N_, _
from eventmate.domain.local_format import decimal, number
from eventmate.interop.vcard_lines import (
    SNIPPET_MAX,
    Line,
    card_snippet,
    group_cards,
    line_snippet,
    to_utf8_compatible,
    unfolded,
)
from eventmate.interop.vcard_model import MAX_CARDS, MAX_FILE_BYTES, ReadReport, VCardReadResult
from eventmate.interop.vcard_person import Card

_OUTSIDE = N_("text outside any card was ignored")


def read_vcards(data: bytes, *, max_bytes: int = MAX_FILE_BYTES) -> VCardReadResult:
    """Read every card of a vCard file (versions 2.1, 3.0 and 4.0).

    Args:
        data: The file's bytes, in any line ending, with or without a BOM.
        max_bytes: Larger files are not read at all (reported in ``skipped``).

    Returns:
        The people read, the cards skipped and the warnings, each with card index and line.
        Never raises: anything unreadable becomes a :class:`CardProblem`.
    """
    report = ReadReport()
    try:
        _read_file(data, max_bytes, report)
    except Exception:  # untrusted input must never crash an import
        report.skip(-1, 0, _("internal error while reading the file; nothing was imported"), "")
        return VCardReadResult((), tuple(report.skipped), tuple(report.warnings))
    return VCardReadResult(tuple(report.people), tuple(report.skipped), tuple(report.warnings))


def _read_file(data: bytes, max_bytes: int, report: ReadReport) -> None:
    if not isinstance(data, bytes | bytearray | memoryview):
        report.skip(-1, 0, _("not a file's bytes"), "")
        return
    data = bytes(data)
    if len(data) > max_bytes:
        limit = f"{decimal(f'{max_bytes / 1_000_000:g}')} MB"
        report.skip(
            -1, 0, _("the file is larger than the {limit} import limit").format(limit=limit), ""
        )
        return
    data = to_utf8_compatible(data)
    cards = 0
    garbage: Line | None = None
    for index, begin, lines, closed in group_cards(unfolded(data)):
        if index < 0:
            garbage = garbage or lines[0]
            continue
        if garbage:
            # Text between cards is common (mail signatures, editors) and harmless; say it once.
            report.warn(-1, garbage.number, _(_OUTSIDE), line_snippet(garbage.data))
            garbage = None
        cards += 1
        if cards > MAX_CARDS:
            report.skip(
                index,
                begin,
                _("more than {n} cards; the rest was not read").format(n=number(MAX_CARDS)),
                "",
            )
            break
        if not closed:
            snippet = card_snippet(lines)
            report.skip(index, begin, _("the card never ends (no END:VCARD)"), snippet)
            continue
        try:
            person = Card(index, begin, report).build(lines)
        except Exception:  # one odd card must not stop the others
            report.skip(index, begin, _("internal error while reading this card"), "")
            continue
        if person is not None:
            report.people.append(person)
    if garbage and cards:
        report.warn(-1, garbage.number, _(_OUTSIDE), line_snippet(garbage.data))
    if not cards:
        first = data.lstrip()[:SNIPPET_MAX]
        reason = _("no vCard (BEGIN:VCARD) found in the file") if first else _("the file is empty")
        report.skip(-1, 1 if first else 0, reason, line_snippet(first))
    report.finish()
