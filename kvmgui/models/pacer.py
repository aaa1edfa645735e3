"""Hands a batch out a few items at a time, a moment apart: the VM list's new figures.

A new sample repaints the stats cells of every row on screen, and doing it all in one
turn of the GUI thread (5–9 ms for 20 rows) made the window answer late when its CPUs
were shared with booting guests. Linux gives each session an equal share of a busy
CPU: a process that has just run several ms waits, when it next wakes, until the others
have had theirs, so a screen reader's question arriving just after such a repaint
waited tens of ms (docs/reliability.md, 2026-12-01 evening). In groups of ``size``,
``PACE_MS`` apart, each turn stays short and the waits with it; a whole batch of 20
rows is out within 100 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer

PACE_MS = 10
GROUP = 2  # rows a group: under 1 ms of repaint on a fast machine
MAX_GROUPS = 10  # a longer batch (a view that watches every VM) goes in bigger groups


class Pacer(QObject):
    """Calls ``hand_out`` with the first group of a batch at once, the rest one group
    every ``PACE_MS``. A new batch first hands out what is left of the last one.

    Nothing is ever dropped: an item about a row that has gone since (a host removed)
    is for ``hand_out`` to skip, as the VM list's keys are."""

    def __init__(self, hand_out: Callable[[list[Any]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hand_out = hand_out
        self._left: list[list[Any]] = []
        self._timer = QTimer(self, interval=PACE_MS)
        self._timer.timeout.connect(self._next)

    def feed(self, batch: Sequence[Any]) -> None:
        self.flush()
        if not batch:
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
