"""The cyclic garbage collector runs on the GUI thread only (the suite installs it as the
application does: tests/conftest.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kvmgui.utils import gcthread
from tests.helpers import run_start_up


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


def test_keep_startup_takes_what_lives_now_out_of_collections_but_not_what_comes_later():
    early = Cyclic()
    try:
        frozen = gcthread.keep_startup()
        assert frozen >= 1
        assert not any(o is early for o in gc.get_objects()), "still walked by collections"
        late = Cyclic()
        alive = weakref.ref(late)
        del late
        gc.collect()
        assert alive() is None, "a cycle made after the freeze must still be freed"
    finally:
        gc.unfreeze()  # the rest of the suite collects as before


START = """
import gc, json
from kvmgui.app import start
app, registry, window = start(["-c", "test:///default"])
seen = {"frozen": gc.get_freeze_count()}
walked = {id(o) for o in gc.get_objects()}
seen["window_walked"] = id(window) in walked
conn = next(iter(registry))
seen["connection_walked"] = id(conn) in walked
registry.remove(conn)
seen["frozen_after_remove"] = gc.get_freeze_count()
print(json.dumps(seen), flush=True)
import os
os._exit(0)
"""


def test_kvmgui_start_up_takes_its_objects_out_of_collections_until_a_host_is_removed(tmp_path):
    """A removed host's Connection holds cycles: frozen for good, it could never be
    collected once nothing else holds it."""
    seen = run_start_up(START, tmp_path)
    assert seen["frozen"] > 10_000, seen  # modules, classes, functions, the window
    assert not seen["window_walked"] and not seen["connection_walked"], seen
    assert seen["frozen_after_remove"] == 0, seen
