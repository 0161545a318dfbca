"""Dates and times as people say them: "Tonight · 19:30", "Tomorrow", "Thu 27 Nov"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def date_format(pattern: str) -> str:
    """A date pattern ("d MMM yyyy") as this language writes it ("d. MMM yyyy" in German)."""
    tr = QCoreApplication.translate
    formats = {
        "d MMM": tr("formatting", "d MMM", "date format: day, short month"),
        "ddd d MMM": tr("formatting", "ddd d MMM", "date format: short weekday, day, short month"),
        "d MMM yyyy": tr("formatting", "d MMM yyyy", "date format: day, short month, year"),
        "ddd d MMM yyyy": tr(
            "formatting", "ddd d MMM yyyy", "date format: short weekday, day, short month, year"
        ),
    }
    return formats.get(pattern, pattern)


def to_local(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the system's local time zone."""
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def local_date_time(moment: datetime) -> str:
    """A full local date and time in the user's locale, e.g. "Thursday 27 November 2026 19:30"."""
    return QLocale().toString(to_local(moment), QLocale.FormatType.LongFormat)


def local_date(moment: datetime) -> str:
    """The local date in the user's locale, e.g. "Thursday 27 November 2026"."""
    return QLocale().toString(to_local(moment).date(), QLocale.FormatType.LongFormat)


def time_of_day(moment: datetime) -> str:
    """The local time only, e.g. "19:30"."""
    return QLocale().toString(to_local(moment).time(), QLocale.FormatType.ShortFormat)


def day_label(moment: datetime, now: datetime) -> str:
    """ "Today"/"Tonight", "Tomorrow", "Yesterday", a weekday within a week, else a short date."""
    local = to_local(moment)
    today = to_local(now).date()
    days = today.daysTo(local.date())
    if days == 0:
        return _tr("Tonight") if local.time().hour() >= 17 else _tr("Today")
    if days == 1:
        return _tr("Tomorrow")
    if days == -1:
        return _tr("Yesterday")
    locale = QLocale()
    if 1 < days < 7:
        return locale.toString(local.date(), "dddd")
    fmt = "ddd d MMM" if local.date().year() == today.year() else "d MMM yyyy"
    return locale.toString(local.date(), date_format(fmt))


def when(moment: datetime, now: datetime) -> str:
    """Day and time, e.g. "Tonight · 19:30"."""
    return f"{day_label(moment, now)} · {time_of_day(moment)}"


def due_label(due: datetime | None, now: datetime) -> str:
    """How a due date reads in a list: "due Thursday", "due today", "waiting since Mon 16 Nov".

    Overdue items are described calmly, never as "overdue".
    """
    if due is None:
        return ""
    days = to_local(now).date().daysTo(to_local(due).date())
    if days == 0:
        return _tr("due today")
    if days == 1:
        return _tr("due tomorrow")
    if days == -1:
        return _tr("waiting since yesterday")
    if days < 0:
        return _tr("waiting since %1").replace("%1", day_label(due, now))
    return _tr("due %1").replace("%1", day_label(due, now))


def plain_markdown(text: str) -> str:
    """Markdown as it reads: "*so* good" → "so good" (Qt's own Markdown reader), on one line."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setMarkdown(text)
    return " ".join(document.toPlainText().split())
