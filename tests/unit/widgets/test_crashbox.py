"""The box that tells of an unexpected error stays until the user closes it."""

from PySide6.QtWidgets import QApplication, QMessageBox

from kvmgui.widgets.crashbox import show_crash


def boxes():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.accessibleName() == "Unexpected error"]


def test_crash_box_stays_until_closed(qtbot):
    show_crash(RuntimeError("boom"), "Traceback …")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in boxes()))
    box = boxes()[0]
    assert box.text() == "RuntimeError: boom" and box.detailedText() == "Traceback …"
    box.close()
    qtbot.waitUntil(lambda: not boxes())
