"""The words on a rehearsal card: a person's cues (never their name), and what an answer says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from eventmate.gui.formatting import to_local
from eventmate.services.rehearsal.answers import Recall
from eventmate.services.rehearsal.cards import RehearsalCard


def tr(text: str) -> str:
    """``text`` in the user's language (context "Rehearsal")."""
    return QCoreApplication.translate("Rehearsal", text)


def cue_lines(card: RehearsalCard) -> list[str]:
    """The card's cues, most telling first: who they are, where we met, what I noticed."""
    lines = []
    work = " · ".join(part for part in (card.role, card.organization) if part)
    if work:
        lines.append(work)
    if card.met_at:
        if card.met_on is not None:
            month = QLocale().toString(to_local(card.met_on), "MMMM yyyy")
            lines.append(tr("Met at %1, %2").replace("%1", card.met_at).replace("%2", month))
        else:
            lines.append(tr("Met at %1").replace("%1", card.met_at))
    if card.recall_cues:
        lines.append(card.recall_cues)
    for fact in card.cares_about:
        lines.append(tr("Cares about: %1").replace("%1", fact))
    for fact in card.common_ground:
        lines.append(tr("Common ground: %1").replace("%1", fact))
    return lines


def hint(card: RehearsalCard) -> str:
    """How to say the name, as a hint before answering ("" if none is noted)."""
    if not card.pronunciation:
        return ""
    return tr("Say it: %1").replace("%1", card.pronunciation)


def verdict(recall: Recall) -> str:
    """What typing a name comes to, kindly."""
    return {
        Recall.RIGHT: tr("Yes."),
        Recall.NEARLY: tr("Nearly — this is how it is written."),
        Recall.NOT_YET: tr("Not yet — this one comes back in a moment."),
    }[recall]


def farewell(missed: list[str]) -> str:
    """The last card: never a score; at most the names worth one more look."""
    if not missed:
        return tr("That's everyone. Enjoy meeting them.")
    return tr("That's everyone. Worth one more look before you go: %1.").replace(
        "%1", ", ".join(missed)
    )
