"""Fixtures shared by the unit tests of windows, dialogs and panels."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_qt_settings(tmp_path_factory):
    """Qt's own settings (``QtProject.conf``: the file dialogs' last folder) in a folder of
    the tests', for the whole run: a test's dialog (deleted later, maybe after its test)
    never repoints the user's, nor is led by it."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qtconfig")))


@pytest.fixture
def main_window(registry, settings, qtbot):
    """The main window over the ``registry`` (add ``connected`` for the Demo host's VMs)."""
    from kvmgui.window.mainwindow import MainWindow

    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def no_nested_questions(qapp):
    """Cancels every question that runs an event loop of its own (``QMessageBox.exec``,
    application-modal), so that a test of one that must not fails instead of waiting
    forever (also when the windows are closed after it)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def cancel():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) \
                and box.windowModality() == Qt.WindowModality.ApplicationModal:
            box.reject()

    timer = QTimer(interval=20)
    timer.timeout.connect(cancel)
    timer.start()
    yield
    timer.stop()


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


@pytest.fixture
def dead_mount(monkeypatch, tmp_path):
    """A network mount that hangs every file job under it until ``release`` (and at the
    end of the test, so no worker stays hung)."""
    from tests.unit.deadmount import DeadMount

    dead = DeadMount(monkeypatch, tmp_path)
    yield dead
    dead.release.set()
