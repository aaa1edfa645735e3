"""kvmgui.libvirt.workers: callbacks on the GUI thread, and the objects a job's callbacks
keep alive freed there too."""

from __future__ import annotations

import sys
import threading
import weakref
from concurrent.futures import thread
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QObject

from kvmgui.libvirt import workers


def hold_the_worker(release: threading.Event) -> None:
    """Called from a job: the worker waits for ``release`` once its work item has run,
    before the executor lets go of the item (``del work_item``, the next line): what the
    worker still holds then, it frees after the GUI thread is done with the job."""
    frame: FrameType | None = sys._getframe()
    while frame is not None and frame.f_code is not thread._WorkItem.run.__code__:
        frame = frame.f_back
    assert frame is not None, "not in a ThreadPoolExecutor's work item"

    def at_return(_frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "return":
            release.wait(5)
            sys.settrace(None)
        return at_return

    frame.f_trace_lines = False
    frame.f_trace = at_return
    sys.settrace(lambda *_a: None)  # tracing on in this thread: the frame's f_trace is called


class Owner(QObject):
    """A window's stand-in: made without a parent, so freeing its wrapper deletes it."""


def freed_where(owner: QObject) -> tuple[weakref.ref[QObject], list[str]]:
    threads: list[str] = []
    ref = weakref.ref(owner, lambda _r: threads.append(threading.current_thread().name))
    return ref, threads


@pytest.mark.parametrize("fails", [False, True], ids=["done", "failed"])
def test_what_the_callbacks_hold_is_freed_on_the_gui_thread(qtbot, fails):
    # A job's callbacks hold their window (bound methods, lambdas over self). The worker
    # freed its references after handing the result over; when the GUI thread had dropped
    # the window meanwhile (the window closed, a test ended), the worker freed the window
    # and deleted its QObjects off the GUI thread while that painted: a segfault in Qt.
    release = threading.Event()
    owner = Owner()
    ref, threads = freed_where(owner)
    answers: list[str] = []

    # The owner is bound as a default, not closed over: ``del owner`` below then drops
    # only the test's own reference.
    def job(o: QObject = owner) -> str:
        hold_the_worker(release)
        if fails:
            raise RuntimeError(o.objectName() or "failed")  # its frame holds the owner too
        return "ok"

    lane = workers.Lane("probe")
    try:
        future = lane.submit(job, context=owner,
                             done=lambda result, o=owner: answers.append(f"{o.objectName()}{result}"),
                             failed=lambda exc, o=owner: answers.append(f"{o.objectName()}{exc}"))
        qtbot.waitUntil(lambda: bool(answers))
        assert answers == ["failed" if fails else "ok"]
        del future, job, owner
        qtbot.wait(10)  # the GUI thread's last references go (the delivered event's)
        release.set()
        qtbot.waitUntil(lambda: ref() is None, timeout=3000)
        assert threads == [threading.main_thread().name]
    finally:
        release.set()
        lane.shutdown(wait=True)


def test_a_cancelled_job_does_not_run_and_calls_nothing(qtbot):
    gate = threading.Event()
    lane = workers.Lane("probe")
    try:
        ran: list[str] = []
        lane.submit(gate.wait, 5)  # the lane's one thread is busy
        future = lane.submit(ran.append, "ran", done=ran.append, failed=ran.append)
        assert future.cancel()
        gate.set()
        assert lane._pool.submit(lambda: None).result(5) is None  # the lane is past it
        qtbot.wait(20)
        assert ran == []
    finally:
        gate.set()
        lane.shutdown(wait=True)


def test_results_and_failures_come_back_on_the_gui_thread(qtbot):
    seen: list[tuple[str, object]] = []

    def boom() -> None:
        raise ValueError("boom")

    ok = workers.shared().submit(str.upper, "home", done=lambda r: seen.append(
        (threading.current_thread().name, r)))
    bad = workers.shared().submit(boom, failed=lambda e: seen.append(
        (threading.current_thread().name, str(e))))
    qtbot.waitUntil(lambda: len(seen) == 2)
    main = threading.main_thread().name
    assert sorted(seen) == [(main, "HOME"), (main, "boom")]
    assert ok.result() == "HOME"
    assert isinstance(bad.exception(), ValueError)
    assert workers.drain(1)


def test_a_lane_freed_while_its_job_ends_lets_go_of_its_relay_on_the_gui_thread(qtbot):
    # A lane's owner (a connection, a removed host's troubleshooter lanes) may be freed
    # while a job of the lane ends: the worker's work item then held the lane's last
    # reference, and with it that lane's relay, a QObject of the GUI thread: it was
    # deleted in the worker (and with it, had it not delivered yet, the job's result).
    release = threading.Event()
    answers: list[str] = []
    lane = workers.Lane("probe")
    lane_gone = threading.Event()
    weakref.finalize(lane, lane_gone.set)
    lane.submit(lambda: hold_the_worker(release), done=lambda _r: answers.append("done"))
    relay_threads: list[str] = []
    relays = [workers._relay_obj()]
    weakref.finalize(relays.pop(), lambda: relay_threads.append(
        threading.current_thread().name))
    qtbot.waitUntil(lambda: answers == ["done"])
    del lane  # the owner is gone: only the worker's work item holds the lane now
    release.set()
    qtbot.waitUntil(lane_gone.is_set, timeout=3000)
    assert relay_threads in ([], [threading.main_thread().name])


def test_a_job_of_a_lane_freed_meanwhile_still_answers(qtbot):
    # Its answer was queued to the lane's relay, which the worker then deleted with the
    # lane: the answer was dropped (a connection's teardown, a removed host's last check).
    gate = threading.Event()
    answers: list[str] = []
    lane = workers.Lane("probe")
    lane_gone = threading.Event()
    weakref.finalize(lane, lane_gone.set)
    lane.submit(gate.wait, 5, done=lambda _r: answers.append("done"))
    del lane
    gate.set()
    assert lane_gone.wait(3)  # the GUI thread delivers nothing before the worker let go
    qtbot.waitUntil(lambda: answers == ["done"], timeout=2000)


def test_a_job_refused_by_a_lane_shut_down_leaves_no_record_and_fails(qtbot):
    # The pool refused it (RuntimeError to the caller), but the job stayed among the
    # unfinished ones: drain() at exit waited its whole grace (3 s) for a job never run.
    ran: list[str] = []
    told: list[tuple[str, BaseException]] = []
    lane = workers.Lane("closed")
    lane.shutdown(wait=True)
    future = lane.submit(ran.append, "ran", done=lambda _r: told.append(("done", _r)),
                         failed=lambda e: told.append((threading.current_thread().name, e)))
    assert workers.drain(0)
    qtbot.waitUntil(lambda: bool(told), timeout=2000)
    assert ran == [] and len(told) == 1
    thread_name, exc = told[0]
    assert thread_name == threading.main_thread().name
    assert isinstance(exc, workers.LaneClosedError) and exc.lane == "closed"
    assert future.exception() is exc
