"""Worker threads below the GUI thread: a background lane's threads and the fan-out's
helpers run ten nice steps lower than the thread that made them; nothing else changes."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from kvmgui.libvirt import workers
from kvmgui.utils import background

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a thread's own nice is Linux's")


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_a_background_lanes_threads_let_the_gui_thread_go_first(qtbot):
    mine = _nice()
    seen: dict[str, int] = {}
    lanes = {"background": workers.Lane("test-bg", background=True), "plain": workers.Lane("test-plain")}
    try:
        for kind, lane in lanes.items():
            lane.submit(_nice, done=lambda nice, kind=kind: seen.__setitem__(kind, nice))
            qtbot.waitUntil(lambda kind=kind: kind in seen, timeout=5000)
    finally:
        for lane in lanes.values():
            lane.shutdown()
    assert seen == {"background": min(19, mine + background.STEPS), "plain": mine}
    assert _nice() == mine  # the GUI thread is left as it was


def test_the_nice_stops_at_19():
    got: list[int] = []

    def twice() -> None:
        background.lower_this_thread()
        background.lower_this_thread()
        got.append(_nice())

    thread = threading.Thread(target=twice)
    thread.start()
    thread.join()
    assert got == [min(19, _nice() + 2 * background.STEPS)]
