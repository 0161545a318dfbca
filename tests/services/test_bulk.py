"""The garbage collector pauses for bulk work and resumes exactly as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from eventmate.services.bulk import collector_paused


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_resumed_after_even_on_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_nested_and_overlapping_blocks_resume_only_at_the_end() -> None:
    inner_entered = threading.Event()
    outer_left = threading.Event()
    seen: list[bool] = []

    def other_thread() -> None:
        with collector_paused():
            inner_entered.set()
            outer_left.wait(5)
            seen.append(gc.isenabled())

    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
        worker = threading.Thread(target=other_thread)
        worker.start()
        inner_entered.wait(5)
    # The other thread's block is still open: the collector stays paused until it ends.
    assert not gc.isenabled()
    outer_left.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
