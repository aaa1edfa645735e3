"""Unhandled exceptions are logged and reported instead of lost."""

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kvmgui.utils import crash
from kvmgui.widgets.crashbox import show_crash


def raised(exc):
    try:
        raise exc
    except type(exc) as caught:
        return type(caught), caught, caught.__traceback__


def test_hook_logs_and_reports(monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    reports = []
    crash.install(lambda exc, text: reports.append((exc, text)))
    kind, exc, tb = raised(ValueError("no such pool"))
    with caplog.at_level(logging.ERROR, logger="kvmgui.crash"):
        sys.excepthook(kind, exc, tb)
    assert reports[0][0] is exc
    assert "Traceback" in reports[0][1] and "ValueError: no such pool" in reports[0][1]
    assert "no such pool" in caplog.text


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
