"""The hop from libvirt's callbacks to the GUI thread: one queued wake-up per burst.

Callbacks run on the GUI thread when Qt iterates GLib (libvirt's loop lives there),
else on libvirt's event thread (docs/event-bridge.md). Either way they only ``put``
plain values here and return; the GUI thread takes the whole burst at once, so a
storm of 1000 events costs one wake-up, not 1000 queued signals.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


class Inbox(QObject, Generic[T]):
    """Items put from any thread, handed to ``consumer`` in bursts on the GUI thread.

    Signals:
        _ready(): internal, queued: items are waiting (emitted once per burst).
    """

    _ready = Signal()

    def __init__(self, consumer: Callable[[list[T]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[T] = deque()
        self._signalled = False
        self._consumer = consumer
        self._deleted = False
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
            try:
                self._ready.emit()
            except RuntimeError:  # "Signal source has been deleted"
                self._deleted = True
                self._queue.clear()

    @Slot()
    def _drain(self) -> None:
        # Cleared first: an item put while we drain posts a new wake-up.
        self._signalled = False
        # popleft, not list() + clear(): on the event thread an item may be appended
        # between the two and would be lost.
        burst = []
        while self._queue:
            burst.append(self._queue.popleft())
        if burst:
            self._consumer(burst)
