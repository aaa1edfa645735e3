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
