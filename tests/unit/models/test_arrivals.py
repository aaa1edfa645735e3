"""Arrivals: items handed over a slice per turn of the event loop."""

from kvmgui.models.arrivals import Arrivals


def make(size=3):
    admitted = []
    arrivals = Arrivals(lambda items: admitted.append(list(items)), size)
    said = []
    arrivals.waiting.connect(said.append)
    return arrivals, admitted, said


def test_no_more_than_a_slice_is_admitted_at_once_and_nothing_waits(qtbot):
    arrivals, admitted, said = make()
    arrivals.add([("a", 1), ("b", 2), ("c", 3)])
    assert admitted == [[1, 2, 3]]
    assert len(arrivals) == 0 and said == []


def test_the_rest_comes_a_slice_per_turn_in_order(qtbot):
    arrivals, admitted, said = make()
    arrivals.add((k, i) for i, k in enumerate("abcdefgh"))
    assert admitted == [[0, 1, 2]]  # the first slice at once
    assert said == [True] and len(arrivals) == 5 and "d" in arrivals
    with qtbot.waitSignal(arrivals.waiting, timeout=5000) as done:
        pass
    assert done.args == [False]
    assert admitted == [[0, 1, 2], [3, 4, 5], [6, 7]]
    assert said == [True, False]


def test_a_waiting_item_is_replaced_or_dropped_before_it_is_admitted(qtbot):
    arrivals, admitted, _said = make(2)
    arrivals.add([("a", "a1"), ("b", "b1"), ("c", "c1"), ("d", "d1"), ("e", "e1")])
    assert arrivals.replace("c", "c2")
    assert not arrivals.replace("a", "a2")  # admitted already: not waiting
    assert not arrivals.replace("z", "z1")
    arrivals.drop(["d", "a"])
    with qtbot.waitSignal(arrivals.waiting, timeout=5000):
        pass
    assert admitted == [["a1", "b1"], ["c2", "e1"]]


def test_dropping_all_that_waits_ends_the_wait(qtbot):
    arrivals, admitted, said = make(2)
    arrivals.add([(("h1", 1), 1), (("h1", 2), 2), (("h2", 3), 3), (("h1", 4), 4)])
    arrivals.drop_if(lambda key: key[0] == "h2")
    assert len(arrivals) == 1 and said == [True]
    arrivals.drop_if(lambda key: key[0] == "h1")
    assert said == [True, False] and len(arrivals) == 0
    assert not arrivals._next.isActive()  # no turn is due: nothing more is admitted
    assert admitted == [[1, 2]]


def test_items_added_while_others_wait_queue_behind_them(qtbot):
    arrivals, admitted, said = make(2)
    arrivals.add([("a", 1), ("b", 2), ("c", 3)])
    arrivals.add([("d", 4)])  # a slice is due already: d waits behind c
    assert admitted == [[1, 2]]
    with qtbot.waitSignal(arrivals.waiting, timeout=5000):
        pass
    assert admitted == [[1, 2], [3, 4]]
    assert said == [True, False]
