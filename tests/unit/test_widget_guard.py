"""The guard in tests/conftest.py must catch a worker thread touching a widget."""

from PySide6.QtWidgets import QComboBox

from kvmgui.libvirt import workers
from tests import conftest


def test_guard_catches_a_widget_read_in_a_worker(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("home", "home")
    future = workers.shared().submit(combo.currentData)
    qtbot.waitUntil(future.done)
    try:
        assert "QComboBox.currentData" in conftest.OFF_THREAD_QT_CALLS
    finally:
        conftest.OFF_THREAD_QT_CALLS.clear()


def test_plain_data_in_a_worker_is_fine(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("home", "home")
    value = combo.currentData()  # read on the GUI thread
    future = workers.shared().submit(str.upper, value)
    qtbot.waitUntil(future.done)
    assert future.result() == "HOME"
    assert conftest.OFF_THREAD_QT_CALLS == []
