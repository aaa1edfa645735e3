"""Fixtures shared by the unit tests of windows, dialogs and panels."""

from __future__ import annotations

import pytest


@pytest.fixture
def main_window(registry, settings, qtbot):
    """The main window over the ``registry`` (add ``connected`` for the Demo host's VMs)."""
    from kvmgui.window.mainwindow import MainWindow

    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def submitted(monkeypatch):
    """The functions kvmgui hands to ``Connection.run``, in order: proof that an answer of
    "No" sent nothing to libvirt (the job would be submitted at once, while the question's
    ``finished`` signal is handled)."""
    from kvmgui.libvirt.connection import Connection

    calls = []
    real = Connection.run

    def run(self, fn, *args, **kwargs):
        calls.append(fn)
        return real(self, fn, *args, **kwargs)

    monkeypatch.setattr(Connection, "run", run)
    return calls


@pytest.fixture
def traditional_chinese(qapp):
    """kvmgui's Traditional Chinese translation installed for the test."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kvmgui.utils.resources import resource
    translator = QTranslator()
    assert translator.load(str(resource("translations", "kvmgui_zh_Hant.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
