"""Hands a batch out a few items at a time, a moment apart: the VM list's new figures.

A new sample repaints the stats cells of every row on screen, and doing it all in one
turn of the GUI thread (5–9 ms for 20 rows) made the window answer late when its CPUs
were shared with booting guests. Linux gives each session an equal share of a busy
CPU: a process that has just run several ms waits, when it next wakes, until the others
have had theirs, so a screen reader's question arriving just after such a repaint
waited tens of ms (docs/reliability.md, 2026-12-01 evening). In groups of ``size``,
``PACE_MS`` apart, each turn stays short and the waits with it; a whole batch of 20
rows is out within 100 ms.

Pacing has a price: each group is a paint of its own, and a paint's fixed part (about
0.3 ms here) came to more than the rows: on a quiet desktop, 25 running VMs on screen
cost the GUI thread 11–14 ms a second paced against 4.5–6 at once, and monitoring
5,000 running VMs 3.1 % of a core against 1.2 (docs/reliability.md, 2026-12-01
night). So a batch is paced only while the GUI thread has lately waited for a CPU
(``utils/cpuwait.py``): when nobody else wants the CPUs, one short turn harms no one,
and the whole batch goes at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kvmgui.utils.cpuwait import WaitGauge

PACE_MS = 10
GROUP = 2  # rows a group: under 1 ms of repaint on a fast machine
MAX_GROUPS = 10  # a longer batch (a view that watches every VM) goes in bigger groups


class Pacer(QObject):
    """Calls ``hand_out`` with the first group of a batch at once, the rest one group
    every ``PACE_MS``; the whole batch at once while ``shared()`` (asked at each batch,
    on the thread that feeds) says the CPUs are not shared. A new batch first hands out
    what is left of the last one.

    Nothing is ever dropped: an item about a row that has gone since (a host removed)
    is for ``hand_out`` to skip, as the VM list's keys are."""

    def __init__(self, hand_out: Callable[[list[Any]], None], parent: QObject | None = None,
                 *, shared: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._hand_out = hand_out
        self._shared = shared if shared is not None else WaitGauge().shared
        self._left: list[list[Any]] = []
        self._timer = QTimer(self, interval=PACE_MS)
        self._timer.timeout.connect(self._next)

    def feed(self, batch: Sequence[Any]) -> None:
        self.flush()
        shared = self._shared()  # read at every batch, the empty too: "lately" stays a sample
        if not batch:
            return
        if not shared:
            self._hand_out(list(batch))
            return
        size = max(GROUP, -(-len(batch) // MAX_GROUPS))
        groups = [list(batch[i:i + size]) for i in range(0, len(batch), size)]
        self._left = groups[1:]
        self._hand_out(groups[0])
        if self._left:
            self._timer.start()

    def flush(self) -> None:
        """Hand out the rest of the batch now."""
        left, self._left = [item for group in self._left for item in group], []
        self._timer.stop()
        if left:
            self._hand_out(left)

    @property
    def pending(self) -> bool:
        return bool(self._left)

    def _next(self) -> None:
        if self._left:
            self._hand_out(self._left.pop(0))
        if not self._left:
            self._timer.stop()
