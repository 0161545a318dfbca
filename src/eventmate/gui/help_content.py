"""What Help says: the approach in a few lines, the capture syntax with examples, every shortcut.

Kept as data (keys as portable key texts), so the Help window, the first-run tour and a test
that every shortcut of the app is listed all read the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


@dataclass(frozen=True, slots=True)
class Shortcut:
    """Keys (portable texts, "Ctrl+Shift+N") and what they do."""

    keys: tuple[str, ...]
    what: str
    #: How the keys are shown when listing each would be long ("Ctrl+1 … Ctrl+6").
    shown: str = ""


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    """Shortcuts that work in one place of the app."""

    title: str
    shortcuts: tuple[Shortcut, ...]


@dataclass(frozen=True, slots=True)
class CaptureExample:
    """A line typed in capture mode and what it stores."""

    typed: str
    stored: str


def approach() -> tuple[str, ...]:
    """The app's way with people, in four short lines."""
    return (
        _tr(
            "<b>Listen.</b> Be curious about the other person; ask, then listen more than you talk."
        ),
        _tr(
            "<b>Find common ground.</b> A teacher, a city, a piece you both love: note it, "
            "it is what you will remember."
        ),
        _tr(
            "<b>Offer something.</b> A recording, an introduction, a ticket, your time — "
            "given freely, expecting nothing back."
        ),
        _tr(
            "<b>Let it rest.</b> Not every meeting grows into more, and that is fine: let it "
            "rest, with a note if you like. Nothing is deleted."
        ),
    )


def capture_examples() -> tuple[CaptureExample, ...]:
    """Lines typed in a break, and what each becomes (in the user's language: the capture
    syntax knows German words too, see ``domain/capture_syntax.py``)."""
    return (
        CaptureExample(
            _tr(
                "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig "
                "#chamber-music !send my Ligeti recording"
            ),
            _tr(
                "Anna Schmidt, viola at the LSO. Cares about: loves Bartók. Their story: grew "
                "up in Leipzig. Tag: chamber-music. Your promise: send my Ligeti recording."
            ),
        ),
        CaptureExample(
            _tr("Seán O'Brien (oboe) — also studied in Dublin ?send me the audition dates"),
            _tr(
                "Seán O'Brien, oboe. Common ground: also studied in Dublin. His promise to you: "
                "send me the audition dates."
            ),
        ),
        CaptureExample(
            _tr("cellist, red scarf — new to London"),
            _tr("Nobody named yet: kept with its cue to tidy into a person after the event."),
        ),
    )


def capture_parts() -> tuple[tuple[str, str], ...]:
    """Each part of the capture syntax and its meaning."""
    return (
        (
            "Anna Schmidt",
            _tr(
                "A name (capitalised words) makes a person, or adds to someone "
                "you know when you pick the suggestion with Tab."
            ),
        ),
        ("cellist, red scarf", _tr("A descriptor: kept as a recall cue, to tidy later.")),
        ("(viola, LSO)", _tr("Role and organisation; <code>(viola @ LSO)</code> too.")),
        (
            "— &nbsp; - &nbsp; :",
            _tr(
                "End the person; what they told you follows, split by "
                "<code>;</code> (or <code>,</code> when there is no "
                "<code>;</code>)."
            ),
        ),
        (_tr("also … / both … / same …"), _tr("Common ground.")),
        (_tr("loves … / cares about … / fan of …"), _tr("What they care about.")),
        (_tr("grew up … / studied … / used to …"), _tr("Their story.")),
        ("#tag", _tr("A tag on the person.")),
        (
            "!send …",
            _tr(
                "Something you promised; <code>!ask …</code> and "
                "<code>!catch up …</code> are other kinds. Due three days after the "
                "event."
            ),
        ),
        ("?send me …", _tr("Something they promised you.")),
    )


def shortcut_groups() -> tuple[ShortcutGroup, ...]:
    """Every keyboard shortcut of the app, by where it works."""
    sections = tuple(f"Ctrl+{n}" for n in range(1, 7))
    return (
        ShortcutGroup(
            _tr("Everywhere"),
            (
                Shortcut(("Ctrl+Shift+N",), _tr("Capture mode, from any window")),
                Shortcut(
                    ("Ctrl+K", "Ctrl+F"),
                    _tr("Search people, facts, captures, notes, reflections and events"),
                ),
                Shortcut(
                    sections,
                    _tr("Home, Events, People, Journal, Follow-ups, Insights"),
                    "Ctrl+1 … Ctrl+6",
                ),
                Shortcut(("Ctrl+PgDown", "Ctrl+PgUp"), _tr("Next / previous section")),
                Shortcut(("Ctrl+Shift+I",), _tr("Import contacts, a calendar or an archive")),
                Shortcut(("Ctrl+Shift+E",), _tr("Export everyone, or the people chosen on People")),
                Shortcut(("Ctrl+,",), _tr("Preferences")),
                Shortcut(("F1",), _tr("This help (and the tour)")),
                Shortcut(("Ctrl+Q",), _tr("Quit — everything is already saved")),
            ),
        ),
        ShortcutGroup(
            _tr("Capture mode"),
            (
                Shortcut(("Enter",), _tr("Save the line (a paste of several lines saves each)")),
                Shortcut(("Tab",), _tr("Link to the suggested person; Tab again unlinks")),
                Shortcut(("Ctrl+Z",), _tr("With the input empty: undo the last capture")),
                Shortcut(("Ctrl+E",), _tr("Choose the event")),
                Shortcut(("F11",), _tr("Compact window on top / full window")),
                Shortcut(("Esc",), _tr("Leave; what you typed stays")),
            ),
        ),
        ShortcutGroup(
            _tr("People"),
            (
                Shortcut(("Enter", "Esc"), _tr("Open the person / back to the list")),
                Shortcut(
                    ("Shift+Up", "Shift+Down", "Ctrl+A"),
                    _tr("Choose several people (or Shift/Ctrl+click)"),
                ),
                Shortcut(("Ctrl+E",), _tr("Export the people chosen as contacts or CSV")),
                Shortcut(
                    ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"),
                    _tr("Undo / redo an edit on a person's page, or a merge"),
                ),
                Shortcut(("Del",), _tr("Remove the selected contact, tag or fact")),
            ),
        ),
        ShortcutGroup(
            _tr("Events and Prepare"),
            (
                Shortcut(
                    ("Ctrl+N", "Enter", "Del", "Ctrl+Z"), _tr("New event, edit, delete, undo")
                ),
                Shortcut(("Ctrl+Return",), _tr("Save the event from a text box")),
                Shortcut(("Ctrl+Shift+P",), _tr("Prepare the selected event")),
                Shortcut(
                    ("Alt+Up", "Alt+Down", "F2"),
                    _tr("In Prepare: move an intention up / down, edit it"),
                ),
                Shortcut(("Ctrl+Shift+S",), _tr("Save the briefing as PDF")),
                Shortcut(("Ctrl+Shift+R",), _tr("Rehearse the names of the people you may see")),
                Shortcut(
                    ("K", "N", "Ctrl+H"), _tr("Rehearsing: I knew it, not yet, how to say the name")
                ),
            ),
        ),
        ShortcutGroup(
            _tr("After the event"),
            (
                Shortcut(("Ctrl+Shift+P",), _tr("Reflection: preview the free writing")),
                Shortcut(
                    ("Ctrl+M", "Ctrl+L"),
                    _tr("Make a person of a capture / link it to someone you know"),
                ),
                Shortcut(("Ctrl+W", "Esc"), _tr("Close the reflection (it is saved)")),
                Shortcut(("Ctrl+D",), _tr("Follow-ups: mark the selected one done")),
                Shortcut(("Alt+P", "Alt+T"), _tr("Insights: choose the period; charts as tables")),
            ),
        ),
    )


def keys_text(shortcut: Shortcut) -> str:
    """The keys as the platform writes them ("Ctrl+Shift+N", "⇧⌘N" on a Mac)."""
    if shortcut.shown:
        return shortcut.shown
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    return " · ".join(QKeySequence(key).toString(native) for key in shortcut.keys)
