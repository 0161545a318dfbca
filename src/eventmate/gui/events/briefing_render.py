"""A briefing as HTML (on screen and for PDF) and as Markdown; user text is always escaped."""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from eventmate.gui.events.event_model import kind_label
from eventmate.gui.formatting import day_label, local_date_time, when

if TYPE_CHECKING:
    from eventmate.services.events.briefing import Briefing, BriefingPerson, Reason
    from eventmate.services.events.intentions import IntentionRow

# Characters that start or change Markdown formatting anywhere in a line ("(" and "!" only
# matter next to "[", which is escaped); a few more matter only at the start of a line.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+(?=[.)]))")


def _tr(text: str) -> str:
    return QCoreApplication.translate("briefing", text)


def md(text: str) -> str:
    """``text`` safe inside Markdown: specials backslash-escaped, lines joined with spaces."""
    escaped = _MARKDOWN.sub(r"\\\1", " ".join(text.split()))
    match = _LINE_START.match(escaped)
    if match is None:
        return escaped
    if match.group(2).isdigit():
        end = match.end()
        return f"{escaped[:end]}\\{escaped[end:]}"
    return f"{match.group(1)}\\{escaped[match.start(2) :]}"


def h(text: str) -> str:
    """``text`` safe inside HTML, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def intention_kind_label(kind: str) -> str:
    """An intention kind in the user's language."""
    return {
        "connect": _tr("Connect"),
        "learn": _tr("Learn"),
        "offer": _tr("Offer"),
        "mindset": _tr("Mindset"),
    }.get(kind, kind)


def reason_text(reason: Reason, now: datetime) -> str:
    """Why someone is in the briefing, in words (plain text, not escaped)."""
    from eventmate.services.events.briefing import Why

    if reason.why is Why.INTENTION:
        return (
            _tr("You hope to connect: %1").replace("%1", reason.text)
            if reason.text
            else _tr("You hope to connect")
        )
    if reason.why is Why.OFFER:
        return (
            _tr("You hope to offer: %1").replace("%1", reason.text)
            if reason.text
            else _tr("You hope to offer them something")
        )
    if reason.why is Why.ORGANIZATION:
        return _tr("Works with %1, the host").replace("%1", reason.text)
    place = {
        Why.VENUE: _tr("same venue"),
        Why.SERIES: _tr("same series"),
        Why.HOST: _tr("same host"),
    }[reason.why]
    day = day_label(reason.event_starts_at, now) if reason.event_starts_at else ""
    return (
        _tr("Met at %1, %2 (%3)")
        .replace("%1", reason.event_title)
        .replace("%2", day)
        .replace("%3", place)
    )


def _intention_line(row: IntentionRow) -> str:
    text = row.text
    if row.person_name:
        text = f"{row.person_name} — {text}" if text else row.person_name
    return text


def _headline(briefing: Briefing, now: datetime) -> tuple[str, str]:
    place = " · ".join(part for part in (briefing.venue, briefing.city) if part)
    parts = [when(briefing.starts_at, now), place, kind_label(briefing.kind.value)]
    if briefing.series:
        parts.append(briefing.series)
    return briefing.title, "  ·  ".join(part for part in parts if part)


def _person_lines(person: BriefingPerson, now: datetime) -> list[tuple[str, str]]:
    """(label, text) pairs for one person's card, in reading order; empty parts left out."""
    lines: list[tuple[str, str]] = []
    who = " · ".join(part for part in (person.role, person.organization) if part)
    if who:
        lines.append(("", who))
    if person.pronunciation:
        lines.append((_tr("Say"), person.pronunciation))
    for reason in person.reasons:
        lines.append(("", reason_text(reason, now)))
    if person.recall_cues:
        lines.append((_tr("Recall"), person.recall_cues))
    if person.common_ground:
        lines.append((_tr("Common ground"), "; ".join(person.common_ground)))
    if person.cares_about:
        lines.append((_tr("Cares about"), "; ".join(person.cares_about)))
    if person.story:
        lines.append((_tr("Their story"), "; ".join(person.story)))
    if person.could_offer:
        lines.append((_tr("You could offer"), person.could_offer))
    if person.last_note:
        lines.append((_tr("Last note"), person.last_note))
    for promise in person.promises:
        label = _tr("You promised") if promise.mine else _tr("They promised")
        lines.append((label, promise.text))
    return lines


def briefing_html(briefing: Briefing, now: datetime) -> str:
    """The briefing as simple HTML that QTextDocument renders well (cards as tables)."""
    title, headline = _headline(briefing, now)
    out = [f"<h2>{h(title)}</h2>", f"<p>{h(headline)}</p>"]
    if briefing.energy_before is not None:
        out.append(
            "<p>"
            + h(_tr("Energy before: %1 of 5").replace("%1", str(briefing.energy_before)))
            + "</p>"
        )
    if briefing.intentions:
        out.append(f"<h3>{h(_tr('Intentions'))}</h3><ul>")
        for row in briefing.intentions:
            out.append(
                f"<li><b>{h(intention_kind_label(row.kind.value))}</b> · "
                f"{h(_intention_line(row))}</li>"
            )
        out.append("</ul>")
    out.append(f"<h3>{h(_tr('People you may see'))}</h3>")
    if not briefing.people:
        out.append(
            "<p>"
            + h(
                _tr(
                    "Nobody yet. Link someone through a “connect” intention, or simply "
                    "see who you meet — that is how every relationship starts."
                )
            )
            + "</p>"
        )
    for person in briefing.people:
        # A mid grey frame: quiet on the dark look, the light one and on paper alike.
        out.append(
            '<table width="100%" cellpadding="8" cellspacing="0" border="1" '
            'style="border-style: solid; border-color: #77726b; margin-bottom: 10px;"><tr><td>'
        )
        out.append(f"<b>{h(person.name)}</b>")
        for label, text in _person_lines(person, now):
            prefix = f"<i>{h(label)}:</i> " if label else ""
            out.append(f"<br>{prefix}{h(text)}")
        out.append("</td></tr></table>")
    if briefing.more:
        out.append(
            "<p><i>"
            + h(_tr("You have met more people at these places; the most recent are shown."))
            + "</i></p>"
        )
    return "\n".join(out)


def briefing_markdown(briefing: Briefing, now: datetime) -> str:
    """The briefing as Markdown; every piece of user text is escaped."""
    title, headline = _headline(briefing, now)
    out = [f"# {md(title)}", "", md(headline), ""]
    out.append(md(_tr("Printed %1").replace("%1", local_date_time(now))))
    out.append("")
    if briefing.energy_before is not None:
        out += [md(_tr("Energy before: %1 of 5").replace("%1", str(briefing.energy_before))), ""]
    if briefing.intentions:
        out += [f"## {md(_tr('Intentions'))}", ""]
        for row in briefing.intentions:
            out.append(
                f"- **{md(intention_kind_label(row.kind.value))}** · {md(_intention_line(row))}"
            )
        out.append("")
    out += [f"## {md(_tr('People you may see'))}", ""]
    if not briefing.people:
        out += [md(_tr("Nobody yet.")), ""]
    for person in briefing.people:
        out += [f"### {md(person.name)}", ""]
        for label, text in _person_lines(person, now):
            out.append(f"- *{md(label)}:* {md(text)}" if label else f"- {md(text)}")
        out.append("")
    if briefing.more:
        out += [md(_tr("You have met more people at these places; the most recent are shown.")), ""]
    return "\n".join(out)


def write_pdf(document_html: str, path: Path) -> None:
    """Print ``document_html`` to an A4 PDF at ``path`` (raises OSError if it cannot be written)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(_tr("Briefing"))
    writer.setCreator("EventMate")
    document = QTextDocument()
    document.setHtml(document_html)
    document.print_(writer)
    del writer  # finishes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
