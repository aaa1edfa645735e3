"""Runs blocking libvirt calls off the GUI thread and brings results back to it.

A job is a plain function run in a thread pool; ``done``/``failed`` callbacks are
invoked on the GUI thread through a queued signal of one relay for every lane. Work that
must stay ordered (a connection's refreshes) uses a single-thread ``Lane``.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Protocol, TypeVar, TypeVarTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from kvmgui.utils import heap
from kvmgui.utils.background import lower_this_thread

log = logging.getLogger(__name__)
R = TypeVar("R")
Ts = TypeVarTuple("Ts")

Failed = Callable[[BaseException], None]

WORKER_PREFIX = "kvmgui-worker"


class Submit(Protocol):
    """A ``Lane.submit`` handed to a part that queues its own jobs (loosely typed: the
    part's own calls are checked where it defines them)."""

    def __call__(self, fn: Callable[..., Any], *args: Any,
                 done: Callable[[Any], None] | None = ...,
                 failed: Failed | None = ...,
                 context: QObject | None = ...) -> Any: ...


class LaneClosedError(RuntimeError):
    """A job submitted to a lane already shut down (at exit): it was not run."""

    def __init__(self, lane: str) -> None:
        super().__init__(f"the {lane} worker lane is shut down: the job was not run")
        self.lane = lane


class _Job:
    """One submitted job: everything of the caller's it keeps alive.

    A job's callbacks and function hold the caller's objects (bound methods and lambdas
    over a window), its outcome may too (an exception's traceback holds the job's frames).
    The last reference to any of them must go on the GUI thread: freeing a window's
    wrapper deletes the window, and a QObject deleted off its thread (while the GUI
    thread paints it, delivers to it) crashes Qt. So the worker takes nothing of a job but
    from this shell and lets go of what it took before it hands the shell over; the GUI
    thread empties the shell when it delivers. The worker's last reference (the executor
    frees its work item after the relay has delivered, now and then) then frees an empty
    shell. Before, the executor's future kept the callbacks: a window dropped by the GUI
    thread meanwhile was deleted in the worker (tests/unit/libvirt/test_workers.py; the
    likely cause of rare segfaults in Qt's event processing in tests/unit/dialogs).
    """

    __slots__ = ("args", "context", "done", "failed", "fn", "future")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...],
                 done: Callable[[Any], None] | None, failed: Failed | None,
                 context: QObject | None, future: Future[Any]) -> None:
        self.fn: Callable[..., Any] | None = fn
        self.args: tuple[Any, ...] = args
        self.done, self.failed, self.context = done, failed, context
        self.future: Future[Any] | None = future

    def take(self) -> tuple[Future[Any] | None, Callable[[Any], None] | None, Failed | None,
                            QObject | None]:
        """Empty the shell (on the GUI thread); what it held, for the caller's frame."""
        taken = self.future, self.done, self.failed, self.context
        self.fn, self.args, self.done, self.failed, self.context, self.future = (
            None, (), None, None, None, None)
        return taken


class _Relay(QObject):
    """Lives on the GUI thread; turns finished jobs into callback calls there."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        future, done, failed, context = job.take()
        if future is None or future.cancelled() or (
                context is not None and not shiboken6.isValid(context)):
            return
        exc = future.exception()
        if exc is None:
            if done is not None:
                done(future.result())
        elif failed is not None:
            failed(exc)
        else:
            log.error("unhandled worker failure", exc_info=exc)


class Lane:
    """An executor whose callbacks come back on the GUI thread."""

    def __init__(self, name: str, threads: int = 1, *, background: bool = False) -> None:
        """``background``: its threads let the GUI thread go first (utils/background.py);
        not for a lane that starts a program the user looks at (it would inherit that)."""
        self.name = name
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix=f"{WORKER_PREFIX}-{name}",
                                        initializer=lower_this_thread if background else None)
        self._unfinished: set[Future[Any]] = set()
        _lanes.add(self)

    def submit(
        self,
        fn: Callable[[*Ts], R],
        *args: *Ts,
        done: Callable[[R], None] | None = None,
        failed: Failed | None = None,
        context: QObject | None = None,
    ) -> Future[R]:
        """Run ``fn(*args)`` here; ``done(result)`` or ``failed(exc)`` then on the GUI thread
        (not at all once ``context`` was deleted, or the future cancelled before it ran).
        A lane already shut down runs nothing: ``failed`` gets a :class:`LaneClosedError`."""
        future: Future[R] = Future()
        self._unfinished.add(future)
        relay = _relay_obj()  # here, on the GUI thread, before a worker could need it
        job = _Job(fn, args, done, failed, context, future)
        try:
            self._pool.submit(self._run, job, relay)
        except RuntimeError as exc:  # shut down (or the interpreter is): the job never runs
            # No record left behind: drain() at exit waited its whole grace for this one.
            self._unfinished.discard(future)
            future.set_running_or_notify_cancel()
            refused = LaneClosedError(self.name)
            refused.__cause__ = exc
            future.set_exception(refused)
            relay.finished.emit(job)  # failed() on the GUI thread, later, as for any failure
        return future

    def _run(self, job: _Job, relay: _Relay) -> None:
        """In the worker: run the job, settle its future, hand the shell to the GUI thread
        holding nothing of it (see ``_Job``)."""
        future, fn, args = job.future, job.fn, job.args
        assert future is not None and fn is not None  # emptied only once delivered
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(_settled(fn, *args))
            except BaseException as exc:  # the caller's failed() or the log gets it
                future.set_exception(exc)
        del fn, args
        self._unfinished.discard(future)
        del future
        relay.finished.emit(job)

    def shutdown(self, wait: bool = False) -> None:
        # Queued jobs still run: a teardown (deregister, close) must not be dropped.
        self._pool.shutdown(wait=wait)


def _settled(fn: Callable[..., R], *args: Any) -> R:
    # Before the result goes back: the GUI thread never meets what this job freed
    # (kvmgui/utils/heap.py). ``fn`` called here, not through a partial: the tests'
    # guard sees what a job calls only from a Python frame.
    try:
        return fn(*args)
    finally:
        heap.settle()


_shared: Lane | None = None
_relay: _Relay | None = None


def _relay_obj() -> _Relay:
    """The one relay of every lane, made by the first submit (on the GUI thread) and kept.

    Not one per lane: a job's work item holds its lane, and the worker lets go of the item
    after the job ended, so the worker freed a lane whose owner (a removed host's
    connection, its troubleshooter lanes) had gone meanwhile, and with it the lane's relay,
    a QObject of the GUI thread, deleted in the worker: a crash, or the job's answer
    dropped with the relay's queued delivery (tests/unit/libvirt/test_workers.py).
    """
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None and app.thread() is not _relay.thread():
            _relay.moveToThread(app.thread())  # delivered where the application runs
    return _relay
_lanes: weakref.WeakSet[Lane] = weakref.WeakSet()


def drain(timeout: float) -> bool:
    """Wait up to ``timeout`` s for every submitted job to finish; False if some still run.

    At exit a job may hang on a host that stopped answering; the caller can then leave
    without joining worker threads instead of freezing the closed application.
    """
    pending = [f for lane in list(_lanes) for f in list(lane._unfinished)]
    _done, not_done = wait(pending, timeout=timeout)
    return not not_done


def shared() -> Lane:
    """The process-wide pool for user actions and long jobs."""
    global _shared
    if _shared is None:
        _shared = Lane("jobs", threads=4, background=True)
    return _shared
