"""The inbox: callbacks put from any thread; the GUI thread takes each burst at once."""

import threading

from kvmgui.libvirt.inbox import Inbox


def test_a_burst_is_one_wake_up_and_one_hand_over_in_order(qtbot):
    bursts = []
    inbox = Inbox(bursts.append)
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
