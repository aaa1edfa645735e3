"""Guard against a PySide6 build that loses references to None/True/False.

PySide6 6.12.0 on Python 3.11 dropped one reference per void call or signal emit, and
the process aborted with "deallocating None" after a few thousand calls. pyproject.toml
excludes it; this test fails if such a build comes back.
"""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_keep_none_alive():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50


def test_emits_keep_booleans_alive():
    emitter = Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2000):
        emitter.fired.emit(i % 2 == 0)
    after = sys.getrefcount(True), sys.getrefcount(False)
    received.clear()
    assert after[0] >= before[0] - 50 and after[1] >= before[1] - 50
