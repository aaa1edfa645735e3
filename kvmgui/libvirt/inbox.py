"""The hop from libvirt's callbacks to the GUI thread: one queued wake-up per burst.

Callbacks run on the GUI thread when Qt iterates GLib (libvirt's loop lives there),
else on libvirt's event thread (docs/event-bridge.md). Either way they only ``put``
plain values here and return; the GUI thread takes the whole burst at once, so a
storm of 1000 events costs one wake-up, not 1000 queued signals.

One exception: libvirt dispatches all the events it has queued in one go, and a
storm's dispatch can last 5–20 ms on the GUI thread. The queued wake-up comes only
after it, so the first events of the burst waited for the last. When a put on the
GUI thread finds the burst older than ``HAND_OVER_S``, the burst is handed over there
and then (docs/event-bridge.md, "Long bursts").
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")

HAND_OVER_S = 0.004  # a burst the GUI thread is still receiving is handed over after this


class Inbox(QObject, Generic[T]):
    """Items put from any thread, handed to ``consumer`` in bursts on the GUI thread.

    Signals:
        _ready(): internal, queued: items are waiting (emitted once per burst).
    """

    _ready = Signal()

    def __init__(self, consumer: Callable[[list[T]], None], parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.perf_counter,
                 hand_over_s: float = HAND_OVER_S) -> None:
        super().__init__(parent)
        self._queue: deque[T] = deque()
        self._signalled = False
        self._consumer = consumer
        self._deleted = False
        self._home = threading.get_ident()  # the GUI thread, which made the inbox
        self._clock = clock
        self._hand_over_s = hand_over_s
        self._since = 0.0  # when the waiting burst began
        self._draining = False
        self._ready.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def put(self, item: T) -> None:
        """Any thread. Appended before the flag is read: a drain running meanwhile
        either takes the item or has cleared the flag, so this call wakes it again.

        Its owner may be deleted before the callbacks that feed it are deregistered (the
        teardown runs later, in a worker): a late item is then dropped, not an error
        raised into libvirt's event loop.
        """
        if self._deleted:
            return
        self._queue.append(item)
        if not self._signalled:
            self._signalled = True
            self._since = self._clock()
            try:
                self._ready.emit()
            except RuntimeError:  # "Signal source has been deleted"
                self._owner_gone()
        elif threading.get_ident() == self._home and not self._draining \
                and self._clock() - self._since >= self._hand_over_s:
            if shiboken6.isValid(self):
                self._hand_over_now()
            else:  # deleted with its wake-up pending: its owner is gone, so is its consumer
                self._owner_gone()

    def _owner_gone(self) -> None:
        self._deleted = True
        self._queue.clear()

    def _hand_over_now(self) -> None:
        # Inside libvirt's dispatch (a callback of ours): an error goes where a slot's
        # would (sys.excepthook: utils/crash.py), never into libvirt. The queued wake-up
        # still comes and finds the rest, if any.
        try:
            self._drain()
        except Exception:
            sys.excepthook(*sys.exc_info())

    @Slot()
    def _drain(self) -> None:
        # Cleared first: an item put while we drain posts a new wake-up.
        self._signalled = False
        # popleft, not list() + clear(): on the event thread an item may be appended
        # between the two and would be lost.
        burst = []
        while self._queue:
            burst.append(self._queue.popleft())
        if not burst:
            return
        # A consumer that iterates the event loop (a dialog) could make libvirt deliver
        # more events meanwhile: those are not handed over inside it, but left for the
        # queued wake-up.
        self._draining = True
        try:
            self._consumer(burst)
        finally:
            self._draining = False
