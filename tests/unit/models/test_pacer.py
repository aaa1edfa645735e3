"""A batch handed out a few items at a time, a moment apart."""

from __future__ import annotations

from kvmgui.models import pacer
from kvmgui.models.pacer import Pacer


def test_groups_come_one_per_turn_and_a_new_batch_first_ends_the_last(qtbot):
    out: list[list[int]] = []
    paced = Pacer(out.append, shared=lambda: True)
    size = pacer.GROUP
    batch = list(range(3 * size - 1))
    paced.feed(batch)
    assert out == [batch[:size]]  # the first group at once
    qtbot.waitUntil(lambda: not paced.pending, timeout=2000)
    assert out == [batch[:size], batch[size:2 * size], batch[2 * size:]]
    out.clear()
    paced.feed(batch)
    paced.feed(["a"])
    assert out == [batch[:size], batch[size:], ["a"]]  # the rest of the last batch, then the new
    assert not paced.pending


def test_a_long_batch_goes_in_bigger_groups(qtbot):
    out: list[list[int]] = []
    paced = Pacer(out.append, shared=lambda: True)
    paced.feed(list(range(1000)))
    assert len(out[0]) == 1000 // pacer.MAX_GROUPS
    qtbot.waitUntil(lambda: not paced.pending)
    assert len(out) == pacer.MAX_GROUPS
    assert [i for group in out for i in group] == list(range(1000))
    paced.feed([])
    assert len(out) == pacer.MAX_GROUPS


def test_a_batch_goes_at_once_while_the_cpus_are_not_shared(qtbot):
    out: list[list[int]] = []
    answers = iter([False, True, False])
    paced = Pacer(out.append, shared=lambda: next(answers))
    batch = list(range(5 * pacer.GROUP))
    paced.feed(batch)
    assert out == [batch] and not paced.pending
    paced.feed(batch)  # shared: paced
    assert out == [batch, batch[:pacer.GROUP]] and paced.pending
    paced.feed(["a"])  # the rest of the last at once, then the new one at once
    assert out == [batch, batch[:pacer.GROUP], batch[pacer.GROUP:], ["a"]]
    assert not paced.pending
