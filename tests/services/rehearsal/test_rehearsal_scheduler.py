"""The Leitner scheduler: boxes move as documented, missed names come back in the session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from eventmate.services.rehearsal.scheduler import (
    INTERVALS,
    MAX_REPEATS,
    REQUEUE_GAP,
    TOP_BOX,
    Answer,
    CardState,
    SessionQueue,
    card_state,
    order_by_need,
)

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def days(n: float) -> datetime:
    return T0 + timedelta(days=n)


def test_a_new_card_is_in_box_one_and_due() -> None:
    state = card_state([])
    assert (state.box, state.due_at) == (1, None)
    assert state.is_due(T0)


def test_knowing_a_due_name_moves_it_up_one_box_at_a_time() -> None:
    state = card_state([Answer(days(0), True)])
    assert state.box == 2
    assert state.due_at == days(1)
    state = card_state([Answer(days(0), True), Answer(days(1), True)])
    assert (state.box, state.due_at) == (3, days(4))
    state = card_state([Answer(days(0), True), Answer(days(1), True), Answer(days(4), True)])
    assert (state.box, state.due_at) == (4, days(11))


def test_knowing_it_early_keeps_the_box() -> None:
    # Three times on one train ride: still box 2, due a day after the last time.
    answers = [Answer(days(0), True), Answer(days(0.01), True), Answer(days(0.02), True)]
    state = card_state(answers)
    assert state.box == 2
    assert state.due_at == days(0.02) + INTERVALS[2]


def test_a_miss_sends_it_back_to_box_one() -> None:
    answers = [Answer(days(0), True), Answer(days(1), True), Answer(days(4), False)]
    state = card_state(answers)
    assert (state.box, state.due_at) == (1, days(4))
    assert state.is_due(days(4))


def test_the_top_box_is_the_limit_and_answers_replay_in_time_order() -> None:
    moments = [days(0), days(1), days(4), days(11), days(32), days(60)]
    answers = [Answer(moment, True) for moment in reversed(moments)]
    assert card_state(answers).box == TOP_BOX


def test_due_cards_come_first_lowest_box_and_longest_waiting_first() -> None:
    now = days(10)
    states = [
        CardState(3, days(9)),  # not due until day 12
        CardState(2, days(5)),  # due since day 6
        CardState(1, None),  # new
        CardState(2, days(8)),  # due since day 9
        CardState(5, days(9.5)),  # not due
    ]
    assert order_by_need(states, now) == [2, 1, 3, 0, 4]


def test_ties_keep_the_given_order() -> None:
    assert order_by_need([CardState(), CardState(), CardState()], T0) == [0, 1, 2]


def test_a_missed_name_comes_back_after_a_few_cards() -> None:
    queue = SessionQueue(list("abcdef"))
    assert queue.current == "a"
    assert queue.answer(knew=False) == "b"
    assert queue.cards == ["b", "c", "d", "a", "e", "f"]
    assert REQUEUE_GAP == 3
    assert queue.missed == ["a"]


def test_a_missed_name_near_the_end_comes_back_last() -> None:
    queue = SessionQueue(list("ab"))
    queue.answer(knew=True)
    queue.answer(knew=False)
    assert queue.cards == ["b"]


def test_a_hard_name_comes_back_only_so_often() -> None:
    queue = SessionQueue(["hard"])
    shown = 0
    while queue.current is not None:
        shown += 1
        queue.answer(knew=False)
    assert shown == 1 + MAX_REPEATS
    assert queue.missed == ["hard"]
    assert queue.answer(knew=True) is None


def test_known_names_leave_the_queue() -> None:
    queue = SessionQueue(list("abc"))
    for _ in range(3):
        queue.answer(knew=True)
    assert (queue.current, queue.remaining, queue.missed) == (None, 0, [])
