"""A batch handed out a few items at a time, a moment apart."""

from __future__ import annotations

from kvmgui.models import pacer
from kvmgui.models.pacer import Pacer


def test_groups_come_one_per_turn_and_a_new_batch_first_ends_the_last(qtbot):
    out: list[list[int]] = []
    paced = Pacer(out.append)
    paced.feed(list(range(10)))
    assert out == [[0, 1, 2, 3]]  # the first group at once
    qtbot.waitUntil(lambda: not paced.pending, timeout=2000)
    assert out == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    out.clear()
    paced.feed(list(range(6)))
    paced.feed(["a"])
    assert out == [[0, 1, 2, 3], [4, 5], ["a"]]  # the rest of the last batch, then the new
    assert not paced.pending


def test_a_long_batch_goes_in_bigger_groups_and_a_dropped_one_stops(qtbot):
    out: list[list[int]] = []
    paced = Pacer(out.append)
    paced.feed(list(range(1000)))
    assert len(out[0]) == 1000 // pacer.MAX_GROUPS
    paced.drop()
    qtbot.wait(3 * pacer.PACE_MS)
    assert len(out) == 1 and not paced.pending
    paced.feed([])
    assert len(out) == 1
