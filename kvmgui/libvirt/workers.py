"""Runs blocking libvirt calls off the GUI thread and brings results back to it.

A job is a plain function run in a thread pool; ``done``/``failed`` callbacks are
invoked on the GUI thread through a queued signal. Work that must stay ordered
(a connection's refreshes) uses a single-thread ``Lane``.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Protocol, TypeVar, TypeVarTuple

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from kvmgui.utils import heap

log = logging.getLogger(__name__)
R = TypeVar("R")
Ts = TypeVarTuple("Ts")

Failed = Callable[[BaseException], None]
# What the relay carries: the finished future and its callbacks (types checked at submit).
_Delivery = tuple["Future[Any]", Callable[[Any], None] | None, Failed | None, QObject | None]

WORKER_PREFIX = "kvmgui-worker"


class Submit(Protocol):
    """A ``Lane.submit`` handed to a part that queues its own jobs (loosely typed: the
    part's own calls are checked where it defines them)."""

    def __call__(self, fn: Callable[..., Any], *args: Any,
                 done: Callable[[Any], None] | None = ...,
                 failed: Failed | None = ...,
                 context: QObject | None = ...) -> Any: ...


class _Relay(QObject):
    """Lives on the GUI thread; turns finished futures into callback calls there."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, item: _Delivery) -> None:
        future, done, failed, context = item
        if future.cancelled() or (context is not None and not shiboken6.isValid(context)):
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

    def __init__(self, name: str, threads: int = 1) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix=f"{WORKER_PREFIX}-{name}")
        self._relay: _Relay | None = None
        self._unfinished: set[Future[Any]] = set()
        _lanes.add(self)

    def _relay_obj(self) -> _Relay:
        # Created lazily so the relay is owned by the thread that first submits: the GUI thread.
        if self._relay is None:
            self._relay = _Relay()
        return self._relay

    def submit(
        self,
        fn: Callable[[*Ts], R],
        *args: *Ts,
        done: Callable[[R], None] | None = None,
        failed: Failed | None = None,
        context: QObject | None = None,
    ) -> Future[R]:
        """Run ``fn(*args)`` here; ``done(result)`` or ``failed(exc)`` then on the GUI thread
        (not at all once ``context`` was deleted)."""
        relay = self._relay_obj()
        future = self._pool.submit(_settled, fn, *args)
        self._unfinished.add(future)

        def finished(f: Future[R]) -> None:
            self._unfinished.discard(f)
            relay.finished.emit((f, done, failed, context))

        future.add_done_callback(finished)
        return future

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
        _shared = Lane("jobs", threads=4)
    return _shared
