"""vCard import (preview with matches, then all-or-nothing) and export of people.

A preview reads the file and says, for each card, whether it makes a new person, updates a
person EventMate knows by the card's UID or who has the same e-mail address or phone number
("will be updated: …", or "already here, nothing new"), or may be the same person as someone
with a similar name (a suggestion only: the user decides). Which person a card is, and what
it adds, is :mod:`.vcard_match`; a card never overwrites what the user wrote. Applying the
preview runs in one transaction after a verified backup, so it lands whole or not at all, and
says what it changed. Importing EventMate's own export again adds and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventmate.domain.i18n import _
from eventmate.interop.vcard import CardProblem, VCardPerson, read_vcards, write_vcards
from eventmate.services.changes import NOTHING, changes_of
from eventmate.services.data.backups import BackupError, BackupsService, PendingBackup
from eventmate.services.data.bulk import collector_paused
from eventmate.services.data.vcard_export import export_cards
from eventmate.services.data.vcard_match import (
    CHUNK,
    Addition,
    ContactIndex,
    Holding,
    MatchKind,
    Update,
    contact_index,
    holdings,
    people_by_uid,
    plan_update,
)
from eventmate.services.data.vcard_preview import (
    CardAction,
    CardPreview,
    PersonGone,
    VCardImportResult,
    VCardPreview,
)
from eventmate.services.data.vcard_store import card_facts, insert_people, stored, write_updates
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.backup import BackupInfo
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

__all__ = [
    "Addition",
    "CardAction",
    "CardPreview",
    "MatchKind",
    "PersonGone",
    "VCardImportResult",
    "VCardPreview",
    "VCardService",
]


def _problem(problem: CardProblem) -> str:
    where = _("line {n}").format(n=problem.line) if problem.line else _("the file")
    what = f" ({problem.snippet})" if problem.snippet else ""
    card = _("card {n}").format(n=problem.index + 1) + ", " if problem.index >= 0 else ""
    return f"{card}{where}{what}: {problem.reason}"


def _default_action(match: MatchKind) -> CardAction:
    # The same UID, address or number: the same person. A similar name is only a suggestion;
    # two people may share a name (unless the card holds nothing more than the namesake has).
    if match in (MatchKind.SAME_UID, MatchKind.SAME_CONTACT):
        return CardAction.ADD_TO_EXISTING
    return CardAction.CREATE


class VCardService:
    """Reads vCard files into people and writes people as vCards."""

    def __init__(self, database: Database, backups: BackupsService) -> None:
        self._db = database
        self._backups = backups

    # -- import --------------------------------------------------------------------------

    def preview(self, data: bytes) -> VCardPreview:
        """Read ``data`` and propose an action per card; nothing is written."""
        with collector_paused():
            return self._preview(data)

    def _preview(self, data: bytes) -> VCardPreview:
        result = read_vcards(data)
        people = [stored(person) for person in result.people]
        with self._db.read() as session:
            by_uid = people_by_uid(session, (p.uid for p in people))
            # Everyone's addresses and numbers are read only for cards no UID names.
            index: ContactIndex | None = None
            matches: list[tuple[MatchKind, int | None]] = []
            for person in people:
                found = by_uid.get(person.uid) if person.uid else None
                if found is not None:
                    matches.append((MatchKind.SAME_UID, found))
                    continue
                index = index or contact_index(session)
                matches.append(index.match(person))
            held = holdings(session, {pid for _kind, pid in matches if pid is not None})
        notes_by_card: dict[int, list[str]] = {}
        for warning in result.warnings:
            notes_by_card.setdefault(warning.index, []).append(warning.reason)
        claimed = set(by_uid)
        cards = []
        for position, (person, (match, match_id)) in enumerate(zip(people, matches, strict=True)):
            action = _default_action(match)
            updates: tuple[Addition, ...] = ()
            link = _link(person, match, claimed)
            target = held.get(match_id) if match_id is not None else None
            if target is not None:
                # Only cards that will be added change what later cards find.
                planned = target if action is CardAction.ADD_TO_EXISTING else _copy(target)
                updates = plan_update(planned, person, card_facts(person), link).additions
                if not updates:
                    # A card that says nothing its namesake here does not already hold (a
                    # card without a UID imported a second time) is that person: making a
                    # new one would only double them. The preview still offers "new".
                    action = CardAction.ADD_TO_EXISTING
            notes = list(notes_by_card.get(position, ()))
            if person.photo is not None:
                notes.append(_("the photo is not kept"))
            cards.append(
                CardPreview(
                    index=position,
                    name=person.name,
                    detail=", ".join(p for p in (person.role, person.organization) if p),
                    emails=tuple(m.value for m in person.contact_methods if m.kind == "email"),
                    phones=tuple(m.value for m in person.contact_methods if m.kind == "phone"),
                    match=match,
                    match_person_uid=target.uid if target is not None else None,
                    match_person_name=target.name if target is not None else "",
                    action=action,
                    notes=tuple(notes),
                    updates=updates,
                )
            )
        return VCardPreview(
            cards=tuple(cards),
            skipped=tuple(_problem(p) for p in result.skipped),
            people=tuple(people),
        )

    def apply(
        self,
        preview: VCardPreview,
        control: JobControl | None = None,
        *,
        backup_first: bool = True,
    ) -> VCardImportResult:
        """Write the preview's cards in one transaction, committed after a verified backup.

        The backup (of the data as it was before) is taken while the cards are written; if
        it fails, nothing is committed. Cards already here write nothing. What a card adds
        to someone is worked out again inside the transaction, so nothing written since the
        preview is overwritten.

        Raises:
            PersonGone: A card was to update someone deleted or merged away since the preview.
            BackupError: The backup could not be taken or did not verify; nothing was written.
        """
        control = control or no_control()
        creating = [c for c in preview.cards if c.action is CardAction.CREATE]
        adding = [c for c in preview.cards if c.action is CardAction.ADD_TO_EXISTING and c.writes]
        total = len(creating) + len(adding)
        pending: PendingBackup | None = None
        if backup_first and total and self._backups.can_back_up:
            # Copied and verified while the cards are written; nothing is committed before
            # it is verified, so it holds the data as it was before the import.
            pending = self._backups.backup_before_meanwhile("import")
        backup = None
        changes = NOTHING
        if total:
            try:
                with collector_paused(), self._db.write(bulk=True) as session:
                    _write_cards(session, preview, creating, adding, control)
                    if pending is not None:
                        backup = str(_backed_up(pending).path)
                    control.report(total, total)
            except _BackupFailed as failed:
                raise failed.error from None
            except BaseException:
                if pending is not None:
                    pending.wait()
                raise
            changes = changes_of(session)
        skipped = [*preview.skipped]
        skipped += [
            _("card {n} ({name}): left out by you").format(n=c.index + 1, name=c.name)
            for c in preview.cards
            if c.action is CardAction.SKIP
        ]
        return VCardImportResult(
            created=len(creating),
            added_to_existing=len(adding),
            skipped=tuple(skipped),
            backup=backup,
            already_here=preview.already_here,
            changes=changes,
        )

    def import_bytes(self, data: bytes, control: JobControl | None = None) -> VCardImportResult:
        """Preview and apply with the proposed actions (the command line's import)."""
        return self.apply(self.preview(data), control)

    # -- export --------------------------------------------------------------------------

    def export(
        self,
        person_ids: Sequence[int] | None = None,
        *,
        version: Literal["3.0", "4.0"] = "3.0",
        fold_lines: bool = True,
        control: JobControl | None = None,
    ) -> bytes:
        """All people (or the chosen ones) as one vCard file, each with their UID and facts."""
        control = control or no_control()
        with collector_paused():
            with self._db.read() as session:
                people = export_cards(session, person_ids, control)
            return write_vcards(people, version=version, fold=fold_lines)


class _BackupFailed(Exception):
    """Rolls the import back when its backup failed; carries the :class:`BackupError`.

    (Raised as is inside the write, a backup's disk or database error would come out of it
    as a :class:`~eventmate.storage.failures.StorageFailure` of the live database.)
    """

    def __init__(self, error: BackupError) -> None:
        super().__init__(str(error))
        self.error = error


def _backed_up(pending: PendingBackup) -> BackupInfo:
    try:
        return pending.result()
    except BackupError as error:
        raise _BackupFailed(error) from None


def _write_cards(
    session: Session,
    preview: VCardPreview,
    creating: Sequence[CardPreview],
    adding: Sequence[CardPreview],
    control: JobControl,
) -> None:
    """Insert the people ``creating`` makes and add what ``adding`` adds, in ``session``."""
    total = len(creating) + len(adding)
    ids = _ids_of(session, adding)
    claimed = set(people_by_uid(session, (preview.people[c.index].uid for c in preview.cards)))
    new_cards = [preview.people[c.index] for c in creating]
    uids = [_link(p, c.match, claimed) for p, c in zip(new_cards, creating, strict=True)]
    for done in insert_people(session, new_cards, uids):
        control.report(done, total)
    held = holdings(session, ids.values())
    updates: list[Update] = []
    for card in adding:
        person = preview.people[card.index]
        target: Holding = held[ids[str(card.match_person_uid)]]
        link = _link(person, card.match, claimed)
        updates.append(plan_update(target, person, card_facts(person), link))
        if len(updates) % CHUNK == 0:
            control.report(len(creating) + len(updates), total)
    write_updates(session, updates)


def _link(person: VCardPerson, match: MatchKind, claimed: set[str]) -> str | None:
    """The card's UID to remember for the person it makes or adds to (once per file).

    A UID that already names someone here is never given to a second person.
    """
    uid = person.uid
    if not uid or match is MatchKind.SAME_UID or uid in claimed:
        return None
    claimed.add(uid)
    return uid


def _copy(held: Holding) -> Holding:
    return replace(
        held,
        fields=dict(held.fields),
        methods=set(held.methods),
        tags=set(held.tags),
        facts=set(held.facts),
        notes=list(held.notes),
    )


def _ids_of(session: Session, cards: Sequence[CardPreview]) -> dict[str, int]:
    """The ids of the people ``cards`` add to; :class:`PersonGone` if one is gone."""
    wanted = sorted({str(c.match_person_uid) for c in cards})
    ids: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(Person.uid, Person.id).where(Person.uid.in_(chunk))
        ids.update(dict(session.connection().execute(query).all()))
    for card in cards:
        if card.match_person_uid not in ids:
            raise PersonGone(str(card.match_person_uid), card.match_person_name)
    return ids
