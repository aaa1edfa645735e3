"""The inbox: callbacks put from any thread; the GUI thread takes each burst at once."""

import threading

from kvmgui.libvirt.inbox import Inbox


def test_a_burst_is_one_wake_up_and_one_hand_over_in_order(qtbot):
    bursts = []
    inbox = Inbox(bursts.append, clock=lambda: 0.0)  # time stands still: a short burst
    wakeups = []
    inbox._ready.connect(lambda: wakeups.append(1))
    for i in range(100):
        inbox.put(i)
    assert bursts == [] and len(inbox._queue) == 100, "nothing is handed over inside the callback"
    qtbot.waitUntil(lambda: bool(bursts), timeout=5000)
    assert bursts == [list(range(100))]
    assert wakeups == [1]
    inbox.put("next")
    qtbot.waitUntil(lambda: len(bursts) == 2, timeout=5000)
    assert bursts[1] == ["next"]


def test_items_from_another_thread_reach_the_gui_thread(qtbot):
    got = []
    inbox = Inbox(lambda burst: got.extend((item, threading.current_thread()) for item in burst))

    def producer():
        for i in range(500):
            inbox.put(i)

    thread = threading.Thread(target=producer)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(got) == 500, timeout=5000)
    assert [item for item, _t in got] == list(range(500))
    assert {t for _i, t in got} == {threading.main_thread()}


def test_an_item_put_while_draining_gets_its_own_wake_up(qtbot):
    bursts = []
    inbox = Inbox(lambda burst: (bursts.append(burst), burst == ["first"] and inbox.put("late")))
    inbox.put("first")
    qtbot.waitUntil(lambda: len(bursts) == 2, timeout=5000)
    assert bursts == [["first"], ["late"]]
    assert len(inbox._queue) == 0


def test_an_item_put_after_the_inbox_was_deleted_is_dropped(qtbot):
    import shiboken6

    got = []
    inbox = Inbox(got.extend)
    shiboken6.delete(inbox)
    inbox.put(1)  # raised "Signal source has been deleted"
    inbox.put(2)
    assert list(inbox._queue) == [] and got == []


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def put_a_ms_apart(inbox, clock, items):
    for item in items:
        inbox.put(item)
        clock.now += 0.001


def test_a_long_burst_on_the_gui_thread_is_handed_over_as_it_goes(qtbot):
    # libvirt dispatches its whole queue in one go: without this, the first event of a
    # 20 ms dispatch waited 20 ms for the last before any row changed.
    bursts, clock = [], Clock()
    inbox = Inbox(bursts.append, clock=clock, hand_over_s=0.004)
    put_a_ms_apart(inbox, clock, range(8))
    assert bursts == [[0, 1, 2, 3, 4]], "handed over by the put 4 ms after the burst began"
    assert list(inbox._queue) == [5, 6, 7], "a new burst began at 5"
    qtbot.waitUntil(lambda: len(bursts) == 2, timeout=5000)
    assert bursts == [[0, 1, 2, 3, 4], [5, 6, 7]], "the rest at the queued wake-up, in order"


def test_a_short_burst_waits_for_the_wake_up(qtbot):
    bursts, clock = [], Clock()
    inbox = Inbox(bursts.append, clock=clock, hand_over_s=0.004)
    put_a_ms_apart(inbox, clock, range(3))
    assert bursts == []
    qtbot.waitUntil(lambda: bool(bursts), timeout=5000)
    assert bursts == [[0, 1, 2]]


def test_items_from_another_thread_are_never_handed_over_there(qtbot):
    got, clock = [], Clock()
    inbox = Inbox(lambda burst: got.append((list(burst), threading.current_thread())),
                  clock=clock, hand_over_s=0.004)

    thread = threading.Thread(target=put_a_ms_apart, args=(inbox, clock, range(20)))
    thread.start()
    thread.join()
    assert got == []
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert [i for burst, _t in got for i in burst] == list(range(20))
    assert {t for _b, t in got} == {threading.main_thread()}


def test_items_put_while_a_burst_is_handed_over_wait_for_the_wake_up(qtbot):
    # A consumer that runs the event loop (a dialog) can make libvirt call back into the
    # inbox: those items must not overtake the burst being handled.
    bursts, clock = [], Clock()

    def consume(burst):
        bursts.append(list(burst))
        if len(bursts) == 1:
            for item in ("n1", "n2"):
                clock.now += 0.005
                inbox.put(item)
            assert len(bursts) == 1, "no hand-over inside the consumer"

    inbox = Inbox(consume, clock=clock, hand_over_s=0.004)
    inbox.put("a")
    clock.now += 0.005
    inbox.put("b")
    assert bursts == [["a", "b"]]
    qtbot.waitUntil(lambda: len(bursts) == 2, timeout=5000)
    assert bursts == [["a", "b"], ["n1", "n2"]]


def test_an_error_while_handing_over_goes_to_the_excepthook_not_to_libvirt(qtbot, monkeypatch):
    seen, clock = [], Clock()
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: seen.append(exc))

    def consume(burst):
        raise ValueError("bad row")

    inbox = Inbox(consume, clock=clock, hand_over_s=0.004)
    inbox.put(1)
    clock.now += 0.005
    inbox.put(2)  # must not raise
    assert [str(e) for e in seen] == ["bad row"]
    assert not inbox._draining


def test_an_inbox_deleted_with_its_wake_up_pending_hands_nothing_over(qtbot, monkeypatch):
    # The owner goes first; libvirt's callbacks are deregistered later, in a worker.
    import shiboken6

    got, seen, clock = [], [], Clock()
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: seen.append(exc))
    inbox = Inbox(got.extend, clock=clock, hand_over_s=0.004)
    inbox.put(1)  # the wake-up is queued
    shiboken6.delete(inbox)
    put_a_ms_apart(inbox, clock, range(2, 10))
    assert got == [] and seen == []
    assert list(inbox._queue) == []
