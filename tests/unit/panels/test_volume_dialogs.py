"""The volumes view's dialogs (a transfer's window, a new volume's): each is deleted once it
is closed, and only it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from kvmgui.panels.storage import StoragePanel
from tests.helpers import uuid_of


def test_a_dialog_closing_leaves_another_one_open_alone(connected, qtbot):
    """An upload's file is read before its window opens (on its mount's thread, while the
    Upload and Download buttons stay usable), so a download's window may open meanwhile and
    the upload's after it. The view kept only the last one: when the download's window
    closed, the upload's, still running, was deleted in its stead (its transfer going on
    unseen, beyond Cancel and the quit's question), and the download's was left."""
    panel = StoragePanel(connected)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.pool_view.select_key(uuid_of(connected.pools, "home"))
    view = panel.volumes
    first, second = QDialog(view), QDialog(view)
    view.open_dialog(first)  # the download's window
    view.open_dialog(second)  # the upload's, opened once its file was read
    first.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(second) and second.isVisible()
    assert not shiboken6.isValid(first)
    assert not view.upload_button.isEnabled()  # the upload's window is still open
    second.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(second)
