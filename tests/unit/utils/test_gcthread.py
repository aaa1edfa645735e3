"""The cyclic garbage collector runs on the GUI thread only (the suite installs it as the
application does: tests/conftest.py)."""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kvmgui.utils import gcthread


class Cyclic(QObject):
    """A QObject that only a garbage collection can free: it holds its own bound method,
    as DomainModel did with its signal links."""

    def __init__(self) -> None:
        super().__init__()
        self.links = [self.deleteLater]


def _churn(n: int = 20_000) -> list[list[int]]:
    """Container objects, far more than the youngest generation's threshold: while they
    live, a collection is due."""
    return [[] for _ in range(n)]


def test_a_cycle_left_by_a_worker_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    """Left to Python, the worker that allocates next collects the cycle, and the
    QObject's C++ destructor runs there (the crash of 2026-11-29)."""
    obj = Cyclic()
    freed_on: list[str] = []
    weakref.finalize(obj, lambda: freed_on.append(threading.current_thread().name))
    del obj
    kept: list[list[list[int]]] = []
    worker = threading.Thread(target=lambda: kept.append(_churn()), name="kvmgui-worker-test")
    worker.start()
    worker.join()
    assert freed_on == [], "a worker collected the garbage"
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)  # the GUI thread's timer
    assert freed_on == [threading.main_thread().name]


def test_collect_due_frees_cycles_once_past_the_threshold() -> None:
    obj = Cyclic()
    alive = weakref.ref(obj)
    del obj
    kept = _churn()
    assert gcthread.collect_due() > 0
    assert alive() is None
    assert gcthread.collect_due() == 0, "nothing is due right after a collection"
    assert kept


def test_collect_due_does_nothing_off_the_gui_thread() -> None:
    kept = _churn()
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(gcthread.collect_due()))
    worker.start()
    worker.join()
    assert found == [0]
    assert kept
