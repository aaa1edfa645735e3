"""Unhandled exceptions are logged and handed to whoever tells the user."""

import logging
import sys

from kvmgui.utils import crash


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
