"""Uncaught exceptions of every thread are logged and reported on the GUI thread, and the
application goes on."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

import kvmgui
from kvmgui.utils import crash

pytestmark = pytest.mark.qt_no_exception_capture  # these tests install their own hook


@pytest.fixture
def reports(monkeypatch):
    """Install the hooks with a report that records (crash, thread it ran on)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen = []
    crash.install(lambda c: seen.append((c, threading.current_thread())))
    yield seen
    crash.uninstall()


def raised(exc):
    try:
        raise exc
    except type(exc) as caught:
        return type(caught), caught, caught.__traceback__


def test_hook_logs_and_reports_later_on_the_gui_thread(reports, qtbot, caplog):
    kind, exc, tb = raised(ValueError("no such pool"))
    with caplog.at_level(logging.ERROR, logger="kvmgui.crash"):
        sys.excepthook(kind, exc, tb)
    assert reports == []  # queued: never inside the code that failed
    qtbot.waitUntil(lambda: bool(reports), timeout=2000)
    report, thread = reports[0]
    assert thread is threading.main_thread()
    assert report.summary == "ValueError: no such pool" and report.thread == "MainThread"
    assert "Traceback" in report.text and "no such pool" in caplog.text


class Emitter(QObject):
    fired = Signal()


def test_exception_in_a_slot_is_reported_and_the_loop_goes_on(reports, qtbot):
    emitter = Emitter()
    after = []

    def bad_slot():
        raise RuntimeError("slot failed")

    emitter.fired.connect(bad_slot)
    emitter.fired.connect(lambda: after.append("next slot ran"))
    QTimer.singleShot(0, emitter.fired.emit)
    QTimer.singleShot(20, lambda: after.append("timer ran"))
    qtbot.waitUntil(lambda: bool(reports) and "timer ran" in after, timeout=2000)
    assert reports[0][0].summary == "RuntimeError: slot failed"
    assert "bad_slot" in reports[0][0].text


class Fragile(QObject):
    def event(self, event):
        if event.type() == QEvent.Type.User:
            raise ValueError("virtual override failed")
        return super().event(event)


def test_exception_in_a_virtual_override_is_reported(reports, qtbot):
    target = Fragile()
    QCoreApplication.postEvent(target, QEvent(QEvent.Type.User))
    qtbot.waitUntil(lambda: bool(reports), timeout=2000)
    assert reports[0][0].summary == "ValueError: virtual override failed"
    QCoreApplication.postEvent(target, QEvent(QEvent.Type.User))  # it still gets events
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=2000)


def test_exception_in_a_thread_is_reported_on_the_gui_thread(reports, qtbot):
    def work():
        raise OSError("disk gone")

    worker = threading.Thread(target=work, name="kvmgui-worker-test")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reports), timeout=2000)
    report, thread = reports[0]
    assert thread is threading.main_thread()
    assert report.thread == "kvmgui-worker-test" and report.summary == "OSError: disk gone"


def test_repeats_are_logged_in_full_a_few_times_only(reports, qtbot, caplog):
    with caplog.at_level(logging.ERROR, logger="kvmgui.crash"):
        for _ in range(10):
            sys.excepthook(*raised(KeyError("same")))  # one line: the same place each time
    full = [r for r in caplog.records if "Traceback" in r.getMessage()]
    again = [r for r in caplog.records if "again" in r.getMessage()]
    assert len(full) == crash.FULL_LOGS
    assert [r.getMessage().split("(")[1].split(" ")[0] for r in again] == ["4", "8"]
    qtbot.waitUntil(lambda: len(reports) == 10, timeout=2000)
    assert len({c.key for c, _t in reports}) == 1


def test_keyboard_interrupt_is_not_a_crash(reports, qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: seen.append(a[0]))
    sys.excepthook(*raised(KeyboardInterrupt()))
    qtbot.wait(20)
    assert seen == [KeyboardInterrupt] and reports == []


def test_report_names_versions_and_hides_secrets():
    kind, exc, tb = raised(RuntimeError("cannot open qemu+ssh://alice:sesame@host/system"))
    one = crash.make_crash(kind, exc, tb, "MainThread")
    text = crash.report_text([(one, 3)], "/home/u/.local/state/kvmgui/kvmgui.log")
    for name in ("kvmgui: " + kvmgui.__version__, "libvirt library: ", "libvirt-python: ",
                 "Qt: ", "PySide6: ", "Python: ", "Platform: ", "Log: /home/u/"):
        assert name in text
    assert "(3 times)" in text and "Traceback" in text
    assert "sesame" not in text and "alice:***@host" in text


def test_an_error_while_reporting_is_logged_not_reported_again(monkeypatch, qtbot, caplog):
    """A report that fails must not become a new error to report: that looped for ever."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    calls = []

    def broken_report(c):
        calls.append(c.summary)
        raise RuntimeError("the report itself failed")

    crash.install(broken_report)
    try:
        with caplog.at_level(logging.ERROR, logger="kvmgui.crash"):
            sys.excepthook(*raised(ValueError("first")))
            qtbot.waitUntil(lambda: bool(calls), timeout=2000)
            for _ in range(5):  # each round delivers whatever a failed report queued
                QCoreApplication.processEvents()
        assert calls == ["ValueError: first"]
        assert "the report itself failed" in caplog.text
    finally:
        crash.uninstall()


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no words for it")


def test_an_exception_that_cannot_be_put_in_words_is_still_reported(reports, qtbot):
    sys.excepthook(*raised(Unprintable()))
    qtbot.waitUntil(lambda: bool(reports), timeout=2000)
    report = reports[0][0]
    assert report.kind == "Unprintable" and "Traceback" in report.text
    assert report.summary == "Unprintable: <exception str() failed>"
