"""Timers and clocks the connection parts are given, so tests can pass fake ones."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer


class Timer(Protocol):
    """A single-shot timer (``QTimer`` is one)."""

    def start(self, msec: int, /) -> None: ...

    def stop(self) -> None: ...


# Makes a single-shot timer that calls ``fn`` on the GUI thread when it fires.
TimerFactory = Callable[[Callable[[], None]], Timer]
Clock = Callable[[], float]  # seconds, monotonic

monotonic: Clock = time.monotonic


def qt_timers(parent: QObject) -> TimerFactory:
    """Single-shot ``QTimer``s owned by ``parent``."""

    def make(fn: Callable[[], None]) -> Timer:
        timer = QTimer(parent)
        timer.setSingleShot(True)
        timer.timeout.connect(fn)
        return timer

    return make
