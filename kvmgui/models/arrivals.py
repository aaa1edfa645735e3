"""Records waiting to become rows: a big listing enters a model in slices.

Turning a listing of 5,000 VMs into rows, and the proxy and view taking them in, was
one block of the GUI thread of 25–55 ms (docs/performance.md, "Slices, and a worker's
heap"). Handed over ``size`` at a time, one slice per turn of the event loop, the
window takes input between slices (the VM table holds its repaints until the last:
``window/vmlist.py``); a listing no bigger than one slice still enters at once.

While records wait, events keep coming: a change of a waiting record replaces it (its
row is made from the newest), a removal drops it (its row never shows).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from itertools import islice
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


class Arrivals(QObject, Generic[K, T]):
    """Items keyed like rows, handed to ``admit`` at most ``size`` per turn, in the
    order they were added.

    Signals:
        waiting(bool): items wait for a later turn (True), or none wait any more.
    """

    waiting = Signal(bool)

    def __init__(self, admit: Callable[[list[T]], None], size: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._admit = admit
        self.size = size
        self._waiting: dict[K, T] = {}
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._admit_slice)
        self._told = False  # waiting(True) was said

    def __len__(self) -> int:
        return len(self._waiting)

    def __contains__(self, key: object) -> bool:
        return key in self._waiting

    def add(self, items: Iterable[tuple[K, T]]) -> None:
        """Admit the first slice now, the rest in later turns (after any that wait)."""
        self._waiting.update(items)
        if self._waiting and not self._next.isActive():
            self._admit_slice()

    def get(self, key: K) -> T | None:
        return self._waiting.get(key)

    def replace(self, key: K, item: T) -> bool:
        """A newer version of a waiting item; False if ``key`` does not wait."""
        if key not in self._waiting:
            return False
        self._waiting[key] = item
        return True

    def drop(self, keys: Iterable[K]) -> None:
        if self._waiting:
            for key in keys:
                self._waiting.pop(key, None)
            self._settled()

    def drop_if(self, gone: Callable[[K], bool]) -> None:
        if self._waiting:
            for key in [k for k in self._waiting if gone(k)]:
                del self._waiting[key]
            self._settled()

    def _admit_slice(self) -> None:
        keys = list(islice(self._waiting, self.size))
        if not keys:
            return
        items = [self._waiting.pop(k) for k in keys]
        self._admit(items)
        if self._waiting:
            if not self._next.isActive():
                self._next.start()
                if not self._told:
                    self._told = True
                    self.waiting.emit(True)
        else:
            self._settled()

    def _settled(self) -> None:
        if not self._waiting:
            self._next.stop()
            if self._told:
                self._told = False
                self.waiting.emit(False)
