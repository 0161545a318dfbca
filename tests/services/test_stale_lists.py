"""Facts and follow-ups: a write naming the version the user saw is refused once it changed.

Each refused write leaves what is stored as it was and carries both sides (``StaleEdit``); a
write on the version now stored goes through. Capture undo and merge undo leave what
changed since.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from eventmate.domain.kinds import FactKind, FollowUpStatus
from eventmate.services.changes import Kind, StaleEdit
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.services.records import RecordGone
from eventmate.storage.models import Fact, FollowUp, Person


def _fact(services: Services) -> tuple[str, str]:
    person = services.capture.capture("Anna Schmidt (viola) — loves Ligeti").person_uid
    assert person is not None
    fact = services.person.get(person).facts[0]
    return person, fact.uid


def test_a_write_gives_the_version_it_produced(services: Services) -> None:
    person, fact_uid = _fact(services)
    written = services.person.set_field(person, PersonField.ROLE, "Oboe", version=1)
    assert written.version == services.person.get(person).version == 2
    edited = services.person.edit_fact(fact_uid, FactKind.CARES_ABOUT, "loves Kurtág", version=1)
    assert edited.version == services.person.get(person).facts[0].version == 2


def test_a_fact_edited_since_is_not_edited_again(services: Services) -> None:
    person, fact_uid = _fact(services)
    seen = services.person.get(person).facts[0]
    services.person.edit_fact(fact_uid, FactKind.CARES_ABOUT, "loves Kurtág")  # elsewhere
    with pytest.raises(StaleEdit) as refused:
        services.person.edit_fact(fact_uid, FactKind.CARES_ABOUT, "loves Ligeti a lot", version=1)
    stale = refused.value
    assert (stale.kind, stale.uid, stale.my_version, stale.their_version) == (
        Kind.FACT,
        fact_uid,
        seen.version,
        2,
    )
    assert stale.mine == {"kind": FactKind.CARES_ABOUT, "text": "loves Ligeti a lot"}
    assert stale.theirs == {"kind": FactKind.CARES_ABOUT, "text": "loves Kurtág"}
    assert services.person.get(person).facts[0].text == "loves Kurtág"
    services.person.edit_fact(fact_uid, FactKind.CARES_ABOUT, "both", version=stale.their_version)
    assert services.person.get(person).facts[0].text == "both"


def test_a_fact_edited_since_is_not_removed(services: Services) -> None:
    person, fact_uid = _fact(services)
    with services.database.write() as session:  # plain SQL counts as well
        session.execute(
            text("UPDATE fact SET text = 'loves Kurtág' WHERE uid = :u"), {"u": fact_uid}
        )
    with pytest.raises(StaleEdit) as refused:
        services.person.remove_fact(fact_uid, version=1)
    assert refused.value.mine == {}
    assert refused.value.theirs["text"] == "loves Kurtág"
    assert [f.text for f in services.person.get(person).facts] == ["loves Kurtág"]
    services.person.remove_fact(fact_uid, version=refused.value.their_version)
    assert services.person.get(person).facts == ()


def test_a_fact_gone_is_gone_before_stale(services: Services) -> None:
    _person, fact_uid = _fact(services)
    services.person.remove_fact(fact_uid)
    with pytest.raises(RecordGone):
        services.person.edit_fact(fact_uid, FactKind.CARES_ABOUT, "x", version=1)


def _follow_up(services: Services) -> str:
    return services.followups.add("send the Ligeti recording").uid


def test_follow_ups_read_with_their_version(services: Services) -> None:
    uid = _follow_up(services)
    assert [i.version for i in services.followups.open_items()] == [1]
    assert services.followups.get(uid).version == 1
    assert services.followups.edit(uid, text="send the score", version=1).version == 2


@pytest.mark.parametrize(
    "step",
    [
        lambda s, u, v: s.followups.edit(u, text="send the Kurtág", version=v),
        lambda s, u, v: s.followups.mark_done(u, version=v),
        lambda s, u, v: s.followups.let_rest(u, "later", version=v),
        lambda s, u, v: s.followups.reopen(u, version=v),
    ],
    ids=["edit", "done", "rest", "reopen"],
)
def test_a_follow_up_changed_since_is_not_written(services: Services, step: object) -> None:
    uid = _follow_up(services)
    services.followups.edit(uid, text="send the score")  # elsewhere
    with pytest.raises(StaleEdit) as refused:
        step(services, uid, 1)  # type: ignore[operator]
    stale = refused.value
    assert (stale.kind, stale.their_version) == (Kind.FOLLOW_UP, 2)
    assert stale.theirs["text"] == "send the score"
    assert stale.theirs["status"] is FollowUpStatus.OPEN
    stored = services.followups.get(uid)
    assert (stored.text, stored.status, stored.version) == ("send the score", "open", 2)
    step(services, uid, 2)  # type: ignore[operator]


def test_done_elsewhere_says_so_in_theirs(services: Services) -> None:
    uid = _follow_up(services)
    services.followups.mark_done(uid)
    with pytest.raises(StaleEdit) as refused:
        services.followups.mark_done(uid, version=1)
    assert refused.value.mine == {"status": FollowUpStatus.DONE}
    assert refused.value.theirs["status"] is FollowUpStatus.DONE


def test_capture_undo_leaves_what_changed_since(services: Services) -> None:
    zoe = services.capture.capture("Zoë Ng").person_uid
    made = services.capture.capture(
        "Zoë Ng (oboe) — loves Ligeti; likes Kurtág !send the score", person_uid=zoe
    )
    assert zoe is not None
    assert made.person_uid == zoe
    with services.database.read() as session:
        facts = session.scalars(select(Fact.uid).order_by(Fact.id)).all()
        promise = session.scalar(select(FollowUp.uid))
    assert len(facts) == 2
    assert promise is not None
    # Elsewhere: one fact edited, the promise kept, the role changed.
    services.person.edit_fact(facts[0], FactKind.CARES_ABOUT, "adores Ligeti")
    services.followups.mark_done(promise)
    services.person.set_field(zoe, PersonField.ROLE, "cor anglais")
    undone = services.capture.undo_last()
    assert undone is not None
    assert (undone.facts, undone.follow_ups, undone.kept) == (1, 0, 3)
    stored = services.person.get(zoe)
    assert [f.text for f in stored.facts] == ["adores Ligeti"]
    assert stored.role == "cor anglais"
    assert services.followups.get(promise).status is FollowUpStatus.DONE
    with services.database.read() as session:
        assert session.scalar(select(Person.name)) == "Zoë Ng"


def test_capture_undo_clears_a_role_it_filled_that_nobody_changed(services: Services) -> None:
    zoe = services.capture.capture("Zoë Ng").person_uid
    services.capture.capture("Zoë Ng (oboe)", person_uid=zoe)
    assert zoe is not None
    assert services.person.get(zoe).role == "oboe"
    undone = services.capture.undo_last()
    assert undone is not None
    assert undone.kept == 0
    assert services.person.get(zoe).role == ""


def test_merge_undo_leaves_a_field_changed_since_and_puts_back_the_rest(
    services: Services,
) -> None:
    keep = services.capture.capture("Zoë Ng").person_uid
    gone = services.capture.capture("Zoe Ng (oboe)").person_uid
    assert keep is not None
    assert gone is not None
    record = services.merge.merge(keep, gone, {PersonField.NAME: "Zoë Ng-Lang"})
    assert services.person.get(keep).role == "oboe"  # filled from the other
    services.person.set_field(keep, PersonField.ROLE, "cor anglais")  # elsewhere, after
    services.merge.undo(record)
    kept = services.person.get(keep)
    assert (kept.name, kept.role) == ("Zoë Ng", "cor anglais")
    assert services.person.get(gone).role == "oboe"
