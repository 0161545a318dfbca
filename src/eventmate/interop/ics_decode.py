"""Turning an iCalendar file's bytes into parsed calendars, rescuing damaged ones.

Decoding copes with byte order marks, UTF-16 with or without a BOM, Windows-1252 posing
as UTF-8, LF-only or CR-only line ends and unescaped line breaks inside values. A file
may hold several VCALENDARs; one that icalendar cannot parse is taken apart and its
components are parsed one by one, so that its readable events are still kept.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import icalendar

from eventmate.domain.i18n import _, ngettext
from eventmate.domain.text import clean_line
from eventmate.interop.ics_model import Note

_HEADER_PROPS = frozenset({"VERSION", "PRODID", "METHOD", "CALSCALE", "X-WR-TIMEZONE"})
_CONTENT_LINE = re.compile(r"[A-Za-z0-9-]+[;:]")


def error_message(error: Exception) -> str:
    """The first line of an error message, shortened, for a problem's reason."""
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


def calendar_blocks(data: bytes, note: Note) -> list[list[str]] | str:
    """Decode the file and split it into the content lines of each complete VCALENDAR.

    Returns:
        The blocks, BEGIN and END lines included; or, when there is no calendar to
        read, the reason as a message for ``IcsReadResult.fatal``.
    """
    text, encoding_note = _decode(data)
    if encoding_note:
        note("file", encoding_note)
    if not text.strip():
        return _("The file is empty.")
    lines = _logical_lines(text)
    upper = [line.strip().upper() for line in lines]
    if "BEGIN:VCALENDAR" not in upper:
        if "BEGIN:VEVENT" in upper:
            note("file", _("events without a surrounding VCALENDAR; read anyway"))
            lines = ["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]
        elif "BEGIN:VCARD" in upper:
            return _("This is a contact file (vCard), not a calendar.")
        else:
            return _("This is not an iCalendar file: BEGIN:VCALENDAR is missing.")
    blocks = _split_calendars(lines)
    if not blocks.calendars:
        return _("The file is cut off: its calendar never ends (END:VCALENDAR is missing).")
    if blocks.cut_off:
        note(
            "file",
            ngettext(
                "{n} calendar cut off before END:VCALENDAR; not read",
                "{n} calendars cut off before END:VCALENDAR; not read",
                blocks.cut_off,
            ).format(n=blocks.cut_off),
        )
    if blocks.stray:
        note(
            "file",
            ngettext(
                "{n} line outside any calendar ignored",
                "{n} lines outside any calendar ignored",
                blocks.stray,
            ).format(n=blocks.stray),
        )
    return blocks.calendars


def parse_block(block: list[str], number: int, count: int, note: Note) -> icalendar.Calendar | None:
    """Parse a block; when that fails, rescue its events one by one.

    Returns:
        The calendar, or a rebuilt one with the components that could be read; None
        (with a note) when not one event of the block could be read.
    """
    name = f"calendar {number}" if count > 1 else "calendar"
    try:
        return _parse_calendar(block)
    except Exception as exc:
        error = error_message(exc)
    header, parts = _sub_blocks(block)
    kept = [
        line for line in header if line.split(":", 1)[0].split(";", 1)[0].upper() in _HEADER_PROPS
    ]
    try:
        rescued = _parse_calendar(["BEGIN:VCALENDAR", *kept, "END:VCALENDAR"])
    except Exception:
        rescued = icalendar.Calendar()
    any_event = False
    for part in parts:
        kind = part[0].strip().upper()[len("BEGIN:") :]
        try:
            piece = _parse_part(part)
        except Exception as exc:
            if kind == "VEVENT":
                title = clean_line(_first_value(part, "SUMMARY"), limit=80).text
                uid = clean_line(_first_value(part, "UID"), limit=120).text
                what = (
                    "VEVENT" + (f' "{title}"' if title else "") + (f" (UID {uid})" if uid else "")
                )
                note(what, _("could not be read: {reason}").format(reason=error_message(exc)))
            continue
        for component in piece.subcomponents:
            rescued.add_component(component)
            any_event = any_event or kind == "VEVENT"
    if not any_event:
        note(name, _("could not be read: {reason}").format(reason=error))
        return None
    note(name, _("partly damaged ({reason}); the readable events were kept").format(reason=error))
    return rescued


def _decode(data: bytes) -> tuple[str, str | None]:
    """Decode the bytes: BOMs, UTF-8, UTF-16, then Windows-1252 as a fallback."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    for marker, encoding in ((b"B\x00E\x00G\x00", "utf-16-le"), (b"\x00B\x00E\x00G", "utf-16-be")):
        if data.startswith(marker):  # UTF-16 without a BOM
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                break
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), _("not valid UTF-8; read as Windows-1252")


def _logical_lines(text: str) -> list[str]:
    """Unfold the text into content lines and repair unescaped line breaks.

    A physical line that neither continues a folded line nor starts like a content
    line (``NAME:`` or ``NAME;``) is taken as a raw line break inside the previous
    value, which some generators write; it is joined back as an escaped ``\\n``.
    """
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # A byte order mark starts each file joined into this one (``cat a.ics b.ics``), and
        # is no content anywhere a line starts.
        raw = raw.lstrip("\ufeff")
        if not raw.strip():
            continue
        if raw[0] in " \t" and lines:
            lines[-1] += raw[1:]
        elif not lines or _CONTENT_LINE.match(raw):
            lines.append(raw.rstrip() if raw.upper().startswith(("BEGIN:", "END:")) else raw)
        else:
            lines[-1] += "\\n" + raw
    return lines


@dataclass
class _Blocks:
    calendars: list[list[str]] = field(default_factory=list)
    cut_off: int = 0
    stray: int = 0


def _split_calendars(lines: list[str]) -> _Blocks:
    """Split content lines into VCALENDAR blocks; count cut-off blocks and stray lines."""
    found = _Blocks()
    current: list[str] | None = None
    for line in lines:
        key = line.strip().upper()
        if key == "BEGIN:VCALENDAR":
            if current is not None:
                found.cut_off += 1
            current = [line]
        elif current is None:
            found.stray += 1
        else:
            current.append(line)
            if key == "END:VCALENDAR":
                found.calendars.append(current)
                current = None
    if current is not None:
        found.cut_off += 1
    return found


def _sub_blocks(block: list[str]) -> tuple[list[str], list[list[str]]]:
    """Split a VCALENDAR block into its own property lines and its direct components."""
    header: list[str] = []
    parts: list[list[str]] = []
    depth = 0
    for line in block[1:-1]:
        key = line.strip().upper()
        if key.startswith("BEGIN:"):
            if depth == 0:
                parts.append([])
            depth += 1
        if depth:
            parts[-1].append(line)
        else:
            header.append(line)
        if key.startswith("END:") and depth:
            depth -= 1
    return header, parts


def _parse_calendar(lines: list[str]) -> icalendar.Calendar:
    """Parse one VCALENDAR block with icalendar; raise ValueError when it is not one."""
    parsed = icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
    if not isinstance(parsed, icalendar.Calendar):
        raise ValueError("not a VCALENDAR")
    return parsed


def _parse_part(part: list[str]) -> icalendar.Calendar:
    """Parse one component alone; if that fails, once more without its alarms."""
    try:
        return _parse_calendar(["BEGIN:VCALENDAR", *part, "END:VCALENDAR"])
    except Exception:
        own, nested = _sub_blocks(part)
        if not nested:
            raise
        return _parse_calendar(["BEGIN:VCALENDAR", part[0], *own, part[-1], "END:VCALENDAR"])


def _first_value(lines: list[str], name: str) -> str:
    """Return the raw value of the first ``name`` line (for naming unreadable events)."""
    for line in lines:
        head, sep, value = line.partition(":")
        if sep and head.split(";", 1)[0].strip().upper() == name:
            return value.replace("\\,", ",").replace("\\;", ";")
    return ""
